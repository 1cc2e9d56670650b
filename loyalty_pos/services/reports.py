"""Reports a manager reads: liability, flows, redemptions, tiers, expiry, top members."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from loyalty_pos.domain.money import Rounding, scale
from loyalty_pos.domain.program import Program, RewardKind
from loyalty_pos.services.ports import MonthFlow, UnitOfWork
from loyalty_pos.services.programs import published_program


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
    top_members: tuple[tuple[str, str, int], ...]


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


def program_report(uow: UnitOfWork, *, start: datetime, end: datetime, now: datetime, top: int = 10) -> ProgramReport:
    owed = liability(uow, now=now)
    with uow:
        program = published_program(uow)
        names = {r.id: r.name for r in program.rewards}
        flows = tuple(uow.reports.flows_by_month(start, end))
        per_reward = uow.reports.redemptions_per_reward(start, end)
        redeeming = uow.reports.members_redeeming(start, end)
        mix = uow.reports.tier_mix()
        top_members = tuple(uow.reports.top_members(start, end, top))
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
        top_members=top_members,
    )
