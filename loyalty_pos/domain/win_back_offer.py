"""A welcome back's reward: a member away long enough gets a catalogue reward for free (a
free coffee, 20 % off bakery) at their next visit, no points spent.

The offer stands while the member is lapsed (``member_actions.lapsed`` on their last points
activity before the sale), so the sale that welcomes them back ends it: it is once per
lapse without a ledger entry of its own. Applied like an instant win's prize, after the
cashier's redemptions, only when it fits the basket; the panel names it before it does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.campaigns import reaches, running, tier_allows
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.member_actions import lapsed
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.prizes import PRIZE_KINDS
from loyalty_pos.domain.program import Campaign, CampaignKind, Program
from loyalty_pos.domain.rewards import RedemptionRequest, RewardEffect, apply_reward
from loyalty_pos.domain.time_windows import in_window

# ``RewardEffect.won_by`` / ``ReceiptReward.won_by`` of a welcome back's reward: the receipt
# and the till say "Welcome back" where an instant win's prize (its bare campaign id) says "Instant win".
WON_BY_PREFIX = "win_back:"


def is_win_back(won_by: str) -> bool:
    return won_by.startswith(WON_BY_PREFIX)


def win_back_offers(campaigns: Sequence[Campaign], program: Program, member: MemberView | None,
                    now: datetime) -> tuple[Campaign, ...]:
    """The welcome backs with a reward this member is offered at this visit (``now`` in the
    shop's zone), in program order: running, for their tier and consent, and lapsed."""
    if member is None:
        return ()
    return tuple(
        campaign for campaign in running(campaigns, now)
        if campaign.kind is CampaignKind.ACTION and campaign.action == "win_back" and campaign.win_reward_id
        and program.reward(campaign.win_reward_id) is not None
        and tier_allows(campaign, program.tiers, member.tier_code)
        and reaches(campaign, marketing_consent=member.marketing_consent) and in_window(campaign, now)
        and lapsed(member.last_activity, now, campaign.lapsed_days)
    )


def welcome_back_prizes(
    lines: list[PricedLine], effects: Sequence[RewardEffect], member: MemberView | None, program: Program, *,
    currency: str, now: datetime, stock_left: Mapping[str, int | None] | None = None,
) -> tuple[list[PricedLine], tuple[RewardEffect, ...]]:
    """The lines after the welcome-back rewards this visit gets, and those rewards (no points).

    ``effects``: what the sale already took (redemptions, instant wins), so a reward is
    never given twice on the same unit; a stocked reward with none left is not given."""
    free_units: dict[int, int] = {}
    for effect in effects:
        for line_no, units in effect.free_units.items():
            free_units[line_no] = free_units.get(line_no, 0) + units
    taken = [effect.reward_id for effect in effects]
    given: list[RewardEffect] = []
    for campaign in win_back_offers(program.campaigns, program, member, now):
        reward = program.reward(campaign.win_reward_id or "")
        left = (stock_left or {}).get(campaign.win_reward_id or "")
        if reward is None or reward.kind not in PRIZE_KINDS or (left is not None and left - taken.count(reward.id) <= 0):
            continue
        try:
            effect = apply_reward(reward, lines, RedemptionRequest(reward.id), currency=currency, free_units=free_units)
        except LoyaltyError:
            continue  # nothing in the basket it applies to: the panel still names the offer
        taken.append(reward.id)
        given.append(replace(effect, points=0, won_by=WON_BY_PREFIX + campaign.id))
        for line_no, units in effect.free_units.items():
            free_units[line_no] = free_units.get(line_no, 0) + units
        lines = [line.adjusted(discount=effect.line_discounts.get(line.line_no, 0),
                               paid=effect.line_payments.get(line.line_no, 0)) for line in lines]
    return lines, tuple(given)
