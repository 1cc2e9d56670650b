"""Report aggregates computed in SQL, so a report never walks members one by one.

Ranges are half-open, ``start <= at < end``; months are calendar months in UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import BigInteger, ColumnElement, and_, case, func, select, type_coerce

from loyalty_pos.domain.ledger import EntryKind
from loyalty_pos.domain.members import MemberStatus
from loyalty_pos.services.ports import MonthFlow
from loyalty_pos.store.repositories.base import Repository
from loyalty_pos.store.tables import balances, ledger, lots, members

L, B, T, M = ledger.c, balances.c, lots.c, members.c
_ISSUING = (EntryKind.EARN.value, EntryKind.BONUS.value)
_SIGNED = (EntryKind.ADJUST.value, EntryKind.REVERSE.value)
_MONTH = func.strftime("%Y-%m", type_coerce(L.at, BigInteger) / 1_000_000, "unixepoch")


def _in_range(start: datetime, end: datetime) -> ColumnElement[bool]:
    return and_(L.at >= start, L.at < end)


def _months(start: datetime, end: datetime) -> list[str]:
    """Every UTC "YYYY-MM" the range touches, so a quiet month shows as zeros in a chart."""
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    if end <= start:
        return []
    last = end - timedelta(microseconds=1)
    year, month, months = start.year, start.month, []
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


class SqlReports(Repository):
    def liability_points(self) -> int:
        """Points members could still redeem; a negative (debt) balance owes the shop
        and does not reduce what the shop owes everyone else."""
        query = select(func.coalesce(func.sum(B.balance), 0)).where(B.balance > 0)
        return int(self._db.execute(query).scalar_one())

    def points_expiring_between(self, start: datetime, end: datetime) -> int:
        """Open points in lots lapsing in ``(start, end]``, as the domain counts them."""
        query = select(func.coalesce(func.sum(T.remaining), 0)).where(T.expires_at > start, T.expires_at <= end)
        return int(self._db.execute(query).scalar_one())

    def tier_mix(self) -> dict[str, int]:
        """Active members per tier code."""
        query = (
            select(M.tier_code, func.count()).where(M.status == MemberStatus.ACTIVE.value)
            .group_by(M.tier_code).order_by(M.tier_code)
        )
        return {code: int(count) for code, count in self._db.execute(query)}

    def redemptions_per_reward(self, start: datetime, end: datetime) -> dict[str, tuple[int, int]]:
        query = (
            select(L.reward_id, func.count(), -func.sum(L.points))
            .where(_in_range(start, end), L.kind == EntryKind.REDEEM.value, L.reward_id.is_not(None))
            .group_by(L.reward_id)
        )
        return {reward_id: (int(count), int(points)) for reward_id, count, points in self._db.execute(query)}

    def members_redeeming(self, start: datetime, end: datetime) -> int:
        query = select(func.count(func.distinct(L.member_id))).where(
            _in_range(start, end), L.kind == EntryKind.REDEEM.value
        )
        return int(self._db.execute(query).scalar_one())

    def flows_by_month(self, start: datetime, end: datetime) -> list[MonthFlow]:
        """Issued = earn + bonus + positive adjustments and reversals; redeemed and
        expired as positive numbers. Transfers move points between members and are
        neither issued nor redeemed."""
        issued = case(
            (L.kind.in_(_ISSUING), L.points),
            (and_(L.kind.in_(_SIGNED), L.points > 0), L.points),
            else_=0,
        )
        redeemed = case((L.kind == EntryKind.REDEEM.value, -L.points), else_=0)
        expired = case((L.kind == EntryKind.EXPIRE.value, -L.points), else_=0)
        query = (
            select(_MONTH.label("month"), func.sum(issued), func.sum(redeemed), func.sum(expired))
            .where(_in_range(start, end)).group_by("month")
        )
        found = {month: MonthFlow(month, int(i), int(r), int(e)) for month, i, r, e in self._db.execute(query)}
        return [found.get(month, MonthFlow(month, 0, 0, 0)) for month in _months(start, end)]

    def top_members(self, start: datetime, end: datetime, limit: int) -> list[tuple[str, str, int]]:
        """Members who earned the most points (earn + bonus) in the range, with their names."""
        earned = (
            select(L.member_id, func.sum(L.points).label("points"))
            .where(_in_range(start, end), L.kind.in_(_ISSUING))
            .group_by(L.member_id).subquery()
        )
        query = (
            select(earned.c.member_id, M.name, earned.c.points)
            .join(members, M.id == earned.c.member_id)
            .order_by(earned.c.points.desc(), earned.c.member_id).limit(limit)
        )
        return [(member_id, name, int(points)) for member_id, name, points in self._db.execute(query)]
