"""The price rules report: per member price and volume step, over the range's sales, the
money it took off and the bonus points it gave, named as the program names it now (a rule
since removed keeps the name its receipts printed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.program import Program
from loyalty_pos.services.ports import PriceRuleTotal, UnitOfWork
from loyalty_pos.services.program.programs import published_program


@dataclass(frozen=True, slots=True)
class PriceRuleRow:
    kind: str  # "member_price" or "volume"
    rule_id: str
    name: str
    total: PriceRuleTotal


@dataclass(frozen=True, slots=True)
class PriceRuleReport:
    currency: str
    rows: tuple[PriceRuleRow, ...]

    @property
    def discount_minor(self) -> int:
        return sum(row.total.discount_minor for row in self.rows)

    @property
    def points(self) -> int:
        return sum(row.total.points for row in self.rows)


def _names(program: Program) -> dict[str, str]:
    return {**{f"member_price:{p.id}": p.name for p in program.member_prices},
            **{f"volume:{v.id}": v.name for v in program.volume_rules}}


def price_rule_report(uow: UnitOfWork, *, start: datetime, end: datetime) -> PriceRuleReport:
    with uow:
        program = published_program(uow)
        totals = uow.reports.price_rule_totals(start, end)
    names = _names(program)
    rows = []
    for total in totals:
        kind, _, rule_id = total.rule.partition(":")
        rows.append(PriceRuleRow(kind, rule_id, names.get(total.rule, total.name), total))
    # Most money given first: the rule a manager asks about is the one that costs most.
    rows.sort(key=lambda row: (-row.total.discount_minor, -row.total.points, row.name))
    return PriceRuleReport(program.currency, tuple(rows))
