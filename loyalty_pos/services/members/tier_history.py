"""The tier a member held at a past instant, for a sale priced as made then."""

from __future__ import annotations

from datetime import datetime

from loyalty_pos.domain.members import Member
from loyalty_pos.domain.tier_history import tier_at
from loyalty_pos.services.ports import UnitOfWork


def tier_held(uow: UnitOfWork, member: Member, at: datetime) -> str:
    """Folded from the member's audited tier changes (``domain.tier_history``)."""
    return tier_at(uow.audit.tier_steps(member.id), at, current=member.tier_code)
