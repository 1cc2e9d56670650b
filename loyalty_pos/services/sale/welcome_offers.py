"""What the member panel says of a welcome back's reward before it is in the basket: the
reward and the campaign, in the till's language (``domain.win_back_offer`` decides who)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.local_names import local_name
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.win_back_offer import win_back_offers


@dataclass(frozen=True, slots=True)
class WelcomeOffer:
    campaign_id: str
    campaign_name: str
    reward_id: str
    reward_name: str


def welcome_offers(program: Program, view: MemberView, local_now: datetime, language: str) -> tuple[WelcomeOffer, ...]:
    offers = []
    for campaign in win_back_offers(program.campaigns, program, view, local_now):
        reward = program.reward(campaign.win_reward_id or "")
        assert reward is not None  # win_back_offers names only rewards the program has
        offers.append(WelcomeOffer(campaign.id, local_name(campaign.name, campaign.names, language), reward.id,
                                   local_name(reward.name, reward.names, language)))
    return tuple(offers)
