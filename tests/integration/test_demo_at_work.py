"""The demo shop shows the issue's rules at work as installed, without a test changing its
program first: a large adjustment asks its second manager, and its seasonal product opens
to gold members a week before everyone else."""

from __future__ import annotations

import uuid
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from loyalty_pos.demo import shop as demo
from loyalty_pos.domain.approvals import ApprovalAction
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.fraud_limits import SameManager, SecondManagerNeeded
from loyalty_pos.services.members.paid_tier import sell_paid_tier
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from tests.integration.conftest import NOW, Shop


def test_a_large_adjustment_in_the_demo_asks_its_second_manager(shop: Shop) -> None:
    member = shop.enrol().id  # 25 welcome points
    above = demo.SECOND_MANAGER_ABOVE + 1
    assert adjust_points(shop.uow(), member_id=member, points=demo.SECOND_MANAGER_ABOVE, reason="lost card move",
                         actor=shop.manager, clock=shop.clock) == 25 + demo.SECOND_MANAGER_ABOVE
    with pytest.raises(SecondManagerNeeded) as refused:
        adjust_points(shop.uow(), member_id=member, points=above, reason="big order", actor=shop.manager,
                      clock=shop.clock)
    assert refused.value.params == {"threshold": demo.SECOND_MANAGER_ABOVE, "points": above}
    own = shop.approve(ApprovalAction.POINTS_ADJUSTMENT, above, member, pin=demo.MANAGER_PIN)
    with pytest.raises(SameManager):
        adjust_points(shop.uow(), member_id=member, points=above, reason="big order", actor=shop.manager,
                      clock=shop.clock, approval=own)
    second = shop.approve(ApprovalAction.POINTS_ADJUSTMENT, above, member, pin=demo.SECOND_MANAGER_PIN)
    balance = adjust_points(shop.uow(), member_id=member, points=above, reason="big order", actor=shop.manager,
                            clock=shop.clock, approval=second)
    assert balance == 25 + demo.SECOND_MANAGER_ABOVE + above
    with shop.uow(readonly=True) as uow:
        assert uow.staff.get(demo.SECOND_MANAGER_USER).role.value == "manager"


def test_the_demo_season_product_sells_to_gold_a_week_before_bronze(shop: Shop) -> None:
    (stollen,) = demo.seasonal_products()
    bronze, gold = shop.enrol("Bo Bronze").id, shop.enrol("Gull Gold").id
    sell_paid_tier(shop.uow(), gold, "gold-year", actor=shop.cashier, clock=shop.clock)  # the demo's paid Gold

    def buy(member_id: str) -> int:
        sale = Checkout(str(uuid.uuid4()), member_id, (SaleLineInput(stollen.code, 1),))
        return checkout(shop.uow(), sale, actor=shop.cashier, clock=shop.clock).receipt.total

    with pytest.raises(ValidationError) as refused:
        buy(bronze)
    assert refused.value.code == "early_access"
    opens = (NOW + timedelta(days=demo.EARLY_ACCESS_DAYS)).astimezone(ZoneInfo(demo.TIMEZONE)).date()
    assert str(refused.value) == f"Christmas stollen is only for Gold members and up until {opens.isoformat()}"
    assert buy(gold) == stollen.unit_price
    (access,) = demo.demo_early_access(NOW)
    shop.clock.at = access.until - timedelta(seconds=1)
    with pytest.raises(ValidationError):
        buy(bronze)
    shop.clock.at = access.until  # the shop's day a week on: on sale to everyone
    assert buy(bronze) == stollen.unit_price
