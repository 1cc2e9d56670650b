"""Whether returning part of a sale undoes a challenge that sale completed.

A completion's bonus stands on the purchases that reached the target; a return of the
completing sale that leaves the period short of it takes the bonus back through the
ledger, as a return takes back the points the sale earned. A streak stands on the
period having a visit in scope: a return that leaves none there undoes it. A completion
is still paid once per period (its derived id): one taken back is not paid again by a
rebuy in the same period, so buying, returning and buying again earns nothing twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from loyalty_pos.domain.challenges import Challenge, ChallengeKind
from loyalty_pos.domain.counting import Purchase, period_start, units

def completion_undone(challenge: Challenge, period: date, history: Sequence[Purchase],
                      returning: Sequence[Purchase]) -> bool:
    """Whether ``returning`` (lines going back now, of the sale that completed ``challenge``
    in the period starting ``period``) leaves that period short. ``history``: the member's
    purchases and earlier returns as stored, this return not among them."""
    in_period = [p for p in history if period_start(p.day, challenge.period) == period]
    left = units(in_period, challenge.scope) - units(returning, challenge.scope)
    if challenge.kind is ChallengeKind.COUNT:
        return left < challenge.target
    return left <= 0


def points_to_take_back(bonus: int, balance: int, *, allow_debt: bool) -> int:
    """What of a completion's ``bonus`` a return takes: all of it, or under a policy that
    keeps balances at zero, no more than the member has."""
    return bonus if allow_debt else max(0, min(bonus, balance))
