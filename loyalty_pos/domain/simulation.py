"""What-if replay: past member sales re-priced under a program, folded into totals.

The simulator answers "had this program been in force, what would these sales
have earned?" It replays each stored sale through ``price_sale`` exactly as the
till would have priced it at the time (same sale id, so the same instant-win
draw; the sale's own time, so the same campaigns run), with these choices:

* Every discount the customer really got (manual or from a reward) and the part
  paid with store credit come back as one line discount: the earning base is what
  the customer paid in money, as it was on the day. Redemptions are not replayed;
  they are already in the members' balances.
* A member earns at their tier and with their marketing consent as stored now (tier
  moves and consent changes are not replayed).
* The daily cap counts the replayed points of the member's earlier replayed sales
  on the same shop-local day (``SimSale.day``), as the till counts them.

Sales are folded one at a time (``Replay.add``) so a caller can stream them from
the store page by page; ``simulate`` is the same fold over a sequence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from loyalty_pos.domain.basket import Basket, BasketLine, PricedLine
from loyalty_pos.domain.members import MemberStatus, MemberView
from loyalty_pos.domain.pricing import price_sale
from loyalty_pos.domain.rule_pricing import for_replay
from loyalty_pos.domain.program import Program


@dataclass(frozen=True, slots=True)
class SimSale:
    """One stored member sale, as the replay needs it."""

    sale_id: str
    member_id: str
    tier_code: str  # the member's tier as stored
    at: datetime
    day: date  # the shop-local calendar day of ``at``: the daily cap's day
    lines: tuple[PricedLine, ...]
    currency: str
    marketing_consent: bool = False  # as stored now, like the tier: targeted campaigns need it


@dataclass(frozen=True, slots=True)
class Segment:
    """Points one tier's members would have earned in the window."""

    tier_code: str
    members: int  # members of this tier with at least one replayed sale
    sales: int
    points: int


@dataclass(frozen=True, slots=True)
class RewardReach:
    """How many replayed members could afford a reward at the end of the window."""

    reward_id: str
    name: str
    points_cost: int
    members: int


@dataclass(frozen=True, slots=True)
class SimResult:
    program_version: int
    sales: int
    members: int
    points_issued: int  # purchase points + campaign bonuses
    segments: tuple[Segment, ...]  # program tiers in order, then any unknown stored codes
    end_balances: Mapping[str, int]  # member -> start balance + replayed points
    redeemable: tuple[RewardReach, ...]  # switched-on rewards, cheapest first


def _basket(sale: SimSale) -> Basket:
    lines = tuple(
        BasketLine(
            line_no=line.line_no, product_code=line.product_code, name=line.name, category=line.category,
            unit_price=line.unit_price, quantity=line.quantity, tax_rate_bp=line.tax_rate_bp,
            # Store credit is a tender, but earning never counts it: as a discount it
            # leaves the same earning base, without replaying the redemption.
            manual_discount=line.discount_minor + line.points_paid_minor,
        )
        for line in sale.lines
    )
    return Basket(sale.currency, lines)


class Replay:
    """A program's running totals while sales are added one by one (oldest first)."""

    def __init__(self, program: Program, zone: tzinfo = UTC) -> None:
        self.program = program
        self._priced_with = for_replay(program)
        self._zone = zone  # the shop's, for campaign hours
        self._earned_on_day: Counter[tuple[str, date]] = Counter()
        self._member_points: Counter[str] = Counter()
        self._member_tier: dict[str, str] = {}
        self._tier_sales: Counter[str] = Counter()
        self._tier_points: Counter[str] = Counter()
        self._sales = 0

    def add(self, sale: SimSale) -> int:
        """Replay one sale; returns the points it would have earned."""
        view = MemberView(
            member_id=sale.member_id, tier_code=sale.tier_code, balance=0, status=MemberStatus.ACTIVE,
            points_earned_today=self._earned_on_day[(sale.member_id, sale.day)],
            marketing_consent=sale.marketing_consent,
        )
        priced = price_sale(_basket(sale), view, self._priced_with, sale_id=sale.sale_id, now=sale.at, zone=self._zone)
        points = priced.points_earned
        self._earned_on_day[(sale.member_id, sale.day)] += points
        self._member_points[sale.member_id] += points
        self._member_tier[sale.member_id] = sale.tier_code
        self._tier_sales[sale.tier_code] += 1
        self._tier_points[sale.tier_code] += points
        self._sales += 1
        return points

    def result(self, *, start_balances: Mapping[str, int], now: datetime) -> SimResult:
        """``start_balances``: each replayed member's balance before the window (0 when absent)."""
        end_balances = {
            member: start_balances.get(member, 0) + points for member, points in self._member_points.items()
        }
        members_per_tier = Counter(self._member_tier.values())
        known = [tier.code for tier in self.program.tiers.tiers]
        codes = known + sorted(set(self._member_tier.values()) - set(known))
        segments = tuple(
            Segment(code, members_per_tier[code], self._tier_sales[code], self._tier_points[code]) for code in codes
        )
        return SimResult(
            program_version=self.program.version,
            sales=self._sales,
            members=len(self._member_points),
            points_issued=sum(self._tier_points.values()),
            segments=segments,
            end_balances=end_balances,
            redeemable=self._redeemable(end_balances, now),
        )

    def _redeemable(self, balances: Mapping[str, int], now: datetime) -> tuple[RewardReach, ...]:
        tiers = self.program.tiers
        reaches = []
        for reward in self.program.rewards:
            if not reward.active:
                continue
            in_season = (reward.valid_from is None or reward.valid_from <= now) and (
                reward.valid_until is None or now < reward.valid_until
            )
            count = 0
            if in_season:
                needed = tiers.rank(reward.min_tier) if reward.min_tier is not None else 0
                count = sum(
                    1 for member, balance in balances.items()
                    if balance >= reward.points_cost and tiers.rank(self._member_tier[member]) >= needed
                )
            reaches.append(RewardReach(reward.id, reward.name, reward.points_cost, count))
        return tuple(sorted(reaches, key=lambda r: (r.points_cost, r.name, r.reward_id)))


def simulate(
    sales: Iterable[SimSale], program: Program, *, start_balances: Mapping[str, int], now: datetime
) -> SimResult:
    """Replay ``sales`` (oldest first) under ``program``; deterministic for the same input."""
    replay = Replay(program)
    for sale in sales:
        replay.add(sale)
    return replay.result(start_balances=start_balances, now=now)
