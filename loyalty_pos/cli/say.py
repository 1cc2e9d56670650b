"""The lines the CLI prints for a person, in the computer's language.

Words come from the catalogue (``i18n.catalogue``, codes ``cli.*``); whole numbers, dates and
money given as values are written as that language's locale writes them (``i18n.formatting``,
the pure-Python twin of QLocale's output), so a Norwegian terminal reads "1 234" and
"23.11.2026" where an English one reads "1,234" and "23/11/2026".
tests/unit/test_cli_catalogue.py fails on a ``print`` in ``loyalty_pos/cli`` with words of its own.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from typing import IO, Any

from loyalty_pos.domain.money import Money
from loyalty_pos.domain.regions import guess_region
from loyalty_pos.i18n.catalogue import text
from loyalty_pos.i18n.formatting import format_date, format_datetime, format_integer, format_money
from loyalty_pos.system_region import system_locale


def cli_language() -> str:
    """The language the CLI speaks: the one the computer's locale names (a Norwegian
    manager's terminal says nb_NO.UTF-8), else English. Not the shop's: the refusal may be that
    there is no shop, or that its database will not open."""
    return guess_region(system_locale(), None, frozenset()).language if system_locale() else "en"


def _written(value: object, language: str) -> object:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return format_integer(value, language)
    if isinstance(value, datetime):
        return format_datetime(value, language)
    if isinstance(value, date):
        return format_date(value, language)
    if isinstance(value, Money):
        return format_money(value, language)
    return value


def line(code: str, /, **values: Any) -> str:
    """The text of ``code`` in the CLI's language, its numbers, dates and money written for it."""
    language = cli_language()
    return text(code, language, **{name: _written(value, language) for name, value in values.items()})


def signed(points: int) -> str:
    """A change of points with its sign ("+1,000", "-250") in the CLI's language."""
    return ("+" if points > 0 else "-" if points < 0 else "") + format_integer(abs(points), cli_language())


def say(code: str, /, *, file: IO[str] | None = None, **values: Any) -> None:
    print(line(code, **values), file=file if file is not None else sys.stdout)
