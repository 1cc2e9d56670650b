"""Whole numbers as people type them on a command line ("1000", "1_000", "1,000"),
as argparse types: the commands and the bench read their counts the same way."""

from __future__ import annotations

import argparse


def _whole(text: str) -> int:
    try:
        return int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def positive(text: str) -> int:
    value = _whole(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be above 0")
    return value


def non_zero(text: str) -> int:
    """A whole number that may be negative; zero is refused (it would change nothing)."""
    value = _whole(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must not be 0")
    return value


def non_negative(text: str) -> int:
    value = _whole(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value
