"""The draft program's segments: define, count, remove.

A segment is part of the program (it reaches the till with a publish, like the campaigns
aimed at it), so it is saved into the working draft. Its member count is read from the
store as it is now, by the same definition the till uses (``domain.segments``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from loyalty_pos.domain.errors import Conflict, FieldsInvalid, NotFound
from loyalty_pos.domain.events import SegmentRemoved, SegmentSaved
from loyalty_pos.domain.field_problems import FieldProblem
from loyalty_pos.domain.local_names import MAX_LOCAL_NAME, names_problem
from loyalty_pos.domain.program import Program, Tier
from loyalty_pos.domain.program_codec import part_to_dict
from loyalty_pos.domain.program_edits import place_part
from loyalty_pos.domain.segments import MAX_SEGMENT_DAYS, Segment, SegmentKind
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.authoring import require_authoring
from loyalty_pos.services.program.programs import working_draft


@dataclass(frozen=True, slots=True)
class SegmentRow:
    segment: Segment
    members: int  # active members in it now
    campaigns: tuple[str, ...]  # names of the draft's campaigns aimed at it


@dataclass(frozen=True, slots=True)
class SegmentCatalog:
    currency: str
    now: datetime
    rows: tuple[SegmentRow, ...]
    tiers: tuple[Tier, ...]


def segment_catalog(uow: UnitOfWork, *, clock: Clock) -> SegmentCatalog:
    now = clock.now()
    with uow:
        draft = working_draft(uow)
        rows = tuple(
            SegmentRow(segment, uow.reports.segment_count(segment, now),
                       tuple(c.name for c in draft.campaigns if c.segment == segment.id))
            for segment in draft.segments
        )
    return SegmentCatalog(draft.currency, now, rows, draft.tiers.tiers)


def make_segment(**values: Any) -> Segment:
    """``Segment(**values)`` with every problem named against its field at once."""
    kind: SegmentKind = values["kind"]
    problems: dict[str, FieldProblem] = {}
    if not str(values.get("name", "")).strip():
        problems["name"] = FieldProblem("segment_name_empty", "Give the segment a name.")
    if kind is SegmentKind.TIER and not values.get("tier"):
        problems["tier"] = FieldProblem("segment_tier", "Choose the tier.")
    if kind is not SegmentKind.TIER and not 1 <= values.get("days", 0) <= MAX_SEGMENT_DAYS:
        problems["days"] = FieldProblem("segment_days", "Look back 1 to {most} days.", most=MAX_SEGMENT_DAYS)
    if kind is SegmentKind.FREQUENT and values.get("visits", 0) < 1:
        problems["visits"] = FieldProblem("segment_visits", "At least 1 visit.")
    if kind is SegmentKind.SPEND and values.get("spend_minor", 0) < 1:
        problems["spend_minor"] = FieldProblem("segment_spend", "The spend must be above 0.")
    if names_problem(values.get("names", {}), MAX_LOCAL_NAME) is not None:
        problems["names"] = FieldProblem("segment_names",
                                         "Names in other languages are one line each, up to 80 characters.")
    if problems:
        raise FieldsInvalid(problems, code="bad_segment")
    return Segment(**{**values, "name": str(values["name"]).strip()})


def _save(uow: UnitOfWork, draft: Program, segments: tuple[Segment, ...], actor: Actor, now: datetime) -> None:
    uow.program.save_draft(replace(draft, segments=segments), actor=actor.username, at=now)


def save_segment(uow: UnitOfWork, segment: Segment, *, actor: Actor, clock: Clock) -> Segment:
    """Add ``segment`` to the draft (an empty id makes one from its name) or replace the one with its id."""
    actor.require_manager("Editing segments")
    now = clock.now()
    with uow:
        require_authoring(uow, "Editing segments")
        draft = working_draft(uow)
        if segment.kind is SegmentKind.TIER and segment.tier not in {t.code for t in draft.tiers.tiers}:
            raise FieldsInvalid({"tier": FieldProblem("no_such_tier", "There is no tier {tier}; choose one of the "
                                                      "program's tiers.", tier=segment.tier)}, code="bad_segment")
        edit = place_part(draft.segments, segment, fallback="segment")
        segment = edit.part
        _save(uow, draft, edit.parts, actor, now)
        record(uow, actor, SegmentSaved(part_to_dict(segment, "segment")), now)
        uow.commit()
    return segment


def remove_segment(uow: UnitOfWork, segment_id: str, *, actor: Actor, clock: Clock) -> Segment:
    """Take a segment out of the draft; refused while a draft campaign is aimed at it."""
    actor.require_manager("Editing segments")
    now = clock.now()
    with uow:
        require_authoring(uow, "Editing segments")
        draft = working_draft(uow)
        segment = next((s for s in draft.segments if s.id == segment_id), None)
        if segment is None:
            raise NotFound(code="segment_unknown", template="Segment {key} was not found.", key=segment_id)
        users = [c.name for c in draft.campaigns if c.segment == segment_id]
        if users:
            raise Conflict(code="segment_in_use", template="{segment} is the target of {campaigns}: aim those "
                           "campaigns elsewhere first.", segment=segment.name, campaigns=", ".join(users))
        _save(uow, draft, tuple(s for s in draft.segments if s.id != segment_id), actor, now)
        record(uow, actor, SegmentRemoved(part_to_dict(segment, "segment")), now)
        uow.commit()
    return segment
