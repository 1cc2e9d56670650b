"""The two records every mutating use case leaves: an audit entry and an outbox row."""

from __future__ import annotations

from datetime import datetime

from loyalty_pos.domain.events import SCHEMA_VERSION_FIELD, Event, stored_payload
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.ports import UnitOfWork


def record(uow: UnitOfWork, actor: Actor, event: Event, at: datetime) -> None:
    """Audit ``event`` and, when it is one the sync server cares about, queue it.

    The event decides both shapes: its audit details (members by id only) and its
    sync payload. Events that only this till cares about (``synced = False``: sign-in
    attempts and approvals, summaries of work whose own rows are already queued) are
    audited only.
    """
    uow.note_changes(event.changes)
    uow.audit.append(
        at=at,
        actor=actor.username,
        action=event.type,
        details={"terminal": actor.terminal_id, "key": event.key, SCHEMA_VERSION_FIELD: event.schema_version,
                 **event.audit_details()},
    )
    if event.synced:
        queue(uow, event, at)


def queue(uow: UnitOfWork, event: Event, at: datetime) -> None:
    """Only the outbox: for what has its own durable record here (a ledger entry)."""
    uow.note_changes(event.changes)
    uow.outbox.add(kind=event.type, key=event.key, payload=stored_payload(event), at=at)
