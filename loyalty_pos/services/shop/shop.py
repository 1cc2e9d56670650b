"""Shop-wide settings the use cases read: name, local time zone, thresholds."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from loyalty_pos.domain.calendar import period_start
from loyalty_pos.services.ports import UnitOfWork

SHOP_NAME = "shop_name"
TIMEZONE = "timezone"
RETURN_APPROVAL_MINOR = "return_approval_minor"  # refunds above this need a manager PIN
ISSUER_PREFIX = "card_issuer_prefix"
RECEIPT_PRINTER = "receipt_printer"  # domain.receipt_output grammar; unset: PDF files in the data dir
DEFAULT_RETURN_APPROVAL_MINOR = 50_000


def shop_name(uow: UnitOfWork) -> str:
    return uow.settings.get(SHOP_NAME) or "loyalty-pos"


def shop_zone(uow: UnitOfWork) -> ZoneInfo:
    try:
        return ZoneInfo(uow.settings.get(TIMEZONE) or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_period_start(uow: UnitOfWork, now: datetime, period: str) -> datetime:
    """Daily caps and per-period limits follow the shop's calendar, not UTC's."""
    zone = shop_zone(uow)
    return period_start(now.astimezone(zone), period)


def return_approval_minor(uow: UnitOfWork) -> int:
    value = uow.settings.get(RETURN_APPROVAL_MINOR)
    return int(value) if value and value.isdigit() else DEFAULT_RETURN_APPROVAL_MINOR


def receipt_printer(uow: UnitOfWork) -> str | None:
    """Where the till prints receipts, as set by a manager; None: the default (PDF files).

    Opens the unit of work itself (re-entrant), so the till can call it on its own.
    """
    with uow:
        return uow.settings.get(RECEIPT_PRINTER) or None
