"""Setup's defaults from the computer's locale and time zone; the shop profile's checks."""

from __future__ import annotations

import zoneinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.errors import FieldsInvalid
from loyalty_pos.domain.money import CURRENCY_EXPONENTS
from loyalty_pos.domain.regions import COUNTRIES, LANGUAGES, Region, guess_region
from loyalty_pos.domain.shop_profile import ShopProfile
from loyalty_pos.domain.usernames import clean_username, suggest_username

ZONES = frozenset(zoneinfo.available_timezones())


@pytest.mark.parametrize(("locale_tag", "zone", "expected"), [
    ("nb_NO.UTF-8", "Europe/Oslo", Region("NO", "NOK", "Europe/Oslo", "nb")),
    ("id_ID.UTF-8", "Asia/Makassar", Region("ID", "IDR", "Asia/Makassar", "id")),
    ("zh_TW.UTF-8", None, Region("TW", "TWD", "Asia/Taipei", "zh-Hant")),
    ("zh-Hant", "Asia/Taipei", Region("TW", "TWD", "Asia/Taipei", "zh-Hant")),
    # A Taipei shop's computer left on en_US: the clock tells the country, the locale the language.
    ("en_US.UTF-8", "Asia/Taipei", Region("TW", "TWD", "Asia/Taipei", "en")),
    ("en_GB", "UTC", Region("GB", "GBP", "UTC", "en")),
    ("C.UTF-8", "Europe/Berlin", Region("DE", "EUR", "Europe/Berlin", "en")),
    ("no_NO", "Nowhere/Invented", Region("NO", "NOK", "Europe/Oslo", "nb")),
    (None, None, Region("US", "USD", "America/New_York", "en")),
    ("zh_CN.UTF-8", "Asia/Shanghai", Region("US", "USD", "Asia/Shanghai", "en")),  # no CNY: offered, not guessed
])
def test_defaults_from_the_computer(locale_tag: str | None, zone: str | None, expected: Region) -> None:
    assert guess_region(locale_tag, zone, ZONES) == expected


@given(st.one_of(st.none(), st.text(max_size=20)), st.one_of(st.none(), st.sampled_from(sorted(ZONES)),
                                                               st.text(max_size=20)))
def test_whatever_the_computer_says_the_defaults_can_be_saved(locale_tag: str | None, zone: str | None) -> None:
    region = guess_region(locale_tag, zone, ZONES)
    profile = ShopProfile("A shop", (), region.country, region.currency, region.timezone, region.language, True)
    assert profile.problems(ZONES) == {}


def test_every_country_is_consistent() -> None:
    tags = {language.tag for language in LANGUAGES}
    for country in COUNTRIES:
        assert country.currency in CURRENCY_EXPONENTS
        assert set(country.zones) <= ZONES, country
        assert country.language in tags


def test_the_profile_names_each_field_that_needs_fixing() -> None:
    profile = ShopProfile(" ", ("a" * 81,), "XX", "ABC", "Mars/Base", "fr", False, "lpt:1")
    assert set(profile.problems(ZONES)) == {"name", "address", "country", "currency", "timezone", "language",
                                            "receipt_printer"}
    with pytest.raises(FieldsInvalid):
        profile.cleaned(ZONES)


def test_a_cleaned_profile() -> None:
    profile = ShopProfile("  Kopi   Kita ", ("Jl. Sudirman 1 ", "", " Jakarta"), "id", "IDR", "Asia/Jakarta", "id",
                          True, " escpos-network:10.0.0.9 ")
    cleaned = profile.cleaned(ZONES)
    assert (cleaned.name, cleaned.address, cleaned.country, cleaned.receipt_printer) == (
        "Kopi Kita", ("Jl. Sudirman 1", "Jakarta"), "ID", "escpos-network:10.0.0.9")


@pytest.mark.parametrize(("name", "suggested"), [
    ("Siti Rahayu", "siti"), ("Ørjan Ås", "orjan"), ("Ægir", "aegir"), ("José", "jose"), ("陳美玲", "manager"),
    ("", "manager"), ("Mary-Jane Watson", "maryjane"), (".", "manager"), ("_._", "manager"),
])
def test_a_user_name_from_a_name(name: str, suggested: str) -> None:
    assert suggest_username(name) == suggested
    assert clean_username(suggested) == suggested


@given(st.text(max_size=40))
def test_a_suggested_user_name_is_always_a_valid_one(name: str) -> None:
    assert clean_username(suggest_username(name)) == suggest_username(name)
