"""The expiry job: lapsed lots expire FIFO, inactivity empties a dormant balance."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from loyalty_pos.cli.main import main
from loyalty_pos.domain.ledger import EntryKind, ExpiryPolicy
from loyalty_pos.domain.members import Consents
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.program import catalog
from loyalty_pos.services.actor import SYSTEM
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.members.expiry import expire_points
from loyalty_pos.services.members.membership import EnrolMember, enrol, member_panel
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
    receipt = checkout(shop.uow(), sale, actor=shop.cashier, clock=shop.clock).receipt
    # After 150 days away her first purchase also brings the demo's welcome back.
    earned = receipt.points_earned + sum(award.points for award in receipt.awards)
    shop.clock.advance(days=40)  # Sam: 190 days without earning or spending
    expire_points(shop.uow, actor=SYSTEM, clock=shop.clock)
    assert member_panel(shop.uow(readonly=True), sleeper.id, clock=shop.clock).balance == 0
    assert member_panel(shop.uow(readonly=True), active.id, clock=shop.clock).balance == 25 + earned
    assert check_file(shop.app.config.db_path).ok


def test_the_expire_command_runs_the_daily_jobs_as_this_tills_system_user(
    shop: Shop, capsys: pytest.CaptureFixture[str]
) -> None:
    """``loyalty-pos expire`` and the till's schedule share jobs.daily, so the command signs
    what it writes as the till does: the system user at this till's id, not a made-up one."""
    lapsed = FixedClock(datetime.now(UTC) - timedelta(days=400))  # the command runs on the real clock
    member = enrol(shop.uow(), EnrolMember("Lapse Larsen", consents=Consents(data_processing=True)),
                   actor=shop.cashier, clock=lapsed)
    assert main(["--data-dir", str(shop.app.config.data_dir), "expire"]) == 0
    assert capsys.readouterr().out.startswith("expired 25 points; tier review:")
    with shop.uow(readonly=True) as uow:
        expired = [entry for entry in uow.ledger.for_member(member.id) if entry.kind is EntryKind.EXPIRE]
    assert [(e.points, e.actor, e.terminal_id) for e in expired] == [(-25, "system", shop.app.config.terminal_id)]
