"""The end-of-day report a till is reconciled with its register by: one shop day, per
terminal and cashier, the sales and returns, the money per tender, the points, and the
entries another register took the money for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from loyalty_pos.services.ports import TillDayRow, UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.shop.shop import shop_zone


@dataclass(frozen=True, slots=True)
class TillDay:
    """One terminal and cashier's day. Money is net (returns subtract) in minor units."""

    terminal_id: str
    cashier: str
    sales: int
    returns: int
    total_minor: int
    per_tender: dict[str, int]  # tender -> net money taken with it
    points_issued: int  # net of what returns took back
    points_redeemed: int  # net of what returns gave back
    register_entries: int  # amount-only and imported sales (their money is in the register's count)
    register_total_minor: int


@dataclass(frozen=True, slots=True)
class DayReport:
    day: date
    zone: str
    start: datetime  # the shop day in UTC, half-open
    end: datetime
    currency: str
    tills: tuple[TillDay, ...]  # by terminal, then cashier

    def total(self) -> TillDay:
        """Every till of the day summed: the report's last line."""
        tenders: dict[str, int] = {}
        for till in self.tills:
            for tender, minor in till.per_tender.items():
                tenders[tender] = tenders.get(tender, 0) + minor
        return _summed("", "", self.tills, dict(sorted(tenders.items())))


def _summed(terminal_id: str, cashier: str, parts: Sequence[TillDay | TillDayRow],
            per_tender: dict[str, int]) -> TillDay:
    return TillDay(
        terminal_id, cashier, sum(p.sales for p in parts), sum(p.returns for p in parts),
        sum(p.total_minor for p in parts), per_tender, sum(p.points_issued for p in parts),
        sum(p.points_redeemed for p in parts), sum(p.register_entries for p in parts),
        sum(p.register_total_minor for p in parts),
    )


def _group(rows: list[TillDayRow]) -> tuple[TillDay, ...]:
    tills: dict[tuple[str, str], list[TillDayRow]] = {}
    for row in rows:
        tills.setdefault((row.terminal_id, row.cashier), []).append(row)
    return tuple(_summed(terminal, cashier, parts, {r.tender: r.total_minor for r in parts})
                 for (terminal, cashier), parts in sorted(tills.items()))


def day_report(uow: UnitOfWork, *, now: datetime, day: date | None = None,
               terminal_id: str | None = None) -> DayReport:
    """``day`` is the shop's local date (today there when None): a sale at 23:59 local
    belongs to that day even where UTC has already turned the date."""
    with uow:
        zone = shop_zone(uow)
        currency = published_program(uow).currency
        day = day or now.astimezone(zone).date()
        # From local midnight to the next: 23 or 25 hours on the days the clocks change.
        start = datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)
        end = datetime.combine(day + timedelta(days=1), time(), tzinfo=zone).astimezone(UTC)
        rows = uow.reports.till_day(start, end, terminal_id)
    return DayReport(day, str(zone), start, end, currency, _group(rows))
