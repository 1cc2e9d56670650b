"""Charities a member can give points to: points become a donation at the charity's rate.

The points leave through the points ledger (a DONATE entry); the money is what the shop
pays the charity, so it is rounded down: a donation never promises more than the points
were worth.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.money import Rounding, scale

DONATION_ROUNDING = Rounding.FLOOR


@dataclass(frozen=True, slots=True)
class Charity:
    """``value_minor`` of money for every ``points_per_value`` points donated."""

    id: str
    name: str
    points_per_value: int = 100
    value_minor: int = 100
    active: bool = True

    def __post_init__(self) -> None:
        if not self.name.strip():  # an empty id is given one from the name when saved
            raise ValidationError(code="bad_charity", template="A charity needs a name")
        if self.points_per_value <= 0 or self.value_minor <= 0:
            raise ValidationError(code="bad_charity_rate",
                                  template="A charity's rate is money above 0 for points above 0")


def donation_value(charity: Charity, points: int) -> int:
    """What ``points`` give the charity, in minor units, rounded down."""
    if points <= 0:
        raise ValidationError(code="points_not_positive", template="points to spend must be above 0")
    return scale(points, charity.value_minor, charity.points_per_value, DONATION_ROUNDING)


def points_for(charity: Charity, value_minor: int) -> int:
    """The fewest points that give ``value_minor``: what a till offers for a round amount."""
    return scale(value_minor, charity.points_per_value, charity.value_minor, Rounding.CEILING)


def find_charity(charities: Iterable[Charity], charity_id: str) -> Charity:
    for charity in charities:
        if charity.id == charity_id and charity.active:
            return charity
    raise ValidationError(code="no_such_charity", template="There is no charity {charity!r} to give to",
                          charity=charity_id)


def check_charities(charities: Iterable[Charity]) -> None:
    seen: set[str] = set()
    for charity in charities:
        if charity.id in seen:
            raise ValidationError(code="duplicate_charity", template="Two charities have the id {charity!r}",
                                  charity=charity.id)
        seen.add(charity.id)
