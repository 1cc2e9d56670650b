"""Builds the domain's MemberView (what pricing needs) from the store."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from loyalty_pos.domain.ledger import PointsState
from loyalty_pos.domain.members import Member, MemberView
from loyalty_pos.domain.program import Program, RewardKind
from loyalty_pos.services.members.member_segments import member_segments
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.shop import local_period_start


def build_member_view(
    uow: UnitOfWork,
    program: Program,
    member: Member,
    state: PointsState,
    now: datetime,
    *,
    tier_metric: int = 0,
) -> MemberView:
    """Every limited reward is counted: one view both prices the sale and lists the rewards."""
    day_start = local_period_start(uow, now, "day")
    counts: dict[str, int] = {}
    for reward in program.rewards:
        if reward.per_member_limit is None:
            continue
        since = local_period_start(uow, now, reward.limit_period)
        counts[reward.id] = uow.ledger.redemptions_since(member.id, reward.id, since)
    return MemberView(
        member_id=member.id,
        tier_code=member.tier_code,
        balance=state.balance,
        status=member.status,
        points_earned_today=uow.ledger.earned_since(member.id, day_start),
        points_redeemed_today=uow.ledger.redeemed_since(member.id, day_start),
        redemptions_in_period=counts,
        tier_metric=tier_metric,
        birthday=member.birthday,
        marketing_consent=member.consents.marketing,
        segments=member_segments(uow, program, member, now),
        last_activity=_last_visit(uow, program, member, state),
    )


def _last_visit(uow: UnitOfWork, program: Program, member: Member, state: PointsState) -> datetime | None:
    """Their last points activity, or a later welcome back's reward: a visit that took the
    reward and earned nothing (a free coffee alone) still ends the lapse, so it is not
    offered again at the next visit. Read only when a welcome back gives a reward."""
    last = state.last_activity
    if not any(c.action == "win_back" and c.win_reward_id for c in program.campaigns):
        return last
    welcomed = uow.prizes.last_outcome_at("win_back", member.id)
    return welcomed if welcomed is not None and (last is None or welcomed > last) else last


def stock_for(uow: UnitOfWork, program: Program, reward_ids: Iterable[str]) -> dict[str, int | None]:
    stock: dict[str, int | None] = {}
    for reward_id in reward_ids:
        reward = program.reward(reward_id)
        stock[reward_id] = uow.program.stock_left(reward_id) if reward and reward.stock is not None else None
        if reward is not None and reward.kind is RewardKind.PARTNER_CODE:
            stock[reward_id] = uow.prizes.codes_left(reward_id)  # stock = the codes still to hand out
    return stock
