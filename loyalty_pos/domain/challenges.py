"""Challenges: "buy 5 coffees in a month" and "visit 3 weeks in a row".

A count challenge counts units of its products or categories bought in one calendar
period and completes once per period. A streak challenge counts periods in a row with
a visit and completes each time the run reaches a multiple of its target (3, 6, 9
weeks...), so a member who keeps coming keeps earning. A completion is known by the
period it happened in: that names its ledger entry (derived_ids.challenge_completion_id),
so two tills pricing the same completion pay it once.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from loyalty_pos.domain.counting import (
    Period,
    Progress,
    Purchase,
    Scope,
    lookback_start,
    period_start,
    previous_start,
    progress,
    run_length,
    units,
    visited_periods,
)
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.local_names import MAX_LOCAL_NAME, names_problem

MAX_TARGET = 1_000
# A streak is read this many periods back at most: a run longer than that is counted from there.
STREAK_LOOKBACK = 104


class ChallengeKind(enum.StrEnum):
    COUNT = "count"  # units bought in one period
    STREAK = "streak"  # periods in a row with a visit


@dataclass(frozen=True, slots=True)
class Challenge:
    id: str
    name: str
    kind: ChallengeKind
    target: int  # units (COUNT) or periods in a row (STREAK)
    period: Period = Period.MONTH
    products: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    bonus_points: int = 0  # paid through the ledger on completion
    active: bool = True
    # Language tag -> the name in it, as Campaign.names; left out of the program document when empty.
    names: dict[str, str] = field(default_factory=dict, hash=False, metadata={"omit_empty": True})

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValidationError(code="bad_challenge", template="A challenge needs a name")
        if not 1 <= self.target <= MAX_TARGET:
            raise ValidationError(code="bad_challenge", template="Challenge {name!r} needs a target from 1 to "
                                  "{limit}", name=self.name, limit=MAX_TARGET)
        if self.bonus_points <= 0:
            raise ValidationError(code="bad_challenge", template="Challenge {name!r} needs bonus points above 0",
                                  name=self.name)
        if self.kind is ChallengeKind.STREAK and self.period not in (Period.WEEK, Period.MONTH):
            raise ValidationError(code="bad_challenge", template="A streak counts weeks or months in a row")
        if (problem := names_problem(self.names, MAX_LOCAL_NAME)) is not None:
            raise ValidationError(code="bad_challenge", template="Challenge {name!r} needs names in other languages "
                                  "with {problem}", name=self.name, problem=problem)

    @property
    def scope(self) -> Scope:
        return Scope(self.products, self.categories)

    def reads_from(self, today: date) -> date:
        """The first day of history this challenge needs."""
        if self.kind is ChallengeKind.COUNT:
            return period_start(today, self.period)
        return lookback_start(today, self.period, STREAK_LOOKBACK)


@dataclass(frozen=True, slots=True)
class ChallengeStatus:
    challenge: Challenge
    progress: Progress  # with this sale: units this period, or the run toward the next multiple
    completed: bool  # this sale completes it
    period: date  # the start of the period it stands in: a completion's key


def history_start(challenges: Sequence[Challenge], today: date) -> date | None:
    """How far back the member's purchases must be read; None when no challenge runs."""
    starts = [c.reads_from(today) for c in challenges if c.active]
    return min(starts) if starts else None


def statuses(challenges: Sequence[Challenge], history: Sequence[Purchase], basket: Sequence[Purchase],
             today: date) -> tuple[ChallengeStatus, ...]:
    """Each active challenge with ``basket`` (the sale being rung up, dated today) added
    to ``history`` (the member's earlier purchases); an empty basket shows where they stand."""
    return tuple(_status(c, history, basket, today) for c in challenges if c.active)


def _status(challenge: Challenge, history: Sequence[Purchase], basket: Sequence[Purchase],
            today: date) -> ChallengeStatus:
    start = period_start(today, challenge.period)
    if challenge.kind is ChallengeKind.COUNT:
        before = units(history, challenge.scope, start)
        after = before + units(basket, challenge.scope)
        done = before < challenge.target <= after
        return ChallengeStatus(challenge, progress(min(after, challenge.target), challenge.target), done, start)
    seen = visited_periods(history, challenge.scope, challenge.period)
    before = _run(seen, start, challenge.period)
    seen |= visited_periods(basket, challenge.scope, challenge.period)
    after = _run(seen, start, challenge.period)
    done = after > before and after % challenge.target == 0
    # A run standing on a multiple shows the challenge done, not 0 of the next round.
    shown = after % challenge.target or (challenge.target if after else 0)
    return ChallengeStatus(challenge, progress(shown, challenge.target), done, start)


def _run(seen: set[date], this_period: date, period: Period) -> int:
    # A run not yet extended this period is still alive: it ends with the previous one.
    if this_period in seen:
        return run_length(seen, this_period, period)
    return run_length(seen, previous_start(this_period, period), period)
