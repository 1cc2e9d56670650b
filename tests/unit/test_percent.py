"""Percentages typed by a manager, read as exact basis points."""

from __future__ import annotations

import pytest

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.percent import format_percent_bp, parse_percent_bp


@pytest.mark.parametrize(("text", "value"), [
    ("25", 2500), ("12.5", 1250), ("12,5 %", 1250), ("0", 0), ("100", 10_000), (" 8.75% ", 875),
])
def test_percentages_are_read_exactly(text: str, value: int) -> None:
    assert parse_percent_bp(text) == value
    assert parse_percent_bp(format_percent_bp(value)) == value


@pytest.mark.parametrize("text", ["", "abc", "-5", "100.01", "12.345", "1e2"])
def test_a_percentage_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_percent_bp(text)
