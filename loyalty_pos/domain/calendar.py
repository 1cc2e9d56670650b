"""Calendar arithmetic the rules need (months, periods); pure, no clock."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta


def add_months(moment: datetime, months: int) -> datetime:
    """Same day ``months`` later, clamped to the month's last day (Jan 31 + 1 = Feb 28/29)."""
    month_index = moment.month - 1 + months
    year = moment.year + month_index // 12
    month = month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def add_months_to_date(day: date, months: int) -> date:
    return add_months(datetime(day.year, day.month, day.day), months).date()


def period_start(moment: datetime, period: str) -> datetime:
    """Start of the ``day``/``week``/``month``/``year`` containing ``moment``; ``ever`` = epoch."""
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "day":
        return midnight
    if period == "week":
        return midnight - timedelta(days=midnight.weekday())
    if period == "month":
        return midnight.replace(day=1)
    if period == "year":
        return midnight.replace(month=1, day=1)
    if period == "ever":
        return datetime.min.replace(tzinfo=moment.tzinfo)
    raise ValueError(f"unknown period {period!r}")
