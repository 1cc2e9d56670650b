"""Shop-wide settings the use cases read: name, local time zone, thresholds."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from loyalty_pos.domain.calendar import period_start
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.profile import SHOP_ADDRESS

SHOP_NAME = "shop_name"
TIMEZONE = "timezone"
RETURN_APPROVAL_MINOR = "return_approval_minor"  # refunds above this need a manager PIN
ISSUER_PREFIX = "card_issuer_prefix"
RECEIPT_PRINTER = "receipt_printer"  # domain.receipt_output grammar; unset: PDF files in the data dir
RECEIPT_HEADER = "receipt_header"  # lines joined with newlines, printed under the shop's address
RECEIPT_FOOTER = "receipt_footer"  # lines joined with newlines; unset: the printer's default thanks
# The till's wedge scanner (config.ScannerSettings gives the defaults; applied live).
SCANNER_MAX_GAP_MS = "scanner_max_gap_ms"
SCANNER_MIN_LENGTH = "scanner_min_length"
CARD_PAPER = "card_paper"  # "A4" or "Letter": the sheet the card printing offers first
BACKUP_DIR = "backup_dir"  # unset: the data directory's backups folder
BACKUP_KEEP_DAYS = "backup_keep_days"
BACKUP_OFF_SITE = "backup_off_site"  # "yes": the backup folder leaves the machine, so backups there are sealed
DEFAULT_BACKUP_KEEP_DAYS = 30
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


def _lines(value: str | None) -> tuple[str, ...]:
    return tuple(line.strip() for line in (value or "").splitlines() if line.strip())


def receipt_header(uow: UnitOfWork) -> tuple[str, ...]:
    """What a new receipt prints under the shop's name: its address, then the header text."""
    return _lines(uow.settings.get(SHOP_ADDRESS)) + _lines(uow.settings.get(RECEIPT_HEADER))


def receipt_footer(uow: UnitOfWork) -> tuple[str, ...]:
    return _lines(uow.settings.get(RECEIPT_FOOTER))


def _int_setting(uow: UnitOfWork, key: str) -> int | None:
    value = uow.settings.get(key)
    return int(value) if value and value.isdigit() else None


def scanner_thresholds(uow: UnitOfWork) -> tuple[int | None, int | None]:
    """(max gap in ms, min length) a manager set; None: the till's configured default."""
    with uow:
        return _int_setting(uow, SCANNER_MAX_GAP_MS), _int_setting(uow, SCANNER_MIN_LENGTH)


def backup_keep_days(uow: UnitOfWork) -> int:
    return _int_setting(uow, BACKUP_KEEP_DAYS) or DEFAULT_BACKUP_KEEP_DAYS


def card_paper(uow: UnitOfWork) -> str:
    """The sheet card printing offers first ("A4" or "Letter")."""
    with uow:
        return "Letter" if uow.settings.get(CARD_PAPER) == "Letter" else "A4"
