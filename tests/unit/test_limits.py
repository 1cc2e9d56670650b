"""The bounds on quantities, points, amounts and search text, with plain values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.limits import (
    MAX_BALANCE,
    MAX_POINTS_PER_ENTRY,
    MAX_QUANTITY,
    check_amount,
    check_balance,
    check_points_entry,
    check_quantity,
    check_search_text,
)


@given(st.one_of(st.integers(), st.floats(allow_nan=True), st.booleans(), st.text(max_size=3), st.none()))
def test_a_quantity_is_a_whole_number_in_range_or_refused(value: object) -> None:
    whole = isinstance(value, int) and not isinstance(value, bool)
    if whole and 1 <= value <= MAX_QUANTITY:  # type: ignore[operator]
        assert check_quantity(value) == value
    else:
        with pytest.raises(ValidationError) as refused:
            check_quantity(value)
        assert refused.value.code == "bad_quantity"


@given(st.integers(min_value=-(2**70), max_value=2**70))
def test_points_per_entry_and_balances_are_bounded_both_ways(points: int) -> None:
    if points == 0 or abs(points) > MAX_POINTS_PER_ENTRY:
        with pytest.raises(ValidationError):
            check_points_entry(points)
    else:
        assert check_points_entry(points) == points
    if abs(points) > MAX_BALANCE:
        with pytest.raises(ValidationError):
            check_balance(points)
    else:
        assert check_balance(points) == points


def test_an_amount_is_whole_and_not_negative() -> None:
    assert check_amount(0, what="x", maximum=10) == 0
    for bad in (-1, 11, 1.5, True):
        with pytest.raises(ValidationError):
            check_amount(bad, what="x", maximum=10)


@given(st.text(max_size=20))
def test_search_text_with_a_control_character_is_refused(text: str) -> None:
    spacing = set("\t\n\r")
    controls = [c for c in text if (ord(c) < 32 or 0x7F <= ord(c) < 0xA0) and c not in spacing]
    if controls:
        with pytest.raises(ValidationError):
            check_search_text(text)
    else:
        assert check_search_text(text) == text
