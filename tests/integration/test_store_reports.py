"""Report aggregates on a small ledger whose totals can be added up by hand."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.engine import Engine

from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, Lot
from loyalty_pos.domain.members import Consents, Member, MemberStatus
from loyalty_pos.services.ports import BalanceRow, MonthFlow, TierMove
from loyalty_pos.store.engine import open_engine
from loyalty_pos.store import schema
from loyalty_pos.store.schema import upgrade
from loyalty_pos.store.types import to_micros
from loyalty_pos.store.unit_of_work import SqlUnitOfWork

MARCH = datetime(2024, 3, 1, tzinfo=UTC)
APRIL = datetime(2024, 4, 1, tzinfo=UTC)
MAY = datetime(2024, 5, 1, tzinfo=UTC)
JUNE = datetime(2024, 6, 1, tzinfo=UTC)
DAY = timedelta(days=1)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Read-only tests share one file:

    ann (gold):   March earn 100, bonus 20 (sale); April redeem -30 coffee, adjust +5, expire -10
    bob (basic):  March earn 50; April redeem -40 cake, redeem -20 coffee; May reverse -15, transfer -5
    cat (basic):  April earn 200 (last second of April), adjust -7, reverse +9; blocked member
    dan (silver): nothing; erased
    audit: ann basic->silver (March), ann silver->gold, bob and dan silver->basic (April),
           cat basic->silver (May 1st, 00:00), and a sale whose details look alike
    """
    path = tmp_path_factory.mktemp("reports") / "loyalty.sqlite"
    upgrade(path, path.parent / "backups")
    engine = open_engine(path)
    members = [("ann", "Ann A", "gold", MemberStatus.ACTIVE), ("bob", "Bob B", "basic", MemberStatus.ACTIVE),
               ("cat", "Cat C", "basic", MemberStatus.BLOCKED), ("dan", "Dan D", "silver", MemberStatus.ERASED)]
    rows = [
        ("ann", EntryKind.EARN, 100, MARCH + 2 * DAY, None, "s1"),
        ("ann", EntryKind.BONUS, 20, MARCH + 2 * DAY, None, "s1"),
        ("bob", EntryKind.EARN, 50, MARCH + 9 * DAY, None, "s2"),
        ("ann", EntryKind.REDEEM, -30, APRIL + DAY, "coffee", "s3"),
        ("ann", EntryKind.ADJUST, 5, APRIL + DAY, None, None),
        ("ann", EntryKind.EXPIRE, -10, APRIL + 3 * DAY, None, None),
        ("bob", EntryKind.REDEEM, -40, APRIL + 4 * DAY, "cake", "s4"),
        ("bob", EntryKind.REDEEM, -20, APRIL + 4 * DAY, "coffee", "s4"),
        ("cat", EntryKind.EARN, 200, MAY - timedelta(seconds=1), None, "s5"),
        ("cat", EntryKind.ADJUST, -7, APRIL + 5 * DAY, None, None),
        ("cat", EntryKind.REVERSE, 9, APRIL + 6 * DAY, None, "s5"),
        ("bob", EntryKind.REVERSE, -15, MAY + DAY, None, "s2"),
        ("bob", EntryKind.TRANSFER, -5, MAY + 2 * DAY, None, "t1"),
    ]
    with SqlUnitOfWork(engine) as uow:
        for member_id, name, tier, status in members:
            uow.members.add(Member(member_id, name, None, None, date(1990, 1, 1), Consents(False, True), tier,
                                   status, MARCH))
        uow.ledger.append([
            LedgerEntry(f"e{n:02d}", member_id, kind, points, at, "01", "cashier", sale_ref=sale_ref,
                        reward_id=reward_id, reason="r" if kind is EntryKind.ADJUST else None)
            for n, (member_id, kind, points, at, reward_id, sale_ref) in enumerate(rows)
        ])
        uow.balances.put(BalanceRow("ann", 85, MAY + 10 * DAY, APRIL), [
            Lot("e00", MARCH, MAY + 10 * DAY, 60),  # lapses 10 days into May
            Lot("e01", MARCH, JUNE + 5 * DAY, 20),
            Lot("e04", APRIL, None, 5),
        ])
        uow.balances.put(BalanceRow("bob", -30, None, APRIL), [])  # in debt after the return
        uow.balances.put(BalanceRow("cat", 202, MAY + 10 * DAY, APRIL), [Lot("e08", APRIL, MAY + 10 * DAY, 202)])
        for at, action, details in (
            (MARCH + 3 * DAY, "tier_changed", {"member_id": "ann", "from": "basic", "to": "silver"}),
            (APRIL + DAY, "tier_changed", {"member_id": "ann", "from": "silver", "to": "gold"}),
            (APRIL + 2 * DAY, "tier_changed", {"member_id": "bob", "from": "silver", "to": "basic"}),
            (APRIL + 3 * DAY, "tier_changed", {"member_id": "dan", "from": "silver", "to": "basic"}),
            (APRIL + 3 * DAY, "sale_committed", {"sale_id": "s4", "from": "basic", "to": "gold"}),
            (MAY, "tier_changed", {"member_id": "cat", "from": "basic", "to": "silver"}),
        ):
            uow.audit.append(at=at, actor="cashier", action=action, details=details)
        uow.commit()
    yield engine
    engine.dispose()


@pytest.fixture
def reports(engine: Engine) -> Iterator[object]:
    with SqlUnitOfWork(engine, readonly=True) as uow:
        yield uow.reports


def test_liability_counts_only_positive_balances(reports) -> None:  # type: ignore[no-untyped-def]
    assert reports.liability_points() == 85 + 202  # bob's -30 debt does not lower it


def test_points_expiring_in_a_window_is_start_exclusive_end_inclusive(reports) -> None:  # type: ignore[no-untyped-def]
    assert reports.points_expiring_between(MAY, MAY + 10 * DAY) == 60 + 202
    assert reports.points_expiring_between(MAY + 10 * DAY, JUNE + 5 * DAY) == 20
    assert reports.points_expiring_between(MAY, JUNE + 30 * DAY) == 60 + 202 + 20  # never-expiring lot excluded


def test_tier_mix_counts_active_members(reports) -> None:  # type: ignore[no-untyped-def]
    assert reports.tier_mix() == {"basic": 1, "gold": 1}  # cat is blocked, dan erased


def test_redemptions_per_reward_and_members_redeeming(reports) -> None:  # type: ignore[no-untyped-def]
    assert reports.redemptions_per_reward(APRIL, MAY) == {"coffee": (2, 50), "cake": (1, 40)}
    assert reports.redemptions_per_reward(MAY, JUNE) == {}
    assert reports.members_redeeming(APRIL, MAY) == 2
    assert reports.members_redeeming(APRIL + 2 * DAY, MAY) == 1  # only bob redeemed after April 3rd


def test_flows_by_month_fill_quiet_months(reports) -> None:  # type: ignore[no-untyped-def]
    assert reports.flows_by_month(MARCH, JUNE + DAY) == [
        MonthFlow("2024-03", issued=100 + 20 + 50, redeemed=0, expired=0),
        MonthFlow("2024-04", issued=5 + 200 + 9, redeemed=30 + 40 + 20, expired=10),  # -7 adjust is not issued
        MonthFlow("2024-05", issued=0, redeemed=0, expired=0),  # -15 reverse and the transfer are neither
        MonthFlow("2024-06", issued=0, redeemed=0, expired=0),
    ]
    assert reports.flows_by_month(APRIL, MAY) == [MonthFlow("2024-04", 214, 90, 10)]  # end is exclusive
    assert reports.flows_by_month(MAY, APRIL) == []


def test_top_members_by_points_earned(reports) -> None:  # type: ignore[no-untyped-def]
    assert reports.top_members(MARCH, JUNE, 10) == [("cat", "Cat C", 200), ("ann", "Ann A", 120), ("bob", "Bob B", 50)]
    assert reports.top_members(MARCH, JUNE, 1) == [("cat", "Cat C", 200)]
    assert reports.top_members(MARCH, APRIL, 10) == [("ann", "Ann A", 120), ("bob", "Bob B", 50)]


def test_closing_points_are_the_ledger_up_to_each_month_end(reports) -> None:  # type: ignore[no-untyped-def]
    # Ledger totals: 170 by April 1st, 277 by May 1st, 257 after May's return and transfer.
    assert reports.closing_points_by_month(MARCH, JUNE + DAY) == [
        ("2024-03", 170), ("2024-04", 277), ("2024-05", 257), ("2024-06", 257)]
    # A range ending mid-month closes at its end: May 2nd's -15 is in, May 3rd's transfer is not.
    assert reports.closing_points_by_month(APRIL, MAY + 2 * DAY) == [("2024-04", 277), ("2024-05", 262)]
    assert reports.closing_points_by_month(MARCH + DAY, MARCH + 2 * DAY) == [("2024-03", 0)]
    assert reports.closing_points_by_month(MAY, APRIL) == []


def test_tier_moves_count_the_audited_changes_per_month_and_pair(reports) -> None:  # type: ignore[no-untyped-def]
    assert reports.tier_moves_by_month(MARCH, JUNE) == [
        TierMove("2024-03", "basic", "silver", 1),
        TierMove("2024-04", "silver", "basic", 2),
        TierMove("2024-04", "silver", "gold", 1),
        TierMove("2024-05", "basic", "silver", 1),
    ]
    assert reports.tier_moves_by_month(APRIL, MAY) == [  # end exclusive: cat's May 1st change is out
        TierMove("2024-04", "silver", "basic", 2), TierMove("2024-04", "silver", "gold", 1)]
    assert reports.tier_moves_by_month(JUNE, JUNE + DAY) == []


def test_the_upgrade_to_0005_fills_campaign_points_from_the_receipts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "loyalty.sqlite"
    schema.migrate(path, "0004")  # sales made before sale_campaigns existed
    engine = open_engine(path)
    with SqlUnitOfWork(engine) as uow:
        uow.members.add(Member("ann", "Ann A", None, None, None, Consents(False, True), "basic",
                               MemberStatus.ACTIVE, MARCH))
        uow.commit()
    engine.dispose()
    lines = {
        "s1": [("base", 10), ("campaign:x2", 10), ("bonus:big", 20), ("instant_win:big", 5)],
        "s2": [("base", 4), ("category:deli", 2)],  # no campaign
        "s3": [("campaign:x2", 3)],  # a return: never a campaign's result
        "s4": [("bonus:big", 20)],  # no member
    }
    members = {"s1": "ann", "s2": "ann", "s3": "ann", "s4": None}
    with closing(sqlite3.connect(path)) as db:
        for n, (sale_id, rules) in enumerate(lines.items()):
            receipt = {"points_lines": [{"label": rule, "points": points, "rule": rule} for rule, points in rules]}
            db.execute("INSERT INTO sales VALUES (?, ?, ?, '01', 'cashier', ?, 'NOK', ?, 'card', 0, 0, ?, ?)",
                       (sale_id, f"r{n}", members[sale_id], to_micros(APRIL + n * DAY), 1000 * (n + 1),
                        json.dumps(receipt), "s1" if sale_id == "s3" else None))
        db.commit()

    schema.migrate(path)

    with closing(sqlite3.connect(path)) as db:
        rows = db.execute("SELECT sale_id, campaign_id, at, member_id, points, total_minor FROM sale_campaigns "
                          "ORDER BY campaign_id").fetchall()
    assert rows == [("s1", "big", to_micros(APRIL), "ann", 25, 1000), ("s1", "x2", to_micros(APRIL), "ann", 10, 1000)]
