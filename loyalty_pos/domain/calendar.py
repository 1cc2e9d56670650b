"""Calendar arithmetic the rules need (months, periods); pure, no clock."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime, timedelta


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


def utc_month_spans(start: datetime, end: datetime) -> list[tuple[str, datetime, datetime]]:
    """Each UTC month the half-open range ``[start, end)`` touches, as ("YYYY-MM", from,
    until) clipped to the range, so a quiet month still shows (as zeros) in a report."""
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    if end <= start:
        return []
    spans: list[tuple[str, datetime, datetime]] = []
    month_start = datetime(start.year, start.month, 1, tzinfo=UTC)
    while month_start < end:
        following = add_months(month_start, 1)
        spans.append((f"{month_start:%Y-%m}", max(start, month_start), min(end, following)))
        month_start = following
    return spans


def utc_months(start: datetime, end: datetime) -> list[str]:
    return [label for label, _from, _until in utc_month_spans(start, end)]
