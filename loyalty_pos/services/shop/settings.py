"""Shop settings a manager changes: one validated, audited unit of work per save."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from pathlib import PurePath
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from loyalty_pos.domain.currency_change import check_currency_change
from loyalty_pos.domain.errors import Conflict, ValidationError
from loyalty_pos.domain.events import CurrencyChanged, SettingsChanged
from loyalty_pos.domain.receipt_output import parse_output
from loyalty_pos.domain.regions import LANGUAGES, country
from loyalty_pos.domain.shop_logo import logo_problem
from loyalty_pos.domain.till_mode import TillMode
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.shop.profile import (
    COUNTRY,
    LANGUAGE,
    PRICES_INCLUDE_TAX,
    SHOP_ADDRESS,
    SHOP_LOGO,
    TILL_MODE,
)
from loyalty_pos.services.shop.shop import (
    BACKUP_DIR,
    BACKUP_KEEP_DAYS,
    BACKUP_OFF_SITE,
    CARD_PAPER,
    ISSUER_PREFIX,
    RECEIPT_FOOTER,
    RECEIPT_HEADER,
    RECEIPT_PRINTER,
    RETURN_APPROVAL_MINOR,
    SCANNER_MAX_GAP_MS,
    SCANNER_MIN_LENGTH,
    SHOP_NAME,
    TIMEZONE,
)
from loyalty_pos.services.shop.sync_status import (
    OFFLINE_AFTER_MINUTES,
    OFFLINE_REDEEM_CAP,
    SYNC_EVERY_SECONDS,
)
from loyalty_pos.services.shop.text_variants import RECEIPT_FOOTER_VARIANTS, RECEIPT_HEADER_VARIANTS, check_variants
from loyalty_pos.services.shop.till_preferences import (
    AUTO_LOCK_MINUTES,
    CUSTOMER_DISPLAY,
    CUSTOMER_DISPLAY_SCREEN,
    DISPLAY_STATES,
    DISPLAY_THEME,
    DISPLAY_THEMES,
    MAX_AUTO_LOCK_MINUTES,
    TILL_LANGUAGE,
    TEXT_SIZE_PCT,
    TEXT_SIZES_PCT,
)

# Text printed on every receipt: a few short lines (the printer wraps what is longer).
MAX_TEXT_LINES = 4
MAX_TEXT_LINE = 64
# Inclusive ranges a number setting must fall in, with what it is called in a refusal.
_RANGES: dict[str, tuple[int, int, str]] = {
    SCANNER_MAX_GAP_MS: (5, 500, "The scanner's key gap is 5 to 500 ms"),
    SCANNER_MIN_LENGTH: (3, 64, "The shortest scan is 3 to 64 characters"),
    BACKUP_KEEP_DAYS: (1, 3650, "Backups are kept 1 to 3650 days"),
    AUTO_LOCK_MINUTES: (0, MAX_AUTO_LOCK_MINUTES,
                        f"The till locks after 1 to {MAX_AUTO_LOCK_MINUTES} minutes idle, or 0 for never"),
    OFFLINE_AFTER_MINUTES: (1, 10_080, "The till counts as offline after 1 to 10080 minutes without a sync"),
    SYNC_EVERY_SECONDS: (5, 3600, "The till syncs every 5 to 3600 seconds"),
}
# Not a row of the settings table: the program's (every version's) and the products'
# currency, edited with the settings until the first sale (``domain.currency_change``).
CURRENCY = "currency"
# Settings a sale's records depend on: fixed once the shop has sold anything.
_FIXED_BY_SALES = {COUNTRY: "The country cannot change once the shop has made a sale",
                   CURRENCY: "The currency cannot change once the shop has made a sale"}


def _lines(key: str, value: str, what: str) -> str:
    # ``what`` is the whole refusal's template, so the catalogue keys each field's wording.
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    if len(lines) > MAX_TEXT_LINES or any(len(line) > MAX_TEXT_LINE for line in lines):
        raise ValidationError(code=f"bad_{key}", template=what, lines=MAX_TEXT_LINES, characters=MAX_TEXT_LINE)
    return "\n".join(lines)


def _validate(key: str, value: str) -> str:
    value = value.strip()
    if key == SHOP_NAME and not value:
        raise ValidationError(code="shop_name_required", template="The shop needs a name")
    if key == TIMEZONE:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(code="bad_timezone", template="{value!r} is not a time zone", value=value) from None
    if key == RETURN_APPROVAL_MINOR and not value.isdigit():
        raise ValidationError(code="bad_threshold", template="The approval threshold is an amount in minor units")
    if key == ISSUER_PREFIX and not (value.isdigit() and 1 <= len(value) <= 6):
        raise ValidationError(code="bad_prefix", template="A card prefix is 1 to 6 digits")
    if key == RECEIPT_PRINTER:
        parse_output(value)  # refused now, not at the first sale that needs a receipt
    if key == SHOP_ADDRESS:
        return _lines(key, value, "The address: at most {lines} lines of {characters} characters")
    if key == RECEIPT_HEADER:
        return _lines(key, value, "The receipt header: at most {lines} lines of {characters} characters")
    if key == RECEIPT_FOOTER:
        return _lines(key, value, "The receipt footer: at most {lines} lines of {characters} characters")
    if key == RECEIPT_HEADER_VARIANTS:
        return check_variants(value, lambda text: _lines(
            RECEIPT_HEADER, text, "A translated receipt header: at most {lines} lines of {characters} characters"))
    if key == RECEIPT_FOOTER_VARIANTS:
        return check_variants(value, lambda text: _lines(
            RECEIPT_FOOTER, text, "A translated receipt footer: at most {lines} lines of {characters} characters"))
    if key == COUNTRY:
        value = value.upper()
        if country(value) is None:
            raise ValidationError(code="bad_country", template="{value!r} is not a country the till knows", value=value)
    if key == CURRENCY:
        value = value.upper()
    if key == LANGUAGE and value not in {language.tag for language in LANGUAGES}:
        raise ValidationError(code="bad_language", template="{value!r} is not a language the till knows", value=value)
    if key == TILL_LANGUAGE and value and value not in {language.tag for language in LANGUAGES}:
        raise ValidationError(code="bad_till_language", template="{value!r} is not a language the till knows",
                              value=value)
    if key == PRICES_INCLUDE_TAX and value not in ("yes", "no"):
        raise ValidationError(code="bad_tax_mode", template="Prices either include tax (yes) or not (no)")
    if key == CARD_PAPER and value not in ("A4", "Letter"):
        raise ValidationError(code="bad_paper", template="Cards print on A4 or Letter")
    if key == TILL_MODE and value not in {mode.value for mode in TillMode}:
        raise ValidationError(code="bad_till_mode", template="The till either rings up baskets or records amounts")
    if key == CUSTOMER_DISPLAY and value not in DISPLAY_STATES:
        raise ValidationError(code="bad_customer_display", template="The customer display is either on or off")
    if key == DISPLAY_THEME and value not in DISPLAY_THEMES:
        raise ValidationError(code="bad_display_theme", template="The till's theme is normal or high_contrast")
    if key == TEXT_SIZE_PCT and value not in {str(size) for size in TEXT_SIZES_PCT}:
        raise ValidationError(code="bad_text_size", template="The text size is 100, 125 or 150 %")
    if key == CUSTOMER_DISPLAY_SCREEN and len(value) > 200:
        raise ValidationError(code="bad_display_screen", template="A screen's name is at most 200 characters")
    if key == BACKUP_OFF_SITE and value not in ("", "yes", "no"):
        raise ValidationError(code="bad_backup_off_site", template="The backup folder is off-site (yes) or not (no)")
    if key == BACKUP_DIR and value and not PurePath(value).is_absolute():
        raise ValidationError(code="bad_backup_dir", template="The backup folder is a full path (from / or a drive)")
    if key == OFFLINE_REDEEM_CAP and value and not (value.isdigit() and int(value) <= 10_000_000):
        raise ValidationError(code="bad_offline_cap",
                              template="The offline cap is a number of points, or empty for the program's")
    if key in _RANGES:
        low, high, what = _RANGES[key]
        if not (value.isdigit() and low <= int(value) <= high):
            raise ValidationError(code=f"bad_{key}", template=what)
    if key == SHOP_LOGO and value:
        try:
            problem = logo_problem(base64.b64decode(value, validate=True))
        except (binascii.Error, ValueError):
            problem = "The logo is not a stored picture"
        if problem is not None:
            raise ValidationError(code="bad_logo", template=problem)
    return value


def _audited(values: dict[str, str]) -> dict[str, str]:
    # The log says a logo changed, not its tens of kilobytes of base64.
    if values.get(SHOP_LOGO):
        return values | {SHOP_LOGO: f"PNG picture, {len(base64.b64decode(values[SHOP_LOGO]))} bytes"}
    return values


def change_settings(uow: UnitOfWork, values: dict[str, str], *, actor: Actor, clock: Clock) -> None:
    actor.require_manager("Changing shop settings")
    cleaned = {key: _validate(key, value) for key, value in values.items()}
    currency = cleaned.pop(CURRENCY, None)
    now = clock.now()
    with uow:
        changed = {key: value for key, value in cleaned.items() if uow.settings.get(key) != value}
        # Read only when asked: setup and the demo store settings before any program exists.
        old_currency = published_program(uow).currency if currency is not None else ""
        if currency is not None and currency != old_currency:
            check_currency_change(old_currency, currency)
            changed[CURRENCY] = currency
        for key in changed.keys() & _FIXED_BY_SALES.keys():
            # Returns and imported sales are rows of the sales table too.
            if uow.sales.any_sale():
                raise Conflict(code=f"{key}_fixed", template=_FIXED_BY_SALES[key])
        for key, value in cleaned.items():
            uow.settings.set(key, value)
        if CURRENCY in changed:
            assert currency is not None
            versions = uow.program.set_currency(currency)
            record(uow, actor, CurrencyChanged(old_currency, currency, versions, uow.products.set_currency(currency)),
                   now)
        if cleaned or CURRENCY not in changed:
            record(uow, actor, SettingsChanged(_audited(cleaned)), now)
        uow.commit()


# What the back office's Settings section shows and edits.
EDITABLE: tuple[str, ...] = (
    SHOP_NAME, SHOP_ADDRESS, SHOP_LOGO, RECEIPT_HEADER, RECEIPT_FOOTER, RECEIPT_HEADER_VARIANTS,
    RECEIPT_FOOTER_VARIANTS, PRICES_INCLUDE_TAX, TIMEZONE, LANGUAGE,
    COUNTRY, TILL_MODE, TILL_LANGUAGE, SCANNER_MAX_GAP_MS, SCANNER_MIN_LENGTH, AUTO_LOCK_MINUTES, CUSTOMER_DISPLAY, CUSTOMER_DISPLAY_SCREEN,
    RECEIPT_PRINTER, CARD_PAPER, BACKUP_DIR, BACKUP_KEEP_DAYS, BACKUP_OFF_SITE,
    SYNC_EVERY_SECONDS, OFFLINE_AFTER_MINUTES, OFFLINE_REDEEM_CAP, DISPLAY_THEME, TEXT_SIZE_PCT,
)


@dataclass(frozen=True, slots=True)
class SettingsView:
    values: dict[str, str]  # every EDITABLE key ("" when not set) and CURRENCY
    currency: str  # the published program's
    has_sales: bool  # the country and currency can no longer change


def read_settings(uow: UnitOfWork, *, actor: Actor) -> SettingsView:
    actor.require_manager("Reading shop settings")
    with uow:
        values = {key: uow.settings.get(key) or "" for key in EDITABLE}
        currency = published_program(uow).currency
        return SettingsView(values | {CURRENCY: currency}, currency, uow.sales.any_sale())


def settings_fixed_by_sales(uow: UnitOfWork) -> bool:
    """Whether the country (and the program's currency) are fixed: the shop has sold."""
    with uow:
        return uow.sales.any_sale()
