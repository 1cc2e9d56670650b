"""The end-of-day report a till is reconciled with its register by: one shop day, per
terminal and cashier, the sales and returns, the money per tender, the points, and the
entries another register took the money for.

A gift card's part of a sale is not the sale's tender: it is counted under ``GIFT_CARD_PART``
and the rest under the tender, so a NOK 300 sale paid 200 by card and 100 in cash counts
100 cash. Money taken for gift cards and paid memberships is no sale at all: it is keyed
into the shop's register, and listed on its own lines (``TillKeyedIn``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from loyalty_pos.services.ports import TillDayRow, TillKeyedIn, UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.shop.shop import shop_zone

# The per-tender key of what gift cards paid (returns: gave back to cards). Not a Tender:
# a sale is never tendered "gift card"; the card pays a part beside the sale's tender.
GIFT_CARD_PART = "gift_card"

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
    keyed_in: TillKeyedIn | None = None  # gift cards and memberships sold: the register took the money


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
        return _summed("", "", self.tills, dict(sorted(tenders.items())),
                       [till.keyed_in for till in self.tills if till.keyed_in is not None])


def _summed(terminal_id: str, cashier: str, parts: Sequence[TillDay | TillDayRow],
            per_tender: dict[str, int], keyed_in: Sequence[TillKeyedIn] = ()) -> TillDay:
    return TillDay(
        terminal_id, cashier, sum(p.sales for p in parts), sum(p.returns for p in parts),
        sum(p.total_minor for p in parts), per_tender, sum(p.points_issued for p in parts),
        sum(p.points_redeemed for p in parts), sum(p.register_entries for p in parts),
        sum(p.register_total_minor for p in parts), added_keyed_in(terminal_id, cashier, keyed_in),
    )


def added_keyed_in(terminal_id: str, cashier: str, parts: Sequence[TillKeyedIn | None]) -> TillKeyedIn | None:
    present = [part for part in parts if part is not None]
    if not present:
        return None
    return TillKeyedIn(terminal_id, cashier, sum(p.cards_sold for p in present), sum(p.top_ups for p in present),
                       sum(p.loaded_minor for p in present), sum(p.memberships_sold for p in present),
                       sum(p.membership_fees_minor for p in present))


def split_tenders(parts: Sequence[TillDayRow]) -> dict[str, int]:
    """Net money per tender, with the gift cards' part of each sale taken out of its tender."""
    tenders: dict[str, int] = {}
    for row in parts:
        tenders[row.tender] = tenders.get(row.tender, 0) + row.total_minor - row.gift_card_minor
        if row.gift_card_minor:
            tenders[GIFT_CARD_PART] = tenders.get(GIFT_CARD_PART, 0) + row.gift_card_minor
    return tenders


def _group(rows: list[TillDayRow], keyed: list[TillKeyedIn]) -> tuple[TillDay, ...]:
    tills: dict[tuple[str, str], list[TillDayRow]] = {}
    for row in rows:
        tills.setdefault((row.terminal_id, row.cashier), []).append(row)
    taken: dict[tuple[str, str], list[TillKeyedIn]] = {}
    for part in keyed:
        taken.setdefault((part.terminal_id, part.cashier), []).append(part)
        tills.setdefault((part.terminal_id, part.cashier), [])  # a cashier who only sold gift cards
    return tuple(_summed(terminal, cashier, parts, split_tenders(parts), taken.get((terminal, cashier), ()))
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
        keyed = [*uow.gift_cards.loads_per_till(start, end, terminal_id),
                 *uow.counting.memberships_per_till(start, end, terminal_id)]
    return DayReport(day, str(zone), start, end, currency, _group(rows, keyed))
