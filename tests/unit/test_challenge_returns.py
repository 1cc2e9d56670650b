"""A return of the sale that completed a challenge: when the period falls short, the bonus goes back."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.challenge_returns import completion_undone, points_to_take_back
from loyalty_pos.domain.challenges import Challenge, ChallengeKind
from loyalty_pos.domain.counting import Period, Purchase

COFFEES = Challenge("coffee5", "Coffee challenge", ChallengeKind.COUNT, 5, Period.MONTH,
                    categories=frozenset({"coffee"}), bonus_points=40)
WEEKS = Challenge("weeks3", "Three weeks in a row", ChallengeKind.STREAK, 3, Period.WEEK, bonus_points=30)
NOV = date(2026, 11, 1)


def _coffee(day: date, quantity: int, category: str = "coffee") -> Purchase:
    return Purchase(day, "COF", category, quantity)


def test_a_count_falls_short_only_when_the_return_takes_it_below_the_target() -> None:
    history = [_coffee(date(2026, 11, 3), 2), _coffee(date(2026, 11, 20), 4)]  # 6 in November
    assert not completion_undone(COFFEES, NOV, history, [_coffee(date(2026, 12, 2), 1)])  # 5 kept
    assert completion_undone(COFFEES, NOV, history, [_coffee(date(2026, 12, 2), 2)])  # 4 kept
    assert not completion_undone(COFFEES, NOV, history, [_coffee(date(2026, 12, 2), 4, "bakery")])  # out of scope
    # October's and December's coffees are not November's.
    assert completion_undone(COFFEES, NOV, [*history, _coffee(date(2026, 10, 30), 9), _coffee(date(2026, 12, 1), 9)],
                             [_coffee(date(2026, 12, 2), 2)])


def test_a_streak_falls_short_when_its_week_has_no_visit_left() -> None:
    week = date(2026, 11, 16)
    history = [Purchase(date(2026, 11, 18), "BUN", "bakery", 1)]
    assert completion_undone(WEEKS, week, history, [Purchase(date(2026, 11, 19), "BUN", "bakery", 1)])
    assert not completion_undone(WEEKS, week, [*history, Purchase(date(2026, 11, 20), "TEA", "tea", 1)],
                                 [Purchase(date(2026, 11, 19), "BUN", "bakery", 1)])


@given(bought=st.lists(st.integers(1, 6), min_size=1, max_size=6), back=st.integers(0, 36))
def test_a_completion_is_undone_exactly_when_fewer_than_the_target_are_kept(bought: list[int], back: int) -> None:
    history = [_coffee(date(2026, 11, 1 + i), q) for i, q in enumerate(bought)]
    back = min(back, sum(bought))
    undone = completion_undone(COFFEES, NOV, history, [_coffee(date(2026, 11, 28), back)] if back else [])
    assert undone == (sum(bought) - back < COFFEES.target)


@given(bonus=st.integers(1, 1000), balance=st.integers(-100, 2000), debt=st.booleans())
def test_taking_back_never_takes_more_than_the_bonus_nor_below_zero_without_debt(
        bonus: int, balance: int, debt: bool) -> None:
    taken = points_to_take_back(bonus, balance, allow_debt=debt)
    assert 0 <= taken <= bonus
    assert debt and taken == bonus or not debt and (taken == bonus or balance - taken == 0 or balance <= 0)
