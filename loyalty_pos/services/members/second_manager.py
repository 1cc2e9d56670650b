"""A large manual points adjustment needs a second manager: one manager adjusts, another
approves with their PIN (the same single-use approval a cashier's discount uses)."""

from __future__ import annotations

from datetime import datetime

from loyalty_pos.domain.approvals import Approval, ApprovalAction
from loyalty_pos.domain.fraud_limits import SameManager, SecondManagerNeeded
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.auth import spend_approval


def use_second_approval(uow: UnitOfWork, actor: Actor, approval_id: str | None, *, member_id: str, points: int,
                        threshold: int, now: datetime) -> Approval:
    """The approval of another active manager for adjusting ``member_id`` by ``points``,
    used up in the adjustment's transaction."""
    if not approval_id:
        raise SecondManagerNeeded(threshold=threshold, points=abs(points))
    # Used up first: a refusal below rolls the whole adjustment back, the use with it.
    approval = spend_approval(uow, approval_id, action=ApprovalAction.POINTS_ADJUSTMENT, amount_minor=abs(points),
                              subject_id=member_id, now=now)
    if approval.approver == actor.username:
        raise SameManager()
    return approval
