"""The demo history's non-purchase points: what a visit awards by itself (a birthday, a
welcome back) and the actions a cashier keyed in (a review, the newsletter, an evening),
worked out by the till's own rules (``domain.member_actions``) with the ids it derives.

Referrals are not simulated here: a referral joins two members' histories, which the
year writes one member at a time (``demo/referrals.py`` adds a few through the services).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import datetime, tzinfo

from loyalty_pos.domain.calendar import period_start
from loyalty_pos.domain.campaigns import action_bonus
from loyalty_pos.domain.ledger import PointsState
from loyalty_pos.domain.member_actions import (
    TILL_ACTIONS,
    VisitAward,
    action_points,
    award_slots,
    free_slot,
    period_key,
    visit_awards,
)
from loyalty_pos.domain.members import Member
from loyalty_pos.domain.program import Campaign, Program

ACTION_CHANCE = 0.06  # of visits, the member did something the cashier keys in as well


def history_visit_awards(program: Program, member: Member, state: PointsState, given: set[str], at: datetime,
                         zone: tzinfo) -> tuple[VisitAward, ...]:
    """As ``services.sale.visit_awards.due_visit_awards`` at a sale, less referrals; ``given``
    holds the ids of the member's awards so far and takes the new ones."""
    found = visit_awards(program.campaigns, tiers=program.tiers, member_id=member.id, tier_code=member.tier_code,
                         marketing_consent=member.consents.marketing, birthday=member.birthday,
                         last_visit=state.last_activity, referral=None, local_today=at.astimezone(zone).date(),
                         now=at)
    due = tuple(award for award in found if award.entry_id not in given)
    given.update(award.entry_id for award in due)
    return due


def keyed_action(program: Program, member: Member, given: set[str], at: datetime, zone: tzinfo,
                 rng: random.Random) -> tuple[Campaign, str, int] | None:
    """Now and then an action keyed at the till after a visit, within its limit:
    (campaign, entry id, points), or None."""
    if rng.random() >= ACTION_CHANCE:
        return None
    offered: Sequence[Campaign] = [
        campaign for action in TILL_ACTIONS
        for campaign, _points in action_bonus(program.campaigns, action=action, tiers=program.tiers,
                                              tier_code=member.tier_code, now=at,
                                              marketing_consent=member.consents.marketing)
    ]
    if not offered:
        return None
    campaign = rng.choice(offered)
    start = period_start(at.astimezone(zone), campaign.limit_period or "ever")
    slots = award_slots(campaign, member.id, period_key(start))
    entry_id = free_slot(slots, given) if slots else str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if entry_id is None:
        return None
    given.add(entry_id)
    return campaign, entry_id, action_points(campaign, member.tier_code)
