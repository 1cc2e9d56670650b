"""What setup stores about the shop beyond its name and time zone, and who reads it.

Kept in the settings table with everything else about the shop, so a backup, a
restore and a chain's sync carry the logo and the tax mode along with the sales.
"""

from __future__ import annotations

import base64
import binascii

from loyalty_pos.domain.shop_logo import is_png
from loyalty_pos.domain.till_mode import TillMode, parse_till_mode
from loyalty_pos.services.ports import UnitOfWork

SHOP_ADDRESS = "shop_address"  # lines joined with newlines; new receipts print it under the name
COUNTRY = "country"  # ISO 3166-1 alpha-2
LANGUAGE = "language"  # a domain.regions.LANGUAGES tag: the locale of numbers and dates, and the tills' default language
PRICES_INCLUDE_TAX = "prices_include_tax"  # "yes" or "no"
SHOP_LOGO = "shop_logo_png"  # base64 PNG, already scaled to the card face's logo box
DEMO = "demo_sign_in"  # set only by the demo: the accounts its sign-in screen announces
RECOVERY_CODE = "recovery_code_hash"  # scrypt hash of the current recovery code
TILL_MODE = "till_mode"  # a domain.till_mode.TillMode value; unset: basket


def holds_shop(uow: UnitOfWork) -> bool:
    """Whether the database is a shop already: anyone who can sign in, or a program.

    A file the previous release created on its first start, before anyone set a shop up,
    has neither and may be set up over.
    """
    with uow:
        return bool(uow.staff.all()) or uow.program.published() is not None


def prices_include_tax(uow: UnitOfWork) -> bool:
    """Shops set up before the setting existed are the demo's kind: VAT included."""
    return (uow.settings.get(PRICES_INCLUDE_TAX) or "yes") != "no"


def till_mode(uow: UnitOfWork) -> TillMode:
    """Whether the sale screen rings up baskets or records amounts from the shop's own register."""
    with uow:
        return parse_till_mode(uow.settings.get(TILL_MODE))


def shop_logo(uow: UnitOfWork) -> bytes | None:
    """The shop's own logo, or None to print the program's."""
    with uow:
        stored = uow.settings.get(SHOP_LOGO)
    if not stored:
        return None
    try:
        data = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if is_png(data) else None


def demo_notice(uow: UnitOfWork) -> str | None:
    """The demo accounts to show on the sign-in screen; None for a real shop."""
    with uow:
        return uow.settings.get(DEMO) or None
