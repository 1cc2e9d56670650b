"""``loyalty-pos bench --sync``: the sync server's ingest rate through its HTTP API.

A throw-away PostgreSQL (pgserver, the test extra), the real ``loyalty-pos serve`` in a
subprocess (1 worker, then 2), and several tills pushing batches of 500 ledger entries
from threads, as the till's client batches them. Bodies are encoded before the clock
starts: the figure is the server's, not this process's JSON encoder's. Beside it, the
till's own figures against that server: a 20,000-event backlog drained, and a new till
pulling ``--members`` members' changes (default 1,000,000).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from loyalty_pos.bench.figures import Figure

BATCH = 500
TILLS = 4
BATCHES_PER_TILL = 10
TARGET = ">= 5000"


@dataclass(frozen=True, slots=True)
class Chain:
    url: str  # the server's database


@contextmanager
def postgres(log: Callable[[str], None]) -> Iterator[Chain]:
    try:
        import pgserver
    except ImportError:
        raise SystemExit("bench --sync needs pgserver (pip install 'loyalty-pos[test]')") from None
    folder = tempfile.mkdtemp(prefix="lp-bench-pg-")
    os.chmod(folder, 0o755)  # run as root, pgserver's PostgreSQL runs as its own user
    server = pgserver.get_server(folder, cleanup_mode=None)
    try:
        import sqlalchemy as sa

        host = sa.engine.make_url(server.get_uri()).query["host"]
        log(f"PostgreSQL in {folder}")
        yield Chain(f"postgresql+psycopg://postgres@/{{db}}?host={host}")
    finally:
        # Immediate shutdown (SIGQUIT): a scratch cluster needs no shutdown checkpoint.
        os.kill(int((Path(folder) / "postmaster.pid").read_text().split()[0]), signal.SIGQUIT)
        shutil.rmtree(folder, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _fresh_database(chain: Chain, name: str) -> str:
    import sqlalchemy as sa

    admin = sa.create_engine(chain.url.format(db="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    admin.dispose()
    return chain.url.format(db=name)


@contextmanager
def serving(url: str, workers: int, data_dir: Path) -> Iterator[str]:
    import httpx

    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "loyalty_pos", "serve", "--db", url, "--port", str(port),
                                "--workers", str(workers), "--data-dir", str(data_dir), "--no-backup"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("loyalty-pos serve did not start")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()


def _bodies(terminal_id: str) -> list[bytes]:
    import json

    bodies = []
    for batch in range(BATCHES_PER_TILL):
        events = []
        for n in range(BATCH):
            entry_id = str(uuid.uuid4())
            events.append({
                "event_id": str(uuid.uuid4()), "kind": "ledger_entry", "key": entry_id,
                "at": "2026-12-06T09:00:00.000Z", "hlc": f"{1765000000000 + batch * BATCH + n:016d}-0000-{terminal_id}",
                "payload": {"schema_version": 1, "id": entry_id, "member_id": f"M{(batch * BATCH + n) % 20_000:06d}",
                            "kind": "earn", "points": 10, "at": "2026-12-06T09:00:00+00:00",
                            "terminal_id": terminal_id, "actor": "cashier", "sale_ref": None, "reason": None,
                            "reward_id": None, "expires_at": None}})
        bodies.append(json.dumps({"batch_id": str(uuid.uuid4()), "events": events, "chain_head": None}).encode())
    return bodies


def ingest_rate(chain: Chain, workers: int, log: Callable[[str], None]) -> float:
    import httpx

    from loyalty_pos.sync.server import schema, terminals
    from loyalty_pos.sync.server.database import make_engine

    url = _fresh_database(chain, f"bench_ingest_{workers}")
    engine = make_engine(url)
    schema.migrate(engine)
    tokens: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="lp-bench-serve-") as data_dir, \
            serving(url, workers, Path(data_dir)) as base:
        for n in range(TILLS):
            code = terminals.add_terminal(engine, f"Bench {n}", shop_id=f"shop{n % 2}").code
            answer = httpx.post(f"{base}/v1/terminals/enrol",
                                json={"code": code, "terminal_name": f"Bench {n}", "app_version": "bench"}).json()
            tokens.append((answer["terminal_id"], answer["token"]))
        work = {terminal_id: _bodies(terminal_id) for terminal_id, _ in tokens}
        failures: list[str] = []

        def till(terminal_id: str, token: str) -> None:
            with httpx.Client(base_url=base, timeout=120,
                              headers={"Authorization": f"Bearer {token}", "content-type": "application/json"}) as c:
                for body in work[terminal_id]:
                    answer = c.post("/v1/push", content=body)
                    if answer.status_code != 200 or answer.json()["accepted"] != BATCH:
                        failures.append(f"{answer.status_code} {answer.text[:200]}")

        threads = [threading.Thread(target=till, args=pair) for pair in tokens]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    engine.dispose()
    if failures:
        raise RuntimeError(f"pushes refused: {failures[0]}")
    total = TILLS * BATCHES_PER_TILL * BATCH
    log(f"{total:,} ledger entries from {TILLS} tills in {elapsed:.2f} s with {workers} worker(s)")
    return total / elapsed


def client_figures(chain: Chain, pull_members: int, log: Callable[[str], None],
                   backlog: int | None = None) -> list[Figure]:
    """The till's side against the real server (1 worker): a till's 24-hour backlog drained
    in one round, then a new till's first round pulling ``pull_members`` members' changes."""
    from datetime import timedelta

    from loyalty_pos.bench.sync_client import (
        BACKLOG_EVENTS,
        drain_backlog,
        fill_backlog,
        pull_chain,
    )

    from loyalty_pos.app import open_app
    from loyalty_pos.config import Config
    from loyalty_pos.demo.catalog import install_demo_shop
    from loyalty_pos.sync.client import SyncClient
    from loyalty_pos.sync.round import register, run_sync_round
    from loyalty_pos.sync.server import terminals
    from loyalty_pos.sync.server.database import make_engine

    url = _fresh_database(chain, "bench_client")
    figures = []
    with tempfile.TemporaryDirectory(prefix="lp-bench-sync-") as scratch, \
            serving(url, 1, Path(scratch) / "server") as base:
        engine = make_engine(url)
        codes = {name: terminals.add_terminal(engine, name).code for name in ("bench-till", "bench-source", "bench-new")}
        engine.dispose()

        def till(name: str):  # type: ignore[no-untyped-def]
            app = open_app(Config.load(Path(scratch) / name), new_shop=True)
            install_demo_shop(app.uow, app.clock)
            answer = register(app.uow, base, codes[name], name, clock=app.clock)
            return app, str(answer["terminal_id"])

        app, terminal_id = till("bench-till")
        try:
            run_sync_round(app.uow, clock=app.clock)  # the shop's own setup, not part of the backlog
            fill_backlog(app.uow, backlog or BACKLOG_EVENTS, end=app.clock.now(), terminal_id=terminal_id)
            figure, rate = drain_backlog(app.uow, clock=app.clock)
            log(f"drained {backlog or BACKLOG_EVENTS:,} events at {rate:,.0f}/s")
            figures.append(figure)
            start = app.clock.now() - timedelta(days=1)
        finally:
            app.close()
        answer = SyncClient(base).enrol(codes["bench-source"], "bench-source", "bench")
        seeded = time.perf_counter()
        engine = make_engine(url)
        seed_members(engine, pull_members, start=start, node=answer["terminal_id"])
        engine.dispose()
        log(f"seeded {pull_members:,} members on the server in {time.perf_counter() - seeded:.1f} s")
        new, _ = till("bench-new")
        try:
            figure, rate = pull_chain(new.uow, pull_members, clock=new.clock)
            log(f"a new till pulled {pull_members:,} members at {rate:,.0f}/s")
            figures.append(figure)
        finally:
            new.close()
    return figures


# One statement per table over generate_series: a million members in seconds, where
# pushing them through the API took minutes before the pull could even be timed. The
# rows are what ingest would have stored for member_events (bench/sync_client.py): the
# events, and the merged members and cards the snapshot reads.
_SEED_NUMBERS = """
    CREATE TEMP TABLE seed AS
    SELECT n, '00000000-0000-0000-0000-' || lpad(to_hex(n + 1), 12, '0') AS member_id,
           lpad((%(start_ms)s + n)::text, 16, '0') || '-0000-' || %(node)s AS hlc,
           to_char(to_timestamp((%(start_ms)s + n) / 1000.0) AT TIME ZONE 'UTC',
                   'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
           'Member ' || n AS name, 'm' || n || '@example.com' AS email, '9' || lpad(n::text, 15, '0') AS card
    FROM generate_series(0, %(count)s - 1) AS n
"""
_SEED_EVENTS = """
    INSERT INTO events (event_id, origin_terminal, shop_id, kind, key, at, hlc, payload, body_hash, received_at)
    SELECT md5('bench-event-' || n)::uuid::text, %(node)s, %(shop)s, 'member_enrolled', member_id, at, hlc,
           jsonb_build_object('schema_version', 1, 'member_id', member_id, 'name', name, 'phone', NULL,
                              'email', email, 'birthday', NULL, 'consent_marketing', false,
                              'consent_data_processing', true, 'card', card, 'tier', 'bronze'),
           md5('bench-body-' || n) || md5('bench-body-' || n), now()
    FROM seed ORDER BY n
"""
_SEED_MEMBERS = """
    INSERT INTO members (member_id, home_shop, fields, tombstone, tombstone_hlc, merged_into, phone)
    SELECT member_id, %(shop)s,
           jsonb_build_object('name', jsonb_build_array(hlc, name), 'phone', jsonb_build_array(hlc, NULL),
                              'email', jsonb_build_array(hlc, email), 'birthday', jsonb_build_array(hlc, NULL),
                              'consent_marketing', jsonb_build_array(hlc, false),
                              'consent_data_processing', jsonb_build_array(hlc, true),
                              'tier', jsonb_build_array(hlc, 'bronze')),
           NULL, NULL, NULL, NULL
    FROM seed
"""
_SEED_CARDS = "INSERT INTO cards (card, member_id, blocked, blocked_reason) SELECT card, member_id, false, NULL FROM seed"


def seed_members(engine, count: int, *, start, node: str, shop: str = "main") -> None:  # type: ignore[no-untyped-def]
    """``count`` members enrolled at terminal ``node`` from ``start`` on, one a millisecond."""
    params = {"count": count, "start_ms": int(start.timestamp() * 1000), "node": node, "shop": shop}
    with engine.begin() as connection:
        for sql in (_SEED_NUMBERS, _SEED_EVENTS, _SEED_MEMBERS, _SEED_CARDS):
            connection.exec_driver_sql(sql, params)
        connection.exec_driver_sql("DROP TABLE seed")
        connection.exec_driver_sql("ANALYZE events")
        connection.exec_driver_sql("ANALYZE members")
        connection.exec_driver_sql("ANALYZE cards")


def run(log: Callable[[str], None], pull_members: int = 1_000_000) -> list[Figure]:
    figures = []
    with postgres(log) as chain:
        for workers in (1, 2):
            rate = ingest_rate(chain, workers, log)
            figures.append(Figure.measured(f"sync ingest, {workers} API worker(s)", rate, "entries/s", TARGET))
        figures.extend(client_figures(chain, pull_members, log))
    return figures
