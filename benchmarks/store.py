"""Store and services at shop scale: seeding, card look-up, search, durable checkout,
its ratio to the same rows written by plain sqlite3, and resident memory."""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from benchmarks.figures import Figure, percentile, time_ms
from benchmarks.raw_floor import WriteRecorder, replay_floor
from benchmarks.rss import resident_mb
from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.demo.seed import seed_demo
from loyalty_pos.demo.shop import CASHIER_USER
from loyalty_pos.store.backup import backup
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.services.members import find_by_card, search_members


def _samples(db_path: Path, rng: random.Random, count: int) -> tuple[list[str], list[str], list[str], list[str]]:
    """Real card numbers, phone prefixes, name prefixes and member ids from the store."""
    with sqlite3.connect(db_path) as connection:
        top = connection.execute("SELECT max(rowid) FROM members").fetchone()[0] or 0
        ids = [rng.randint(1, top) for _ in range(count)]
        rows = []
        for rowid in ids:
            row = connection.execute(
                "SELECT m.id, m.name, m.phone, c.number FROM members m JOIN cards c ON c.member_id = m.id "
                "WHERE m.rowid >= ? AND c.status = 'active' LIMIT 1", (rowid,)).fetchone()
            if row:
                rows.append(row)
    cards = [r[3] for r in rows]
    phones = [r[2][:7] for r in rows if r[2]]
    names = [r[1][:3] for r in rows if len(r[1].split()[0]) >= 2]  # a first-name prefix, as typed
    member_ids = [r[0] for r in rows]
    return cards, phones, names, member_ids


def run(*, members: int, log: Callable[[str], None]) -> list[Figure]:
    figures: list[Figure] = []
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="loyalty-bench-") as scratch:
        config = Config.load(Path(scratch))
        log(f"seeding {members:,} demo members ...")
        start = time.perf_counter()
        seed_demo(config, members=members, seed=11, progress=None)
        seconds = time.perf_counter() - start
        figures.append(Figure.measured(f"seed_{members}_members", seconds, "s", "<= 60"))

        app = open_app(config)
        try:
            cards, phones, names, member_ids = _samples(config.db_path, rng, 400)
            log("card look-ups ...")
            card_cycle = iter(cards * 10)
            samples = time_ms(lambda: find_by_card(app.uow(readonly=True), next(card_cycle)), 2000)
            figures.append(Figure.measured("card_lookup_p99", percentile(samples, 99), "ms", "<= 2"))

            log("member search ...")
            queries = iter([q for pair in zip(phones, names) for q in pair] * 3)
            samples = time_ms(lambda: search_members(app.uow(readonly=True), next(queries), limit=20), 600)
            figures.append(Figure.measured("member_search_p95", percentile(samples, 95), "ms", "<= 30"))

            log("checkouts ...")
            actor = Actor(CASHIER_USER, Role.CASHIER, config.terminal_id)
            buyers = iter(member_ids * 3)

            def sell() -> None:
                member_id = next(buyers)
                cmd = Checkout(
                    sale_id=str(uuid.uuid4()), member_id=member_id,
                    lines=(SaleLineInput("COF-CAP", 2), SaleLineInput("BAK-BUN", 1), SaleLineInput("DAI-MILK", 1)),
                    redemptions=(RedemptionRequest("pay-points", points=20),) if rng.random() < 0.3 else (),
                    tender="card",
                )
                try:
                    checkout(app.uow(), cmd, actor=actor, clock=app.clock)
                except Exception as error:  # a member short of points: sell without redeeming
                    if "points" not in str(error):
                        raise
                    checkout(app.uow(), Checkout(str(uuid.uuid4()), member_id, cmd.lines, tender="card"),
                             actor=actor, clock=app.clock)

            for _ in range(5):  # warm caches before the copy, so both runs start alike
                sell()
            floor_copy = Path(scratch) / "floor.sqlite"
            backup(config.db_path, floor_copy)
            recorder = WriteRecorder()
            checkout_samples = []
            with recorder.listening(app.engine):
                for _ in range(300):
                    with recorder.transaction():
                        checkout_samples.extend(time_ms(sell, 1, warmup=0))
            checkout_p95 = percentile(checkout_samples, 95)
            figures.append(Figure.measured("checkout_commit_p95", checkout_p95, "ms", "<= 10"))
            floor_p95 = percentile(replay_floor(floor_copy, recorder.transactions), 95)
            figures.append(Figure.measured("checkout_raw_sqlite_floor_p95", floor_p95, "ms", "<= 10"))
            figures.append(Figure.measured("checkout_to_floor_ratio", checkout_p95 / floor_p95, "x", "<= 3"))
            figures.append(Figure.measured("rss_services_mb", resident_mb(), "MB", "<= 300"))
        finally:
            app.close()
    return figures
