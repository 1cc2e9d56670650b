"""Calendar arithmetic the rules need (months, periods); pure, no clock."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta, tzinfo


def add_months(moment: datetime, months: int) -> datetime:
    """Same day ``months`` later, clamped to the month's last day (Jan 31 + 1 = Feb 28/29)."""
    month_index = moment.month - 1 + months
    year = moment.year + month_index // 12
    month = month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


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


def day_range(first: date, last: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The days ``first`` to ``last`` (both included) on the shop's calendar, as the
    half-open UTC interval the store's ranges are: from the local midnight starting
    ``first`` to the one ending ``last``, however long DST makes a day in between."""
    start = datetime.combine(first, time(), tzinfo=zone).astimezone(UTC)
    return start, datetime.combine(last + timedelta(days=1), time(), tzinfo=zone).astimezone(UTC)


def month_spans(start: datetime, end: datetime, zone: tzinfo = UTC) -> list[tuple[str, datetime, datetime]]:
    """Each calendar month of ``zone`` the half-open range ``[start, end)`` touches, as
    ("YYYY-MM", from, until) in UTC clipped to the range, so a quiet month still shows
    (as zeros) in a report and a sale late on a month's last local day counts in it."""
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    if end <= start:
        return []
    local = start.astimezone(zone)
    spans: list[tuple[str, datetime, datetime]] = []
    month = datetime(local.year, local.month, 1, tzinfo=zone)
    while month.astimezone(UTC) < end:
        # Wall-clock arithmetic in the zone: the next local midnight of the 1st, DST or not.
        following = add_months(month, 1)
        spans.append((f"{month:%Y-%m}", max(start, month.astimezone(UTC)), min(end, following.astimezone(UTC))))
        month = following
    return spans


def months(start: datetime, end: datetime, zone: tzinfo = UTC) -> list[str]:
    return [label for label, _from, _until in month_spans(start, end, zone)]


def utc_month_spans(start: datetime, end: datetime) -> list[tuple[str, datetime, datetime]]:
    return month_spans(start, end, UTC)


def utc_months(start: datetime, end: datetime) -> list[str]:
    return months(start, end, UTC)
