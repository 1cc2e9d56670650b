"""Birthdays as cashiers type them: 12.03.1985, 3/12/85, 1985-03-12, 12031985.

The day/month order follows the till's locale; ISO dates are always year first.
Pure parsing (no widgets), so every accepted spelling is tested directly.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QLocale

from loyalty_pos.domain.errors import ValidationError

_SEPARATED = re.compile(r"(\d{1,4})[./ -](\d{1,2})[./ -](\d{1,4})")


def parse_birthday(text: str, *, day_first: bool, today: date) -> date | None:
    """A typed birthday, or None when the field is empty.

    Accepts ``1985-03-12`` (ISO, always year first), ``12.03.1985``, ``12/3/85`` and
    ``12031985`` in the shop locale's day/month order. Two-digit years are the most
    recent past year ending so (a birthday is never in the future).
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    if cleaned.isdecimal() and len(cleaned) in (6, 8):  # isdigit would let "²" through to int()
        parts = [cleaned[:2], cleaned[2:4], cleaned[4:]]
    else:
        match = _SEPARATED.fullmatch(cleaned)
        if match is None:
            raise ValidationError(code="bad_birthday", detail="not a date")
        parts = list(match.groups())
    if len(parts[0]) == 4:  # year first: only ISO order makes sense
        year_text, month_text, day_text = parts
    elif day_first:
        day_text, month_text, year_text = parts
    else:
        month_text, day_text, year_text = parts
    if len(year_text) not in (2, 4) or len(day_text) > 2 or len(month_text) > 2:
        raise ValidationError(code="bad_birthday", detail="not a date")
    year = int(year_text)
    two_digits = len(year_text) == 2
    if two_digits:
        year += 2000 if 2000 + year <= today.year else 1900
    try:
        born = date(year, int(month_text), int(day_text))
        if two_digits and born > today:  # later this year: that was a century ago
            born = born.replace(year=born.year - 100)
    except ValueError:
        raise ValidationError(code="bad_birthday", detail="no such day") from None
    if born > today:
        raise ValidationError(code="bad_birthday", detail="in the future")
    if born.year < 1900:
        raise ValidationError(code="bad_birthday", detail="too long ago")
    return born


def locale_is_day_first(locale: QLocale) -> bool:
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return short.find("d") < short.find("M")


def date_example(*, day_first: bool) -> str:
    """What to show in the empty field: 12 March 1985 in the order the field expects."""
    return "12.03.1985" if day_first else "03/12/1985"
