"""Consents as a history: who gave or withdrew which consent, when and through what.

The member's current flags (``Member.consents``) are what the till acts on; the
records are the proof behind them, kept for as long as the member is: a regulator
or the member asks "when did I agree to marketing, and where?" and the answer is a
record, not a guess from the last edit.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.members import Consents


class ConsentKind(enum.StrEnum):
    MARKETING = "marketing"
    DATA_PROCESSING = "data_processing"


class ConsentSource(enum.StrEnum):
    TILL_ENROLMENT = "till_enrolment"  # ticked in the enrolment dialog
    BACK_OFFICE = "back_office"  # a manager edited the profile
    IMPORT = "import"  # a member list loaded from another system
    MEMBER_REQUEST = "member_request"  # the member asked (in person, by letter, by mail)
    ERASURE = "erasure"  # the member's data was erased: nothing is consented any more
    BEFORE_HISTORY = "before_history"  # a flag stored before consents were recorded (migration 0011)


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    member_id: str
    kind: ConsentKind
    granted: bool  # False: withdrawn
    at: datetime
    source: ConsentSource
    actor: str  # who recorded it ("" for records made by the migration)


def flag(consents: Consents, kind: ConsentKind) -> bool:
    return bool(getattr(consents, kind.value))


def changes_between(before: Consents | None, after: Consents) -> tuple[tuple[ConsentKind, bool], ...]:
    """The consents ``after`` grants or withdraws compared with ``before`` (None: a new
    member, whose granted consents are all news and whose refusals need no record)."""
    return tuple(
        (kind, flag(after, kind))
        for kind in ConsentKind
        if (flag(after, kind) if before is None else flag(after, kind) != flag(before, kind))
    )


def records_for(
    member_id: str, changes: Iterable[tuple[ConsentKind, bool]], *, at: datetime, source: ConsentSource, actor: str
) -> tuple[ConsentRecord, ...]:
    return tuple(ConsentRecord(member_id, kind, granted, at, source, actor) for kind, granted in changes)


def current(records: Iterable[ConsentRecord]) -> Consents:
    """What a history says now: the latest record of each kind (none: not given)."""
    latest: dict[ConsentKind, ConsentRecord] = {}
    for record in records:
        seen = latest.get(record.kind)
        if seen is None or record.at >= seen.at:
            latest[record.kind] = record
    return Consents(**{kind.value: latest[kind].granted for kind in latest})
