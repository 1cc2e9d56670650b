"""Reports a manager reads: liability (now and over time), flows, redemptions, tiers and
their movements, expiry, top members, campaign results.

A report's range is shop days made into UTC instants (``domain.calendar.day_range``);
its months are the shop's calendar months, so a sale late on a month's last local day
counts in that month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from loyalty_pos.domain.calendar import months
from loyalty_pos.domain.money import Rounding, scale
from loyalty_pos.domain.program import CampaignKind, Program, RewardKind
from loyalty_pos.services.ports import CampaignReach, MonthFlow, UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.shop.shop import shop_zone


@dataclass(frozen=True, slots=True)
class RewardRedemptions:
    reward_id: str
    name: str
    count: int
    points: int
    share_pct: int  # of all points redeemed in the range, floor


@dataclass(frozen=True, slots=True)
class Liability:
    points: int
    value_minor: int  # what the open points would cost if all were redeemed
    currency: str
    point_value: tuple[int, int]  # (minor units, per points) used for the valuation
    expiring: dict[int, int]  # days ahead (30/60/90) -> points lapsing by then


@dataclass(frozen=True, slots=True)
class ProgramReport:
    start: datetime
    end: datetime
    liability: Liability
    flows: tuple[MonthFlow, ...]
    redemptions: tuple[RewardRedemptions, ...]
    redemption_rate_pct: int  # points redeemed / points issued in the range, floor
    members_redeeming: int
    tier_mix: dict[str, int]


def shop_calendar(uow: UnitOfWork, now: datetime) -> tuple[tzinfo, date]:
    """The shop's time zone and today's date there: the back office's report ranges are
    days of that calendar (``domain.calendar.day_range``)."""
    with uow:
        zone = shop_zone(uow)
    return zone, now.astimezone(zone).date()


def point_value(program: Program) -> tuple[int, int]:
    """Value one point at what the shop pays out for it: the pay-with-points rate, else the
    most generous fixed reward (liability is reported prudently, at its highest)."""
    for reward in program.rewards:
        if reward.kind is RewardKind.PAY_WITH_POINTS and reward.active:
            return reward.point_value_minor, reward.points_per_value
    fixed = [(r.amount_minor, r.points_cost) for r in program.rewards
             if r.active and r.kind in (RewardKind.AMOUNT_OFF, RewardKind.STORE_CREDIT)]
    if fixed:
        return max(fixed, key=lambda pair: pair[0] * 10**6 // pair[1])
    return 0, 1


def liability(uow: UnitOfWork, *, now: datetime) -> Liability:
    with uow:
        program = published_program(uow)
        points = uow.reports.liability_points()
        expiring = {days: uow.reports.points_expiring_between(now, now + timedelta(days=days)) for days in (30, 60, 90)}
    value, per = point_value(program)
    return Liability(points, scale(points, value, per, Rounding.HALF_UP), program.currency, (value, per), expiring)


def program_report(uow: UnitOfWork, *, start: datetime, end: datetime, now: datetime) -> ProgramReport:
    owed = liability(uow, now=now)
    with uow:
        program = published_program(uow)
        names = {r.id: r.name for r in program.rewards}
        flows = tuple(uow.reports.flows_by_month(start, end, shop_zone(uow)))
        per_reward = uow.reports.redemptions_per_reward(start, end)
        redeeming = uow.reports.members_redeeming(start, end)
        mix = uow.reports.tier_mix()
    redeemed_total = sum(points for _count, points in per_reward.values())
    redemptions = tuple(sorted(
        (RewardRedemptions(rid, names.get(rid, rid), count, points,
                           points * 100 // redeemed_total if redeemed_total else 0)
         for rid, (count, points) in per_reward.items()),
        key=lambda r: (-r.points, r.name),
    ))
    issued = sum(f.issued for f in flows)
    redeemed = sum(f.redeemed for f in flows)
    tier_names = {t.code: t.name for t in program.tiers.tiers}
    return ProgramReport(
        start=start, end=end, liability=owed, flows=flows, redemptions=redemptions,
        redemption_rate_pct=redeemed * 100 // issued if issued else 0,
        members_redeeming=redeeming,
        tier_mix={tier_names.get(code, code): count for code, count in mix.items()},
    )


@dataclass(frozen=True, slots=True)
class TopMember:
    member_id: str
    name: str
    points: int  # earned (earn + bonus) in the range


def top_members(uow: UnitOfWork, *, start: datetime, end: datetime, limit: int = 10) -> tuple[TopMember, ...]:
    """Who earned the most points in the range. A call of its own: at 1M members it reads
    the whole ledger index once (~1.5 s) and must not hold up the other reports."""
    with uow:
        return tuple(TopMember(*row) for row in uow.reports.top_members(start, end, limit))


@dataclass(frozen=True, slots=True)
class MonthLiability:
    month: str  # "YYYY-MM"
    points: int  # net points outstanding at the month's end (the range's end for its last month)
    value_minor: int  # at today's point value


@dataclass(frozen=True, slots=True)
class LiabilityTrend:
    months: tuple[MonthLiability, ...]
    currency: str
    point_value: tuple[int, int]


def liability_over_time(uow: UnitOfWork, *, start: datetime, end: datetime) -> LiabilityTrend:
    """Month-end points outstanding from the ledger, valued at today's point value (one
    rate for every month, so the line shows points owed, not price changes)."""
    with uow:
        program = published_program(uow)
        closing = uow.reports.closing_points_by_month(start, end, shop_zone(uow))
    value, per = point_value(program)
    months = tuple(MonthLiability(month, points, scale(points, value, per, Rounding.HALF_UP))
                   for month, points in closing)
    return LiabilityTrend(months, program.currency, (value, per))


@dataclass(frozen=True, slots=True)
class TierMovement:
    month: str
    from_name: str
    to_name: str
    upgrade: bool  # to a higher tier than before
    members: int


@dataclass(frozen=True, slots=True)
class TierMovements:
    months: tuple[str, ...]  # every month of the range, quiet ones included
    movements: tuple[TierMovement, ...]  # by month, then upgrades before downgrades

    def per_month(self, upgrade: bool) -> list[int]:
        totals = dict.fromkeys(self.months, 0)
        for move in self.movements:
            if move.upgrade is upgrade:
                totals[move.month] += move.members
        return list(totals.values())


def tier_movements(uow: UnitOfWork, *, start: datetime, end: datetime) -> TierMovements:
    """Up- and downgrades per month and tier pair, as the audit log recorded them."""
    with uow:
        program = published_program(uow)
        zone = shop_zone(uow)
        moves = uow.reports.tier_moves_by_month(start, end, zone)
    policy = program.tiers
    names = {t.code: t.name for t in policy.tiers}
    movements = tuple(sorted(
        (TierMovement(m.month, names.get(m.from_code, m.from_code), names.get(m.to_code, m.to_code),
                      policy.rank(m.to_code) > policy.rank(m.from_code), m.members) for m in moves),
        key=lambda m: (m.month, not m.upgrade, m.from_name, m.to_name),
    ))
    return TierMovements(tuple(months(start, end, zone)), movements)


@dataclass(frozen=True, slots=True)
class CampaignResult:
    campaign_id: str
    name: str
    kind: CampaignKind
    start: datetime  # the part of the campaign inside the range
    end: datetime
    reach: CampaignReach
    average_basket_minor: int | None  # of the sales it reached, HALF_UP; None for an action campaign
    others_basket_minor: int | None  # of every other member sale in the same days, HALF_UP


@dataclass(frozen=True, slots=True)
class CampaignResults:
    currency: str
    campaigns: tuple[CampaignResult, ...]  # those running at some point in the range, in program order
    zone: tzinfo = UTC  # the shop's: the days a campaign ran are shown on its calendar


def _average(total: int, count: int) -> int | None:
    return scale(total, 1, count, Rounding.HALF_UP) if count else None


def campaign_results(uow: UnitOfWork, *, start: datetime, end: datetime) -> CampaignResults:
    """Per campaign, over the days it ran inside the range: the points it gave, the sales
    and members it reached, and their average basket beside every other member sale of
    those days (a lift that hints at extra spend; it is not proof the campaign caused it)."""
    results = []
    with uow:
        program = published_program(uow)
        zone = shop_zone(uow)
        for campaign in program.campaigns:
            since, until = max(start, campaign.starts_at), min(end, campaign.ends_at)
            if until <= since:
                continue
            if campaign.kind is CampaignKind.ACTION:
                reach = uow.reports.campaign_action_bonuses(f"campaign:{campaign.id}", since, until)
                results.append(CampaignResult(campaign.id, campaign.name, campaign.kind, since, until, reach,
                                              None, None))
                continue
            reach = uow.reports.campaign_sales(campaign.id, since, until)
            count, total = uow.reports.member_basket(since, until)
            results.append(CampaignResult(
                campaign.id, campaign.name, campaign.kind, since, until, reach,
                _average(reach.spend_minor, reach.sales),
                _average(total - reach.spend_minor, count - reach.sales),
            ))
    return CampaignResults(program.currency, tuple(results), zone)
