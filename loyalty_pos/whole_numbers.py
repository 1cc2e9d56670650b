"""Whole numbers as people type them on a command line ("1000", "1_000", "1,000"),
as argparse types: the commands and the bench read their counts the same way.

A refusal is worded by a ``words(code, **values)`` function: ``read_with(words)`` gives the
types that say it in a language (the CLI passes ``cli.say.line``: the catalogue's
``cli.usage.*`` in the computer's language). This module imports nothing of ours, as the
bench reads its counts with it too; ``positive``/``non_zero``/``non_negative`` say it in
English (``ENGLISH``, the catalogue's English of the same codes).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

ENGLISH: dict[str, str] = {
    "cli.usage.not_whole_number": "{text} is not a whole number",
    "cli.usage.not_above_zero": "must be above 0",
    "cli.usage.zero": "must not be 0",
    "cli.usage.negative": "must not be negative",
}


def english(code: str, /, **values: Any) -> str:
    return ENGLISH[code].format(**values)


@dataclass(frozen=True)
class WholeNumbers:
    """The three argparse types, refusing in ``words``' language."""

    words: Callable[..., str]

    def _whole(self, text: str) -> int:
        try:
            return int(text.replace("_", "").replace(",", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(self.words("cli.usage.not_whole_number", text=repr(text))) from None

    def positive(self, text: str) -> int:
        value = self._whole(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(self.words("cli.usage.not_above_zero"))
        return value

    def non_zero(self, text: str) -> int:
        """A whole number that may be negative; zero is refused (it would change nothing)."""
        value = self._whole(text)
        if value == 0:
            raise argparse.ArgumentTypeError(self.words("cli.usage.zero"))
        return value

    def non_negative(self, text: str) -> int:
        value = self._whole(text)
        if value < 0:
            raise argparse.ArgumentTypeError(self.words("cli.usage.negative"))
        return value


def read_with(words: Callable[..., str]) -> WholeNumbers:
    return WholeNumbers(words)


_IN_ENGLISH = WholeNumbers(english)
positive = _IN_ENGLISH.positive
non_zero = _IN_ENGLISH.non_zero
non_negative = _IN_ENGLISH.non_negative
