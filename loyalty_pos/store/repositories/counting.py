"""What challenges, badges and paid memberships read and write: a member's purchases
since a date, their footprint, the badges they hold, the memberships they paid for."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import case, func, insert, select, update

from loyalty_pos.domain.ledger import EntryKind
from loyalty_pos.services.ports import BoughtLine, PaidMembershipRow, TillKeyedIn
from loyalty_pos.store.repositories.base import Repository
from loyalty_pos.store.tables import ledger, member_badges, paid_memberships, sale_lines, sales

S, L, B, P, Le = sales.c, sale_lines.c, member_badges.c, paid_memberships.c, ledger.c
CHALLENGE_REASON = "challenge:"  # as services/sale/counting.py writes it
# A return's lines take units back: the counter sees what the member kept.
_SIGNED = L.quantity * case((S.returned_of.is_(None), 1), else_=-1)
_PAID_COLUMNS = (P.id, P.member_id, P.paid_tier_id, P.name, P.tier_code, P.fee_minor, P.currency, P.sold_at,
                 P.until, P.actor, P.terminal_id, P.receipt_no)


def _paid(row: object) -> PaidMembershipRow:
    return PaidMembershipRow(*(getattr(row, column.name) for column in _PAID_COLUMNS))


class SqlCounting(Repository):
    def bought_since(self, member_id: str, since: datetime) -> list[BoughtLine]:
        rows = self._db.execute(
            select(S.at, L.product_code, L.category, _SIGNED.label("quantity"))
            .select_from(sales.join(sale_lines, L.sale_id == S.sale_id))
            .where(S.member_id == member_id, S.at >= since)
        )
        return [BoughtLine(row.at, row.product_code, row.category, int(row.quantity)) for row in rows]

    def footprint(self, member_id: str) -> tuple[int, frozenset[str]]:
        visits = self._db.execute(
            select(func.count()).select_from(sales).where(S.member_id == member_id, S.returned_of.is_(None))
        ).scalar_one()
        categories = self._db.execute(
            select(L.category).select_from(sales.join(sale_lines, L.sale_id == S.sale_id))
            .where(S.member_id == member_id, S.returned_of.is_(None)).distinct()
        ).scalars()
        return int(visits), frozenset(categories)

    def badges_held(self, member_id: str) -> frozenset[str]:
        return frozenset(self._db.execute(select(B.badge_id).where(B.member_id == member_id)).scalars())

    def award_badges(self, member_id: str, badge_ids: Iterable[str], at: datetime, sale_id: str | None) -> None:
        rows = [{"member_id": member_id, "badge_id": badge_id, "earned_at": at, "sale_id": sale_id}
                for badge_id in badge_ids]
        if rows:
            self._db.execute(insert(member_badges).prefix_with("OR IGNORE"), rows)

    def badge_counts(self, start: datetime | None = None, end: datetime | None = None) -> dict[str, int]:
        query = select(B.badge_id, func.count()).group_by(B.badge_id)
        if start is not None:
            query = query.where(B.earned_at >= start)
        if end is not None:
            query = query.where(B.earned_at < end)
        return {badge_id: int(count) for badge_id, count in self._db.execute(query)}

    def completions(self, start: datetime, end: datetime) -> dict[str, tuple[int, int, int]]:
        """Per challenge id: completions paid in [start, end), their points, the members."""
        query = (select(Le.reason, func.count(), func.sum(Le.points), func.count(Le.member_id.distinct()))
                 .where(Le.kind == EntryKind.BONUS.value, Le.reason.like(CHALLENGE_REASON + "%"),
                        Le.at >= start, Le.at < end)
                 .group_by(Le.reason))
        return {reason.removeprefix(CHALLENGE_REASON): (int(count), int(points), int(members))
                for reason, count, points, members in self._db.execute(query)}

    def bought_by_members_since(self, since: datetime) -> list[tuple[str, BoughtLine]]:
        rows = self._db.execute(
            select(S.member_id, S.at, L.product_code, L.category, _SIGNED.label("quantity"))
            .select_from(sales.join(sale_lines, L.sale_id == S.sale_id))
            .where(S.member_id.is_not(None), S.at >= since)
        )
        return [(row.member_id, BoughtLine(row.at, row.product_code, row.category, int(row.quantity)))
                for row in rows]

    def add_paid_membership(self, row: PaidMembershipRow) -> None:
        self._db.execute(insert(paid_memberships), {column.name: getattr(row, column.name) for column in _PAID_COLUMNS})

    def paid_membership(self, member_id: str) -> PaidMembershipRow | None:
        """The member's membership that runs longest (the latest renewal)."""
        row = self._db.execute(
            select(*_PAID_COLUMNS).where(P.member_id == member_id).order_by(P.until.desc(), P.sold_at.desc()).limit(1)
        ).first()
        return None if row is None else _paid(row)

    def paid_memberships(self) -> list[PaidMembershipRow]:
        rows = self._db.execute(select(*_PAID_COLUMNS).order_by(P.sold_at))
        return [_paid(row) for row in rows]

    def paid_members_until(self, today: date) -> set[str]:
        """Members whose paid tier still holds on ``today``."""
        return set(self._db.execute(select(P.member_id).where(P.until > today).distinct()).scalars())

    def hold_badge(self, member_id: str, badge_id: str, at: datetime, sale_id: str | None) -> bool:
        """Another till's award: held once per member, the earliest award kept whichever
        till made it, so two tills that awarded it offline end up with the same row."""
        row = self._db.execute(select(B.earned_at).where(B.member_id == member_id, B.badge_id == badge_id)).first()
        if row is None:
            self.award_badges(member_id, [badge_id], at, sale_id)
            return True
        if row.earned_at <= at:
            return False
        self._db.execute(update(member_badges).where(B.member_id == member_id, B.badge_id == badge_id)
                         .values(earned_at=at, sale_id=sale_id))
        return True

    def add_pulled_paid_membership(self, row: PaidMembershipRow) -> bool:
        values = {column.name: getattr(row, column.name) for column in _PAID_COLUMNS}
        done = self._db.execute(insert(paid_memberships).prefix_with("OR IGNORE"), values)
        return done.rowcount == 1

    def all_badges(self) -> list[tuple[str, str, datetime, str | None]]:
        """Every holding (member, badge, earned at, sale), oldest first."""
        rows = self._db.execute(select(B.member_id, B.badge_id, B.earned_at, B.sale_id).order_by(B.earned_at))
        return [(row.member_id, row.badge_id, row.earned_at, row.sale_id) for row in rows]

    def memberships_per_till(self, start: datetime, end: datetime, terminal_id: str | None) -> list[TillKeyedIn]:
        """Paid memberships sold in the range per terminal and cashier (their fee was taken
        on the shop's register)."""
        query = (select(P.terminal_id, P.actor, func.count(), func.sum(P.fee_minor))
                 .where(P.sold_at >= start, P.sold_at < end).group_by(P.terminal_id, P.actor))
        if terminal_id is not None:
            query = query.where(P.terminal_id == terminal_id)
        return [TillKeyedIn(terminal, cashier, memberships_sold=int(sold), membership_fees_minor=int(fees))
                for terminal, cashier, sold, fees in self._db.execute(query)]
