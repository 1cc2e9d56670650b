"""The demo history's non-purchase points: what a visit awards by itself (a birthday, a
welcome back) and the actions a cashier keyed in (a review, the newsletter, an evening),
worked out by the till's own rules (``domain.member_actions``) with the ids it derives.

A referral joins two members' histories, which the year writes one after the other: the
referred member's year pays their own award at their first sale (``referral``), and the
friend's year, written next, gets the friend's award at that moment (``referrer_awards``).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import datetime, tzinfo

from loyalty_pos.domain.calendar import period_start
from loyalty_pos.domain.campaigns import action_bonus
from loyalty_pos.domain.ledger import PointsState
from loyalty_pos.domain.derived_ids import referral_award_id
from loyalty_pos.domain.member_actions import (
    PendingReferral,
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


REFERRED_SHARE = 0.08  # of members who joined in the window, those who came with a friend's code


def history_visit_awards(program: Program, member: Member, state: PointsState, given: set[str], at: datetime,
                         zone: tzinfo, referral: PendingReferral | None = None) -> tuple[VisitAward, ...]:
    """As ``services.sale.visit_awards.due_visit_awards`` at a sale, the member's own awards only
    (a friend's referral award is booked in the friend's year); ``given`` holds the ids of the
    member's awards so far and takes the new ones."""
    found = visit_awards(program.campaigns, tiers=program.tiers, member_id=member.id, tier_code=member.tier_code,
                         marketing_consent=member.consents.marketing, birthday=member.birthday,
                         last_visit=state.last_activity, referral=referral, local_today=at.astimezone(zone).date(),
                         now=at.astimezone(zone))
    due = tuple(award for award in found if award.entry_id not in given and award.member_id == member.id)
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
                                              tier_code=member.tier_code, now=at.astimezone(zone),
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


def referrer_awards(program: Program, member: Member, referred_id: str, paid: list[datetime], at: datetime,
                    zone: tzinfo) -> list[tuple[str, str, int]]:
    """The friend's side of a referral at the referred member's first sale, within the
    friend's limit (``paid``: when they were paid so far, which takes this one): (entry id,
    campaign id, points) per referral campaign that reaches them."""
    awards = []
    for campaign, _points in action_bonus(program.campaigns, action="referral", tiers=program.tiers,
                                          tier_code=member.tier_code, now=at.astimezone(zone),
                                          marketing_consent=member.consents.marketing):
        since = period_start(at.astimezone(zone), campaign.limit_period or "ever")
        if campaign.per_member_limit is not None and sum(1 for t in paid if t >= since) >= campaign.per_member_limit:
            continue
        awards.append((referral_award_id(referred_id, campaign.id, "referrer"), campaign.id,
                       action_points(campaign, member.tier_code)))
    if awards:
        paid.append(at)
    return awards
