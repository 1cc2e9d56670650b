"""Ingest under concurrency and crashes, and the schema's upgrade, on a real PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from loyalty_pos.sync.server import schema
from loyalty_pos.sync.server import tables as t
from loyalty_pos.sync.server.database import make_engine
from tests.sync.conftest import Postgres, ApiTill, enrolled, entry, free_port

ROOT = Path(__file__).resolve().parents[2]


def _waiting_on_a_lock(engine: sa.engine.Engine, count: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with engine.connect() as connection:
            waiting = connection.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type IN ('Lock', 'LWLock') "
                "AND datname = current_database()").scalar_one()
        if waiting >= count:
            return
        time.sleep(0.02)
    raise AssertionError(f"{count} push(es) never reached the lock")


def test_a_cursor_never_steps_over_a_push_that_commits_later_with_a_lower_seq(
        api: str, engine: sa.engine.Engine, till: ApiTill) -> None:
    other = ApiTill.enrol(api, engine, "ApiTill 2", shop="s2")
    till.push([till.event("ledger_entry", "m", entry("MA", 1)), other.event("ledger_entry", "m", entry("MB", 1))])
    _, cursor = till.pull_all()
    results: dict[str, int] = {}
    blocker = engine.connect()
    trans = blocker.begin()
    # Push A stalls half-way (its events are in, its balance row is locked); push B is for
    # another member and would otherwise commit first with higher seqs.
    blocker.execute(sa.select(t.balances).where(t.balances.c.member_id == "MA").with_for_update())
    slow = threading.Thread(target=lambda: results.__setitem__(
        "a", till.push([till.event("ledger_entry", "a", entry("MA", 5)) for _ in range(3)]).status_code))
    slow.start()
    _waiting_on_a_lock(engine, 1)
    fast = threading.Thread(target=lambda: results.__setitem__(
        "b", other.push([other.event("ledger_entry", "b", entry("MB", 7)) for _ in range(3)]).status_code))
    fast.start()
    fast.join(0.5)  # without the ingest lock B commits here, past A's lower seqs
    if fast.is_alive():
        _waiting_on_a_lock(engine, 2)
    seen_meanwhile, mid_cursor = till.pull_all(since=cursor)
    trans.rollback()
    blocker.close()
    slow.join(10)
    fast.join(10)
    assert results == {"a": 200, "b": 200}
    after, _ = till.pull_all(since=mid_cursor)
    assert len(seen_meanwhile) + len(after) == 6  # nothing stepped over
    keys = [e["key"] for e in seen_meanwhile + after]
    assert keys == ["a"] * 3 + ["b"] * 3  # seq follows commit order


def _serve(url: str, port: int, data_dir: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "loyalty_pos", "serve", "--db", url, "--port", str(port),
                                "--data-dir", str(data_dir), "--no-backup"], env=env, cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise AssertionError("serve did not start")


def test_a_push_cut_off_by_a_killed_server_is_whole_after_the_retry(
        postgres: Postgres, db_url: str, engine: sa.engine.Engine, tmp_path: Path) -> None:
    port = free_port()
    server = _serve(db_url, port, tmp_path)
    try:
        till = ApiTill.enrol(f"http://127.0.0.1:{port}", engine, "ApiTill 1")
        till.push([till.event("ledger_entry", "m", entry("MK", 1))])
        batch = [till.event("ledger_entry", "k", entry("MK", 10)) for _ in range(200)]
        blocker = engine.connect()
        trans = blocker.begin()
        blocker.execute(sa.select(t.balances).where(t.balances.c.member_id == "MK").with_for_update())
        cut = threading.Thread(target=lambda: _ignore_transport_errors(lambda: till.push(batch)))
        cut.start()
        _waiting_on_a_lock(engine, 1)  # the batch's events are inserted, not committed
        server.kill()  # kill -9 mid-request
        server.wait(10)
        trans.rollback()
        blocker.close()
        cut.join(10)
    finally:
        server.kill()
    server = _serve(db_url, port, tmp_path)
    try:
        retried = till.push(batch).json()
        assert retried["accepted"] == 200 and retried["duplicates"] == 0  # none of it had been kept
        again = till.push(batch).json()
        assert again == {**again, "accepted": 0, "duplicates": 200}
        assert till.balance("MK") == 2001
    finally:
        server.kill()
        server.wait(10)


def _ignore_transport_errors(call) -> None:  # type: ignore[no-untyped-def]
    try:
        call()
    except httpx.TransportError:
        pass


def test_a_database_at_the_first_revision_keeps_its_data_through_the_upgrade(postgres: Postgres) -> None:
    postgres.admin("CREATE DATABASE sync_old")
    engine = make_engine(postgres.url("sync_old"))
    schema.migrate(engine, "s0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO terminals (terminal_id, name, shop_id, head_office, created_at) "
            "VALUES ('T001', 'ApiTill 1', 's1', false, now())")
        connection.exec_driver_sql(
            "INSERT INTO events (event_id, origin_terminal, shop_id, kind, key, at, hlc, payload, body_hash, "
            "received_at) VALUES ('00000000-0000-4000-8000-000000000001', 'T001', 's1', 'ledger_entry', 'e', "
            "'2026-01-01T00:00:00.000Z', '0000000000000001-0000-T001', '{\"schema_version\": 1}', 'h', now())")
    before, after = schema.migrate(engine)
    assert (before, after) == ("s0001", schema.HEAD)
    with engine.connect() as connection:
        assert connection.execute(sa.select(t.terminals.c.name, t.terminals.c.app_version)).all() == [("ApiTill 1", None)]
        assert connection.execute(sa.select(t.events.c.event_id, t.events.c.seq)).all() == [
            ("00000000-0000-4000-8000-000000000001", 1)]
        assert connection.execute(sa.select(sa.func.count()).select_from(t.problems)).scalar_one() == 0
    # A second run (another worker starting) finds nothing to do.
    assert schema.migrate(engine) == (schema.HEAD, schema.HEAD)
    engine.dispose()


def test_serve_backs_an_old_sqlite_database_up_before_upgrading(tmp_path: Path) -> None:
    from loyalty_pos.sync.server.database import default_url

    engine = make_engine(default_url(tmp_path))
    schema.migrate(engine, "s0001")
    done = schema.upgrade_on_start(engine, tmp_path / "backups")
    assert (done.before, done.after) == ("s0001", schema.HEAD)
    assert done.backup is not None and done.backup.exists()
    copy = make_engine(f"sqlite:///{done.backup}")
    with copy.connect() as connection:
        assert schema.current_revision(connection) == "s0001"
    copy.dispose()
    engine.dispose()


def test_an_old_postgres_schema_without_pg_dump_is_refused_unless_no_backup(
        postgres: Postgres, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from loyalty_pos.sync.server.errors import AdminRefused

    postgres.admin("CREATE DATABASE sync_nodump")
    engine = make_engine(postgres.url("sync_nodump"))
    schema.migrate(engine, "s0001")
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump anywhere
    with pytest.raises(AdminRefused, match="--no-backup"):
        schema.upgrade_on_start(engine, tmp_path)
    with engine.connect() as connection:
        assert schema.current_revision(connection) == "s0001"
    assert schema.upgrade_on_start(engine, tmp_path, no_backup=True).after == schema.HEAD
    engine.dispose()


def test_member_changes_survive_in_the_embedded_sqlite_too(tmp_path: Path) -> None:
    from loyalty_pos.sync.server import terminals
    from loyalty_pos.sync.server.database import default_url
    from tests.sync.conftest import ApiThread

    engine = make_engine(default_url(tmp_path))
    schema.migrate(engine)
    with ApiThread(engine) as base:
        till = ApiTill.enrol(base, engine, "ApiTill 1")
        assert till.push([till.event("member_enrolled", "MS", enrolled("MS")),
                          till.event("ledger_entry", "e", entry("MS", 12))]).status_code == 200
        assert till.push([till.event("ledger_entry", "e", entry("MS", 3))]).status_code == 200
        assert till.balance("MS") == 15
        assert len(till.pull_all()[0]) == 3
        assert terminals.revoke_terminal(engine, "ApiTill 1").terminal_id == till.terminal_id
        assert till.client.get("/v1/pull").status_code == 401
    engine.dispose()
