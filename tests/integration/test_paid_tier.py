"""A paid membership sold at the till: the tier for a year, exempt from the review until it lapses."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from loyalty_pos.domain.errors import CardRefused, NotFound
from loyalty_pos.domain.members import MemberStatus
from loyalty_pos.domain.paid_membership import PaidTier
from loyalty_pos.printing.receipt_text import receipt_lines
from loyalty_pos.services.actor import SYSTEM
from loyalty_pos.services.members.paid_tier import sell_paid_tier
from loyalty_pos.services.members.tier_review import review_tiers
from loyalty_pos.services.program import catalog
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout, new_sale_id
from loyalty_pos.services.shop.counting_reports import counting_report
from tests.integration.conftest import Shop

GOLD_YEAR = PaidTier("gold-year", "Gold membership", "gold", 499_00)


def _publish(shop: Shop, **parts: object) -> None:
    with shop.uow(readonly=True) as uow:
        program = published_program(uow)
    catalog.save_draft(shop.uow(), replace(program, **parts), actor=shop.manager, clock=shop.clock)
    catalog.publish(shop.uow(), actor=shop.manager, clock=shop.clock)


def _tier(shop: Shop, member_id: str) -> str:
    with shop.uow(readonly=True) as uow:
        member = uow.members.get(member_id)
    assert member is not None
    return member.tier_code


def test_a_paid_year_puts_the_member_in_gold_prints_until_when_and_the_review_waits_for_it(shop: Shop) -> None:
    _publish(shop, paid_tiers=(GOLD_YEAR,))
    member = shop.enrol()
    sold = sell_paid_tier(shop.uow(), member.id, "gold-year", actor=shop.cashier, clock=shop.clock)
    assert sold.until == date(2027, 11, 23) and sold.tier_code == "gold" and _tier(shop, member.id) == "gold"
    slip = "\n".join(row.text for row in receipt_lines(sold.receipt, width=48, language="en"))
    assert "Gold membership until 23/11/2027" in slip
    assert "Paid on the shop's register" in slip and "499.00" in slip and "rounded" not in slip
    # The sale after it shows the paid tier on its receipt.
    sale = checkout(shop.uow(), Checkout(new_sale_id(), member.id, (SaleLineInput("COF-ESP", 1),)),
                    actor=shop.cashier, clock=shop.clock)
    assert (sale.receipt.paid_tier, sale.receipt.paid_until) == ("Gold membership", "2027-11-23")
    assert sale.member is not None and sale.member.counting is not None
    assert sale.member.counting.paid_until == date(2027, 11, 23)
    # The 2027 review (1 Jan + 30 days) passes while it holds: Gold stays, no matter the spend.
    shop.clock.at = datetime(2027, 2, 15, 12, tzinfo=UTC)
    review = review_tiers(shop.uow, actor=SYSTEM, clock=shop.clock)
    assert review.moved_down == 0 and _tier(shop, member.id) == "gold"
    # Lapsed: the next run reviews the member like anyone else.
    shop.clock.at = datetime(2027, 11, 24, 12, tzinfo=UTC)
    review = review_tiers(shop.uow, actor=SYSTEM, clock=shop.clock)
    assert review.moved_down == 1 and _tier(shop, member.id) == "bronze"


def test_a_renewal_before_it_lapses_adds_a_year_to_its_end_and_both_are_recorded(shop: Shop) -> None:
    _publish(shop, paid_tiers=(GOLD_YEAR,))
    member = shop.enrol()
    sell_paid_tier(shop.uow(), member.id, "gold-year", actor=shop.cashier, clock=shop.clock)
    shop.clock.at = datetime(2027, 10, 1, 12, tzinfo=UTC)
    renewed = sell_paid_tier(shop.uow(), member.id, "gold-year", actor=shop.cashier, clock=shop.clock)
    assert renewed.until == date(2028, 11, 23)
    other = shop.enrol("Bo Lapsing")
    shop.clock.at = datetime(2026, 11, 23, 12, tzinfo=UTC)
    sell_paid_tier(shop.uow(), other.id, "gold-year", actor=shop.cashier, clock=shop.clock)
    shop.clock.at = datetime(2027, 12, 1, 12, tzinfo=UTC)  # Bo's has lapsed, the renewed one holds
    report = counting_report(shop.uow(readonly=True), start=datetime(2027, 1, 1, tzinfo=UTC),
                             end=datetime(2028, 1, 1, tzinfo=UTC), now=shop.clock.now())
    assert [(p.name, p.sold, p.revenue_minor, p.active, p.lapsed) for p in report.paid_tiers] == [
        ("Gold membership", 1, 499_00, 1, 1)]
    with sqlite3.connect(shop.app.config.db_path) as db:
        assert db.execute("SELECT count(*), sum(fee_minor) FROM paid_memberships").fetchone() == (3, 1497_00)
        assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'paid_membership_sold'").fetchone() == (3,)


def test_a_membership_not_on_sale_or_a_blocked_member_is_refused(shop: Shop) -> None:
    _publish(shop, paid_tiers=(replace(GOLD_YEAR, active=False),))
    member = shop.enrol()
    with pytest.raises(NotFound):
        sell_paid_tier(shop.uow(), member.id, "gold-year", actor=shop.cashier, clock=shop.clock)
    _publish(shop, paid_tiers=(GOLD_YEAR,))
    with shop.uow() as uow:
        stored = uow.members.get(member.id)
        assert stored is not None
        uow.members.update(replace(stored, status=MemberStatus.BLOCKED))
        uow.commit()
    with pytest.raises(CardRefused):
        sell_paid_tier(shop.uow(), member.id, "gold-year", actor=shop.cashier, clock=shop.clock)
    with sqlite3.connect(shop.app.config.db_path) as db:
        assert db.execute("SELECT count(*) FROM paid_memberships").fetchone() == (0,)
