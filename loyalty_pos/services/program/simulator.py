"""What-if simulator: the last N days of member sales under the draft and the published program.

Sales stream from the store a page at a time and are folded into both replays as
they come, so a 90-day window of a busy shop never sits in memory at once; only
per-member totals of the members who shopped do.

Balances: a member's balance before the window is taken as today's balance minus
the points the window's sales really earned, so the published side ends at the
balance the member really has (when the published program is the one those sales
were priced with) and the draft side at what they would have instead.
Liability adds the positive balances of members who did not shop in the window,
which neither program changes. Money is valued with each side's own point value
(``reports.point_value``): a draft that changes what a point buys changes its cost.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from loyalty_pos.domain.errors import Conflict, LoyaltyError, ValidationError
from loyalty_pos.domain.money import Rounding, scale
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.simulation import Replay, RewardReach, SimResult, SimSale
from loyalty_pos.domain.tier_history import TierStep, tier_at
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import SaleRecord, UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.shop.reports import point_value
from loyalty_pos.services.shop.shop import shop_zone

PAGE_SIZE = 500
MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class SegmentCost:
    tier_code: str
    tier_name: str
    members: int
    sales: int
    points: int
    cost_minor: int  # the points' value in money, at this side's point value (half up)


@dataclass(frozen=True, slots=True)
class Side:
    """One program's column of the comparison."""

    program_version: int
    points_issued: int
    cost_minor: int  # value of ``points_issued``
    segments: tuple[SegmentCost, ...]
    redeemable: tuple[RewardReach, ...]
    liability_points: int  # every member's positive balance, had this program priced the window
    liability_minor: int
    point_value: tuple[int, int]  # (minor units, per points)


@dataclass(frozen=True, slots=True)
class Comparison:
    start: datetime
    end: datetime
    days: int
    currency: str
    sales: int  # member sales replayed (returns are not)
    members: int  # members with at least one of those sales
    actual_points: int  # what those sales really earned, as stored
    published: Side
    draft: Side


def _sim_sale(record: SaleRecord, member: tuple[str, bool], zone: ZoneInfo) -> SimSale:
    assert record.member_id is not None  # the query returns member sales only
    # The daily cap's day is the shop's local day, as at the till.
    day = record.at.astimezone(zone).date()
    tier_code, marketing = member
    return SimSale(record.sale_id, record.member_id, tier_code, record.at, day, record.lines, record.currency,
                   marketing_consent=marketing)


def _side(program: Program, result: SimResult, *, outside_liability: int) -> Side:
    value, per = point_value(program)
    names = {tier.code: tier.name for tier in program.tiers.tiers}
    liability = outside_liability + sum(max(0, balance) for balance in result.end_balances.values())
    return Side(
        program_version=program.version,
        points_issued=result.points_issued,
        cost_minor=scale(result.points_issued, value, per, Rounding.HALF_UP),
        segments=tuple(
            SegmentCost(s.tier_code, names.get(s.tier_code, s.tier_code), s.members, s.sales, s.points,
                        scale(s.points, value, per, Rounding.HALF_UP))
            for s in result.segments
        ),
        redeemable=result.redeemable,
        liability_points=liability,
        liability_minor=scale(liability, value, per, Rounding.HALF_UP),
        point_value=(value, per),
    )


class SimulationCancelled(LoyaltyError):
    code = "simulation_cancelled"
    template = "The simulation was cancelled."


def compare_draft(
    uow: UnitOfWork,
    *,
    days: int,
    clock: Clock,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Comparison:
    """Replay the member sales of the last ``days`` days under the draft and the published program.

    ``progress(sales, percent)`` is called after each page: sales replayed so far and how far
    through the window (by time) they reach. ``cancelled()`` is asked before each page; when
    it says yes the replay stops with ``SimulationCancelled``.

    Raises ``Conflict("no_draft")`` when there is no draft to compare and
    ``ValidationError("bad_window")`` for a window outside 1..366 days.
    """
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(code="bad_window", template="Simulate 1 to {max_days} days, not {days}",
                              max_days=MAX_DAYS, days=days)
    end = clock.now()
    start = end - timedelta(days=days)
    with uow:
        draft = uow.program.draft()
        if draft is None:
            raise Conflict(code="no_draft", template="There is no draft program to simulate; save a draft first")
        published = published_program(uow)
        zone = shop_zone(uow)
        replays = (Replay(published, zone), Replay(draft, zone))
        # Each member's tier changes and marketing consent, read once: a sale replays at the
        # tier held on its date.
        histories: dict[str, tuple[list[TierStep], str, bool]] = {}
        actual: Counter[str] = Counter()
        sales = 0
        cursor: str | None = None
        while True:
            if cancelled is not None and cancelled():
                raise SimulationCancelled()
            page = uow.sales.member_sales_between(start, end, cursor=cursor, limit=PAGE_SIZE)
            for record in page.rows:
                member_id = record.member_id
                assert member_id is not None
                if member_id not in histories:
                    member = uow.members.get(member_id)
                    histories[member_id] = ((uow.audit.tier_steps(member_id), member.tier_code,
                                             member.consents.marketing) if member
                                            else ([], published.tiers.tiers[0].code, False))
                steps, current, marketing = histories[member_id]
                sale = _sim_sale(record, (tier_at(steps, record.at, current=current), marketing), zone)
                for replay in replays:
                    replay.add(sale)
                actual[member_id] += record.points_earned
                sales += 1
            if progress is not None and page.rows:
                # Sales come oldest first, so the last one's time says how far the window is done
                # (floored: 100 % only at the very end).
                progress(sales, min(100, (page.rows[-1].at - start) * 100 // (end - start)))
            cursor = page.next_cursor
            if cursor is None:
                break
        balances = {}
        for member_id in actual:
            row = uow.balances.get(member_id)
            balances[member_id] = row.balance if row is not None else 0
        liability_now = uow.reports.liability_points()
    start_balances = {member_id: balances[member_id] - actual[member_id] for member_id in actual}
    outside = liability_now - sum(max(0, balance) for balance in balances.values())
    published_result, draft_result = (
        replay.result(start_balances=start_balances, now=end) for replay in replays
    )
    return Comparison(
        start=start, end=end, days=days, currency=published.currency, sales=sales, members=len(actual),
        actual_points=sum(actual.values()),
        published=_side(published, published_result, outside_liability=outside),
        draft=_side(draft, draft_result, outside_liability=outside),
    )
