"""The price rules' step of pricing: early access, then member prices, then volume deals.

Runs on the basket lines before any reward, so a reward's percent is of the price the
member really pays and a volume step is measured on member prices.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.member_pricing import apply_member_prices, check_early_access
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.price_rules import RuleBonus, RuleDiscount
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.volume_pricing import apply_volume


@dataclass(frozen=True, slots=True)
class RulesApplied:
    lines: list[PricedLine]
    discounts: tuple[RuleDiscount, ...]
    bonuses: tuple[RuleBonus, ...]


def apply_price_rules(
    lines: Sequence[PricedLine], member: MemberView | None, program: Program, *, now: datetime, zone: tzinfo,
) -> RulesApplied:
    check_early_access(lines, member, program, now=now, zone=zone)
    priced, member_discounts = apply_member_prices(lines, member, program)
    priced, volume_discounts, bonuses = apply_volume(priced, program.volume_rules)
    return RulesApplied(priced, (*member_discounts, *volume_discounts), tuple(bonuses))


def for_replay(program: Program) -> Program:
    """The program to replay stored sales with: their lines already carry the member prices
    and volume discounts they were sold with (as discounts), so only the points a volume
    step gives are priced again; early access was decided when they were sold."""
    bonuses = tuple(replace(rule, percent=0) for rule in program.volume_rules if rule.bonus_points)
    return replace(program, member_prices=(), early_access=(), volume_rules=bonuses)
