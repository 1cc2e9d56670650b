"""How a shop uses the till: ringing up baskets, or recording amounts its own register took.

Many shops keep their cash register and want loyalty only: their till records
each sale's amount (and the register's receipt number) instead of its products.
"""

from __future__ import annotations

from enum import StrEnum


class TillMode(StrEnum):
    BASKET = "basket"  # products scanned and priced here
    AMOUNT = "amount"  # the shop's own register rings the sale up; the till records its amount


def parse_till_mode(stored: str | None) -> TillMode:
    """Shops set up before the setting existed ring up baskets: that was the only way."""
    try:
        return TillMode(stored) if stored else TillMode.BASKET
    except ValueError:
        return TillMode.BASKET
