"""Counts typed on a command line, read the same way by the commands and the bench."""

from __future__ import annotations

import argparse

import pytest

from loyalty_pos import whole_numbers


@pytest.mark.parametrize(("text", "value"), [("1000", 1000), ("1_000", 1000), ("1,000,000", 1_000_000)])
def test_grouped_spellings_read_as_one_number(text: str, value: int) -> None:
    assert whole_numbers.positive(text) == whole_numbers.non_negative(text) == whole_numbers.non_zero(text) == value


@pytest.mark.parametrize(("read", "text", "message"), [
    (whole_numbers.positive, "0", "must be above 0"),
    (whole_numbers.positive, "-3", "must be above 0"),
    (whole_numbers.non_zero, "0", "must not be 0"),
    (whole_numbers.non_negative, "-1", "must not be negative"),
    (whole_numbers.positive, "1.5", "'1.5' is not a whole number"),
    (whole_numbers.non_zero, "ten", "'ten' is not a whole number"),
])
def test_what_each_refuses_says_why(read, text: str, message: str) -> None:  # noqa: ANN001
    with pytest.raises(argparse.ArgumentTypeError, match=message):
        read(text)
    assert whole_numbers.non_negative("0") == 0 and whole_numbers.non_zero("-5") == -5
