"""Points given to a charity: the rate, rounding down, which charity."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.charity import Charity, donation_value, find_charity, points_for
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.domain.program import Program

RED_CROSS = Charity("red-cross", "Red Cross", points_per_value=20, value_minor=100)


def test_the_issues_example_500_points_give_nok_25() -> None:
    assert donation_value(RED_CROSS, 500) == 2500


@given(st.integers(1, 10**9), st.integers(1, 10_000), st.integers(1, 10_000))
def test_a_donation_never_promises_more_than_the_points_are_worth(points: int, per: int, value: int) -> None:
    charity = Charity("c", "C", points_per_value=per, value_minor=value)
    given_minor = donation_value(charity, points)
    assert given_minor * per <= points * value < (given_minor + 1) * per
    assert donation_value(charity, points_for(charity, given_minor or 1)) >= (given_minor or 1)


def test_bad_rates_names_and_points_are_refused() -> None:
    for rate in ((0, 100), (20, 0), (-1, 5)):
        with pytest.raises(ValidationError):
            Charity("c", "C", *rate)
    with pytest.raises(ValidationError):
        Charity("c", " ")
    with pytest.raises(ValidationError):
        donation_value(RED_CROSS, 0)


def test_only_an_active_charity_of_the_program_is_found() -> None:
    retired = Charity("old", "Old", active=False)
    assert find_charity((RED_CROSS, retired), "red-cross") is RED_CROSS
    for missing in ("old", "nobody"):
        with pytest.raises(ValidationError):
            find_charity((RED_CROSS, retired), missing)


def test_a_program_refuses_two_charities_with_one_id() -> None:
    from loyalty_pos.domain.program import EarningRules, Tier, TierPolicy
    with pytest.raises(ValidationError):
        Program("NOK", EarningRules(), TierPolicy((Tier("base", "Base", 0),)), charities=(RED_CROSS, RED_CROSS))


def test_a_donation_entry_only_takes_points() -> None:
    from datetime import UTC, datetime
    at = datetime(2026, 1, 1, tzinfo=UTC)
    LedgerEntry("e", "m", EntryKind.DONATE, -500, at, "T1", "ann", reward_id="red-cross")
    with pytest.raises(ValidationError):
        LedgerEntry("e", "m", EntryKind.DONATE, 500, at, "T1", "ann", reward_id="red-cross")
