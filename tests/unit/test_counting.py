"""The one counting mechanism: challenges, streaks, badges, the stamp card's progress,
and paid membership dates, with plain values."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.demo.shop import demo_program
from loyalty_pos.domain.badges import Badge, BadgeKind, Footprint, new_badges
from loyalty_pos.domain.challenges import Challenge, ChallengeKind, history_start, statuses
from loyalty_pos.domain.counting import Period, Purchase, Scope, period_start, progress, run_length, units
from loyalty_pos.domain.derived_ids import challenge_completion_id
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.paid_membership import PaidTier, add_months, holds, paid_until, tier_after_paid
from loyalty_pos.domain.pricing import reward_progress
from loyalty_pos.domain.program_diff import program_changes
from loyalty_pos.domain.starter_programs import StampItem, Starter, starter_shop

COFFEES = Challenge("coffee", "Coffee challenge", ChallengeKind.COUNT, 5, Period.MONTH,
                    categories=frozenset({"coffee"}), bonus_points=50)
WEEKS = Challenge("weeks", "Three weeks in a row", ChallengeKind.STREAK, 3, Period.WEEK, bonus_points=30)
TODAY = date(2026, 12, 9)  # a Wednesday


def coffee(day: date, quantity: int = 1) -> Purchase:
    return Purchase(day, "COF", "coffee", quantity)


def bun(day: date) -> Purchase:
    return Purchase(day, "BUN", "bakery", 1)


def test_a_count_challenge_completes_on_the_sale_that_reaches_its_target_and_once_a_month() -> None:
    history = [coffee(date(2026, 12, 1), 2), coffee(date(2026, 12, 3)), coffee(date(2026, 11, 30), 9), bun(TODAY)]
    [status] = statuses([COFFEES], history, [], TODAY)
    assert (status.progress.count, status.progress.target, status.completed) == (3, 5, False)  # November's 9 do not count
    [status] = statuses([COFFEES], history, [coffee(TODAY, 2)], TODAY)
    assert (status.progress.count, status.completed, status.period) == (5, True, date(2026, 12, 1))
    [status] = statuses([COFFEES], [*history, coffee(TODAY, 2)], [coffee(TODAY)], TODAY)
    assert (status.progress.count, status.completed) == (5, False)  # done this month already


def test_a_streak_counts_weeks_in_a_row_and_completes_on_each_multiple() -> None:
    two_weeks = [bun(TODAY - timedelta(days=7)), bun(TODAY - timedelta(days=14))]
    [status] = statuses([WEEKS], two_weeks, [], TODAY)
    assert (status.progress.count, status.completed) == (2, False)  # alive: this week may still come
    [status] = statuses([WEEKS], two_weeks, [bun(TODAY)], TODAY)
    assert (status.progress.count, status.completed) == (3, True)
    [status] = statuses([WEEKS], [*two_weeks, bun(TODAY)], [bun(TODAY)], TODAY)
    assert (status.progress.count, status.completed) == (3, False)  # a second visit this week is no new week
    gap = [bun(TODAY - timedelta(days=14)), bun(TODAY - timedelta(days=21))]
    [status] = statuses([WEEKS], gap, [bun(TODAY)], TODAY)
    assert (status.progress.count, status.completed) == (1, False)  # last week missed: the run starts again
    six = [bun(TODAY - timedelta(days=7 * n)) for n in range(1, 6)]
    [status] = statuses([WEEKS], six, [bun(TODAY)], TODAY)
    assert (status.progress.count, status.completed) == (3, True)  # the sixth week pays again


def test_a_returned_line_takes_its_units_back() -> None:
    history = [coffee(TODAY, 4), coffee(TODAY, -2)]
    assert units(history, COFFEES.scope, period_start(TODAY, Period.MONTH)) == 2


def test_completion_ids_are_the_same_on_every_till_and_differ_per_period() -> None:
    first = challenge_completion_id("m1", "coffee", "2026-12-01")
    assert first == challenge_completion_id("m1", "coffee", "2026-12-01")
    assert first != challenge_completion_id("m1", "coffee", "2027-01-01")
    assert first != challenge_completion_id("m2", "coffee", "2026-12-01")


def test_history_is_read_only_as_far_back_as_a_running_challenge_needs() -> None:
    assert history_start([COFFEES], TODAY) == date(2026, 12, 1)
    assert history_start([WEEKS], TODAY) == period_start(TODAY, Period.WEEK) - timedelta(weeks=103)
    assert history_start([], TODAY) is None


@pytest.mark.parametrize("bad", [
    {"target": 0}, {"bonus_points": 0}, {"name": " "}, {"kind": ChallengeKind.STREAK, "period": Period.EVER},
])
def test_a_challenge_refuses_what_could_never_complete(bad: dict) -> None:
    fields = {"id": "c", "name": "C", "kind": ChallengeKind.COUNT, "target": 3, "bonus_points": 10, **bad}
    with pytest.raises(ValidationError):
        Challenge(**fields)


days = st.dates(min_value=date(2025, 1, 1), max_value=TODAY)
purchases = st.lists(st.builds(Purchase, days, st.sampled_from(["COF", "BUN"]), st.sampled_from(["coffee", "bakery"]),
                               st.integers(1, 4)), max_size=30)


@given(purchases, st.lists(st.builds(Purchase, st.just(TODAY), st.sampled_from(["COF", "BUN"]),
                                     st.sampled_from(["coffee", "bakery"]), st.integers(1, 4)), max_size=4))
def test_progress_never_passes_the_target_and_a_completion_is_paid_once(history: list[Purchase],
                                                                       basket: list[Purchase]) -> None:
    for status in statuses([COFFEES, WEEKS], history, basket, TODAY):
        assert 0 <= status.progress.count <= status.progress.target
        # Whatever was bought before, ringing the same basket up after it was paid never completes again.
        again = statuses([status.challenge], [*history, *basket], basket, TODAY)[0]
        assert not (status.completed and again.completed)


@given(st.sets(st.integers(0, 30)))
def test_a_run_is_the_unbroken_weeks_ending_with_the_one_asked(offsets: set[int]) -> None:
    monday = period_start(TODAY, Period.WEEK)
    visited = {monday - timedelta(weeks=n) for n in offsets}
    length = run_length(visited, monday, Period.WEEK)
    assert all(n in offsets for n in range(length)) and length not in offsets


def test_badges_come_once_each_when_the_footprint_reaches_them() -> None:
    first = Badge("first", "First purchase", BadgeKind.VISITS, 1)
    explorer = Badge("explorer", "Explorer", BadgeKind.CATEGORIES, 2)
    before = Footprint()
    after = before.with_sale([coffee(TODAY)])
    assert new_badges([first, explorer], (), after) == (first,)
    later = after.with_sale([bun(TODAY), coffee(TODAY)])
    assert later == Footprint(2, frozenset({"coffee", "bakery"}))
    assert new_badges([first, explorer], {"first"}, later) == (explorer,)
    assert new_badges([first, explorer], {"first", "explorer"}, later) == ()
    assert before.with_sale([coffee(TODAY, -1)]) == before  # a return is no visit


@given(st.integers(0, 10_000), st.integers(1, 10_000))
def test_progress_percent_is_floored_and_reaches_100_only_at_the_target(count: int, target: int) -> None:
    counted = progress(count, target)
    assert (counted.percent == 100) == counted.reached
    assert counted.needed == max(0, target - count)


def test_the_stamp_card_counts_its_stamps_with_the_same_progress() -> None:
    shop = starter_shop(Starter.STAMPS, currency="NOK", prices_include_tax=True,
                        stamp_item=StampItem("Coffee", 35_00))
    aim = reward_progress(shop.program, "member", 7, datetime(2026, 12, 9, tzinfo=UTC))
    assert aim is not None
    counted = progress(7, 9)
    assert (aim.points_needed, aim.percent) == (counted.needed, counted.percent) == (2, 77)


def test_a_paid_year_ends_on_the_same_date_and_a_renewal_adds_to_it() -> None:
    assert paid_until(date(2026, 12, 6), 12) == date(2027, 12, 6)
    assert paid_until(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert paid_until(date(2027, 11, 1), 12, current_until=date(2027, 12, 6)) == date(2028, 12, 6)
    assert paid_until(date(2028, 1, 1), 12, current_until=date(2027, 12, 6)) == date(2029, 1, 1)  # lapsed
    assert holds(date(2027, 12, 6), date(2027, 12, 5)) and not holds(date(2027, 12, 6), date(2027, 12, 6))
    assert not holds(None, TODAY)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    with pytest.raises(ValidationError):
        PaidTier("gold", "Gold", "gold", 0)


def test_publishing_names_each_challenge_badge_and_paid_membership_change() -> None:
    published = demo_program(datetime(2026, 11, 23, tzinfo=UTC))
    coffee = published.challenges[0]
    draft = replace(published, challenges=(replace(coffee, target=6),), badges=published.badges[:1],
                    paid_tiers=(replace(published.paid_tiers[0], fee_minor=599_00),))
    texts = [str(change) for change in program_changes(published, draft)]
    assert "Campaigns: Challenge Coffee challenge target: 5 → 6" in texts
    assert "Campaigns: Challenge Three weeks in a row removed" in texts
    assert "Campaigns: Badge Regular removed" in texts
    assert any(text.startswith("Tiers: Paid membership Gold membership fee minor") for text in texts)


@given(st.permutations(["bronze", "silver", "gold"]), st.sampled_from(["bronze", "silver", "gold", "gone"]),
       st.sampled_from(["bronze", "silver", "gold", "gone"]))
def test_a_paid_year_known_from_another_till_never_moves_a_member_down(ranks: list[str], current: str,
                                                                       paid: str) -> None:
    after = tier_after_paid(ranks, current, paid)
    rank = {code: index for index, code in enumerate(ranks)}
    assert after in (current, paid)
    assert rank.get(after, 0) == max(rank.get(current, 0), rank.get(paid, 0))
    assert tier_after_paid(ranks, after, paid) == after  # pulled twice: nothing more changes
