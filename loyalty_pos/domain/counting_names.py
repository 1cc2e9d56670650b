"""Challenge, badge, paid-membership and visit-award names in the reader's language.

As rewards and campaigns (``receipt_names``): a name the program has a text for in the
reader's language is swapped in, but only while the program still calls the part what
the text being read does (a receipt stores names, not ids, for these), so a part renamed
since reads as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from loyalty_pos.domain.local_names import local_name
from loyalty_pos.domain.member_actions import VisitAward
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.receipt import ReceiptPointsLine


def counting_name_in(name: str, program: Program, *languages: str | None) -> str:
    """A challenge's, badge's or paid membership's ``name`` as written in the first of ``languages``."""
    for part in (*program.challenges, *program.badges, *program.paid_tiers):
        if part.name == name:
            return local_name(part.name, part.names, *languages)
    return name


def awards_in(awards: Sequence[VisitAward], program: Program, *languages: str | None) -> tuple[VisitAward, ...]:
    """Visit awards with each campaign named in the reader's language, as the panel shows them."""
    campaigns = {campaign.id: campaign for campaign in program.campaigns}
    out = []
    for award in awards:
        campaign = campaigns.get(award.campaign_id)
        if campaign is not None and campaign.name == award.campaign_name:
            award = replace(award, campaign_name=local_name(campaign.name, campaign.names, *languages))
        out.append(award)
    return tuple(out)


def award_lines_in(lines: Sequence[ReceiptPointsLine], program: Program,
                   *languages: str | None) -> tuple[ReceiptPointsLine, ...]:
    """A receipt's visit-award lines ("Welcome back: <campaign>") with the campaign's name in
    the reader's language; the label (older readers') ends with the name, swapped alike."""
    campaigns = {campaign.id: campaign for campaign in program.campaigns}
    out = []
    for line in lines:
        campaign = campaigns.get(line.campaign_id or "")
        if campaign is not None and line.facts is not None and line.facts.name == campaign.name:
            local = local_name(campaign.name, campaign.names, *languages)
            label = line.label[: len(line.label) - len(campaign.name)] + local \
                if line.label.endswith(campaign.name) else line.label
            line = replace(line, label=label, facts=replace(line.facts, name=local))
        out.append(line)
    return tuple(out)
