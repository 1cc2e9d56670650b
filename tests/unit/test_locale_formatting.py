"""The pure formatter (receipts, CLI) writes exactly what QLocale writes on screen."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.money import Money
from loyalty_pos.gui.widgets import locale_text
from loyalty_pos.i18n import formatting
from loyalty_pos.i18n.languages import UI_LANGUAGES, ui_language

CURRENCIES = ("NOK", "IDR", "TWD", "USD", "KWD")
languages = st.sampled_from([language.tag for language in UI_LANGUAGES])
# Within what the store's 64-bit columns hold.
minor_units = st.integers(min_value=-(2**62), max_value=2**62)


@settings(max_examples=400, deadline=None)
@given(languages, minor_units, st.sampled_from(CURRENCIES))
def test_money_matches_qlocale(language: str, minor: int, currency: str) -> None:
    locale = QLocale(ui_language(language).locale)
    money = Money(minor, currency)
    assert formatting.format_money(money, language) == locale_text.money_text(money, locale)


@settings(max_examples=200, deadline=None)
@given(languages, st.integers(min_value=-(2**50), max_value=2**50))
def test_amounts_match_qlocale_floating_point_formatting(language: str, minor: int) -> None:
    # Below 2**50 cents a double is exact, so Qt's own decimal formatting is the reference
    # for the marks and grouping, independent of how locale_text assembles its text.
    locale = QLocale(ui_language(language).locale)
    assert formatting.format_decimal(minor, 2, language) == locale.toString(minor / 100, "f", 2)


@settings(max_examples=300, deadline=None)
@given(languages, st.integers(min_value=-(2**63), max_value=2**63 - 1))
def test_points_match_qlocale(language: str, points: int) -> None:
    locale = QLocale(ui_language(language).locale)
    assert formatting.format_points(points, language) == locale.toString(points)


@settings(max_examples=300, deadline=None)
@given(languages, st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 31)))
def test_dates_and_times_match_qlocale(language: str, moment: datetime) -> None:
    locale = QLocale(ui_language(language).locale)
    moment = moment.replace(microsecond=0)
    assert formatting.format_date(moment.date(), language) == locale_text.date_text(moment.date(), locale)
    assert formatting.format_datetime(moment, language) == locale_text.datetime_text(moment, locale)


@pytest.mark.parametrize("language", [language.tag for language in UI_LANGUAGES])
def test_the_marks_are_qlocales(language: str) -> None:
    locale = QLocale(ui_language(language).locale)
    marks = formatting.marks(language)
    assert (marks.decimal, marks.group, marks.minus) == (
        locale.decimalPoint(), locale.groupSeparator(), locale.negativeSign())
    assert (marks.date, marks.time) == (locale.dateFormat(QLocale.FormatType.ShortFormat),
                                        locale.timeFormat(QLocale.FormatType.ShortFormat))
    assert (marks.am, marks.pm) == (locale.amText(), locale.pmText())


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "NOK 1,234.50"), ("id", "NOK 1.234,50"), ("zh-Hant", "NOK 1,234.50"), ("nb", "NOK 1\u00a0234,50"),
])
def test_norwegian_writes_a_decimal_comma_and_groups_with_a_no_break_space(language: str, expected: str) -> None:
    assert formatting.format_money(Money(123450, "NOK"), language) == expected


@pytest.mark.parametrize("currency", ["IDR", "TWD"])
def test_rupiah_and_taiwan_dollars_show_no_minor_unit(currency: str) -> None:
    assert formatting.format_money(Money(15000, currency), "id") == f"{currency} 15.000"
    assert formatting.format_money(Money(15000, currency), "zh-Hant") == f"{currency} 15,000"


def test_dates_follow_the_locale() -> None:
    moment = datetime(2026, 3, 4, 14, 5)
    assert [formatting.format_datetime(moment, language.tag) for language in UI_LANGUAGES] == [
        "04/03/2026 14:05", "04/03/26 14.05", "2026/3/4 下午2:05", "04.03.2026 14:05"]
    assert formatting.format_date(date(2026, 12, 31), "nb") == "31.12.2026"


@pytest.mark.parametrize(("language", "typed", "minor"), [
    ("nb", "12,50", 1250), ("nb", "1 234,50", 123450), ("nb", "1.234,5", 123450), ("nb", "\u22122,00", -200),
    ("en", "1,000", 100000), ("en", "12.50", 1250), ("id", "12,5", 1250),
    ("zh-Hant", "1,234.56", 123456), ("nb", "12", 1200), ("nb", "12,", 1200),
])
def test_typed_money_follows_the_locale(language: str, typed: str, minor: int) -> None:
    assert formatting.parse_money(typed, "NOK", language).minor == minor


@pytest.mark.parametrize(("language", "typed"), [
    ("nb", "12,505"), ("nb", "1,000"), ("nb", "1,2,3"), ("en", "12,50"), ("nb", ","), ("nb", ""), ("nb", "1 2,00x"),
    ("nb", "12.5"), ("en", "1,00,000"), ("nb", "١٢"), ("en", "9" * 19),
])
def test_typed_money_refuses_what_is_not_an_amount_in_the_locale(language: str, typed: str) -> None:
    with pytest.raises(ValidationError):
        formatting.parse_money(typed, "NOK", language)


@settings(max_examples=200, deadline=None)
@given(languages, st.integers(min_value=-(10**15), max_value=10**15))
def test_what_is_written_reads_back(language: str, minor: int) -> None:
    money = Money(minor, "NOK")
    assert formatting.parse_money(formatting.format_amount(money, language), "NOK", language) == money


@settings(max_examples=200, deadline=None)
@given(minor_units, st.sampled_from(CURRENCIES))
def test_english_money_is_what_money_format_always_wrote(minor: int, currency: str) -> None:
    # Receipts and screens of an English till read as before the languages came.
    money = Money(minor, currency)
    assert formatting.format_money(money, "en") == money.format()
