"""Paid membership: a yearly fee that puts a member in a tier until a date.

The till sells it like an amount-only sale: the money is taken on the shop's own
register, the loyalty till records who paid for which tier until when. While it holds,
the yearly tier review leaves the member's tier alone; once it lapses the member is
reviewed like anyone else.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.local_names import MAX_LOCAL_NAME, names_problem

MAX_MONTHS = 60


@dataclass(frozen=True, slots=True)
class PaidTier:
    id: str
    name: str  # "Gold membership"
    tier_code: str
    fee_minor: int
    months: int = 12
    active: bool = True
    # Language tag -> the name in it, as Campaign.names; left out of the program document when empty.
    names: dict[str, str] = field(default_factory=dict, hash=False, metadata={"omit_empty": True})

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValidationError(code="bad_paid_tier", template="A paid membership needs a name")
        if self.fee_minor <= 0:
            raise ValidationError(code="bad_paid_tier", template="Paid membership {name!r} needs a fee above 0",
                                  name=self.name)
        if not 1 <= self.months <= MAX_MONTHS:
            raise ValidationError(code="bad_paid_tier", template="Paid membership {name!r} lasts 1 to {limit} "
                                  "months", name=self.name, limit=MAX_MONTHS)
        if (problem := names_problem(self.names, MAX_LOCAL_NAME)) is not None:
            raise ValidationError(code="bad_paid_tier", template="Paid membership {name!r} needs names in other "
                                  "languages with {problem}", name=self.name, problem=problem)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; a day the month lacks (31st, Feb 29) is its last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def paid_until(sold_on: date, months: int, current_until: date | None = None) -> date:
    """Until when a membership bought on ``sold_on`` holds; a renewal before the old one
    lapses adds its months to the old end, so paying early loses no days."""
    start = current_until if current_until is not None and current_until > sold_on else sold_on
    return add_months(start, months)


def holds(until: date | None, today: date) -> bool:
    """A year bought on 2026-12-06 is "until 2027-12-06": it ends as that day begins, so
    the same date a year on is the renewal day, not a free extra day."""
    return until is not None and today < until


def tier_after_paid(ranks: Sequence[str], current: str, paid_tier: str) -> str:
    """The tier a member is in once a paid membership for ``paid_tier`` is known: never
    down, so a year paid for a lower tier than the one earned leaves the earned one."""
    rank = {code: index for index, code in enumerate(ranks)}
    return paid_tier if rank.get(paid_tier, 0) > rank.get(current, 0) else current
