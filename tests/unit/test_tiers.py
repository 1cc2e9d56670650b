"""Tiers: qualification, progress, immediate upgrades and yearly, graceful downgrades."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.program import Tier, TierBasis, TierPolicy
from loyalty_pos.domain.tiers import (
    Qualifying,
    TierChange,
    downgrade_checkpoint,
    qualifying_metric,
    qualifying_tier,
    review,
    tier_multiplier,
    tier_progress,
    window_start,
)

BASIC = Tier("basic", "Basic", 0)
SILVER = Tier("silver", "Silver", 5_000_00, 125)
GOLD = Tier("gold", "Gold", 15_000_00, 150)
# Spend in NOK minor units over 12 months; downgrades reviewed Jan 1, effective 30 days later (Jan 31).
POLICY = TierPolicy((BASIC, SILVER, GOLD), window_months=12, review_month=1, review_day=1, grace_days=30)


def at(year: int, month: int, day: int, hour: int = 0) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def test_window_start_is_window_months_back() -> None:
    assert window_start(POLICY, at(2024, 6, 15, 10)) == at(2023, 6, 15, 10)
    # Feb 29 minus 12 months lands on Feb 28.
    assert window_start(POLICY, at(2024, 2, 29)) == at(2023, 2, 28)
    six = TierPolicy((BASIC,), window_months=6)
    assert window_start(six, at(2024, 8, 31)) == at(2024, 2, 29)


@pytest.mark.parametrize(
    ("metric", "tier"),
    [(-100, BASIC), (0, BASIC), (4_999_99, BASIC), (5_000_00, SILVER), (14_999_99, SILVER),
     (15_000_00, GOLD), (10**12, GOLD)],
)
def test_qualifying_tier_is_highest_threshold_reached(metric: int, tier: Tier) -> None:
    assert qualifying_tier(POLICY, metric) == tier


def test_tier_multiplier() -> None:
    assert tier_multiplier(POLICY, "gold") == 150
    assert tier_multiplier(POLICY, "basic") == 100
    assert tier_multiplier(POLICY, "gone") == 100


def test_progress_halfway_to_silver() -> None:
    progress = tier_progress(POLICY, "basic", 2_500_00)
    assert progress.current == BASIC and progress.next == SILVER
    assert progress.needed == 2_500_00
    assert progress.percent == 50


def test_progress_percent_is_floored() -> None:
    # Silver 5,000 -> Gold 15,000: metric 8,333.33 is 33.33 % of the way -> 33.
    assert tier_progress(POLICY, "silver", 8_333_33).percent == 33
    # One øre short of Gold is still 99 %, never 100 %.
    progress = tier_progress(POLICY, "silver", 14_999_99)
    assert progress.percent == 99 and progress.needed == 1


def test_progress_at_top_tier() -> None:
    progress = tier_progress(POLICY, "gold", 20_000_00)
    assert progress.current == GOLD
    assert progress.next is None
    assert progress.needed == 0
    assert progress.percent == 100
    assert progress.metric == 20_000_00


def test_progress_clamps_when_metric_is_outside_the_band() -> None:
    # Not yet upgraded (metric already past silver): nothing more needed, 100 %.
    ahead = tier_progress(POLICY, "basic", 6_000_00)
    assert (ahead.next, ahead.needed, ahead.percent) == (SILVER, 0, 100)
    # Gold kept through grace although the metric fell: 0 %, needs the full distance.
    behind = tier_progress(POLICY, "silver", 1_000_00)
    assert (behind.next, behind.needed, behind.percent) == (GOLD, 14_000_00, 0)


def test_progress_for_an_unknown_tier_starts_at_entry() -> None:
    progress = tier_progress(POLICY, "retired-tier", 1_000_00)
    assert progress.current == BASIC and progress.next == SILVER and progress.percent == 20


@pytest.mark.parametrize(
    ("now", "checkpoint"),
    [
        (at(2024, 3, 10), at(2024, 1, 31)),
        (at(2024, 12, 31, 23), at(2024, 1, 31)),
        (at(2024, 1, 31), at(2024, 1, 31)),  # exactly on the checkpoint
        (at(2024, 1, 30, 23), at(2023, 1, 31)),  # still in grace: last year's checkpoint
        (at(2024, 1, 1), at(2023, 1, 31)),
    ],
)
def test_downgrade_checkpoint(now: datetime, checkpoint: datetime) -> None:
    assert downgrade_checkpoint(POLICY, now) == checkpoint


def test_downgrade_checkpoint_clamps_review_day_and_handles_long_grace() -> None:
    end_of_feb = TierPolicy((BASIC,), review_month=2, review_day=31, grace_days=0)
    assert downgrade_checkpoint(end_of_feb, at(2024, 3, 1)) == at(2024, 2, 29)
    assert downgrade_checkpoint(end_of_feb, at(2023, 3, 1)) == at(2023, 2, 28)
    # Review Jul 1 + 400 days of grace: 2022-07-01 + 400 d = 2023-08-05.
    slow = TierPolicy((BASIC,), review_month=7, review_day=1, grace_days=400)
    assert downgrade_checkpoint(slow, at(2024, 6, 1)) == at(2023, 8, 5)


def test_bad_review_date_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        downgrade_checkpoint(TierPolicy((BASIC,), review_month=13), at(2024, 1, 1))
    assert refused.value.code == "bad_review_date"


def test_upgrade_happens_at_once() -> None:
    now = at(2024, 6, 15, 14)
    change = review(POLICY, tier_code="basic", metric=5_000_00, now=now, last_reviewed_at=now)
    assert change == TierChange("basic", "silver", "up", "qualified", now)


def test_upgrade_can_skip_a_tier() -> None:
    now = at(2024, 6, 15)
    change = review(POLICY, tier_code="basic", metric=20_000_00, now=now, last_reviewed_at=None)
    assert change is not None and (change.to_code, change.direction) == ("gold", "up")


def test_no_change_when_tier_matches_metric() -> None:
    assert review(POLICY, tier_code="silver", metric=7_000_00, now=at(2024, 6, 1), last_reviewed_at=None) is None


def test_no_downgrade_before_the_checkpoint() -> None:
    # Reviewed Feb 2024 (after the 2024 checkpoint); the metric fell in June: wait for Jan 31 2025.
    change = review(POLICY, tier_code="gold", metric=1_000_00, now=at(2024, 6, 1),
                    last_reviewed_at=at(2024, 2, 1))
    assert change is None
    # During the grace period after the Jan 1 2025 review: still no downgrade.
    change = review(POLICY, tier_code="gold", metric=1_000_00, now=at(2025, 1, 20),
                    last_reviewed_at=at(2024, 2, 1))
    assert change is None


def test_downgrade_after_grace() -> None:
    change = review(POLICY, tier_code="gold", metric=1_000_00, now=at(2025, 2, 3),
                    last_reviewed_at=at(2024, 2, 1))
    assert change == TierChange("gold", "basic", "down", "review_downgrade", at(2025, 1, 31))


def test_downgrade_only_to_the_qualifying_tier() -> None:
    change = review(POLICY, tier_code="gold", metric=6_000_00, now=at(2025, 2, 3),
                    last_reviewed_at=at(2024, 2, 1))
    assert change is not None and change.to_code == "silver"


def test_downgrade_happens_once_per_checkpoint() -> None:
    # Already reviewed after this year's checkpoint: nothing more until next year.
    change = review(POLICY, tier_code="gold", metric=1_000_00, now=at(2025, 3, 1),
                    last_reviewed_at=at(2025, 1, 31))
    assert change is None


def test_never_reviewed_member_is_downgraded_once_a_checkpoint_has_passed() -> None:
    change = review(POLICY, tier_code="silver", metric=0, now=at(2024, 2, 1), last_reviewed_at=None)
    assert change == TierChange("silver", "basic", "down", "review_downgrade", at(2024, 1, 31))


def test_unknown_tier_counts_as_entry() -> None:
    now = at(2024, 6, 1)
    assert review(POLICY, tier_code="legacy", metric=0, now=now, last_reviewed_at=None) is None
    change = review(POLICY, tier_code="legacy", metric=5_000_00, now=now, last_reviewed_at=None)
    assert change == TierChange("legacy", "silver", "up", "qualified", now)


def test_a_sale_qualifies_by_money_paid_or_by_its_purchase_points() -> None:
    assert qualifying_metric(TierBasis.SPEND, amount_paid_minor=15_000, purchase_points=12) == 15_000
    assert qualifying_metric(TierBasis.POINTS, amount_paid_minor=15_000, purchase_points=12) == 12
    returned = Qualifying(spend_minor=-5_000, points=-4)  # a return takes its share off either basis
    assert (returned.metric(TierBasis.SPEND), returned.metric(TierBasis.POINTS)) == (-5_000, -4)
