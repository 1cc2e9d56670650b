"""Volume rules: a discount or bonus points from a quantity or a basket value.

Rules with the same scope (a product, a category or the whole basket) and the same
measure (units or basket value) are steps of one deal: only the highest step the basket
reaches applies. Measured on the lines as member prices left them, before rewards.
"""

from __future__ import annotations

from collections.abc import Sequence

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.money import Rounding, scale
from loyalty_pos.domain.price_rules import RuleBonus, RuleDiscount, VolumeRule


def in_scope(rule: VolumeRule, line: PricedLine) -> bool:
    if rule.product_code is not None:
        return line.product_code == rule.product_code
    return rule.category is None or line.category == rule.category


def _measured(rule: VolumeRule, lines: Sequence[PricedLine]) -> int:
    scoped = [line for line in lines if in_scope(rule, line)]
    return sum(line.quantity for line in scoped) if rule.measure == "quantity" else sum(l.net_minor for l in scoped)


def reached(rules: Sequence[VolumeRule], lines: Sequence[PricedLine]) -> list[VolumeRule]:
    """The highest step reached of each deal, in the program's order of deals."""
    deals: dict[tuple[str | None, str | None, str], list[VolumeRule]] = {}
    for rule in rules:
        deals.setdefault((rule.product_code, rule.category, rule.measure), []).append(rule)
    steps = []
    for deal in deals.values():
        met = [rule for rule in deal if _measured(rule, lines) >= rule.threshold]
        if met:
            steps.append(max(met, key=lambda rule: rule.threshold))  # the first of equal steps
    return steps


def apply_volume(
    lines: Sequence[PricedLine], rules: Sequence[VolumeRule],
) -> tuple[list[PricedLine], list[RuleDiscount], list[RuleBonus]]:
    """The lines with volume discounts taken off (FLOOR per line: never more than the
    percent says, never below zero), what each took, and the bonus points reached."""
    out = list(lines)
    given: list[RuleDiscount] = []
    bonuses: list[RuleBonus] = []
    for rule in reached(rules, lines):
        if rule.bonus_points:
            bonuses.append(RuleBonus(f"volume:{rule.id}", rule.name, rule.bonus_points))
        if not rule.percent:
            continue
        for index, line in enumerate(out):
            off = scale(line.net_minor, rule.percent, 100, Rounding.FLOOR) if in_scope(rule, line) else 0
            if off > 0:
                out[index] = line.adjusted(discount=off)
                given.append(RuleDiscount(f"volume:{rule.id}", rule.name, line.line_no, off, rule.percent))
    return out, given, bonuses
