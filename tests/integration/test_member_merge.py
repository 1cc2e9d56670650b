"""Merging duplicate members: points, expiries, cards and contact data all survive."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.errors import PermissionDenied, ValidationError
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.domain.members import CardStatus, MemberStatus
from loyalty_pos.services.members.cards import resolve_scan
from loyalty_pos.services.shop.check import check_ledger
from loyalty_pos.services.members.merge import merge_members
from loyalty_pos.services.members.membership import get_member, member_panel, search_members, statement
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.members.projection import current_state, post_entries
from tests.integration.conftest import Shop


def balance(shop: Shop, member_id: str) -> int:
    return member_panel(shop.uow(readonly=True), member_id, clock=shop.clock).balance


def lots(shop: Shop, member_id: str) -> list[tuple[object, int]]:
    with shop.uow(readonly=True) as uow:
        state = current_state(uow, member_id)
    return sorted(((lot.expires_at, lot.remaining) for lot in state.lots), key=repr)


def give(shop: Shop, member_id: str, points: int, reason: str = "welcome back") -> None:
    adjust_points(shop.uow(), member_id=member_id, points=points, reason=reason, actor=shop.manager, clock=shop.clock)


def merge(shop: Shop, keep_id: str, duplicate_id: str):  # noqa: ANN201 - MergeResult
    return merge_members(shop.uow(), keep_id=keep_id, duplicate_id=duplicate_id, actor=shop.manager, clock=shop.clock)


def sql_balance(shop: Shop, member_id: str) -> int:
    with closing(sqlite3.connect(shop.app.config.db_path)) as db:
        return db.execute("SELECT coalesce(sum(points), 0) FROM ledger WHERE member_id = ?", (member_id,)).fetchone()[0]


def test_points_move_with_their_expiry_and_the_ledgers_still_fold(shop: Shop) -> None:
    keep = shop.enrol("Kari Nordmann", "+4791000001")
    dup = shop.enrol("Kari Nordman", None, email="kari@example.com")
    give(shop, keep.id, 300)
    give(shop, dup.id, 500)
    shop.clock.advance(days=40)
    give(shop, dup.id, 200)
    dup_lots_before, keep_lots_before = lots(shop, dup.id), lots(shop, keep.id)
    keep_before, dup_before = balance(shop, keep.id), balance(shop, dup.id)

    result = merge(shop, keep.id, dup.id)

    assert dup_before >= 700  # 500 + 200, and any enrolment bonus of the demo program
    assert result.points_moved == dup_before
    assert balance(shop, keep.id) == result.balance_after == keep_before + dup_before
    assert balance(shop, dup.id) == 0
    assert sql_balance(shop, keep.id) + sql_balance(shop, dup.id) == keep_before + dup_before
    # Every lot arrives with the expiry it had: a merge never extends a point's life.
    assert lots(shop, keep.id) == sorted(keep_lots_before + dup_lots_before, key=repr)
    moved_in = [e for e in statement(shop.uow(readonly=True), keep.id).rows if e.kind is EntryKind.TRANSFER]
    assert sorted(e.points for e in moved_in) == sorted(points for _expiry, points in dup_lots_before)
    assert all(e.reason == f"merged from {dup.id}" and e.actor == "manager" for e in moved_in)
    assert check_ledger(shop.uow(readonly=True)).ok


def test_the_duplicate_is_marked_merged_its_card_opens_the_kept_member_and_search_hides_it(shop: Shop) -> None:
    keep = shop.enrol("Ola Berg", "+4791000002")
    dup = shop.enrol("Ola Bergh", "+4791000003", email="ola@example.com")
    old_card = dup.cards[0].number

    result = merge(shop, keep.id, dup.id)

    merged = get_member(shop.uow(readonly=True), dup.id)
    assert merged.status is MemberStatus.MERGED and merged.merged_into == keep.id
    assert merged.cards == ()
    kept = get_member(shop.uow(readonly=True), keep.id)
    assert {c.number for c in kept.cards} == {keep.cards[0].number, old_card}
    assert all(c.status is CardStatus.ACTIVE for c in kept.cards)
    assert result.cards_moved == (old_card,)
    outcome = resolve_scan(shop.uow(readonly=True), old_card, key=shop.app.key)
    assert outcome.member is not None and outcome.member.member_id == keep.id
    # Missing contact fields come from the duplicate; the kept member's own stay.
    assert kept.phone == "+4791000002" and kept.email == "ola@example.com"
    assert result.filled == ("email",)
    listed = [row.member_id for row in search_members(shop.uow(readonly=True), "Ola Berg").rows]
    assert listed == [keep.id]
    assert [row.member_id for row in search_members(shop.uow(readonly=True), "ola@example").rows] == [keep.id]
    assert search_members(shop.uow(readonly=True), "+4791000003").rows == ()
    with shop.uow(readonly=True) as uow:
        assert [m.id for m in uow.members.merged_from(keep.id)] == [dup.id]
    with closing(sqlite3.connect(shop.app.config.db_path)) as db:
        action, details = db.execute("SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == "members_merged" and dup.id in details and keep.id in details


def test_a_debt_moves_too(shop: Shop) -> None:
    keep = shop.enrol("Per Hansen")
    dup = shop.enrol("Per Hanssen")
    give(shop, keep.id, 400)
    dup_bonus = balance(shop, dup.id)
    with shop.uow() as uow:  # a debt, as a return after spending leaves one
        post_entries(uow, [LedgerEntry("debt-1", dup.id, EntryKind.REVERSE, -150 - dup_bonus, shop.clock.now(), "01",
                                       "cashier",
                                       reason="return")])
        uow.commit()
    assert balance(shop, dup.id) == -150
    keep_before = balance(shop, keep.id)

    merge(shop, keep.id, dup.id)

    assert balance(shop, keep.id) == keep_before - 150
    assert balance(shop, dup.id) == 0
    assert check_ledger(shop.uow(readonly=True)).ok


def test_refusals_save_nothing(shop: Shop) -> None:
    keep = shop.enrol("Lise Dahl")
    dup = shop.enrol("Lise Dal")
    blocked = shop.enrol("Lise Blocked")
    with shop.uow() as uow:
        uow.members.update(replace(get_member(uow, blocked.id), status=MemberStatus.BLOCKED))
        uow.commit()
    give(shop, dup.id, 100)

    with pytest.raises(ValidationError, match="themselves"):
        merge(shop, keep.id, keep.id)
    with pytest.raises(ValidationError, match="blocked"):
        merge(shop, blocked.id, dup.id)
    with pytest.raises(PermissionDenied):
        merge_members(shop.uow(), keep_id=keep.id, duplicate_id=dup.id, actor=shop.cashier, clock=shop.clock)
    dup_before, keep_before = balance(shop, dup.id), balance(shop, keep.id)
    merge(shop, keep.id, dup.id)
    other = shop.enrol("Lise Third")
    with pytest.raises(ValidationError, match="merged"):
        merge(shop, dup.id, other.id)  # into a merged member
    with pytest.raises(ValidationError, match="merged"):
        merge(shop, other.id, dup.id)  # a duplicate merged twice
    assert balance(shop, keep.id) == keep_before + dup_before
    assert check_ledger(shop.uow(readonly=True)).ok


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    keep_moves=st.lists(st.integers(-300, 600).filter(bool), max_size=5),
    dup_moves=st.lists(st.integers(-300, 600).filter(bool), max_size=5),
)
def test_merging_never_creates_or_loses_points(shop: Shop, keep_moves: list[int], dup_moves: list[int]) -> None:
    keep, dup = shop.enrol("Prop Keep"), shop.enrol("Prop Duplicate")
    for member_id, moves in ((keep.id, keep_moves), (dup.id, dup_moves)):
        for points in moves:
            if points < 0 and balance(shop, member_id) < -points:
                continue  # adjust refuses to overdraw; that refusal is tested elsewhere
            give(shop, member_id, points)
            shop.clock.advance(days=7)
    before = balance(shop, keep.id) + balance(shop, dup.id)
    expiring_before = sum(p for d, p in lots(shop, keep.id) + lots(shop, dup.id)
                          if d is not None and d <= shop.clock.now() + timedelta(days=400))

    merge(shop, keep.id, dup.id)

    assert balance(shop, keep.id) == before
    assert sum(p for d, p in lots(shop, keep.id) if d is not None and d <= shop.clock.now() + timedelta(days=400)) \
        == expiring_before
    assert check_ledger(shop.uow(readonly=True)).ok
