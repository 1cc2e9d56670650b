"""Who is in a segment, and what members did in a span of days, in SQL.

The same definitions as ``domain.segments.member_in`` (the till's, per member), over every
active member at once: the back office's member counts and the A/B report's groups.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Select, and_, case, exists, func, select

from loyalty_pos.domain.members import MemberStatus
from loyalty_pos.domain.segments import Segment, SegmentKind
from loyalty_pos.store.tables import members, sales

M, S = members.c, sales.c


def _visits_between(since: datetime, at: datetime) -> Select:
    # ifnull(): "IS NULL" alone makes SQLite walk ix_sales_returned_of, i.e. every sale.
    return select(S.member_id).where(S.at >= since, S.at < at, S.member_id.is_not(None),
                                     func.ifnull(S.returned_of, "") == "")


def segment_members(segment: Segment, at: datetime, *, marketing_only: bool = False) -> Select:
    """The ids of the active members in ``segment`` at ``at`` (members who had joined by then);
    with ``marketing_only`` those of them who said yes to offers (whom a segment campaign reaches)."""
    query = select(M.id).where(M.status == MemberStatus.ACTIVE.value, M.enrolled_at <= at)
    if marketing_only:
        query = query.where(M.consent_marketing.is_(True))
    if segment.kind is SegmentKind.TIER:
        return query.where(M.tier_code == segment.tier)
    since = at - timedelta(days=segment.days)
    if segment.kind is SegmentKind.FREQUENT:
        frequent = _visits_between(since, at).group_by(S.member_id).having(func.count() >= segment.visits)
        return query.where(M.id.in_(frequent))
    if segment.kind is SegmentKind.SPEND:
        spenders = (select(S.member_id).where(S.at >= since, S.at < at, S.member_id.is_not(None))
                    .group_by(S.member_id).having(func.sum(S.total_minor) >= segment.spend_minor))
        return query.where(M.id.in_(spenders))
    visited = exists(_visits_between(since, at).where(S.member_id == M.id))
    return query.where(M.enrolled_at < since, ~visited)


def population(end: datetime, *, marketing_only: bool, tiers: frozenset[str] | None) -> Select:
    """Active members who had joined before ``end``: whom a campaign without a segment could reach."""
    query = select(M.id).where(M.status == MemberStatus.ACTIVE.value, M.enrolled_at < end)
    if marketing_only:
        query = query.where(M.consent_marketing.is_(True))
    if tiers is not None:
        query = query.where(M.tier_code.in_(sorted(tiers)))
    return query


def member_activity(start: datetime, end: datetime) -> Select:
    """Per member with a sale or return in the range: their visits (sales) and net spend."""
    visit = case((func.ifnull(S.returned_of, "") == "", 1), else_=0)
    return (select(S.member_id, func.sum(visit), func.sum(S.total_minor))
            .where(and_(S.at >= start, S.at < end), S.member_id.is_not(None)).group_by(S.member_id))


def member_traffic(start: datetime, end: datetime) -> Select:
    """Member sales (not returns) in the range: how many, by how many members, for how much."""
    return select(func.count(), func.count(func.distinct(S.member_id)), func.coalesce(func.sum(S.total_minor), 0)).where(
        S.at >= start, S.at < end, func.ifnull(S.returned_of, "") == "", S.member_id.is_not(None))
