"""A campaign's audience fields in the editor: its control group's size and its segment."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from loyalty_pos.domain.field_problems import FieldProblem
from loyalty_pos.domain.holdout import MAX_HOLDOUT_PCT
from loyalty_pos.domain.program import Campaign, Program


def holdout_problems(values: Mapping[str, Any]) -> dict[str, FieldProblem]:
    if not 0 <= values.get("holdout_pct", 0) <= MAX_HOLDOUT_PCT:
        return {"holdout_pct": FieldProblem("campaign_holdout", "Hold out 0 to {most} % of members.",
                                            most=MAX_HOLDOUT_PCT)}
    return {}


def segment_problems(draft: Program, campaign: Campaign, before: Campaign | None) -> dict[str, FieldProblem]:
    """The segment must be one of the draft's, unless the saved campaign already had it."""
    known = {segment.id for segment in draft.segments}
    if campaign.segment is None or campaign.segment in known or (before is not None and before.segment == campaign.segment):
        return {}
    return {"segment": FieldProblem("no_such_segment", "There is no segment {segment}; choose one from the list.",
                                    segment=campaign.segment)}
