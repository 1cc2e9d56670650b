"""Use cases report what they changed, from the events they recorded: the till refreshes
its views from that instead of each caller guessing."""

from __future__ import annotations

import uuid

import pytest

from loyalty_pos.domain.changes import Changes
from loyalty_pos.domain.errors import InsufficientPoints
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from tests.integration.conftest import Shop


def _buy(shop: Shop, member_id: str | None, code: str, quantity: int):  # noqa: ANN202 - SaleResult
    return checkout(shop.uow(), Checkout(str(uuid.uuid4()), member_id, (SaleLineInput(code, quantity),)),
                    actor=shop.cashier, clock=shop.clock)


def test_a_checkout_that_upgrades_the_tier_reports_the_member_changed(shop: Shop) -> None:
    member = shop.enrol("Ada Lovelace")
    small = _buy(shop, member.id, "DEL-SOUP", 1)
    assert small.changes == Changes.SALES | Changes.BALANCE  # points, but the tier stays
    upgrade = _buy(shop, member.id, "DEL-SOUP", 40)  # NOK 5,800 crosses Silver's NOK 5,000
    assert upgrade.receipt.points_earned > 0
    with shop.uow(readonly=True) as uow:
        assert uow.members.get(member.id).tier_code == "silver"
    assert upgrade.changes == Changes.SALES | Changes.BALANCE | Changes.MEMBER


def test_an_anonymous_sale_changes_only_sales_and_a_replay_nothing(shop: Shop) -> None:
    sale_id = str(uuid.uuid4())
    first = checkout(shop.uow(), Checkout(sale_id, None, (SaleLineInput("DEL-SOUP", 1),)),
                     actor=shop.cashier, clock=shop.clock)
    again = checkout(shop.uow(), Checkout(sale_id, None, (SaleLineInput("DEL-SOUP", 1),)),
                     actor=shop.cashier, clock=shop.clock)
    assert (first.changes, again.replayed, again.changes) == (Changes.SALES, True, Changes.NONE)


def test_a_unit_of_work_counts_only_committed_changes(shop: Shop) -> None:
    member = shop.enrol("Ada Lovelace")
    uow = shop.uow()
    adjust_points(uow, member_id=member.id, points=50, reason="goodwill", actor=shop.manager, clock=shop.clock)
    assert uow.changes == Changes.BALANCE
    refused = shop.uow()
    with pytest.raises(InsufficientPoints):
        # Within the demo's second-manager threshold (5,000): refused for the balance alone.
        adjust_points(refused, member_id=member.id, points=-5_000, reason="too much", actor=shop.manager,
                      clock=shop.clock)
    assert refused.changes == Changes.NONE

    sale = _buy(shop, member.id, "DEL-SOUP", 2).receipt
    returned = shop.uow()
    process_return(returned, ProcessReturn(str(uuid.uuid4()), sale.receipt_no, (ReturnLine(1, 1),)),
                   actor=shop.cashier, clock=shop.clock)
    assert returned.changes == Changes.SALES | Changes.BALANCE
