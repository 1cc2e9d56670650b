"""Numbers, money, points and dates as the till's locales write them, without Qt.

The CLI, receipts and card sheets print through these; the GUI asks QLocale itself
(``gui/widgets/locale_text.py``). Each locale's marks and Qt's short date and time
patterns are copied from Qt's CLDR data, and tests/unit/test_locale_formatting.py
compares the two outputs over many values, so a Qt upgrade that changes a locale fails a
test instead of making the receipt disagree with the screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.money import MAX_AMOUNT_DIGITS, Money, currency_exponent
from loyalty_pos.i18n.languages import ui_language


@dataclass(frozen=True, slots=True)
class LocaleMarks:
    decimal: str
    group: str
    minus: str
    date: str  # QLocale.dateFormat(QLocale.ShortFormat)
    time: str  # QLocale.timeFormat(QLocale.ShortFormat)
    am: str
    pm: str


LOCALES: dict[str, LocaleMarks] = {
    "en_GB": LocaleMarks(".", ",", "-", "dd/MM/yyyy", "HH:mm", "am", "pm"),
    "id_ID": LocaleMarks(",", ".", "-", "dd/MM/yy", "HH.mm", "AM", "PM"),
    "zh_TW": LocaleMarks(".", ",", "-", "yyyy/M/d", "Aph:mm", "上午", "下午"),
    # Norwegian groups with a no-break space and writes minus as U+2212, as CLDR does.
    "nb_NO": LocaleMarks(",", "\u00a0", "\u2212", "dd.MM.yyyy", "HH:mm", "a.m.", "p.m."),
}
# What a person may type between digit groups besides the locale's own mark: a plain
# space for the no-break space nobody can type, and the narrow one some keyboards give.
_TYPED_SPACES = (" ", "\u00a0", "\u202f")
_TOKEN = re.compile(r"yyyy|yy|MM|M|dd|d|HH|H|hh|h|mm|m|ss|s|AP|Ap|ap|A|a|'[^']*'|.")


def marks(language: str) -> LocaleMarks:
    """The marks of a language's locale; ``language`` is a stored tag or a file code."""
    return LOCALES[ui_language(language).locale]


def format_integer(value: int, language: str) -> str:
    """``1 234 567`` in nb (no-break spaces), ``1.234.567`` in id, ``1,234,567`` otherwise."""
    locale = marks(language)
    digits = f"{abs(value):,}".replace(",", locale.group)
    return f"{locale.minus}{digits}" if value < 0 else digits


def format_decimal(minor: int, exponent: int, language: str) -> str:
    """``minor`` units of ``10**-exponent`` with exactly ``exponent`` decimals."""
    locale = marks(language)
    if exponent == 0:
        return format_integer(minor, language)
    units, fraction = divmod(abs(minor), 10**exponent)
    body = f"{format_integer(units, language)}{locale.decimal}{fraction:0{exponent}d}"
    return f"{locale.minus}{body}" if minor < 0 else body


def format_amount(money: Money, language: str) -> str:
    """The amount alone, in the currency's minor unit: ``12,50`` (NOK in nb), ``15.000`` (IDR in id)."""
    return format_decimal(money.minor, currency_exponent(money.currency), language)


def format_money(money: Money, language: str) -> str:
    """``NOK 1 234,50``; IDR and TWD show no minor unit: ``IDR 15.000``, ``TWD 1,200``.

    A minus goes before the code (``-NOK 0,50``), as ``Money.format`` has always written it."""
    body = f"{money.currency} {format_decimal(abs(money.minor), currency_exponent(money.currency), language)}"
    return f"{marks(language).minus}{body}" if money.minor < 0 else body


def format_points(points: int, language: str) -> str:
    return format_integer(points, language)


def format_date(day: date, language: str) -> str:
    return _pattern(marks(language).date, day, None, marks(language))


def format_time(moment: time, language: str) -> str:
    return _pattern(marks(language).time, None, moment, marks(language))


def format_datetime(moment: datetime, language: str) -> str:
    """Qt's short date and time format: the date, a space, the time (no seconds)."""
    return f"{format_date(moment.date(), language)} {format_time(moment.time(), language)}"


def _pattern(pattern: str, day: date | None, moment: time | None, locale: LocaleMarks) -> str:
    out = []
    for token in _TOKEN.findall(pattern):
        out.append(_field(token, day, moment, locale))
    return "".join(out)


def _field(token: str, day: date | None, moment: time | None, locale: LocaleMarks) -> str:
    if day is not None and token in ("yyyy", "yy", "MM", "M", "dd", "d"):
        return {"yyyy": f"{day.year:04d}", "yy": f"{day.year % 100:02d}", "MM": f"{day.month:02d}",
                "M": str(day.month), "dd": f"{day.day:02d}", "d": str(day.day)}[token]
    if moment is not None and token in ("HH", "H", "hh", "h", "mm", "m", "ss", "s"):
        twelve = moment.hour % 12 or 12
        return {"HH": f"{moment.hour:02d}", "H": str(moment.hour), "hh": f"{twelve:02d}", "h": str(twelve),
                "mm": f"{moment.minute:02d}", "m": str(moment.minute), "ss": f"{moment.second:02d}",
                "s": str(moment.second)}[token]
    if moment is not None and token in ("AP", "Ap", "ap", "A", "a"):
        text = locale.am if moment.hour < 12 else locale.pm
        return text.upper() if token in ("AP", "A") else text.lower() if token in ("ap", "a") else text
    if token.startswith("'") and len(token) > 1:
        return token[1:-1] or "'"
    return token


def parse_money(text: str, currency: str, language: str) -> Money:
    """An amount a cashier typed, read with the locale's decimal mark: ``12,50`` in nb and id
    is twelve and a half, ``12.50`` in en and zh_TW; the other mark (and spaces) may group
    thousands in threes. A minus may be ``-`` or the locale's own."""
    locale = marks(language)
    exponent = currency_exponent(currency)
    cleaned = text.strip()
    for space in _TYPED_SPACES:
        cleaned = cleaned.replace(space, "")
    cleaned = cleaned.replace(locale.minus, "-")
    if not cleaned:
        raise ValidationError(code="amount_empty", template="Amount is empty")
    negative = cleaned.startswith("-")
    if negative:
        cleaned = cleaned[1:]
    other = "." if locale.decimal == "," else ","
    whole, decimal, fraction = cleaned.partition(locale.decimal)
    if decimal and locale.decimal in fraction:
        raise ValidationError(code="not_an_amount", template="{text!r} is not an amount", text=text)
    head, *groups = whole.split(other)
    if groups and (not head or len(head) > 3 or any(len(group) != 3 for group in groups)):
        raise ValidationError(code="misplaced_groups", template="{text!r} has misplaced thousands separators",
                              text=text)
    whole = (head + "".join(groups)) or "0"
    # isdecimal, not isdigit: "²" is a digit to Python but not a number int() reads.
    if not (whole.isascii() and whole.isdecimal()) or (fraction and not (fraction.isascii() and fraction.isdecimal())):
        raise ValidationError(code="not_an_amount", template="{text!r} is not an amount", text=text)
    if not head and not fraction:  # "," or "-" alone
        raise ValidationError(code="not_an_amount", template="{text!r} is not an amount", text=text)
    if len(whole.lstrip("0")) + exponent > MAX_AMOUNT_DIGITS:
        raise ValidationError(code="amount_too_large", template="{text!r} is too large to be an amount", text=text[:30])
    if len(fraction) > exponent:
        raise ValidationError(code="too_many_decimals",
                              template="{currency} has {exponent} decimals; {text!r} has {decimals}",
                              currency=currency, exponent=exponent, text=text, decimals=len(fraction))
    minor = int(whole) * 10**exponent + (int(fraction.ljust(exponent, "0")) if exponent else 0)
    return Money(-minor if negative else minor, currency)
