"""Segments: groups of members a manager names (by tier, visit frequency, spend, lapsed)
and aims campaigns at.

A segment is decided per member from facts the till already reads for the member on a
sale: their tier, when they joined, and their own sales over the widest window the
program's segments look back (``history_days``). The same function counts a segment's
members for the back office, so the count and the till never disagree on a definition.
Visits are sales (returns are not visits); spend is net of returns.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.local_names import MAX_LOCAL_NAME, names_problem

MAX_SEGMENT_DAYS = 730  # two years: the longest look-back a till reads per member


class SegmentKind(enum.Enum):
    TIER = "tier"  # members in tier ``tier``
    FREQUENT = "frequent"  # at least ``visits`` visits in the last ``days`` days
    SPEND = "spend"  # at least ``spend_minor`` net spend in the last ``days`` days
    LAPSED = "lapsed"  # members for longer than ``days`` days without a visit in them


@dataclass(frozen=True, slots=True)
class Segment:
    id: str
    name: str
    kind: SegmentKind
    tier: str | None = None  # TIER
    days: int = 0  # FREQUENT, SPEND, LAPSED
    visits: int = 0  # FREQUENT
    spend_minor: int = 0  # SPEND
    names: dict[str, str] = field(default_factory=dict, hash=False, metadata={"omit_empty": True})

    def __post_init__(self) -> None:
        problems = segment_problems(self)
        if problems:
            raise ValidationError(code="bad_segment", template="Segment {name!r} is missing what its kind needs",
                                  name=self.name or self.id, fields=tuple(problems))


def segment_problems(segment: Segment) -> dict[str, str]:
    """What a segment still needs, per field (the back office shows each under its input)."""
    problems: dict[str, str] = {}
    if not segment.name.strip():
        problems["name"] = "a name"
    if names_problem(segment.names, MAX_LOCAL_NAME) is not None:
        problems["names"] = "names in other languages of one line each, up to 80 characters"
    if segment.kind is SegmentKind.TIER and not segment.tier:
        problems["tier"] = "a tier"
    if segment.kind is not SegmentKind.TIER and not 1 <= segment.days <= MAX_SEGMENT_DAYS:
        problems["days"] = f"a number of days from 1 to {MAX_SEGMENT_DAYS}"
    if segment.kind is SegmentKind.FREQUENT and segment.visits < 1:
        problems["visits"] = "at least 1 visit"
    if segment.kind is SegmentKind.SPEND and segment.spend_minor < 1:
        problems["spend_minor"] = "a spend above 0"
    return problems


@dataclass(frozen=True, slots=True)
class Visit:
    """One of the member's sales (or returns) as the till reads it."""

    at: datetime
    total_minor: int  # a return's is negative
    is_return: bool = False


def history_days(segments: Sequence[Segment]) -> int:
    """How far back the till must read a member's sales to place them in every segment (0: not at all)."""
    return max((s.days for s in segments if s.kind is not SegmentKind.TIER), default=0)


def member_in(segment: Segment, *, tier_code: str, enrolled_at: datetime, visits: Sequence[Visit],
              now: datetime) -> bool:
    """Whether the member is in ``segment`` at ``now``; ``visits`` must reach back ``segment.days``."""
    if segment.kind is SegmentKind.TIER:
        return tier_code == segment.tier
    since = now - timedelta(days=segment.days)
    recent = [visit for visit in visits if since <= visit.at < now]
    if segment.kind is SegmentKind.FREQUENT:
        return sum(1 for visit in recent if not visit.is_return) >= segment.visits
    if segment.kind is SegmentKind.SPEND:
        return sum(visit.total_minor for visit in recent) >= segment.spend_minor
    return enrolled_at < since and not any(not visit.is_return for visit in recent)


def segments_of(segments: Sequence[Segment], *, tier_code: str, enrolled_at: datetime, visits: Sequence[Visit],
                now: datetime) -> frozenset[str]:
    """The ids of the segments the member is in."""
    return frozenset(s.id for s in segments
                     if member_in(s, tier_code=tier_code, enrolled_at=enrolled_at, visits=visits, now=now))
