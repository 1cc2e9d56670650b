"""The member panel's "why": the segment campaigns running for the member on the till.

Worked out from the reading the sale already made (the member's view holds their
segments), so the panel needs no read of its own. A member held out of a campaign is
not told about it: the panel and the receipt only ever show what the member gets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.campaign_audience import reaches_member
from loyalty_pos.domain.campaigns import reaches, running, tier_allows
from loyalty_pos.domain.local_names import local_name
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.program import Program


@dataclass(frozen=True, slots=True)
class SegmentOffer:
    campaign_id: str
    campaign_name: str  # in the till's language when the manager wrote it in it
    segment_name: str


def segment_offers(program: Program, view: MemberView, now: datetime, language: str) -> tuple[SegmentOffer, ...]:
    segments = {segment.id: segment for segment in program.segments}
    return tuple(
        SegmentOffer(campaign.id, local_name(campaign.name, campaign.names, language),
                     local_name(segments[campaign.segment].name, segments[campaign.segment].names, language))
        for campaign in running(program.campaigns, now)
        if campaign.segment in segments and reaches_member(campaign, view.member_id, view.segments)
        and tier_allows(campaign, program.tiers, view.tier_code)
        and reaches(campaign, marketing_consent=view.marketing_consent)
    )
