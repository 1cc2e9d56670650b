"""Privacy: consent records, member data export, erasure and retention, on a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from loyalty_pos.domain.consents import ConsentKind, ConsentSource
from loyalty_pos.domain.errors import CardRefused, PermissionDenied, ValidationError
from loyalty_pos.domain.ledger import EntryKind
from loyalty_pos.domain.members import CardStatus, Consents, Member, MemberStatus
from loyalty_pos.domain.privacy import ERASED_NAME
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.services.members.consents import consent_history
from loyalty_pos.services.members.data_export import member_data
from loyalty_pos.services.members.erasure import FORFEIT_REASON, erase_member
from loyalty_pos.services.members.member_view import build_member_view
from loyalty_pos.services.members.membership import (
    UpdateMember,
    find_by_card,
    get_member,
    member_panel,
    update_member,
)
from loyalty_pos.services.members.merge import merge_members
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.members.projection import current_state
from loyalty_pos.services.members.retention import RetentionCancelled, erase_inactive, inactive_members
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.reprint import receipt_for
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from loyalty_pos.services.shop.check import check_ledger
from loyalty_pos.store import schema
from loyalty_pos.store.engine import open_engine
from loyalty_pos.store.unit_of_work import SqlUnitOfWork
from tests.integration.conftest import NOW, Shop


def _sell(shop: Shop, member_id: str | None, code: str = "DEL-SAL", quantity: int = 2):
    cmd = Checkout(sale_id=str(uuid.uuid4()), member_id=member_id,
                   lines=(SaleLineInput(code, quantity),), redemptions=(), tender="card")
    return checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock).receipt


def _audit(shop: Shop) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(shop.app.config.db_path)) as db:
        return db.execute("SELECT action, details FROM audit_log ORDER BY seq").fetchall()


def _liability(shop: Shop) -> int:
    with shop.uow(readonly=True) as uow:
        return uow.reports.liability_points()


# -- consents -------------------------------------------------------------------------


def test_enrolment_records_each_given_consent_with_time_source_and_who(shop: Shop) -> None:
    member = shop.enrol("Ada Lovelace")
    history = consent_history(shop.uow(readonly=True), member.id)
    assert [(r.kind, r.granted, r.source, r.actor, r.at) for r in history] == [
        (ConsentKind.MARKETING, True, ConsentSource.TILL_ENROLMENT, "cashier", NOW),
        (ConsentKind.DATA_PROCESSING, True, ConsentSource.TILL_ENROLMENT, "cashier", NOW),
    ]
    changed = [json.loads(d) for a, d in _audit(shop) if a == "consent_changed"]
    assert [(d["consent"], d["granted"], d["source"]) for d in changed] == [
        ("marketing", True, "till_enrolment"), ("data_processing", True, "till_enrolment")]


def test_a_withdrawal_is_a_new_record_and_an_audit_entry_and_only_changes_are_recorded(shop: Shop) -> None:
    member = shop.enrol("Ada Lovelace")
    shop.clock.advance(days=3)
    update = UpdateMember(member.id, member.name, member.phone, member.email, member.birthday,
                          Consents(marketing=False, data_processing=True), ConsentSource.MEMBER_REQUEST)
    update_member(shop.uow(), update, actor=shop.manager, clock=shop.clock)
    update_member(shop.uow(), replace(update, name="Ada King"), actor=shop.manager, clock=shop.clock)

    history = consent_history(shop.uow(readonly=True), member.id)
    assert len(history) == 3
    last = history[-1]
    assert (last.kind, last.granted, last.source, last.actor, last.at) == (
        ConsentKind.MARKETING, False, ConsentSource.MEMBER_REQUEST, "manager", NOW + timedelta(days=3))
    assert get_member(shop.uow(readonly=True), member.id).consents == Consents(False, True)
    assert [a for a, _ in _audit(shop)].count("consent_changed") == 3


def test_the_till_s_member_view_carries_the_marketing_consent(shop: Shop) -> None:
    member = shop.enrol("Ada Lovelace")
    with shop.uow(readonly=True) as uow:
        program = published_program(uow)
        view = build_member_view(uow, program, member, current_state(uow, member.id), NOW)
        withdrawn = build_member_view(uow, program, replace(member, consents=Consents(False, True)),
                                      current_state(uow, member.id), NOW)
    assert view.marketing_consent is True and withdrawn.marketing_consent is False


# -- export ---------------------------------------------------------------------------


def test_export_holds_profile_consents_cards_ledger_sales_and_receipts_and_is_audited(shop: Shop) -> None:
    member = shop.enrol("Ada Lovelace", "+4791234567", email="ada@example.com")
    receipt = _sell(shop, member.id)
    document = member_data(shop.uow(), member.id, actor=shop.manager, clock=shop.clock)

    json.dumps(document)  # plain data all the way down
    assert document["member"]["name"] == "Ada Lovelace" and document["member"]["email"] == "ada@example.com"
    assert [c["number"] for c in document["cards"]] == [member.cards[0].number]
    assert {r["kind"] for r in document["consent_history"]} == {"marketing", "data_processing"}
    assert sum(entry["points"] for entry in document["ledger"]) == document["balance"] > 0
    assert [s["receipt_no"] for s in document["sales"]] == [receipt.receipt_no]
    # The stored receipt is a chained record naming the member by id only; the name is the profile's.
    assert document["sales"][0]["receipt"]["member_name"] is None
    exported = [json.loads(d) for a, d in _audit(shop) if a == "member_data_exported"]
    assert exported and exported[0]["member_id"] == member.id and "Ada" not in json.dumps(exported)


def test_a_cashier_cannot_export_a_member(shop: Shop) -> None:
    member = shop.enrol()
    with pytest.raises(PermissionDenied):
        member_data(shop.uow(), member.id, actor=shop.cashier, clock=shop.clock)


# -- erasure --------------------------------------------------------------------------


def test_erasure_removes_personal_data_forfeits_the_balance_and_keeps_the_books(shop: Shop) -> None:
    member = shop.enrol("Ada Lovelace", "+4791234567", email="ada@example.com", birthday=NOW.date().replace(year=1990))
    other = shop.enrol("Bob Builder")
    sale = _sell(shop, member.id)
    _sell(shop, other.id)
    balance = member_panel(shop.uow(readonly=True), member.id, clock=shop.clock).balance
    liability = _liability(shop)
    assert balance > 0

    result = erase_member(shop.uow(), member.id, actor=shop.manager, clock=shop.clock)

    assert (result.already_erased, result.points_forfeited, result.receipts) == (False, balance, 1)
    gone = get_member(shop.uow(readonly=True), member.id)
    assert (gone.name, gone.phone, gone.email, gone.birthday, gone.consents, gone.status) == (
        ERASED_NAME, None, None, None, Consents(False, False), MemberStatus.ERASED)
    assert [c.status for c in gone.cards] == [CardStatus.BLOCKED]
    assert _liability(shop) == liability - balance
    with shop.uow(readonly=True) as uow:
        entries = uow.ledger.for_member(member.id)
        assert check_ledger(uow).ok
    assert (entries[-1].kind, entries[-1].points, entries[-1].reason) == (EntryKind.ADJUST, -balance, FORFEIT_REASON)
    assert sum(e.points for e in entries) == 0
    with pytest.raises(CardRefused):
        find_by_card(shop.uow(readonly=True), member.cards[0].number)
    reprinted = receipt_for(shop.uow(readonly=True), sale.receipt_no)
    # The receipt itself is chained and never rewritten: it holds no name, and its masked
    # card is the last digits of a card now blocked; the reprint reads no name any more.
    assert reprinted.member_name is None and reprinted.card_number_masked == sale.card_number_masked
    assert replace(reprinted, member_name=sale.member_name) == sale
    with closing(sqlite3.connect(shop.app.config.db_path)) as db:
        everything = "\n".join(str(row) for table in ("members", "sales", "outbox", "audit_log", "consent_records")
                               for row in db.execute(f"SELECT * FROM {table}"))
    for personal in ("Ada", "4791234567", "ada@example.com", "1990-"):
        assert personal not in everything
    erased = [json.loads(d) for a, d in _audit(shop) if a == "member_erased"]
    assert erased[0]["member_id"] == member.id and erased[0]["points_forfeited"] == balance


def test_an_erased_member_s_old_sale_can_still_be_returned(shop: Shop) -> None:
    member = shop.enrol("Ada Lovelace")
    sale = _sell(shop, member.id, "COF-CAP", 3)
    erase_member(shop.uow(), member.id, actor=shop.manager, clock=shop.clock)
    returned = process_return(shop.uow(), ProcessReturn(return_id=str(uuid.uuid4()), receipt_no=sale.receipt_no,
                                                        lines=(ReturnLine(line_no=1, quantity=1),)),
                              actor=shop.cashier, clock=shop.clock)
    assert returned.kind == "return" and returned.member_name is None
    with shop.uow(readonly=True) as uow:
        assert check_ledger(uow).ok


def test_a_second_erasure_changes_nothing_and_says_so(shop: Shop) -> None:
    member = shop.enrol("Ada Lovelace")
    erase_member(shop.uow(), member.id, actor=shop.manager, clock=shop.clock)
    audit_before = len(_audit(shop))
    again = erase_member(shop.uow(), member.id, actor=shop.manager, clock=shop.clock)
    assert again.already_erased and again.points_forfeited == 0
    assert len(_audit(shop)) == audit_before


def test_only_a_manager_erases_and_an_erased_profile_takes_no_new_personal_data(shop: Shop) -> None:
    member = shop.enrol("Ada Lovelace")
    with pytest.raises(PermissionDenied):
        erase_member(shop.uow(), member.id, actor=shop.cashier, clock=shop.clock)
    assert get_member(shop.uow(readonly=True), member.id).name == "Ada Lovelace"
    erase_member(shop.uow(), member.id, actor=shop.manager, clock=shop.clock)
    with pytest.raises(ValidationError):
        update_member(shop.uow(), UpdateMember(member.id, "Ada Again", "+4791234567", None, None, Consents(True, True)),
                      actor=shop.manager, clock=shop.clock)
    with pytest.raises(ValidationError):
        adjust_points(shop.uow(), member_id=member.id, points=10, reason="oops", actor=shop.manager, clock=shop.clock)


def test_erasing_a_member_erases_the_duplicates_merged_into_it(shop: Shop) -> None:
    keep = shop.enrol("Kari Nordmann", "+4791000001")
    dup = shop.enrol("Kari Nordman", None, email="kari@example.com")
    _sell(shop, dup.id)
    merge_members(shop.uow(), keep_id=keep.id, duplicate_id=dup.id, actor=shop.manager, clock=shop.clock)
    with pytest.raises(ValidationError) as refused:
        erase_member(shop.uow(), dup.id, actor=shop.manager, clock=shop.clock)
    assert refused.value.code == "member_merged"

    result = erase_member(shop.uow(), keep.id, actor=shop.manager, clock=shop.clock)

    assert result.duplicates == 1 and result.receipts == 1
    duplicate = get_member(shop.uow(readonly=True), dup.id)
    assert (duplicate.name, duplicate.email, duplicate.status) == (ERASED_NAME, None, MemberStatus.MERGED)
    with shop.uow(readonly=True) as uow:
        assert check_ledger(uow).ok


# -- retention ------------------------------------------------------------------------


def test_retention_lists_only_members_without_sales_or_points_activity_since_the_cutoff(shop: Shop) -> None:
    idle = shop.enrol("Idle Ida")
    _sell(shop, idle.id)
    quiet_buyer = shop.enrol("Quiet Quentin")
    shop.clock.advance(days=3 * 365 + 10)
    recent_buyer = shop.enrol("Recent Rita")  # enrolled within the window: never inactive
    _sell(shop, quiet_buyer.id, "DEL-SAL", 1)  # a sale now keeps Quentin

    cutoff, page = inactive_members(shop.uow(readonly=True), years=3, clock=shop.clock)

    assert cutoff == shop.clock.now().replace(year=shop.clock.now().year - 3)
    assert [row.member_id for row in page.rows] == [idle.id]
    assert page.rows[0].last_activity_at == NOW
    assert recent_buyer.id not in [row.member_id for row in page.rows]
    with pytest.raises(ValidationError):
        inactive_members(shop.uow(readonly=True), years=0, clock=shop.clock)


def test_retention_erases_in_chunks_reports_progress_and_a_cancel_keeps_finished_chunks(shop: Shop) -> None:
    members = [shop.enrol(f"Member {n:02}") for n in range(5)]
    for member in members[:2]:
        _sell(shop, member.id)
    shop.clock.advance(days=2 * 366)
    liability = _liability(shop)
    seen: list[int] = []
    with pytest.raises(RetentionCancelled):
        erase_inactive(shop.uow, years=2, actor=shop.manager, clock=shop.clock, chunk=2,
                       progress=seen.append, cancelled=lambda: len(seen) == 1)
    assert seen == [2]
    assert len(inactive_members(shop.uow(readonly=True), years=2, clock=shop.clock)[1].rows) == 3

    run = erase_inactive(shop.uow, years=2, actor=shop.manager, clock=shop.clock, chunk=2, progress=seen.append)

    assert run.erased == 3 and seen == [2, 2, 3]  # the second run counts its own
    assert all(get_member(shop.uow(readonly=True), m.id).status is MemberStatus.ERASED for m in members)
    assert _liability(shop) == 0 and liability > 0
    with shop.uow(readonly=True) as uow:
        assert check_ledger(uow).ok
    with pytest.raises(PermissionDenied):
        erase_inactive(shop.uow, years=2, actor=shop.cashier, clock=shop.clock)


def test_migration_0011_records_the_consents_an_old_store_holds_as_before_history(tmp_path: Path) -> None:
    path = tmp_path / "loyalty.sqlite"
    schema.migrate(path, "0010")  # as the previous migration left it
    engine = open_engine(path)
    with SqlUnitOfWork(engine) as uow:
        for member_id, consents in (("m-both", Consents(True, True)), ("m-data", Consents(False, True))):
            uow.members.add(Member(member_id, "Old Member", None, None, None, consents, "basic",
                                   MemberStatus.ACTIVE, NOW))
        uow.commit()
    engine.dispose()

    schema.upgrade(path, tmp_path / "backups")

    engine = open_engine(path)
    with SqlUnitOfWork(engine, readonly=True) as uow:
        both, data = uow.consents.for_member("m-both"), uow.consents.for_member("m-data")
    engine.dispose()
    assert sorted((r.kind, r.granted, r.source, r.at, r.actor) for r in both) == [
        (ConsentKind.DATA_PROCESSING, True, ConsentSource.BEFORE_HISTORY, NOW, ""),
        (ConsentKind.MARKETING, True, ConsentSource.BEFORE_HISTORY, NOW, ""),
    ]
    assert [r.kind for r in data] == [ConsentKind.DATA_PROCESSING]
