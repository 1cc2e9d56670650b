"""Price rules as data: member prices, early access and volume rules, and a campaign's time window.

Kept apart from ``program.py`` so the program holds them as plain values while the logic
that applies them (``member_pricing``, ``volume_pricing``, ``time_windows``) can import the
program without a cycle. Money is integer minor units; percentages are whole percent.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.errors import ValidationError


@dataclass(frozen=True, slots=True)
class MemberPrice:
    """A product's member-only unit price, or a percentage off a product or a category,
    given automatically when a member is on the sale (no points are spent on it)."""

    id: str
    name: str
    product_code: str | None = None
    category: str | None = None  # a product's own member price wins over its category's
    price_minor: int | None = None  # member unit price: products only
    percent: int = 0  # whole percent off
    min_tier: str | None = None  # None: every member

    def __post_init__(self) -> None:
        name = self.name or self.id
        if not self.id.strip() or not self.name.strip():
            raise ValidationError(code="bad_member_price", template="A member price needs an id and a name")
        if (self.product_code is None) == (self.category is None):
            raise ValidationError(code="bad_member_price", template="Member price {name!r} needs either a product "
                                  "or a category", name=name)
        if (self.price_minor is None) == (self.percent == 0):
            raise ValidationError(code="bad_member_price", template="Member price {name!r} needs either a price or "
                                  "a percent off", name=name)
        if self.price_minor is not None and (self.price_minor < 0 or self.product_code is None):
            raise ValidationError(code="bad_member_price", template="Member price {name!r}: a price of 0 or more, "
                                  "on a product", name=name)
        if not 0 <= self.percent <= 100:
            raise ValidationError(code="bad_member_price", template="Member price {name!r}: a percent from 1 to 100",
                                  name=name)


@dataclass(frozen=True, slots=True)
class EarlyAccess:
    """Until ``until`` only members of ``min_tier`` or higher may buy ``product_code``."""

    product_code: str
    min_tier: str
    until: datetime

    def __post_init__(self) -> None:
        if not self.product_code.strip() or not self.min_tier.strip():
            raise ValidationError(code="bad_early_access", template="Early access needs a product and a tier")


@dataclass(frozen=True, slots=True)
class VolumeRule:
    """A step of a volume deal: from ``min_quantity`` units (of the product, the category
    or the whole basket) or from a basket value of ``min_basket_minor``, ``percent`` off
    those lines and/or ``bonus_points`` for a member. Of the rules with the same scope and
    measure only the highest step reached applies, so "10+: 5 %" and "50+: 10 %" are tiers."""

    id: str
    name: str
    product_code: str | None = None
    category: str | None = None  # neither: the whole basket
    min_quantity: int = 0
    min_basket_minor: int = 0
    percent: int = 0
    bonus_points: int = 0

    def __post_init__(self) -> None:
        name = self.name or self.id
        if not self.id.strip() or not self.name.strip():
            raise ValidationError(code="bad_volume_rule", template="A volume rule needs an id and a name")
        if self.product_code is not None and self.category is not None:
            raise ValidationError(code="bad_volume_rule", template="Volume rule {name!r}: a product or a category, "
                                  "not both", name=name)
        if (self.min_quantity > 0) == (self.min_basket_minor > 0) or min(self.min_quantity, self.min_basket_minor) < 0:
            raise ValidationError(code="bad_volume_rule", template="Volume rule {name!r} needs either a minimum "
                                  "quantity or a minimum basket value", name=name)
        if not 0 <= self.percent <= 100 or self.bonus_points < 0 or (self.percent == 0 and self.bonus_points == 0):
            raise ValidationError(code="bad_volume_rule", template="Volume rule {name!r} needs a percent off (1 to "
                                  "100) or bonus points", name=name)

    @property
    def measure(self) -> str:
        return "quantity" if self.min_quantity > 0 else "basket"

    @property
    def threshold(self) -> int:
        return self.min_quantity or self.min_basket_minor


def check_window(name: str, weekdays: Set[int], hour_from: int, hour_until: int,
                 tier_factors: Mapping[str, int]) -> None:
    """Refuses a campaign's time window or tier factors that cannot be meant.

    ``hour_until`` 0 means no hours (the whole day); otherwise the window is
    ``hour_from`` <= local hour < ``hour_until`` on the same day (no overnight window:
    a manager splits one into two campaigns).
    """
    if any(day not in range(1, 8) for day in weekdays):
        raise ValidationError(code="bad_campaign", template="Campaign {name!r}: weekdays are 1 (Monday) to 7 "
                              "(Sunday)", name=name)
    if (hour_until and not 0 <= hour_from < hour_until <= 24) or (not hour_until and hour_from):
        raise ValidationError(code="bad_campaign", template="Campaign {name!r}: the hours start before they end, "
                              "within one day", name=name)
    if any(pct < 0 for pct in tier_factors.values()):
        raise ValidationError(code="bad_campaign", template="Campaign {name!r}: a tier's factor cannot be negative",
                              name=name)


@dataclass(frozen=True, slots=True)
class RuleDiscount:
    """Money a price rule took off one basket line, kept to explain it on screen and paper."""

    rule: str  # "member_price:<id>" or "volume:<id>"
    name: str
    line_no: int
    amount_minor: int
    percent: int = 0  # the rule's percent, or 0 for a member unit price
    price_minor: int = 0  # the member unit price, when the rule is one


@dataclass(frozen=True, slots=True)
class RuleBonus:
    """Points a volume rule adds to a member's sale."""

    rule: str  # "volume:<id>"
    name: str
    points: int
