"""Who a campaign reaches beyond its tier and consent: its segment, and not its control group.

Pricing hands the engine only the campaigns that reach the member on the sale, so every
kind (multiplier, bonus, instant win, action) follows the same rule and the engine's own
filters (running, tier, consent) stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from loyalty_pos.domain.holdout import in_control
from loyalty_pos.domain.members import Member
from loyalty_pos.domain.program import Campaign, Program
from loyalty_pos.domain.segments import segments_of


def reaches_member(campaign: Campaign, member_id: str, segments: frozenset[str]) -> bool:
    """A segment campaign reaches only that segment's members; a held-out member is not reached."""
    if campaign.segment is not None and campaign.segment not in segments:
        return False
    return not in_control(member_id, campaign.id, campaign.holdout_pct)


def campaigns_for(campaigns: Sequence[Campaign], member_id: str, segments: frozenset[str]) -> tuple[Campaign, ...]:
    """The campaigns that may reach this member, in program order."""
    return tuple(c for c in campaigns if reaches_member(c, member_id, segments))


def campaigns_for_new_member(program: Program, member: Member) -> tuple[Campaign, ...]:
    """At enrolment: no sales yet, so only tier segments can hold the member."""
    segments = segments_of(program.segments, tier_code=member.tier_code, enrolled_at=member.enrolled_at,
                           visits=(), now=member.enrolled_at)
    return campaigns_for(program.campaigns, member.id, segments)
