"""The prizes pricing hands out inside a sale: the reward a mystery redemption draws,
and the rewards an instant win gives the sale.

Both apply an ordinary reward (``PRIZE_KINDS``) to the basket as pricing has it so
far; only rewards that fit the basket can be drawn or won, so a prize is never a
free coffee on a sale without coffee.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.errors import LoyaltyError, RewardUnavailable
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.prizes import PRIZE_KINDS, mystery_index, prize_campaigns
from loyalty_pos.domain.program import Program, Reward
from loyalty_pos.domain.reward_facts import RewardFacts
from loyalty_pos.domain.rewards import RedemptionRequest, RewardEffect, apply_reward, room


def _fitting(reward: Reward, lines: Sequence[PricedLine], currency: str,
             free_units: Mapping[int, int]) -> RewardEffect | None:
    """What ``reward`` would do to the basket, or None when it does nothing there."""
    if reward.kind not in PRIZE_KINDS:
        return None
    try:
        return apply_reward(reward, lines, RedemptionRequest(reward.id), currency=currency, free_units=free_units)
    except LoyaltyError:
        return None


def draw_mystery(reward: Reward, program: Program, lines: Sequence[PricedLine], *, sale_id: str, occurrence: int,
                 currency: str, free_units: Mapping[int, int]) -> RewardEffect:
    """The ``occurrence``-th redemption of mystery ``reward`` in sale ``sale_id``: one of
    the pool's rewards that fit the basket, drawn by weight from the sale id, at the
    mystery's price. Raises ``no_eligible_lines`` when none fits."""
    candidates: list[tuple[Reward, int, RewardEffect]] = []
    for reward_id, weight in reward.pool:
        pooled = program.reward(reward_id)
        effect = None if pooled is None else _fitting(pooled, lines, currency, free_units)
        if pooled is not None and effect is not None:
            candidates.append((pooled, weight, effect))
    if not candidates:
        raise RewardUnavailable(
            code="no_eligible_lines", reward=reward.name,
            template="Reward {reward} is not available: nothing left in the basket it applies to.",
        )
    index = mystery_index([weight for _r, weight, _e in candidates], reward_id=reward.id, sale_id=sale_id,
                          occurrence=occurrence)
    drawn, _weight, effect = candidates[index]
    return replace(
        effect, reward_id=reward.id, reward_name=reward.name, kind=reward.kind, points=reward.points_cost,
        description=f"Drawn: {drawn.name} ({effect.description})",
        facts=RewardFacts(reward.kind.value, subject=drawn.name), drawn_id=drawn.id,
    )


def instant_prizes(
    lines: list[PricedLine], effects: Sequence[RewardEffect], member: MemberView | None, program: Program, *,
    sale_id: str, sale_number: int | None, currency: str, now: datetime,
    stock_left: Mapping[str, int | None] | None = None,
) -> tuple[list[PricedLine], tuple[RewardEffect, ...]]:
    """The lines after the rewards this sale won, and those rewards (no points spent).

    Only a member who earns can win, as with instant-win points. Applied after the
    cashier's redemptions, so a won prize takes what those left. A stocked prize with
    none left (after this sale's own redemptions of it) is not won.
    """
    taken = Counter(effect.reward_id for effect in effects)
    if member is None:
        return lines, ()
    campaigns = prize_campaigns(
        program.campaigns, tiers=program.tiers, tier_code=member.tier_code,
        eligible_minor=sum(room(line) for line in lines), sale_id=sale_id, sale_number=sale_number, now=now,
        marketing_consent=member.marketing_consent,
    )
    free_units: Counter[int] = Counter()
    for effect in effects:
        free_units.update(effect.free_units)
    won: list[RewardEffect] = []
    for campaign in campaigns:
        reward = program.reward(campaign.win_reward_id or "")
        left = (stock_left or {}).get(campaign.win_reward_id or "")
        if left is not None and left - taken[campaign.win_reward_id or ""] <= 0:
            continue
        effect = None if reward is None else _fitting(reward, lines, currency, free_units)
        if effect is None:
            continue
        taken[effect.reward_id] += 1
        won.append(replace(effect, points=0, won_by=campaign.id))
        free_units.update(effect.free_units)
        lines = [line.adjusted(discount=effect.line_discounts.get(line.line_no, 0),
                               paid=effect.line_payments.get(line.line_no, 0)) for line in lines]
    return lines, tuple(won)
