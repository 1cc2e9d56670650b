"""Badges: marks a member earns once for what they did (first purchase, 10 visits,
5 categories tried), counted from their purchases like challenges are.

A badge is held once it is awarded (the store keeps who holds which); a sale that
brings a member to a badge's threshold awards it, named on the receipt. A badge added
later is awarded at a qualifying member's next sale.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from loyalty_pos.domain.counting import Purchase, categories_tried
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.local_names import MAX_LOCAL_NAME, names_problem

MAX_THRESHOLD = 10_000


class BadgeKind(enum.StrEnum):
    VISITS = "visits"  # sales made (1 = the first purchase)
    CATEGORIES = "categories"  # different categories bought


@dataclass(frozen=True, slots=True)
class Badge:
    id: str
    name: str  # "Explorer"
    kind: BadgeKind
    threshold: int
    active: bool = True
    # Language tag -> the name in it, as Campaign.names; left out of the program document when empty.
    names: dict[str, str] = field(default_factory=dict, hash=False, metadata={"omit_empty": True})

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValidationError(code="bad_badge", template="A badge needs a name")
        if not 1 <= self.threshold <= MAX_THRESHOLD:
            raise ValidationError(code="bad_badge", template="Badge {name!r} needs a threshold from 1 to {limit}",
                                  name=self.name, limit=MAX_THRESHOLD)
        if (problem := names_problem(self.names, MAX_LOCAL_NAME)) is not None:
            raise ValidationError(code="bad_badge", template="Badge {name!r} needs names in other languages with "
                                  "{problem}", name=self.name, problem=problem)


@dataclass(frozen=True, slots=True)
class Footprint:
    """What badges are counted on: a member's visits and the categories they bought."""

    visits: int = 0
    categories: frozenset[str] = frozenset()

    def with_sale(self, basket: Sequence[Purchase]) -> Footprint:
        bought = categories_tried(basket)
        if not bought:
            return self  # a sale of nothing (all returned, all free) is no visit
        return Footprint(self.visits + 1, self.categories | bought)

    def measure(self, kind: BadgeKind) -> int:
        return self.visits if kind is BadgeKind.VISITS else len(self.categories)


def qualifies(badge: Badge, footprint: Footprint) -> bool:
    return badge.active and footprint.measure(badge.kind) >= badge.threshold


def new_badges(badges: Sequence[Badge], held: Collection[str], footprint: Footprint) -> tuple[Badge, ...]:
    """The badges ``footprint`` earns that the member does not hold yet, in program order."""
    return tuple(b for b in badges if b.id not in held and qualifies(b, footprint))
