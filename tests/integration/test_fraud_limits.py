"""Fraud limits through the services on a real store: caps at the till and at checkout,
the cashier's own card, a second manager on large adjustments, searched members proving
who they are, and every unusual pattern seeded and listed."""

from __future__ import annotations

import uuid
from dataclasses import replace
import pytest

from loyalty_pos.domain.approvals import ApprovalAction, ApprovalRefused
from loyalty_pos.domain.fraud_limits import (
    FraudLimits,
    MemberRedeemCap,
    OwnCardRefused,
    SameManager,
    SecondManagerNeeded,
    TerminalRedeemCap,
    Verification,
    VerificationFailed,
    VerifyByPhone,
)
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.unusual_activity import LookupHow, Pattern
from loyalty_pos.printing.receipt_text import receipt_lines
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.cards import resolve_scan
from loyalty_pos.services.members.points import adjust_points, transfer_points
from loyalty_pos.services.program.catalog import publish
from loyalty_pos.services.program.program_rules import save_rules
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.fraud_checks import record_lookup, verify_member
from loyalty_pos.services.sale.till import refresh_sale
from loyalty_pos.services.shop.auth import create_staff, issue_approval
from loyalty_pos.services.shop.staff_link import link_staff_member
from loyalty_pos.services.shop.unusual_report import unusual_activity
from tests.integration.conftest import Shop

APPLES = SaleLineInput("PRO-APL", 2)  # NOK 69.80: 6 points, below every purchase bonus's minimum


def _limits(shop: Shop, limits: FraudLimits) -> None:
    save_rules(shop.uow(), limits=limits, actor=shop.manager, clock=shop.clock)
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)


def _rich(shop: Shop, phone: str = "+4790000001") -> str:
    member = shop.enrol(phone=phone)
    adjust_points(shop.uow(), member_id=member.id, points=1000, reason="goodwill", actor=shop.manager,
                  clock=shop.clock)
    return member.id


def _sale(member_id: str, *redeem: str, lines: tuple[SaleLineInput, ...] = (APPLES,)) -> Checkout:
    return Checkout(str(uuid.uuid4()), member_id, lines, redemptions=tuple(RedemptionRequest(r) for r in redeem))


def test_the_tills_cap_trims_the_points_and_the_receipt_says_so(shop: Shop) -> None:
    _limits(shop, FraudLimits(terminal_earn_per_day=10))
    member = shop.enrol().id
    assert checkout(shop.uow(), _sale(member), actor=shop.cashier, clock=shop.clock).receipt.points_earned == 6
    receipt = checkout(shop.uow(), _sale(member), actor=shop.cashier, clock=shop.clock).receipt
    assert receipt.points_earned == 4
    text = " ".join(" ".join(row.text.split()) for row in receipt_lines(receipt, width=48))
    assert "This till's daily points cap reached: 4 of 6 points earned" in text
    other_till = replace(shop.cashier, terminal_id="02")  # the cap is this till's, not the chain's
    assert checkout(shop.uow(), _sale(member), actor=other_till, clock=shop.clock).receipt.points_earned == 6


def test_a_redeem_cap_refuses_at_the_till_and_at_checkout_with_what_is_left(shop: Shop) -> None:
    _limits(shop, FraudLimits(member_redeem_per_day=150, terminal_redeem_per_day=250))
    member = _rich(shop)
    checkout(shop.uow(), _sale(member, "free-coffee", lines=(SaleLineInput("COF-FIL"),)), actor=shop.cashier,
             clock=shop.clock)
    second = _sale(member, "free-coffee", lines=(SaleLineInput("COF-FIL"),))
    with pytest.raises(MemberRedeemCap) as refused:
        refresh_sale(shop.uow(readonly=True), second, clock=shop.clock, actor=shop.cashier)
    assert refused.value.params == {"cap": 150, "used": 100, "left": 50} and refused.value.redemption == 0
    with pytest.raises(MemberRedeemCap):
        checkout(shop.uow(), second, actor=shop.cashier, clock=shop.clock)
    other = _rich(shop, phone="+4790000002")
    checkout(shop.uow(), _sale(other, "free-coffee", lines=(SaleLineInput("COF-FIL"),)), actor=shop.cashier,
             clock=shop.clock)
    third = _rich(shop, phone="+4790000003")
    with pytest.raises(TerminalRedeemCap) as till_cap:
        checkout(shop.uow(), _sale(third, "free-coffee", lines=(SaleLineInput("COF-FIL"),)), actor=shop.cashier,
                 clock=shop.clock)
    assert till_cap.value.params == {"cap": 250, "used": 200, "left": 50}


def test_a_cashier_cannot_ring_up_or_adjust_their_own_card(shop: Shop) -> None:
    own = _rich(shop)
    link_staff_member(shop.uow(), username=shop.cashier.username, member_id=own, phone=None, actor=shop.manager,
                      clock=shop.clock)
    with pytest.raises(OwnCardRefused):
        refresh_sale(shop.uow(readonly=True), _sale(own), clock=shop.clock, actor=shop.cashier)
    with pytest.raises(OwnCardRefused):
        checkout(shop.uow(), _sale(own), actor=shop.cashier, clock=shop.clock)
    # The manager's phone is a member's phone: that member is the manager's own card.
    mine = _rich(shop, phone="+4790000009")
    link_staff_member(shop.uow(), username=shop.manager.username, member_id=None, phone="900 00 009",
                      actor=shop.manager, clock=shop.clock)
    with pytest.raises(OwnCardRefused):
        adjust_points(shop.uow(), member_id=mine, points=10, reason="me", actor=shop.manager, clock=shop.clock)
    assert checkout(shop.uow(), _sale(mine), actor=shop.cashier, clock=shop.clock).receipt.points_earned == 6
    # A household transfer into one's own card is an adjustment by other means.
    adjust_points(shop.uow(), member_id=own, points=1000, reason="pool", actor=shop.manager, clock=shop.clock)
    with pytest.raises(OwnCardRefused):
        transfer_points(shop.uow(), from_member_id=own, to_member_id=mine, points=1000, actor=shop.manager,
                        clock=shop.clock)


def test_a_large_adjustment_needs_a_second_manager(shop: Shop) -> None:
    member = shop.enrol().id
    _limits(shop, FraudLimits(second_manager_above=500))
    adjust_points(shop.uow(), member_id=member, points=500, reason="small", actor=shop.manager, clock=shop.clock)
    with pytest.raises(SecondManagerNeeded) as refused:
        adjust_points(shop.uow(), member_id=member, points=-501, reason="big", actor=shop.manager, clock=shop.clock)
    assert refused.value.params == {"threshold": 500, "points": 501}
    mine = shop.approve(ApprovalAction.POINTS_ADJUSTMENT, 501, member)  # the adjusting manager's own PIN
    with pytest.raises(SameManager):
        adjust_points(shop.uow(), member_id=member, points=-501, reason="big", actor=shop.manager,
                      clock=shop.clock, approval=mine)
    create_staff(shop.uow(), username="olav", display_name="Olav", role=Role.MANAGER, pin="4321",
                 actor=shop.manager, clock=shop.clock)
    wrong_amount = shop.approve(ApprovalAction.POINTS_ADJUSTMENT, 600, member, pin="4321")
    with pytest.raises(ApprovalRefused):
        adjust_points(shop.uow(), member_id=member, points=-501, reason="big", actor=shop.manager,
                      clock=shop.clock, approval=wrong_amount)
    second = shop.approve(ApprovalAction.POINTS_ADJUSTMENT, 501, member, pin="4321")
    balance = adjust_points(shop.uow(), member_id=member, points=-501, reason="big", actor=shop.manager,
                            clock=shop.clock, approval=second)
    assert balance == 25 + 500 - 501  # the welcome bonus, then both adjustments
    with pytest.raises(ApprovalRefused):  # single use
        adjust_points(shop.uow(), member_id=member, points=-501, reason="again", actor=shop.manager,
                      clock=shop.clock, approval=second)


def test_a_searched_member_proves_who_they_are_before_spending(shop: Shop) -> None:
    _limits(shop, FraudLimits(verify_searched=Verification.PHONE_DIGITS, phone_digits=4))
    member = _rich(shop, phone="+4791234567")
    coffee = (SaleLineInput("COF-FIL"),)
    record_lookup(shop.uow(), member_id=member, how=LookupHow.SEARCH, actor=shop.cashier, clock=shop.clock)
    # Earning needs no proof.
    assert checkout(shop.uow(), _sale(member), actor=shop.cashier, clock=shop.clock).receipt.points_earned == 6
    with pytest.raises(VerifyByPhone) as asked:
        refresh_sale(shop.uow(readonly=True), _sale(member, "free-coffee", lines=coffee), clock=shop.clock,
                     actor=shop.cashier)
    assert asked.value.redemption == 0 and "last 4 digits" in asked.value.message
    with pytest.raises(VerificationFailed):
        verify_member(shop.uow(), member_id=member, answer="4568", actor=shop.cashier, clock=shop.clock)
    with pytest.raises(VerifyByPhone):  # a wrong answer proves nothing
        checkout(shop.uow(), _sale(member, "free-coffee", lines=coffee), actor=shop.cashier, clock=shop.clock)
    verify_member(shop.uow(), member_id=member, answer="4567", actor=shop.cashier, clock=shop.clock)
    redeemed = checkout(shop.uow(), _sale(member, "free-coffee", lines=coffee), actor=shop.cashier, clock=shop.clock)
    assert redeemed.receipt.points_redeemed == 100


def test_a_scanned_card_needs_no_proof(shop: Shop) -> None:
    _limits(shop, FraudLimits(verify_searched=Verification.PHONE_DIGITS))
    member = _rich(shop)
    record_lookup(shop.uow(), member_id=member, how=LookupHow.SEARCH, actor=shop.cashier, clock=shop.clock)
    with shop.uow(readonly=True) as uow:
        card = uow.members.get(member).active_card.number
    outcome = resolve_scan(shop.uow(), card, key=shop.app.key, seen_by=shop.cashier, clock=shop.clock)
    assert outcome.member is not None and outcome.member.member_id == member
    coffee = (SaleLineInput("COF-FIL"),)
    assert checkout(shop.uow(), _sale(member, "free-coffee", lines=coffee), actor=shop.cashier,
                    clock=shop.clock).receipt.points_redeemed == 100


def test_every_unusual_pattern_is_seeded_and_listed(shop: Shop) -> None:
    _limits(shop, FraudLimits(window_minutes=30, member_redemptions=3, cashier_redemptions=4, cashier_lookups=3))
    busy = _rich(shop)
    other = _rich(shop, phone="+4790000002")
    for member in (busy, busy, busy, other):  # the busy member redeems 3 times, the cashier rings up 4
        checkout(shop.uow(), _sale(member, "free-coffee", lines=(SaleLineInput("COF-FIL"),)), actor=shop.cashier,
                 clock=shop.clock)
        shop.clock.advance(minutes=5)
    nosy = Actor("nosy", Role.CASHIER, "02")
    for member in (busy, other, shop.enrol(name="Third Person").id):
        record_lookup(shop.uow(), member_id=member, how=LookupHow.SEARCH, actor=nosy, clock=shop.clock)
    report = unusual_activity(shop.uow(readonly=True), now=shop.clock.now())
    found = {(row.pattern, row.who): row for row in report.rows}
    assert set(found) == {(Pattern.MEMBER_REDEMPTIONS, busy), (Pattern.CASHIER_REDEMPTIONS, "cashier"),
                          (Pattern.CASHIER_LOOKUPS, "nosy")}
    assert found[(Pattern.MEMBER_REDEMPTIONS, busy)].name == "Ada Lovelace"
    assert found[(Pattern.MEMBER_REDEMPTIONS, busy)].count == 3
    assert found[(Pattern.CASHIER_REDEMPTIONS, "cashier")].count == 4
    assert found[(Pattern.CASHIER_LOOKUPS, "nosy")].count == 3
