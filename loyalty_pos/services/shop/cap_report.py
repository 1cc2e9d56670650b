"""Points held back by caps: per day of the shop's calendar, till and cap, the sales a cap
trimmed, the points they would have earned and what they earned, and whom it held back
most. Read from the receipts (``ReportQueries.cap_trims``), so what the report says is
what each customer's receipt said; a sale a cap trimmed twice (the member's daily cap,
then the cap per sale) counts under the cap that bit last, as its receipt names it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from loyalty_pos.domain.fraud_limits import CAP_RULES, cap_trim
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.shop import shop_zone


@dataclass(frozen=True, slots=True)
class CapRow:
    day: date  # the shop's
    terminal_id: str
    rule: str  # one of domain.fraud_limits.CAP_RULES
    sales: int
    asked: int  # the points the sales would have earned without a cap
    given: int  # the points they earned
    members: int
    most_held: str  # the name of the member the cap held back most here
    most_held_points: int

    @property
    def held_back(self) -> int:
        return self.asked - self.given


@dataclass(frozen=True, slots=True)
class CapReport:
    rows: tuple[CapRow, ...]

    @property
    def sales(self) -> int:
        return sum(row.sales for row in self.rows)

    @property
    def held_back(self) -> int:
        return sum(row.held_back for row in self.rows)


@dataclass(slots=True)
class _Group:
    sales: int = 0
    asked: int = 0
    given: int = 0
    held: dict[tuple[str, str], int] = field(default_factory=dict)  # (member id, name) -> points held back


def cap_report(uow: UnitOfWork, *, start: datetime, end: datetime) -> CapReport:
    with uow:
        zone = shop_zone(uow)
        trimmed = uow.reports.cap_trims(start, end)
    groups: dict[tuple[date, str, str], _Group] = {}
    for sale in trimmed:
        trim = cap_trim(sale.cuts, sale.points_earned)
        if trim is None:
            continue
        group = groups.setdefault((sale.at.astimezone(zone).date(), sale.terminal_id, trim.rule), _Group())
        group.sales += 1
        group.asked += trim.uncapped
        group.given += trim.earned
        who = (sale.member_id, sale.member_name)  # an erased member: their id and what erasure left of the name
        group.held[who] = group.held.get(who, 0) + trim.uncapped - trim.earned
    rows = []
    for (day, terminal, rule), group in sorted(groups.items(), key=lambda item: (
            item[0][0], item[0][1], CAP_RULES.index(item[0][2]))):
        (_member, name), most = max(group.held.items(), key=lambda held: (held[1], held[0]))
        rows.append(CapRow(day, terminal, rule, group.sales, group.asked, group.given, len(group.held), name, most))
    return CapReport(tuple(rows))

