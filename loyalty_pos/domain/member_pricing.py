"""Member prices and early access: what a member on the sale changes about the basket's prices.

A member price is a discount on the line (``PricedLine.discount_minor``), so the rest of
pricing treats it as it treats a manager's discount: rewards work on what it leaves,
earning is on what the customer pays, a return refunds the line's net. It is never more
than the line's net, so a line never goes below zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.members import MemberStatus, MemberView
from loyalty_pos.domain.money import Rounding, scale
from loyalty_pos.domain.price_rules import MemberPrice, RuleDiscount
from loyalty_pos.domain.program import Program, TierPolicy


def _allowed(min_tier: str | None, tiers: TierPolicy, tier_code: str) -> bool:
    return min_tier is None or tiers.rank(tier_code) >= tiers.rank(min_tier)


def price_for(line: PricedLine, prices: Sequence[MemberPrice], tiers: TierPolicy, tier_code: str) -> MemberPrice | None:
    """The member price for a line: the product's own wins over its category's (as earning's
    multipliers do), the first in program order of each."""
    usable = [price for price in prices if _allowed(price.min_tier, tiers, tier_code)]
    return (next((p for p in usable if p.product_code == line.product_code), None)
            or next((p for p in usable if p.category is not None and p.category == line.category), None))


def discount_of(line: PricedLine, price: MemberPrice) -> int:
    """Money off the line, at most what is left of it. A percent is FLOORed (the shop never
    gives a fraction of a minor unit more than it says)."""
    if price.price_minor is not None:
        off = max(0, line.unit_price - price.price_minor) * line.quantity
    else:
        off = scale(line.net_minor, price.percent, 100, Rounding.FLOOR)
    return max(0, min(off, line.net_minor))


def apply_member_prices(
    lines: Sequence[PricedLine], member: MemberView | None, program: Program,
) -> tuple[list[PricedLine], list[RuleDiscount]]:
    """The lines with member prices taken off, and what each took; nothing for an anonymous
    sale or a member who is not active (a blocked card gets shelf prices)."""
    if member is None or member.status is not MemberStatus.ACTIVE or not program.member_prices:
        return list(lines), []
    out: list[PricedLine] = []
    given: list[RuleDiscount] = []
    for line in lines:
        price = price_for(line, program.member_prices, program.tiers, member.tier_code)
        off = discount_of(line, price) if price is not None else 0
        if price is not None and off > 0:
            line = line.adjusted(discount=off)
            given.append(RuleDiscount(f"member_price:{price.id}", price.name, line.line_no, off, price.percent,
                                      price.price_minor or 0))
        out.append(line)
    return out, given


def check_early_access(
    lines: Sequence[PricedLine], member: MemberView | None, program: Program, *, now: datetime, zone: tzinfo,
) -> None:
    """Refuses a product still in early access to anyone below its tier (or without a member)."""
    for line in lines:
        for access in program.early_access:
            if access.product_code != line.product_code or now >= access.until:
                continue
            if member is not None and member.status is MemberStatus.ACTIVE and _allowed(
                    access.min_tier, program.tiers, member.tier_code):
                continue
            raise ValidationError(code="early_access", template="{product} is only for {tier} members and up "
                                  "until {day}", product=line.name, tier=program.tiers.by_code(access.min_tier).name,
                                  day=access.until.astimezone(zone).date(), line_no=line.line_no)
