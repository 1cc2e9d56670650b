"""Shop days and months as UTC ranges: pure, no database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.calendar import day_range, month_spans, months

AUCKLAND, LOS_ANGELES, OSLO = ZoneInfo("Pacific/Auckland"), ZoneInfo("America/Los_Angeles"), ZoneInfo("Europe/Oslo")


def test_a_shop_day_is_local_midnight_to_local_midnight() -> None:
    assert day_range(date(2026, 11, 30), date(2026, 11, 30), AUCKLAND) == (
        datetime(2026, 11, 29, 11, 0, tzinfo=UTC), datetime(2026, 11, 30, 11, 0, tzinfo=UTC))
    assert day_range(date(2026, 11, 30), date(2026, 11, 30), LOS_ANGELES) == (
        datetime(2026, 11, 30, 8, 0, tzinfo=UTC), datetime(2026, 12, 1, 8, 0, tzinfo=UTC))


def test_a_dst_day_is_23_or_25_hours_long() -> None:
    start, end = day_range(date(2026, 3, 29), date(2026, 3, 29), OSLO)  # clocks go forward
    assert (end - start).total_seconds() == 23 * 3600
    start, end = day_range(date(2026, 10, 25), date(2026, 10, 25), OSLO)  # and back
    assert (end - start).total_seconds() == 25 * 3600


def test_a_sale_at_2330_local_is_in_its_local_month() -> None:
    sale = datetime(2026, 11, 30, 23, 30, tzinfo=LOS_ANGELES)  # 1 December in UTC
    start, end = day_range(date(2026, 11, 1), date(2026, 12, 31), LOS_ANGELES)
    spans = month_spans(start, end, LOS_ANGELES)
    assert [label for label, since, until in spans if since <= sale < until] == ["2026-11"]
    assert months(start, end, LOS_ANGELES) == ["2026-11", "2026-12"]
    assert months(start, end) == ["2026-11", "2026-12", "2027-01"]  # in UTC the range spills over


@given(st.dates(date(2000, 1, 1), date(2040, 12, 31)), st.integers(0, 800),
       st.sampled_from([AUCKLAND, LOS_ANGELES, OSLO, ZoneInfo("UTC")]))
def test_month_spans_tile_the_range_without_gap_or_overlap(first: date, days: int, zone: ZoneInfo) -> None:
    last = date.fromordinal(first.toordinal() + days)
    start, end = day_range(first, last, zone)
    spans = month_spans(start, end, zone)
    assert spans[0][1] == start and spans[-1][2] == end
    assert all(earlier[2] == later[1] for earlier, later in zip(spans, spans[1:]))
    assert len({label for label, _s, _u in spans}) == len(spans)
