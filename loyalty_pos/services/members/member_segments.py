"""The program's segments a member is in, from one read of their recent sales.

Read inside the unit of work that builds the member's view for pricing: no extra round
trip or unit of work, and none at all for a program without history-based segments.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from loyalty_pos.domain.members import Member
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.segments import history_days, segments_of
from loyalty_pos.services.ports import UnitOfWork


def member_segments(uow: UnitOfWork, program: Program, member: Member, now: datetime) -> frozenset[str]:
    if not program.segments:
        return frozenset()
    days = history_days(program.segments)
    visits = uow.sales.visits_since(member.id, now - timedelta(days=days)) if days else []
    return segments_of(program.segments, tier_code=member.tier_code, enrolled_at=member.enrolled_at,
                       visits=visits, now=now)
