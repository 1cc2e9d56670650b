"""A manager's approval as proof, not a name: what it allows and when it is spent.

A cashier's action that needs a manager (a manual discount, a large refund, a change
to a member's contact details) goes through only with an approval the auth service
issued after checking a manager's PIN. The approval is bound to one action, one
amount and one subject (the sale, return or member it was asked for), lapses a few
minutes after it was given, and is used up by the transaction that does the action:
a typed user name, an approval for another sale or amount, an old one or one used
before are all refused.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from loyalty_pos.domain.errors import LoyaltyError

# Long enough for the cashier to finish the basket after the manager typed the PIN,
# short enough that an approval nobody used is not lying about for the next shift.
APPROVAL_LIFETIME = timedelta(minutes=10)


class ApprovalAction(enum.StrEnum):
    DISCOUNT = "discount"  # subject: the sale id; amount: the sale's manual discounts in minor units
    RETURN = "return"  # subject: the return id; amount: the refund in minor units
    MEMBER_DETAILS = "member_details"  # subject: the member id; amount: 0
    POINTS_ADJUSTMENT = "points_adjustment"  # subject: the member id; amount: the points moved, either way


class ApprovalRefused(LoyaltyError):
    code = "approval_invalid"
    template = "The manager's approval does not hold: {reason}. Ask a manager to approve again."


@dataclass(frozen=True, slots=True)
class ApprovalRequest:
    """What a cashier asks a manager to approve: the till shows it, the PIN issues it."""

    action: ApprovalAction
    amount_minor: int
    subject_id: str


@dataclass(frozen=True, slots=True)
class Approval:
    approval_id: str  # random, unguessable: knowing a manager's name is not enough
    action: ApprovalAction
    amount_minor: int
    subject_id: str
    approver: str  # the manager whose PIN was typed
    terminal_id: str
    issued_at: datetime
    expires_at: datetime
    used_at: datetime | None = None

    @classmethod
    def issue(cls, approval_id: str, *, action: ApprovalAction, amount_minor: int, subject_id: str,
              approver: str, terminal_id: str, now: datetime) -> Approval:
        return cls(approval_id, action, amount_minor, subject_id, approver, terminal_id, now,
                   now + APPROVAL_LIFETIME)


def check_approval(approval: Approval | None, *, action: ApprovalAction, amount_minor: int, subject_id: str,
                   now: datetime) -> Approval:
    """The approval if it allows exactly this action now; otherwise :class:`ApprovalRefused`
    saying why (the till shows it, the cashier asks again)."""
    if approval is None:
        raise ApprovalRefused(code="approval_invalid", template="The manager's approval does not hold: no such approval was given. Ask a manager to approve again.")
    if approval.used_at is not None:
        raise ApprovalRefused(code="approval_invalid", template="The manager's approval does not hold: it was already used. Ask a manager to approve again.")
    if approval.action is not action:
        raise ApprovalRefused(code="approval_invalid", template="The manager's approval does not hold: it was given for another kind of approval. Ask a manager to approve again.")
    if approval.subject_id != subject_id:
        raise ApprovalRefused(code="approval_invalid", template="The manager's approval does not hold: it was given for another sale, return or member. Ask a manager to approve again.")
    if approval.amount_minor != amount_minor:
        raise ApprovalRefused(code="approval_invalid", template="The manager's approval does not hold: it was given for another amount. Ask a manager to approve again.")
    if not approval.issued_at <= now < approval.expires_at:
        raise ApprovalRefused(code="approval_invalid", template="The manager's approval does not hold: it has expired. Ask a manager to approve again.")
    return approval
