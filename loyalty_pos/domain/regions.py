"""Where a shop is: country, currency, time zone and language, and sensible defaults.

Setup offers the countries whose currency the money code knows (see
``money.CURRENCY_EXPONENTS``); the defaults come from the computer's locale and
time zone, which the caller reads and passes in as plain strings.
"""

from __future__ import annotations

from dataclasses import dataclass

from loyalty_pos.domain.money import CURRENCY_EXPONENTS


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str
    currency: str
    timezone: str  # the zone most of its shops keep
    language: str  # one of LANGUAGES
    other_zones: tuple[str, ...] = ()  # its other zones, so a computer's clock tells the country

    @property
    def zones(self) -> tuple[str, ...]:
        return (self.timezone, *self.other_zones)


@dataclass(frozen=True, slots=True)
class Language:
    tag: str  # BCP 47, stored in the shop's settings
    name: str  # as its speakers write it, so each finds their own


# The till speaks English only for now; the shop's choice is stored for the translations to come.
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("id", "Bahasa Indonesia"),
    Language("zh-Hant", "繁體中文 (Traditional Chinese)"),
    Language("nb", "Norsk bokmål"),
)
DEFAULT_LANGUAGE = "en"

COUNTRIES: tuple[Country, ...] = tuple(sorted((
    Country("AT", "Austria", "EUR", "Europe/Vienna", "en"),
    Country("AU", "Australia", "AUD", "Australia/Sydney", "en",
            ("Australia/Melbourne", "Australia/Brisbane", "Australia/Perth", "Australia/Adelaide",
             "Australia/Hobart", "Australia/Darwin")),
    Country("BE", "Belgium", "EUR", "Europe/Brussels", "en"),
    Country("BH", "Bahrain", "BHD", "Asia/Bahrain", "en"),
    Country("DE", "Germany", "EUR", "Europe/Berlin", "en"),
    Country("DK", "Denmark", "DKK", "Europe/Copenhagen", "en"),
    Country("ES", "Spain", "EUR", "Europe/Madrid", "en", ("Atlantic/Canary",)),
    Country("FI", "Finland", "EUR", "Europe/Helsinki", "en"),
    Country("FR", "France", "EUR", "Europe/Paris", "en"),
    Country("GB", "United Kingdom", "GBP", "Europe/London", "en"),
    Country("ID", "Indonesia", "IDR", "Asia/Jakarta", "id", ("Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura")),
    Country("IE", "Ireland", "EUR", "Europe/Dublin", "en"),
    Country("IT", "Italy", "EUR", "Europe/Rome", "en"),
    Country("JP", "Japan", "JPY", "Asia/Tokyo", "en"),
    Country("KR", "South Korea", "KRW", "Asia/Seoul", "en"),
    Country("KW", "Kuwait", "KWD", "Asia/Kuwait", "en"),
    Country("MY", "Malaysia", "MYR", "Asia/Kuala_Lumpur", "en", ("Asia/Kuching",)),
    Country("NL", "Netherlands", "EUR", "Europe/Amsterdam", "en"),
    Country("NO", "Norway", "NOK", "Europe/Oslo", "nb"),
    Country("PT", "Portugal", "EUR", "Europe/Lisbon", "en", ("Atlantic/Madeira", "Atlantic/Azores")),
    Country("SE", "Sweden", "SEK", "Europe/Stockholm", "en"),
    Country("SG", "Singapore", "SGD", "Asia/Singapore", "en"),
    Country("TW", "Taiwan", "TWD", "Asia/Taipei", "zh-Hant"),
    Country("US", "United States", "USD", "America/New_York", "en",
            ("America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
             "America/Anchorage", "Pacific/Honolulu", "America/Detroit", "America/Indiana/Indianapolis")),
), key=lambda country: country.name))
CURRENCIES: tuple[str, ...] = tuple(sorted(CURRENCY_EXPONENTS))
# When nothing about the computer says where it is: a currency with cents and UTC.
FALLBACK_COUNTRY = "US"

# Locale language parts that mean one of our languages (Norwegian of either written form reads Bokmål).
_LOCALE_LANGUAGES = {"en": "en", "id": "id", "in": "id", "nb": "nb", "no": "nb", "nn": "nb"}
_TRADITIONAL_CHINESE_REGIONS = frozenset({"TW", "HK", "MO"})


@dataclass(frozen=True, slots=True)
class Region:
    country: str
    currency: str
    timezone: str
    language: str


def country(code: str) -> Country | None:
    return next((c for c in COUNTRIES if c.code == code.upper()), None)


def language_name(tag: str) -> str | None:
    return next((language.name for language in LANGUAGES if language.tag == tag), None)


def guess_region(locale_tag: str | None, timezone: str | None, known_zones: frozenset[str]) -> Region:
    """Defaults for setup from the computer's locale ("nb_NO.UTF-8", "zh_TW", "en-US") and
    time zone name ("Asia/Jakarta"); either may be missing or unknown.

    The country is the one whose zone the clock keeps (many shops' computers keep an
    en_US locale wherever they are), else the locale's region; the time zone is the
    computer's when it is a real zone, else the country's.
    """
    language_part, region_part, script = _parse_locale(locale_tag or "")
    zone = timezone if timezone in known_zones else None
    found = next((c for c in COUNTRIES if zone in c.zones), None) if zone else None
    if found is None and region_part:
        found = country(region_part)
    if found is None:
        found = country(FALLBACK_COUNTRY)
    assert found is not None
    language = _language(language_part, region_part, script) or found.language
    return Region(found.code, found.currency, zone or found.timezone, language)


def _parse_locale(tag: str) -> tuple[str, str, str]:
    """("zh", "TW", "") from "zh_TW.UTF-8"; ("zh", "", "Hant") from "zh-Hant"."""
    base = tag.split(".")[0].split("@")[0].replace("-", "_")
    parts = [part for part in base.split("_") if part]
    if not parts or parts[0] in ("C", "POSIX"):
        return "", "", ""
    language = parts[0].lower()
    script = next((p.title() for p in parts[1:] if len(p) == 4 and p.isalpha()), "")
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    return language, region, script


def _language(language: str, region: str, script: str) -> str | None:
    if language == "zh":
        return "zh-Hant" if script == "Hant" or (not script and region in _TRADITIONAL_CHINESE_REGIONS) else None
    return _LOCALE_LANGUAGES.get(language)
