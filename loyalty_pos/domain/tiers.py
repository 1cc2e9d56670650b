"""Tier qualification, progress and the yearly up/downgrade review.

A member's tier follows a metric (rolling-window spend or points, computed by
the services over :func:`window_start`). Upgrades are generous and immediate:
the sale that crosses a threshold lifts the member at once. Downgrades are slow
on purpose: they are decided only at the yearly review and take effect after a
grace period, so a member is never demoted by one quiet month, and never below
the tier their metric still qualifies for.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timedelta

from loyalty_pos.domain.calendar import add_months
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.money import Rounding, divide
from loyalty_pos.domain.program import Tier, TierBasis, TierPolicy

UP = "up"
DOWN = "down"
QUALIFIED = "qualified"
REVIEW_DOWNGRADE = "review_downgrade"


def qualifying_metric(basis: TierBasis, *, amount_paid_minor: int, purchase_points: int) -> int:
    """What one sale adds to a tier metric of ``basis``: the one rule the till's progress,
    checkout's upgrade and the stored history all follow.

    Spend is what the customer paid in money (after store credit: a sale paid with
    points must not also buy tier status). Points are the purchase's own earning, the
    EARN entry; campaign bonuses and instant wins (BONUS entries) are gifts, and
    enrolment or birthday bonuses belong to no sale, so neither counts.
    """
    return amount_paid_minor if basis is TierBasis.SPEND else purchase_points


@dataclass(frozen=True, slots=True)
class Qualifying:
    """What a sale adds to either tier metric (for a return: minus its share). Both are kept
    with the sale, so a program that switches its basis still counts the past sales."""

    spend_minor: int
    points: int

    def metric(self, basis: TierBasis) -> int:
        return qualifying_metric(basis, amount_paid_minor=self.spend_minor, purchase_points=self.points)


NOTHING_QUALIFIES = Qualifying(0, 0)


def window_start(policy: TierPolicy, now: datetime) -> datetime:
    """Start of the rolling window the tier metric is measured over."""
    return add_months(now, -policy.window_months)


def qualifying_tier(policy: TierPolicy, metric: int) -> Tier:
    """The highest tier whose threshold the metric reaches (the entry tier at worst)."""
    reached = policy.tiers[0]
    for tier in policy.tiers:
        if tier.threshold <= metric:
            reached = tier
    return reached


def tier_multiplier(policy: TierPolicy, tier_code: str) -> int:
    """Earning multiplier (percent) of a tier; an unknown code earns like the entry tier."""
    return policy.by_code(tier_code).multiplier_pct


@dataclass(frozen=True, slots=True)
class TierProgress:
    current: Tier
    next: Tier | None  # None at the top tier
    metric: int
    needed: int  # how much more metric to reach ``next`` (0 at the top)
    percent: int  # 0..100, floored: progress from the current threshold to the next


def tier_progress(policy: TierPolicy, tier_code: str, metric: int) -> TierProgress:
    current = policy.by_code(tier_code)
    position = policy.tiers.index(current)
    if position + 1 >= len(policy.tiers):
        return TierProgress(current=current, next=None, metric=metric, needed=0, percent=100)
    upcoming = policy.tiers[position + 1]
    span = upcoming.threshold - current.threshold  # > 0: thresholds strictly rise
    # Floor so the bar never shows 100 % before the threshold is really reached.
    percent = divide((metric - current.threshold) * 100, span, Rounding.FLOOR)
    return TierProgress(
        current=current,
        next=upcoming,
        metric=metric,
        needed=max(0, upcoming.threshold - metric),
        percent=min(100, max(0, percent)),
    )


@dataclass(frozen=True, slots=True)
class TierChange:
    from_code: str
    to_code: str
    direction: str  # "up" or "down"
    reason: str  # stable code: "qualified" or "review_downgrade"
    effective_at: datetime


def _review_date(policy: TierPolicy, year: int, tzinfo: object) -> datetime:
    if not 1 <= policy.review_month <= 12 or policy.review_day < 1:
        raise ValidationError(
            code="bad_review_date",
            template="Tier review date {review_month}/{review_day} is not a date",
            review_month=policy.review_month, review_day=policy.review_day,
        )
    # A review on the 29th-31st falls on the month's last day in shorter months.
    day = min(policy.review_day, calendar.monthrange(year, policy.review_month)[1])
    return datetime(year, policy.review_month, day, tzinfo=tzinfo)  # type: ignore[arg-type]


def downgrade_checkpoint(policy: TierPolicy, now: datetime) -> datetime:
    """The latest moment (yearly review date + grace days) that is not after ``now``."""
    grace = timedelta(days=policy.grace_days)
    # Start a year ahead so a negative grace period cannot make us skip a checkpoint.
    year = now.year + 1
    while True:
        checkpoint = _review_date(policy, year, now.tzinfo) + grace
        if checkpoint <= now:
            return checkpoint
        year -= 1


def review(
    policy: TierPolicy,
    *,
    tier_code: str,
    metric: int,
    now: datetime,
    last_reviewed_at: datetime | None,
) -> TierChange | None:
    """The tier change due now, if any.

    Up: as soon as the metric qualifies for a higher tier. Down: only when a
    downgrade checkpoint has passed since the member was last reviewed, and only
    to the tier the metric still qualifies for. An unknown ``tier_code`` counts
    as the entry tier (it can go up, never down).
    """
    current_rank = policy.rank(tier_code)
    target = qualifying_tier(policy, metric)
    target_rank = policy.tiers.index(target)
    if target_rank > current_rank:
        return TierChange(tier_code, target.code, UP, QUALIFIED, now)
    if target_rank == current_rank:
        return None
    checkpoint = downgrade_checkpoint(policy, now)
    if last_reviewed_at is not None and last_reviewed_at >= checkpoint:
        return None
    # The demotion belongs to the checkpoint even when it is applied later
    # (the member was not seen at the till on the day).
    return TierChange(tier_code, target.code, DOWN, REVIEW_DOWNGRADE, checkpoint)
