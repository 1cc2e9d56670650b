"""One counting mechanism: qualifying purchases per member per window, and progress
toward a target.

Challenges ("buy 5 coffees in a month", "visit 3 weeks in a row") and the stamp card
("buy 9, the 10th free") count the same way: units of a scope of products bought in a
window, held against a target. Pure: the service reads the member's purchases, the
shop's local date is passed in.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from loyalty_pos.domain.money import Rounding, divide


class Period(enum.StrEnum):
    WEEK = "week"  # Monday to Sunday: a shop's week as ISO 8601 counts it
    MONTH = "month"
    YEAR = "year"
    EVER = "ever"


@dataclass(frozen=True, slots=True)
class Purchase:
    """One line a member bought, on the shop's local date."""

    day: date
    product_code: str
    category: str
    quantity: int


@dataclass(frozen=True, slots=True)
class Scope:
    """Which purchases count: these products or categories; neither named, every one."""

    products: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()

    def matches(self, product_code: str, category: str) -> bool:
        if not self.products and not self.categories:
            return True
        return product_code in self.products or category in self.categories


@dataclass(frozen=True, slots=True)
class Progress:
    count: int
    target: int

    @property
    def needed(self) -> int:
        return max(0, self.target - self.count)

    @property
    def percent(self) -> int:
        # Floored: "100 %" only once the target is really reached.
        return min(100, divide(max(0, self.count) * 100, self.target, Rounding.FLOOR))

    @property
    def reached(self) -> bool:
        return self.count >= self.target


def progress(count: int, target: int) -> Progress:
    if target <= 0:
        raise ValueError("a target is at least 1")
    return Progress(count, target)


def period_start(day: date, period: Period) -> date:
    if period is Period.WEEK:
        return day - timedelta(days=day.weekday())
    if period is Period.MONTH:
        return day.replace(day=1)
    if period is Period.YEAR:
        return day.replace(month=1, day=1)
    return date.min


def previous_start(start: date, period: Period) -> date:
    """The start of the period before the one starting on ``start``."""
    if period is Period.WEEK:
        return start - timedelta(days=7)
    return period_start(start - timedelta(days=1), period)


def units(purchases: Iterable[Purchase], scope: Scope, since: date = date.min) -> int:
    """Units of ``scope`` bought on or after ``since``; a returned line's negative quantity
    takes its units back."""
    return sum(p.quantity for p in purchases if p.day >= since and scope.matches(p.product_code, p.category))


def visited_periods(purchases: Iterable[Purchase], scope: Scope, period: Period) -> set[date]:
    """The starts of the periods with at least one purchase in scope."""
    return {period_start(p.day, period) for p in purchases
            if p.quantity > 0 and scope.matches(p.product_code, p.category)}


def run_length(visited: set[date], ending: date, period: Period) -> int:
    """Periods in a row with a visit, ending with the one starting on ``ending``."""
    length, start = 0, ending
    while start in visited:
        length += 1
        start = previous_start(start, period)
    return length


def lookback_start(today: date, period: Period, periods: int) -> date:
    """The first day a count over the last ``periods`` periods (this one included) reads."""
    start = period_start(today, period)
    for _ in range(max(0, periods - 1)):
        start = previous_start(start, period)
    return start


def categories_tried(purchases: Sequence[Purchase]) -> frozenset[str]:
    return frozenset(p.category for p in purchases if p.quantity > 0)
