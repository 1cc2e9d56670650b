"""Numbers, money, points and dates on screen, written by QLocale's default locale.

The launch sets the default to the shop's locale (``i18n.languages``), so every screen
writes ``NOK 1 234,50`` or ``IDR 15.000`` alike; receipts and the CLI write the same
through ``i18n.formatting`` without Qt, and a test holds the two equal.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from loyalty_pos.domain.money import Money, currency_exponent
from loyalty_pos.i18n.languages import language_of_locale
from loyalty_pos.i18n.points_labels import Numbers


def shop_language() -> str:
    """The tag of the language whose locale the screens write numbers in."""
    return language_of_locale(QLocale().name()).tag


def amount_text(money: Money, locale: QLocale | None = None) -> str:
    """The amount without its currency code, for a field or column labelled with it."""
    locale = locale or QLocale()
    exponent = currency_exponent(money.currency)
    # Whole units through toString(int), never a float: exact for every amount the store holds.
    units, fraction = divmod(abs(money.minor), 10**exponent)
    text = locale.toString(units)
    if exponent:
        text += f"{locale.decimalPoint()}{fraction:0{exponent}d}"
    return f"{locale.negativeSign()}{text}" if money.minor < 0 else text


def money_text(money: Money, locale: QLocale | None = None) -> str:
    """``NOK 1 234,50``; a minus before the code (``-NOK 0,50``), as ``Money.format`` writes it."""
    locale = locale or QLocale()
    body = f"{money.currency} {amount_text(Money(abs(money.minor), money.currency), locale)}"
    return f"{locale.negativeSign()}{body}" if money.minor < 0 else body


def points_text(points: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(points)


def numbers(locale: QLocale | None = None) -> Numbers:
    """Numbers as this screen writes them, for texts the catalogue words (a points line's label)."""
    locale = locale or QLocale()
    return Numbers(lambda value: points_text(value, locale), lambda money: money_text(money, locale),
                   locale.decimalPoint())


def date_text(day: date, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def datetime_text(moment: datetime, locale: QLocale | None = None) -> str:
    qt_moment = QDateTime(QDate(moment.year, moment.month, moment.day),
                          QTime(moment.hour, moment.minute, moment.second))
    return (locale or QLocale()).toString(qt_moment, QLocale.FormatType.ShortFormat)
