"""A large manual points adjustment needs a second manager: one manager adjusts, another
approves with their PIN (the same single-use approval a cashier's discount uses)."""

from __future__ import annotations

from datetime import datetime

from loyalty_pos.domain.approvals import Approval, ApprovalAction, ApprovalRefused, check_approval
from loyalty_pos.domain.fraud_limits import SameManager, SecondManagerNeeded
from loyalty_pos.domain.roles import Role
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.ports import UnitOfWork


def use_second_approval(uow: UnitOfWork, actor: Actor, approval_id: str | None, *, member_id: str, points: int,
                        threshold: int, now: datetime) -> Approval:
    """The approval of another active manager for adjusting ``member_id`` by ``points``,
    used up in the adjustment's transaction."""
    if not approval_id:
        raise SecondManagerNeeded(threshold=threshold, points=abs(points))
    approval = check_approval(uow.approvals.get(approval_id), action=ApprovalAction.POINTS_ADJUSTMENT,
                              amount_minor=abs(points), subject_id=member_id, now=now)
    if approval.approver == actor.username:
        raise SameManager()
    approver = uow.staff.get(approval.approver)
    if approver is None or approver.role is not Role.MANAGER or not approver.active:
        raise ApprovalRefused(code="approval_invalid", approver=approval.approver,
                              template="The manager's approval does not hold: {approver} is no longer an active "
                                       "manager. Ask a manager to approve again.")
    if not uow.approvals.use(approval.approval_id, now):
        raise ApprovalRefused(code="approval_invalid", template="The manager's approval does not hold: it was already "
                                                                "used. Ask a manager to approve again.")
    return approval
