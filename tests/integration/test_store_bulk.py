"""Bulk loading: rows land, indexes/triggers/search come back, a bad load leaves nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, Lot, fold
from loyalty_pos.domain.members import Card, CardStatus, Consents, Member, MemberStatus
from loyalty_pos.services.ports import BalanceRow
from loyalty_pos.store.backup import integrity_check
from loyalty_pos.store.bulk import BulkLoader, bulk_insert
from loyalty_pos.store.engine import open_engine
from loyalty_pos.store.errors import NotOurDatabase
from loyalty_pos.store.schema import upgrade
from loyalty_pos.store.types import to_micros
from loyalty_pos.store.unit_of_work import SqlUnitOfWork

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
NAMES = ["Ann Hansen", "Bjørn Olsen", "Kari Nordmann", "José Álvarez", "Mei Chen"]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "loyalty.sqlite"
    upgrade(path, tmp_path / "backups")
    return path


def schema_objects(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY 2"
        ).fetchall()


def members(count: int) -> list[Member]:
    out = []
    for n in range(count):
        member_id = f"00000000-0000-4000-8000-{n:012d}"
        card = Card(f"9400{n:012d}", member_id, CardStatus.ACTIVE, T0, printed=n % 2 == 0)
        out.append(Member(member_id, f"{NAMES[n % 5]} {n}", f"+4790{n:06d}", f"m{n}@example.com",
                          date(1980, 1, 1) + timedelta(days=n), Consents(n % 3 == 0, True), "basic",
                          MemberStatus.ACTIVE, T0 + timedelta(seconds=n), (card,)))
    return out


def test_typed_loading_is_read_back_by_the_repositories(db_path: Path) -> None:
    before = schema_objects(db_path)
    loaded = members(120)
    entries = [
        LedgerEntry(f"e-{m.id[-4:]}-{k}", m.id, EntryKind.EARN, 10 * (k + 1), T0 + timedelta(days=k), "01", "seed",
                    sale_ref=f"s-{m.id[-4:]}-{k}", expires_at=T0 + timedelta(days=365 + k))
        for m in loaded for k in range(3)
    ]
    phases: list[str] = []
    with BulkLoader(db_path, batch=50, on_phase=phases.append) as load:  # batches smaller than the data
        assert load.add_members(loaded) == 120
        assert load.add_entries(entries) == 360
        projections = []
        for m in loaded:
            state = fold(e for e in entries if e.member_id == m.id)
            projections.append((BalanceRow(m.id, state.balance, state.lots[0].expires_at, state.last_activity),
                                state.lots))
        assert load.add_projections(projections) == 120
    assert phases == ["indexes", "search index", "chain"]
    assert schema_objects(db_path) == before  # every index and trigger is back
    assert integrity_check(db_path) == []

    engine = open_engine(db_path)
    try:
        with SqlUnitOfWork(engine, readonly=True) as uow:
            assert uow.members.get(loaded[7].id) == loaded[7]
            assert uow.members.by_card("9400000000000042") == (loaded[42], loaded[42].cards[0])
            assert uow.ledger.for_member(loaded[3].id) == entries[9:12]
            assert uow.balances.get(loaded[3].id) == BalanceRow(loaded[3].id, 60, T0 + timedelta(days=365), T0 + timedelta(days=2))
            assert len(uow.balances.lots(loaded[3].id)) == 3
            found = uow.members.search("bjørn", cursor=None, limit=100).rows
            assert [row.name for row in found] == [f"Bjørn Olsen {n}" for n in range(1, 120, 5)]
            assert found[0].balance == 60 and found[0].card_number == "9400000000000001"
            assert uow.members.search("+479000011", cursor=None, limit=5).rows[0].name == "Ann Hansen 110"
        with SqlUnitOfWork(engine) as uow:  # the search triggers work again for members added later
            uow.members.add(Member("late", "Zelda Late", None, None, None, Consents(False, True), "basic",
                                   MemberStatus.ACTIVE, T0))
            uow.commit()
        with SqlUnitOfWork(engine, readonly=True) as uow:
            assert [row.member_id for row in uow.members.search("zel", cursor=None, limit=5).rows] == ["late"]
            assert uow.connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        engine.dispose()


def test_generic_rows_with_conversion_constants_and_stored_values(db_path: Path) -> None:
    with BulkLoader(db_path) as load:
        load.insert("members", [
            {"id": "a", "name": "Ann", "birthday": date(1990, 1, 2), "consent_marketing": True,
             "consent_data_processing": True, "tier_code": "basic", "status": "active", "enrolled_at": T0,
             "updated_at": T0},
        ])
        load.insert("ledger", [("e1", 5, T0), ("e2", 7, to_micros(T0 + timedelta(hours=1)))],
                    ("id", "points", "at"), constants={"member_id": "a", "kind": "earn", "terminal_id": "0'1",
                                                       "actor": "seed", "expires_at": T0 + timedelta(days=1)})
        load.insert("ledger", [("e3", 9, to_micros(T0))], ("id", "points", "at"), stored=True,
                    constants={"member_id": "a", "kind": "bonus", "terminal_id": "01", "actor": "seed"})
        load.insert("outbox", [{"kind": "k", "key": "1", "payload": {"x": 1}, "at": T0,
                                "event_id": "event-1", "hlc": "0000000000000001-0000-local"}])  # 0016: ids and stamps
        assert load.insert("settings", []) == 0
    engine = open_engine(db_path)
    try:
        with SqlUnitOfWork(engine, readonly=True) as uow:
            member = uow.members.get("a")
            assert member is not None and member.birthday == date(1990, 1, 2) and member.consents.marketing
            assert [(e.id, e.points, e.at, e.terminal_id, e.expires_at) for e in uow.ledger.for_member("a")] == [
                ("e1", 5, T0, "0'1", T0 + timedelta(days=1)),
                ("e3", 9, T0, "01", None),
                ("e2", 7, T0 + timedelta(hours=1), "0'1", T0 + timedelta(days=1)),
            ]
            assert uow.connection.exec_driver_sql("SELECT payload FROM outbox").scalar_one() == '{"x":1}'
    finally:
        engine.dispose()


def test_sql_of_ones_own_inside_the_load(db_path: Path) -> None:
    """INSERT ... SELECT into our tables is treated like insert(): indexes and the
    name search are rebuilt at the end."""
    before = schema_objects(db_path)
    with BulkLoader(db_path) as load:
        load.execute("CREATE TEMP TABLE names (i INTEGER PRIMARY KEY, name TEXT)")
        load.executemany("INSERT INTO names (name) VALUES (?)", [(name,) for name in NAMES])
        load.execute(
            "INSERT INTO members (id, name, consent_marketing, consent_data_processing, tier_code, status, "
            "enrolled_at, updated_at) SELECT 'm' || i, name, 0, 1, 'basic', 'active', :at, :at FROM temp.names",
            {"at": to_micros(T0)},
        )
        assert load.execute("SELECT count(*) FROM members").fetchone() == (5,)
        dropped = load.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'members' AND sql IS NOT NULL "
                               "AND type IN ('index', 'trigger')").fetchall()
        assert dropped == []  # while loading, members has no index or trigger to keep up
    assert schema_objects(db_path) == before
    engine = open_engine(db_path)
    try:
        with SqlUnitOfWork(engine, readonly=True) as uow:
            assert [row.member_id for row in uow.members.search("mei", cursor=None, limit=5).rows] == ["m5"]
            assert uow.members.get("m2").enrolled_at == T0  # type: ignore[union-attr]
    finally:
        engine.dispose()


def test_a_failed_load_leaves_the_file_as_it_was(db_path: Path) -> None:
    before = schema_objects(db_path)
    with pytest.raises(RuntimeError, match="seed generator crashed"), BulkLoader(db_path) as load:
        load.add_members(members(10))
        raise RuntimeError("seed generator crashed")
    assert schema_objects(db_path) == before
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT count(*) FROM members").fetchone() == (0,)


def test_duplicate_keys_are_refused_when_the_index_is_rebuilt(db_path: Path) -> None:
    twice = members(3) + members(1)
    with pytest.raises(ValidationError) as refused, BulkLoader(db_path) as load:
        load.add_members(twice)
    assert refused.value.code == "bulk_duplicate_key"
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT count(*) FROM members").fetchone() == (0,)
    assert len(schema_objects(db_path)) > 10 and integrity_check(db_path) == []


def test_bad_requests_are_refused(db_path: Path, tmp_path: Path) -> None:
    with pytest.raises(ValidationError), BulkLoader(db_path) as load:
        load.insert("no_such_table", [{"a": 1}])
    with pytest.raises(ValidationError), BulkLoader(db_path) as load:
        load.insert("settings", [{"key": "a", "nope": 1}])
    with pytest.raises(ValidationError), BulkLoader(db_path) as load:
        load.insert("settings", [("a", "b")])  # sequences need their column names
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(NotOurDatabase):
        bulk_insert(other, "settings", [{"key": "a", "value": "b"}])
    assert bulk_insert(db_path, "settings", [{"key": "a", "value": "b"}]) == 1


def test_projection_lots_from_bulk_equal_a_fold(db_path: Path) -> None:
    member = members(1)[0]
    entries = [
        LedgerEntry("e1", member.id, EntryKind.EARN, 100, T0, "01", "seed", expires_at=T0 + timedelta(days=30)),
        LedgerEntry("e2", member.id, EntryKind.REDEEM, -40, T0 + timedelta(days=1), "01", "seed", reward_id="r"),
    ]
    state = fold(entries)
    with BulkLoader(db_path) as load:
        load.add_members([member])
        load.add_entries(entries)
        load.add_projections([(BalanceRow(member.id, state.balance, None, state.last_activity),
                               [*state.lots, Lot("spent", T0, None, 0)])])
    engine = open_engine(db_path)
    try:
        with SqlUnitOfWork(engine, readonly=True) as uow:
            assert tuple(uow.balances.lots(member.id)) == state.lots == (Lot("e1", T0, T0 + timedelta(days=30), 60),)
    finally:
        engine.dispose()
