"""The tier held at an instant, folded from tier changes: no database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.tier_history import TierStep, tier_at

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
UP = TierStep(T0 + timedelta(days=10), "bronze", "silver")
DOWN = TierStep(T0 + timedelta(days=20), "silver", "bronze")


def test_no_change_ever_means_the_current_tier_all_along() -> None:
    assert tier_at([], T0, current="gold") == "gold"


def test_before_the_first_change_the_tier_it_moved_from() -> None:
    assert tier_at([UP, DOWN], T0, current="bronze") == "bronze"
    assert tier_at([TierStep(T0, "silver", "gold")], T0 - timedelta(days=400), current="gold") == "silver"


def test_between_changes_the_last_one_made() -> None:
    assert tier_at([UP, DOWN], UP.at + timedelta(days=1), current="bronze") == "silver"
    assert tier_at([UP, DOWN], DOWN.at + timedelta(seconds=1), current="bronze") == "bronze"
    assert tier_at([UP, DOWN], DOWN.at, current="bronze") == "silver"


def test_a_change_at_the_very_instant_is_not_yet_made() -> None:
    # The sale that upgrades is audited at its own instant, priced at the tier before.
    assert tier_at([UP], UP.at, current="silver") == "bronze"
    assert tier_at([UP], UP.at + timedelta(microseconds=1), current="silver") == "silver"


def test_steps_given_out_of_order_are_taken_in_time_order() -> None:
    assert tier_at([DOWN, UP], UP.at + timedelta(days=1), current="bronze") == "silver"


_TIERS = st.sampled_from(["bronze", "silver", "gold"])


@given(st.lists(st.tuples(st.integers(0, 1000), _TIERS), min_size=1, max_size=8), _TIERS, st.integers(-10, 1010))
def test_the_fold_names_a_tier_the_history_held(moves: list[tuple[int, str]], start: str, day: int) -> None:
    steps, held = [], start
    for offset, target in sorted(moves):
        steps.append(TierStep(T0 + timedelta(days=offset), held, target))
        held = target
    found = tier_at(steps, T0 + timedelta(days=day), current=held)
    before = [step for step in steps if step.at < T0 + timedelta(days=day)]
    assert found == (before[-1].to_code if before else start)
    assert tier_at(steps, T0 + timedelta(days=2000), current=held) == held
