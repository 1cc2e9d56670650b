"""A campaign's time window, product scope and per-tier factors.

The window is read in the time zone of the ``now`` it is given: pricing hands the
campaigns the shop's local time, so "happy hour 15-17" is the shop's afternoon
wherever the till's clock or UTC says it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.money import Rounding, scale
from loyalty_pos.domain.program import Campaign


def in_window(campaign: Campaign, now: datetime) -> bool:
    """Whether ``now`` (in the shop's zone) falls on one of the campaign's weekdays and
    inside its hours; a campaign without them is on all day, every day."""
    if campaign.weekdays and now.isoweekday() not in campaign.weekdays:
        return False
    return not campaign.hour_until or campaign.hour_from <= now.hour < campaign.hour_until


def covers(campaign: Campaign, line: PricedLine) -> bool:
    """Whether a basket line is in scope: no categories and no products = the whole basket;
    otherwise its category or its product is named."""
    if not campaign.categories and not campaign.products:
        return True
    return line.category in campaign.categories or line.product_code in campaign.products


def tier_multiplier(campaign: Campaign, tier_code: str) -> int:
    """The multiplier a member of ``tier_code`` gets: the tier's own, else the campaign's."""
    return campaign.tier_factors.get(tier_code, campaign.multiplier_pct)


def tier_bonus(campaign: Campaign, tier_code: str) -> int:
    """A bonus for a member of ``tier_code``: the tier's factor of the bonus points
    (FLOOR: a factor never rounds points into being)."""
    return scale(campaign.bonus_points, campaign.tier_factors.get(tier_code, 100), 100, Rounding.FLOOR)


def scope_names(campaign: Campaign, lines: Sequence[PricedLine]) -> str:
    """What the campaign covered in this basket, for its label: each covered line's product
    when the campaign names the product, else its category; "" for a whole-basket campaign."""
    if not campaign.categories and not campaign.products:
        return ""
    named = {line.name if line.product_code in campaign.products else line.category
             for line in lines if covers(campaign, line)}
    return ", ".join(sorted(named))
