"""The unit of work: all-or-nothing transactions, readers vs writers, busy stores, UTC times."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from loyalty_pos.domain.errors import StoreBusy, ValidationError
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.domain.members import Card, CardStatus, Consents, Member, MemberStatus
from loyalty_pos.services.actor import Role
from loyalty_pos.services.ports import BalanceRow, StaffRecord
from loyalty_pos.store.backup import backup
from loyalty_pos.store.engine import open_engine
from loyalty_pos.store.errors import ReadOnlyDatabase, StoreError
from loyalty_pos.store.unit_of_work import SqlUnitOfWork
from tests.integration.conftest import migrated_store

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_store(tmp_path_factory.mktemp("template"), seed=lambda uow: uow.members.add(ann()))


@pytest.fixture
def db_path(template: Path, tmp_path: Path) -> Path:
    return backup(template, tmp_path / "loyalty.sqlite")


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    engine = open_engine(db_path)
    yield engine
    engine.dispose()


def ann() -> Member:
    return Member("ann", "Ann Hansen", None, None, date(1990, 1, 1), Consents(False, True), "basic",
                  MemberStatus.ACTIVE, T0)


def earn(entry_id: str, points: int = 10, at: datetime = T0) -> LedgerEntry:
    return LedgerEntry(entry_id, "ann", EntryKind.EARN, points, at, "01", "cashier", expires_at=at + timedelta(days=365))


def counts(engine: Engine) -> dict[str, int]:
    with SqlUnitOfWork(engine, readonly=True) as uow:
        return {
            table: uow.connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            for table in ("members", "cards", "ledger", "balances", "lots", "audit_log", "outbox", "sales")
        }


def test_an_exception_in_the_block_rolls_everything_back(engine: Engine) -> None:
    before = counts(engine)
    with pytest.raises(RuntimeError, match="power cut"), SqlUnitOfWork(engine) as uow:
        uow.members.add(Member("bob", "Bob", None, None, None, Consents(False, True), "basic",
                               MemberStatus.ACTIVE, T0))
        uow.cards.add(Card("9400000000000001", "bob", CardStatus.ACTIVE, T0))
        uow.ledger.append([earn("e1")])
        uow.balances.put(BalanceRow("ann", 10, None, T0), [])
        uow.audit.append(at=T0, actor="cashier", action="sale_committed", details={})
        uow.outbox.add(kind="ledger_entry", key="e1", payload={}, at=T0)
        raise RuntimeError("power cut")
    assert counts(engine) == before


def test_leaving_without_commit_saves_nothing_and_commit_saves_all(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        uow.ledger.append([earn("e1")])
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert not uow.ledger.exists("e1")
    uow = SqlUnitOfWork(engine)
    with uow:
        uow.ledger.append([earn("e1")])
        uow.commit()
        uow.ledger.append([earn("e2")])  # after a commit: a new transaction ...
        uow.rollback()  # ... that can be undone on its own
    with uow:  # the same unit of work entered again starts afresh
        assert uow.ledger.exists("e1") and not uow.ledger.exists("e2")


def test_a_nested_block_joins_the_outer_transaction(engine: Engine) -> None:
    uow = SqlUnitOfWork(engine)
    with pytest.raises(RuntimeError), uow:
        with uow:
            uow.ledger.append([earn("e1")])
        assert uow.ledger.exists("e1")  # the inner exit did not end the transaction
        raise RuntimeError("outer fails")
    with SqlUnitOfWork(engine, readonly=True) as reader:
        assert not reader.ledger.exists("e1")


def test_repositories_refuse_work_outside_the_block(engine: Engine) -> None:
    uow = SqlUnitOfWork(engine)
    with pytest.raises(StoreError):
        uow.members.get("ann")


def test_a_reader_cannot_write_and_leaves_the_connection_writable(engine: Engine) -> None:
    with pytest.raises(ReadOnlyDatabase) as refused, SqlUnitOfWork(engine, readonly=True) as uow:
        uow.settings.set("shop_name", "x")
    assert refused.value.code == "database_read_only"
    for _ in range(3):  # the pool hands the same connection out again: it must write now
        with SqlUnitOfWork(engine) as uow:
            uow.settings.set("shop_name", "Deli")
            uow.commit()


def test_a_writer_waits_for_the_lock_and_reports_a_busy_store(db_path: Path) -> None:
    engine = open_engine(db_path, busy_timeout_ms=150)
    try:
        with SqlUnitOfWork(engine, readonly=True):  # the till is open (its file in WAL mode) ...
            pass
        with closing(sqlite3.connect(db_path, isolation_level=None)) as other_till:
            other_till.execute("BEGIN IMMEDIATE")  # another till is mid-sale
            started = time.monotonic()
            with pytest.raises(StoreBusy) as busy, SqlUnitOfWork(engine):
                pass
            waited = time.monotonic() - started
            assert busy.value.code == "store_busy"
            assert 0.1 <= waited < 3
            with SqlUnitOfWork(engine, readonly=True) as reader:  # WAL: reading never waits
                assert reader.members.get("ann") is not None
            other_till.execute("COMMIT")
        with SqlUnitOfWork(engine) as uow:  # lock released: writing works again
            uow.ledger.append([earn("e1")])
            uow.commit()
    finally:
        engine.dispose()


def test_a_restored_file_is_switched_to_wal_even_while_another_till_writes(db_path: Path) -> None:
    """A backup (and so a restored file) is a standalone rollback-journal file; the
    first till to open it switches it to WAL. SQLite refuses that switch at once
    (no busy wait) while another connection is mid-write; the engine waits instead."""
    with closing(sqlite3.connect(db_path)) as probe:
        assert probe.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    other_till = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other_till.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.2, lambda: other_till.execute("COMMIT"))
    release.start()
    engine = open_engine(db_path)
    try:
        with SqlUnitOfWork(engine) as uow:
            assert uow.connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        engine.dispose()
        release.join()
        other_till.close()


def test_a_commit_is_on_disk_for_the_next_connection(db_path: Path, engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        uow.ledger.append([earn("e1")])
        uow.commit()
    with closing(sqlite3.connect(db_path)) as fresh:
        assert fresh.execute("SELECT id FROM ledger").fetchall() == [("e1",)]
        assert fresh.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_pragmas_for_durability_are_set(engine: Engine) -> None:
    with SqlUnitOfWork(engine, readonly=True) as uow:
        pragma = uow.connection.exec_driver_sql
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA busy_timeout").scalar() == 5000


def test_times_round_trip_as_aware_utc(engine: Engine) -> None:
    kolkata = timezone(timedelta(hours=5, minutes=30))
    local = datetime(2024, 3, 31, 1, 30, 0, 123456, tzinfo=kolkata)
    staff = StaffRecord("kari", "Kari", Role.CASHIER, "h", True, 1, local)
    with SqlUnitOfWork(engine) as uow:
        uow.ledger.append([earn("e1", at=local)])
        uow.staff.put(staff)
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        (entry,) = uow.ledger.for_member("ann")
        locked = uow.staff.get("kari").locked_until  # type: ignore[union-attr]
        stored = uow.connection.exec_driver_sql("SELECT at FROM ledger").scalar_one()
    assert entry.at == local and entry.at.tzinfo is UTC
    assert entry.at == datetime(2024, 3, 30, 20, 0, 0, 123456, tzinfo=UTC)  # 01:30 +05:30 is 20:00 UTC
    assert entry.expires_at == local + timedelta(days=365) and entry.expires_at.tzinfo is UTC  # type: ignore[union-attr]
    assert locked == local and locked.tzinfo is UTC  # type: ignore[union-attr]
    assert stored == 1711828800123456  # microseconds since 1970-01-01 UTC


def test_a_naive_time_is_refused_not_guessed(engine: Engine) -> None:
    with pytest.raises(ValidationError) as refused, SqlUnitOfWork(engine) as uow:
        uow.ledger.append([LedgerEntry("e1", "ann", EntryKind.EARN, 5, datetime(2024, 5, 1, 9), "01", "x")])
    assert refused.value.code == "naive_datetime"


def _write_sales(db_path: str, terminal: str, count: int, start: Any, results: Any) -> None:
    """One till: ``count`` sales, each a receipt number + ledger entry + audit in one transaction."""
    engine = open_engine(Path(db_path))
    with SqlUnitOfWork(engine, readonly=True):  # connected before the race starts
        pass
    start.wait(timeout=30)  # both tills begin selling at the same moment
    done, busy = 0, 0
    for n in range(count):
        try:
            with SqlUnitOfWork(engine) as uow:
                receipt = uow.sales.next_receipt_no(terminal)
                uow.ledger.append([LedgerEntry(f"{terminal}-{n}", "ann", EntryKind.EARN, 1,
                                               datetime.now(UTC), terminal, "cashier", sale_ref=receipt)])
                uow.audit.append(at=datetime.now(UTC), actor="cashier", action="sale_committed",
                                 details={"receipt": receipt})
                uow.commit()
            done += 1
        except StoreBusy:
            busy += 1
        # A till pauses between sales; without it one process re-takes the lock the
        # moment it commits and the other only ever waits (SQLite's busy handler sleeps).
        time.sleep(0.002)
    engine.dispose()
    results.put((terminal, done, busy))


def test_two_processes_writing_at_once_never_corrupt_or_interleave(db_path: Path, engine: Engine) -> None:
    context = multiprocessing.get_context("spawn")
    results, start = context.Queue(), context.Barrier(2)
    tills = [context.Process(target=_write_sales, args=(str(db_path), t, 40, start, results)) for t in ("A", "B")]
    for till in tills:
        till.start()
    outcome = sorted(results.get(timeout=60) for _ in tills)
    for till in tills:
        till.join(timeout=60)
        assert till.exitcode == 0
    done = {terminal: ok for terminal, ok, _busy in outcome}
    assert all(ok + busy == 40 for _terminal, ok, busy in outcome)  # every sale either committed or refused busy
    assert sum(done.values()) >= 2  # at least some of each till's work got through
    with SqlUnitOfWork(engine, readonly=True) as uow:
        rows = uow.connection.exec_driver_sql("SELECT terminal_id, sale_ref FROM ledger").all()
        assert uow.audit.verify() == []  # the hash chain stayed linear under concurrency
        audit_count = uow.connection.exec_driver_sql("SELECT count(*) FROM audit_log").scalar_one()
    assert len(rows) == audit_count == sum(done.values())
    for terminal, ok in done.items():  # no receipt number handed out twice, none skipped
        assert sorted(ref for t, ref in rows if t == terminal) == [f"R{terminal}-{n:06d}" for n in range(1, ok + 1)]
