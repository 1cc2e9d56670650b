"""What the reward and campaign editors say under a prize field (domain/prize_rules.py)."""

from __future__ import annotations

from loyalty_pos.domain.field_problems import FieldProblem
from loyalty_pos.domain.prize_rules import MAX_CODES_PER_TILL, MAX_POOL
from loyalty_pos.domain.prizes import PRIZE_KINDS
from loyalty_pos.domain.program import Campaign, Program

PRIZE_FIELD_MESSAGES = {
    "partner": FieldProblem("reward_partner", "Type the partner's offer as the receipt prints it."),
    "winners": FieldProblem("reward_winners", "Draw at least 1 winner."),
    "entries_close": FieldProblem("giveaway_close", "Set the last day for entries (Valid until): the draw "
                                  "is after it."),
    "pool": FieldProblem("reward_pool", "List 1 to {limit} other rewards to draw from, each once, with weights "
                         "above 0.", limit=MAX_POOL),
    "codes_per_till": FieldProblem("reward_codes_per_till", "Type 0 (the chain's default) to {limit} codes a "
                                   "till.", limit=MAX_CODES_PER_TILL),
}


def prize_reference_problems(draft: Program, campaign: Campaign, before: Campaign | None) -> dict[str, FieldProblem]:
    """An instant win's prize must be a reward of the draft that changes the basket by itself
    (kept when the saved campaign already named it, as tiers are)."""
    reward_id = campaign.win_reward_id
    if reward_id is None or (before is not None and before.win_reward_id == reward_id):
        return {}
    reward = draft.reward(reward_id)
    if reward is None or reward.kind not in PRIZE_KINDS:
        return {"win_reward_id": FieldProblem("campaign_prize", "Choose an amount-off, percent-off or free-product "
                                              "reward as the prize.")}
    return {}
