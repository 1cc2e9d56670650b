"""The expiry job: lapsed lots expire FIFO, inactivity empties a dormant balance."""

from __future__ import annotations

import uuid
from dataclasses import replace

from loyalty_pos.domain.ledger import ExpiryPolicy
from loyalty_pos.jobs.maintenance import check_file
from loyalty_pos.services.program import catalog
from loyalty_pos.services.actor import SYSTEM
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.members.expiry import expire_points
from loyalty_pos.services.members.membership import member_panel
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.program.programs import published_program
from tests.integration.conftest import Shop


def test_points_lapse_twelve_months_after_earning(shop: Shop) -> None:
    member = shop.enrol()  # 25 welcome points, expiring in 12 months
    shop.clock.advance(days=200)
    adjust_points(shop.uow(), member_id=member.id, points=100, reason="goodwill", actor=shop.manager,
                  clock=shop.clock)
    assert expire_points(shop.uow, actor=SYSTEM, clock=shop.clock) == 0
    shop.clock.advance(days=170)  # 370 days after enrolment: the welcome lot lapsed, the 100 did not
    assert expire_points(shop.uow, actor=SYSTEM, clock=shop.clock) == 25
    assert member_panel(shop.uow(readonly=True), member.id, clock=shop.clock).balance == 100
    assert expire_points(shop.uow, actor=SYSTEM, clock=shop.clock) == 0  # nothing twice
    assert check_file(shop.app.config.db_path).ok


def test_inactivity_expires_the_whole_balance(shop: Shop) -> None:
    with shop.uow(readonly=True) as uow:
        program = published_program(uow)
    dormant = replace(program, expiry=ExpiryPolicy(months_after_earning=None, inactivity_months=6))
    catalog.save_draft(shop.uow(), dormant, actor=shop.manager, clock=shop.clock)
    catalog.publish(shop.uow(), actor=shop.manager, clock=shop.clock)
    active, sleeper = shop.enrol("Active Anna"), shop.enrol("Sleepy Sam")
    shop.clock.advance(days=150)
    # Anna buys something (a manager's adjustment would not count as activity)
    sale = Checkout(str(uuid.uuid4()), active.id, (SaleLineInput("BAK-SOUR", 2),), tender="card")
    earned = checkout(shop.uow(), sale, actor=shop.cashier, clock=shop.clock).receipt.points_earned
    shop.clock.advance(days=40)  # Sam: 190 days without earning or spending
    expire_points(shop.uow, actor=SYSTEM, clock=shop.clock)
    assert member_panel(shop.uow(readonly=True), sleeper.id, clock=shop.clock).balance == 0
    assert member_panel(shop.uow(readonly=True), active.id, clock=shop.clock).balance == 25 + earned
    assert check_file(shop.app.config.db_path).ok
