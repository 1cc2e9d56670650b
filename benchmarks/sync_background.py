"""The till's checkouts with background sync on (issue 21: "rerun bench with sync
running"): the store group's day of sales again, while a worker runs the till's sync
round every couple of seconds against a real server (PostgreSQL, one API worker), and
another terminal of the chain pushes its own shop's points for the same buyers so each
round pulls and applies something. What the rounds did is logged beside the figures.
"""

from __future__ import annotations

import random
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loyalty_pos.app import App

ROUND_EVERY_S = 2.0  # the GUI's worker syncs every 30 s and a few seconds after a sale: this is busier
OTHER_SHOP_ENTRIES = 100  # per round, from the other terminal


@dataclass
class SyncRounds:
    done: int = 0
    pushed: int = 0
    pulled: int = 0
    errors: list[str] = field(default_factory=list)


@contextmanager
def background_sync(app: App, buyers: list[str], log: Callable[[str], None]) -> Iterator[SyncRounds]:
    from loyalty_pos.bench.sync import _fresh_database, postgres, serving
    from loyalty_pos.bench.sync_client import _ledger_payload

    from loyalty_pos.sync.client import SyncClient
    from loyalty_pos.sync.round import register, run_sync_round
    from loyalty_pos.sync.server import terminals
    from loyalty_pos.sync.server.database import make_engine

    rounds = SyncRounds()
    with postgres(log) as chain, tempfile.TemporaryDirectory(prefix="lp-bench-bgsync-") as scratch:
        url = _fresh_database(chain, "bench_background")
        with serving(url, 1, Path(scratch)) as base:
            engine = make_engine(url)
            codes = {name: terminals.add_terminal(engine, name).code for name in ("bench-store", "bench-other")}
            engine.dispose()
            register(app.uow, base, codes["bench-store"], "bench-store", clock=app.clock)
            other = SyncClient(base).enrol(codes["bench-other"], "bench-other", "bench")
            first = run_sync_round(app.uow, clock=app.clock)  # what was waiting before the day
            log(f"sync on: first round pushed {first.pushed:,}" + (f" ({first.error})" if first.error else ""))
            stop = threading.Event()
            rng = random.Random(21)

            def loop() -> None:
                with SyncClient(base, other["token"]) as shop:
                    while not stop.wait(ROUND_EVERY_S):
                        at = app.clock.now() - timedelta(minutes=1)
                        events = []
                        for n in range(OTHER_SHOP_ENTRIES):
                            payload = _ledger_payload(rng.choice(buyers), n, at, other["terminal_id"])
                            events.append({"event_id": str(uuid.uuid4()), "kind": "ledger_entry",
                                           "key": str(payload["id"]), "at": at.isoformat().replace("+00:00", "Z"),
                                           "hlc": f"{int(time.time() * 1000):016d}-0000-{other['terminal_id']}",
                                           "payload": payload})
                        try:
                            shop.push(str(uuid.uuid4()), events, None)
                        except Exception as error:  # noqa: BLE001 - reported with the figure
                            rounds.errors.append(f"other shop: {error}")
                        result = run_sync_round(app.uow, clock=app.clock)
                        rounds.done += 1
                        rounds.pushed += result.pushed
                        rounds.pulled += result.pulled
                        if result.error:
                            rounds.errors.append(result.error)

            worker = threading.Thread(target=loop, name="bench-sync", daemon=True)
            worker.start()
            try:
                yield rounds
            finally:
                stop.set()
                worker.join()
                _leave_chain(app)


def _leave_chain(app: App) -> None:
    """The bench's store (maybe a reused --data-dir one) is not left joined to a server that is gone."""
    uow = app.uow()
    with uow:
        for name in uow.sync_state.all():
            uow.sync_state.clear(name)
        uow.commit()
