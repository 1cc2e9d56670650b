"""The points ledger and its projection (balances + lots) in a real SQLite file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from loyalty_pos.domain.errors import Conflict, NotFound
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, Lot, fold
from loyalty_pos.domain.members import Consents, Member, MemberStatus
from loyalty_pos.services.ports import BalanceRow
from loyalty_pos.store.unit_of_work import SqlUnitOfWork
from tests.integration.conftest import migrated_store

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def _four_members(uow: SqlUnitOfWork) -> None:
    for name in ("ann", "bob", "cat", "dan"):
        uow.members.add(Member(name, name.title(), None, None, date(1990, 1, 1), Consents(False, True),
                               "basic", MemberStatus.ACTIVE, T0))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_store(tmp_path_factory.mktemp("template"), seed=_four_members)


_counter = iter(range(1, 10**6))


def entry(member_id: str, kind: EntryKind, points: int, at: datetime, **extra: object) -> LedgerEntry:
    return LedgerEntry(id=f"e-{next(_counter):06d}", member_id=member_id, kind=kind, points=points, at=at,
                       terminal_id="01", actor="cashier", **extra)  # type: ignore[arg-type]


def append(engine: Engine, *entries: LedgerEntry) -> None:
    with SqlUnitOfWork(engine) as uow:
        uow.ledger.append(entries)
        uow.commit()


def test_entries_round_trip_exactly(engine: Engine) -> None:
    earn = entry("ann", EntryKind.EARN, 120, T0, sale_ref="sale-1", expires_at=T0 + 365 * DAY)
    redeem = entry("ann", EntryKind.REDEEM, -50, T0 + DAY, sale_ref="sale-2", reward_id="coffee",
                   reason="Free coffee")
    adjust = entry("ann", EntryKind.ADJUST, 7, T0 + 2 * DAY, reason="goodwill")
    append(engine, earn, redeem)
    append(engine, adjust)
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.ledger.for_member("ann") == [earn, redeem, adjust]
        assert uow.ledger.for_member("bob") == []
        assert uow.ledger.exists(earn.id) and not uow.ledger.exists("e-nope")


def test_the_same_entry_twice_is_a_conflict_and_stores_nothing_more(engine: Engine) -> None:
    first = entry("ann", EntryKind.EARN, 10, T0)
    append(engine, first)
    with SqlUnitOfWork(engine) as uow:
        with pytest.raises(Conflict) as refused:
            uow.ledger.append([entry("ann", EntryKind.EARN, 5, T0), first])
        assert refused.value.code == "duplicate_ledger_entry"
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.ledger.for_member("ann") == [first]  # the batch went in whole or not at all


def test_an_entry_for_an_unknown_member_is_refused(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        with pytest.raises(NotFound):
            uow.ledger.append([entry("ann", EntryKind.EARN, 1, T0), entry("zed", EntryKind.EARN, 1, T0)])
        assert uow.ledger.for_member("ann") == []


def test_sums_since_a_moment(engine: Engine) -> None:
    since = T0 + DAY
    append(
        engine,
        entry("ann", EntryKind.EARN, 100, T0),  # before the window
        entry("ann", EntryKind.EARN, 30, since, sale_ref="s1"),  # exactly at the start: counts
        entry("ann", EntryKind.BONUS, 20, since + DAY, sale_ref="s1", reason="campaign"),  # purchase bonus
        entry("ann", EntryKind.BONUS, 500, since + DAY, reason="campaign:enrolment"),  # not from a purchase
        entry("ann", EntryKind.REDEEM, -40, since, reward_id="coffee", sale_ref="s2"),
        entry("ann", EntryKind.REDEEM, -60, since + DAY, reward_id="cake", sale_ref="s3"),
        entry("ann", EntryKind.REDEEM, -45, since + 2 * DAY, reward_id="coffee", sale_ref="s4"),
        entry("ann", EntryKind.REDEEM, -45, T0, reward_id="coffee", sale_ref="s0"),  # before
        entry("bob", EntryKind.EARN, 999, since + DAY),  # someone else
    )
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.ledger.earned_since("ann", since) == 30 + 20
        assert uow.ledger.redeemed_since("ann", since) == 40 + 60 + 45
        assert uow.ledger.redemptions_since("ann", "coffee", since) == 2
        assert uow.ledger.redemptions_since("ann", "cake", since) == 1
        assert uow.ledger.redemptions_since("ann", "tea", since) == 0
        assert uow.ledger.earned_since("cat", since) == 0


def test_statement_pages_newest_first_without_gaps(engine: Engine) -> None:
    # 12 entries, three pairs sharing a timestamp: ties are broken by insertion order.
    entries = [entry("ann", EntryKind.EARN, n, T0 + (n // 2) * DAY) for n in range(1, 13)]
    append(engine, *entries[:6])
    append(engine, *entries[6:])
    seen: list[LedgerEntry] = []
    cursor = None
    sizes = []
    while True:
        with SqlUnitOfWork(engine, readonly=True) as uow:
            page = uow.ledger.statement("ann", cursor=cursor, limit=5)
        seen += page.rows
        sizes.append(len(page.rows))
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert sizes == [5, 5, 2]
    assert [e.points for e in seen] == list(range(12, 0, -1))


def test_projection_put_get_and_lots_in_fifo_order(engine: Engine) -> None:
    never = Lot("l-never", T0, None, 5)
    later = Lot("l-later", T0, T0 + 300 * DAY, 20)
    sooner = Lot("l-sooner", T0 + DAY, T0 + 100 * DAY, 30)
    row = BalanceRow("ann", 55, T0 + 100 * DAY, T0 + DAY)
    with SqlUnitOfWork(engine) as uow:
        uow.balances.put(row, [never, later, sooner, Lot("l-spent", T0, T0, 0)])
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.balances.get("ann") == row
        assert uow.balances.lots("ann") == [sooner, later, never]  # spent lots are not kept
        assert uow.balances.get("bob") is None and uow.balances.lots("bob") == []
    replacement = BalanceRow("ann", 5, None, T0 + 2 * DAY)
    with SqlUnitOfWork(engine) as uow:
        uow.balances.put(replacement, [never])
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.balances.get("ann") == replacement
        assert uow.balances.lots("ann") == [never]


def test_lots_written_from_a_fold_read_back_equal(engine: Engine) -> None:
    entries = [
        entry("ann", EntryKind.EARN, 100, T0, expires_at=T0 + 365 * DAY),
        entry("ann", EntryKind.EARN, 50, T0 + DAY, expires_at=T0 + 30 * DAY),
        entry("ann", EntryKind.REDEEM, -70, T0 + 2 * DAY, reward_id="x"),
    ]
    state = fold(entries)
    with SqlUnitOfWork(engine) as uow:
        uow.ledger.append(entries)
        uow.balances.put(BalanceRow("ann", state.balance, None, state.last_activity), state.lots)
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert tuple(uow.balances.lots("ann")) == state.lots
        assert [lot.remaining for lot in state.lots] == [80]  # 50 expiring sooner went first, then 20 of 100


def test_iterating_all_balances_and_ledgers_in_batches(engine: Engine) -> None:
    per_member = {"ann": 3, "bob": 1, "cat": 4}
    entries = [entry(m, EntryKind.EARN, i + 1, T0 + i * DAY) for m, count in per_member.items() for i in range(count)]
    append(engine, *reversed(entries))  # stored out of order: iteration still sorts by member, time
    with SqlUnitOfWork(engine) as uow:
        for member_id in ("cat", "ann", "dan", "bob"):
            uow.balances.put(BalanceRow(member_id, len(member_id), None, None), [])
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        grouped = list(uow.ledger.iter_by_member(batch=2))  # batch boundaries fall inside members
        rows = list(uow.balances.iter_all(batch=3))
    assert [(member_id, [e.points for e in es]) for member_id, es in grouped] == [
        ("ann", [1, 2, 3]), ("bob", [1]), ("cat", [1, 2, 3, 4])
    ]
    assert [row.member_id for row in rows] == ["ann", "bob", "cat", "dan"]


def test_members_with_expiry_due_pages_lapsed_lots_then_inactive_members(engine: Engine) -> None:
    now = T0 + 400 * DAY
    with SqlUnitOfWork(engine) as uow:
        uow.balances.put(BalanceRow("ann", 10, now - DAY, now - DAY), [])  # lot lapsed yesterday
        uow.balances.put(BalanceRow("bob", 10, now, now - DAY), [])  # lapses exactly now: due
        uow.balances.put(BalanceRow("cat", 10, now + DAY, T0), [])  # not yet; but idle since T0
        uow.balances.put(BalanceRow("dan", 0, None, T0), [])  # idle but holds nothing
        uow.commit()

    def all_pages(inactive_since: datetime | None) -> list[list[str]]:
        pages, cursor = [], None
        while True:
            with SqlUnitOfWork(engine, readonly=True) as uow:
                page = uow.ledger.members_with_expiry_due(now, cursor=cursor, limit=1, inactive_since=inactive_since)
            pages.append(list(page.rows))
            if page.next_cursor is None:
                return pages
            cursor = page.next_cursor

    assert all_pages(None) == [["ann"], ["bob"]]
    assert all_pages(now - 200 * DAY) == [["ann"], ["bob"], ["cat"]]  # dan holds no points
