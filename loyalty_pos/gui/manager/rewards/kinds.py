"""Reward kinds and limit periods as a manager reads them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from loyalty_pos.domain.program import RewardKind

_KINDS = {
    RewardKind.AMOUNT_OFF: QT_TRANSLATE_NOOP("RewardKinds", "Amount off"),
    RewardKind.PERCENT_OFF: QT_TRANSLATE_NOOP("RewardKinds", "Percent off"),
    RewardKind.FREE_PRODUCT: QT_TRANSLATE_NOOP("RewardKinds", "Free product"),
    RewardKind.BUY_X_GET_Y: QT_TRANSLATE_NOOP("RewardKinds", "Buy X get Y"),
    RewardKind.PAY_WITH_POINTS: QT_TRANSLATE_NOOP("RewardKinds", "Pay with points"),
    RewardKind.STORE_CREDIT: QT_TRANSLATE_NOOP("RewardKinds", "Store credit"),
    RewardKind.PARTNER_CODE: QT_TRANSLATE_NOOP("RewardKinds", "Partner voucher"),
    RewardKind.GIVEAWAY: QT_TRANSLATE_NOOP("RewardKinds", "Giveaway entry"),
    RewardKind.MYSTERY: QT_TRANSLATE_NOOP("RewardKinds", "Mystery reward"),
}
PERIODS = {
    "day": QT_TRANSLATE_NOOP("RewardKinds", "per day"),
    "week": QT_TRANSLATE_NOOP("RewardKinds", "per week"),
    "month": QT_TRANSLATE_NOOP("RewardKinds", "per month"),
    "year": QT_TRANSLATE_NOOP("RewardKinds", "per year"),
    "ever": QT_TRANSLATE_NOOP("RewardKinds", "in total"),
}


def kind_label(kind: RewardKind) -> str:
    return QCoreApplication.translate("RewardKinds", _KINDS[kind])


def period_label(period: str) -> str:
    text = PERIODS.get(period)
    # A period a newer program names and this till does not know shows as stored.
    return QCoreApplication.translate("RewardKinds", text) if text else period


def first_day(valid_from: datetime, zone: ZoneInfo) -> date:
    return valid_from.astimezone(zone).date()


def last_day(valid_until: datetime, zone: ZoneInfo) -> date:
    """The window ends at ``valid_until`` (exclusive): its last day is the one just before."""
    return (valid_until - timedelta(microseconds=1)).astimezone(zone).date()


def day_start(day: date, zone: ZoneInfo) -> datetime:
    """Midnight of ``day`` in the shop, as a UTC time: a seasonal reward starts and ends
    on the shop's days, not UTC's."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def window_text(valid_from: datetime | None, valid_until: datetime | None, zone: ZoneInfo) -> str:
    def tr(text: str) -> str:
        # lupdate files tr() outside a class under the empty context.
        return QCoreApplication.translate("", text)

    if valid_from is None and valid_until is None:
        return tr("Always")
    if valid_until is None:
        assert valid_from is not None
        return tr("From {day}").format(day=first_day(valid_from, zone).strftime("%d %b %Y"))
    until = last_day(valid_until, zone).strftime("%d %b %Y")
    if valid_from is None:
        return tr("Until {day}").format(day=until)
    return tr("{first} – {last}").format(first=first_day(valid_from, zone).strftime("%d %b"), last=until)
