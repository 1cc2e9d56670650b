"""Campaigns: time-limited multipliers, purchase bonuses, instant wins, actions.

Everything here is decided from the campaign data, the member's tier, the time
passed in and the sale id — never a random number generator — so the till,
the receipt, a later audit and the rules simulator all reach the same answer.
"""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from loyalty_pos.domain.program import Campaign, CampaignKind, TierPolicy
from loyalty_pos.domain.time_windows import in_window, tier_bonus


def running(campaigns: Sequence[Campaign], now: datetime) -> tuple[Campaign, ...]:
    """The campaigns live at ``now`` (start inclusive, end exclusive), in program order."""
    return tuple(campaign for campaign in campaigns if campaign.running(now))


def tier_allows(campaign: Campaign, tiers: TierPolicy, tier_code: str) -> bool:
    """A campaign without ``min_tier`` is for everyone; otherwise that tier or higher."""
    if campaign.min_tier is None:
        return True
    return tiers.rank(tier_code) >= tiers.rank(campaign.min_tier)


# Actions that pick members by who they are (their birthday, their lapse), not by what they do at the till.
PERSONAL_ACTIONS = frozenset({"birthday", "win_back"})


def is_marketing(campaign: Campaign) -> bool:
    """Whether a campaign is marketing, which only reaches members who consented to it.

    A campaign for everyone at the till (a double-points weekend, an enrolment bonus,
    an instant win) is part of the program every member joined. A campaign aimed at a
    segment (``min_tier``) or at a member through their profile (a birthday) is a
    targeted offer: direct marketing, so it needs the member's marketing consent.
    """
    return campaign.min_tier is not None or campaign.segment is not None or (
        campaign.kind is CampaignKind.ACTION and campaign.action in PERSONAL_ACTIONS
    )


def reaches(campaign: Campaign, *, marketing_consent: bool) -> bool:
    return marketing_consent or not is_marketing(campaign)


def instant_win(campaign: Campaign, sale_id: str) -> bool:
    """Whether this sale wins: 1 in ``one_in``, decided by a hash of campaign and sale.

    A hash instead of a random draw makes the outcome reproducible for audit
    and impossible to re-roll by repricing the same sale.
    """
    if campaign.one_in < 1:
        return False
    digest = hashlib.sha256(f"{campaign.id}:{sale_id}".encode()).hexdigest()
    return int(digest, 16) % campaign.one_in == 0


def _live_for(
    campaigns: Sequence[Campaign], kind: CampaignKind, tiers: TierPolicy, tier_code: str, now: datetime,
    marketing_consent: bool,
) -> tuple[Campaign, ...]:
    return tuple(
        campaign
        for campaign in running(campaigns, now)
        if campaign.kind is kind and tier_allows(campaign, tiers, tier_code)
        and reaches(campaign, marketing_consent=marketing_consent) and in_window(campaign, now)
    )


def multipliers(
    campaigns: Sequence[Campaign], *, tiers: TierPolicy, tier_code: str, now: datetime, marketing_consent: bool
) -> tuple[Campaign, ...]:
    """Running MULTIPLIER campaigns this member may use."""
    return _live_for(campaigns, CampaignKind.MULTIPLIER, tiers, tier_code, now, marketing_consent)


def in_scope(campaign: Campaign, category: str) -> bool:
    """Whether a basket line of ``category`` is covered (no categories = whole basket)."""
    return not campaign.categories or category in campaign.categories


@dataclass(frozen=True, slots=True)
class PurchaseBonus:
    campaign: Campaign
    rule: str  # "bonus:<campaign id>" or "instant_win:<campaign id>"
    label: str
    points: int


def purchase_bonuses(
    campaigns: Sequence[Campaign],
    *,
    tiers: TierPolicy,
    tier_code: str,
    eligible_minor: int,
    sale_id: str,
    now: datetime,
    marketing_consent: bool,
) -> tuple[PurchaseBonus, ...]:
    """Fixed bonuses this sale earns: purchase bonuses, then instant wins.

    A sale needs some eligible spend (and each campaign's own minimum) to earn a
    bonus: a sale of only excluded goods (tobacco, gift cards) is not a purchase
    the program rewards.
    """
    if eligible_minor <= 0:
        return ()
    bonuses = [
        PurchaseBonus(campaign, f"bonus:{campaign.id}", f"Bonus: {campaign.name}", tier_bonus(campaign, tier_code))
        for campaign in _live_for(
            campaigns, CampaignKind.BONUS_ON_PURCHASE, tiers, tier_code, now, marketing_consent
        )
        if campaign.min_spend_minor <= eligible_minor and tier_bonus(campaign, tier_code) > 0
    ]
    bonuses += [
        PurchaseBonus(
            campaign, f"instant_win:{campaign.id}", f"Instant win: {campaign.name}", tier_bonus(campaign, tier_code)
        )
        for campaign in _live_for(campaigns, CampaignKind.INSTANT_WIN, tiers, tier_code, now, marketing_consent)
        if campaign.min_spend_minor <= eligible_minor and instant_win(campaign, sale_id)
        and campaign.bonus_points > 0  # a win of a prize only (domain/prize_pricing.py) earns no points line
        and tier_bonus(campaign, tier_code) > 0
    ]
    return tuple(bonuses)


def action_bonus(
    campaigns: Sequence[Campaign], *, action: str, tiers: TierPolicy, tier_code: str, now: datetime,
    marketing_consent: bool,
) -> tuple[tuple[Campaign, int], ...]:
    """Running ACTION campaigns for a non-purchase action and the points each gives; ``now`` in the
    shop's zone, as for every campaign window (its weekdays and hours are local)."""
    return tuple(
        (campaign, tier_bonus(campaign, tier_code))
        for campaign in _live_for(campaigns, CampaignKind.ACTION, tiers, tier_code, now, marketing_consent)
        if campaign.action == action and tier_bonus(campaign, tier_code) > 0
    )


def birthday_due(birthday: date | None, today: date) -> bool:
    """Whether ``today`` is the member's birthday; Feb 29 is kept on Feb 28 in other years."""
    if birthday is None:
        return False
    if (birthday.month, birthday.day) == (today.month, today.day):
        return True
    leap_day = (birthday.month, birthday.day) == (2, 29)
    return leap_day and (today.month, today.day) == (2, 28) and not calendar.isleap(today.year)

