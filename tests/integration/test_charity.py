"""Points given to a charity on a real store: through the ledger, on a slip, in the report."""

from __future__ import annotations

from datetime import timedelta

import pytest

from loyalty_pos.domain.charity import Charity
from loyalty_pos.domain.errors import InsufficientPoints, PermissionDenied, ValidationError
from loyalty_pos.domain.ledger import EntryKind
from loyalty_pos.printing.receipt_text import receipt_lines
from loyalty_pos.services.members.charity import donate_points
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.program.catalog import publish
from loyalty_pos.services.program.giving import save_charity
from loyalty_pos.services.shop.giving_reports import charity_report
from tests.integration.conftest import Shop


@pytest.fixture
def giver(shop: Shop) -> str:
    """A member with 1,025 points (1,000 and the sign-up bonus), and Red Cross at 20 points a krone in the published program."""
    save_charity(shop.uow(), Charity("", "Red Cross", points_per_value=20, value_minor=100), actor=shop.manager,
                 clock=shop.clock)
    save_charity(shop.uow(), Charity("", "Coins", points_per_value=100, value_minor=1), actor=shop.manager,
                 clock=shop.clock)
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)
    member = shop.enrol()
    adjust_points(shop.uow(), member_id=member.id, points=1000, reason="goodwill", actor=shop.manager,
                  clock=shop.clock)
    return member.id


def test_points_donated_leave_through_the_ledger_and_the_slip_says_what_they_gave(shop: Shop, giver: str) -> None:
    donation = donate_points(shop.uow(), member_id=giver, charity_id="red-cross", points=500, actor=shop.cashier,
                             clock=shop.clock)
    assert (donation.amount_minor, donation.balance) == (2500, 525)
    text = "\n".join(row.text for row in receipt_lines(donation.receipt, width=48))
    assert "Donated 500 points = NOK 25.00 to Red Cross" in text and "Ada" in text and "500 points" in text
    with shop.uow() as uow:
        entries = [e for e in uow.ledger.for_member(giver) if e.kind is EntryKind.DONATE]
        queued = {event.kind for event in uow.outbox.pending(1000)}
    assert [(e.points, e.reward_id) for e in entries] == [(-500, "red-cross")]
    assert {"ledger_entry", "charity_donated"} <= queued


def test_a_donation_beyond_the_balance_a_worthless_one_and_an_unknown_charity_are_refused(shop: Shop,
                                                                                        giver: str) -> None:
    with pytest.raises(InsufficientPoints):
        donate_points(shop.uow(), member_id=giver, charity_id="red-cross", points=1026, actor=shop.cashier,
                      clock=shop.clock)
    with pytest.raises(ValidationError, match="99 points give Coins nothing; give at least 100"):
        donate_points(shop.uow(), member_id=giver, charity_id="coins", points=99, actor=shop.cashier,
                      clock=shop.clock)
    with pytest.raises(ValidationError, match="no charity 'unicef'"):
        donate_points(shop.uow(), member_id=giver, charity_id="unicef", points=100, actor=shop.cashier,
                      clock=shop.clock)
    with pytest.raises(PermissionDenied):
        save_charity(shop.uow(), Charity("", "Unicef"), actor=shop.cashier, clock=shop.clock)


def test_the_report_sums_each_charity_at_the_rate_it_had_when_given(shop: Shop, giver: str) -> None:
    start = shop.clock.now()
    donate_points(shop.uow(), member_id=giver, charity_id="red-cross", points=200, actor=shop.cashier,
                  clock=shop.clock)
    save_charity(shop.uow(), Charity("red-cross", "Red Cross", points_per_value=10, value_minor=100),
                 actor=shop.manager, clock=shop.clock)
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)
    shop.clock.advance(minutes=5)
    donate_points(shop.uow(), member_id=giver, charity_id="red-cross", points=100, actor=shop.cashier,
                  clock=shop.clock)
    (row,) = charity_report(shop.uow(), start=start, end=start + timedelta(days=1))
    assert (row.charity_name, row.donations, row.points, row.amount_minor) == ("Red Cross", 2, 300, 2000)
    assert charity_report(shop.uow(), start=start + timedelta(days=1), end=start + timedelta(days=2)) == ()
