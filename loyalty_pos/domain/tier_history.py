"""The tier a member held at a past instant, folded from their tier changes.

The member row keeps only the current tier; every change since is audited with
when it happened and from which tier to which. A sale made in the past (imported
from another register) earns at the tier held then, not at one reached since.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class TierStep:
    """One audited tier change."""

    at: datetime
    from_code: str
    to_code: str


def tier_at(steps: Sequence[TierStep], at: datetime, *, current: str) -> str:
    """The tier held at ``at``: the last change made before it.

    Before a member's first change (including before they enrolled: a sale dated
    earlier is credited to them as they started) they held the tier that change
    moved them from. With no change at all they always held ``current``. A change
    at exactly ``at`` is not yet made: the sale that upgrades a member is audited at
    its own instant and was priced at the tier before it. Steps are taken in time
    order whatever order they come in; equal instants keep their given order.
    """
    ordered = sorted(steps, key=lambda step: step.at)
    if not ordered:
        return current
    held = ordered[0].from_code
    for step in ordered:
        if step.at >= at:
            break
        held = step.to_code
    return held
