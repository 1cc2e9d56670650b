"""The expiry job: run at start and daily; each batch is its own short transaction."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from loyalty_pos.domain.calendar import add_months
from loyalty_pos.domain.derived_ids import inactivity_expiry_id, lot_expiry_id
from loyalty_pos.domain.events import PointsExpired
from loyalty_pos.domain.ledger import EntryKind, ExpiryDue, LedgerEntry, PointsState, expiry_due
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.members.projection import current_state, post_entries


def expire_points(
    make_uow: Callable[[], UnitOfWork],
    *,
    actor: Actor,
    clock: Clock,
    batch: int = 500,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Append EXPIRE entries for every member with lapsed lots; returns points expired.

    Short transactions keep the till responsive while it runs in the background.
    """
    now = clock.now()
    total = 0
    cursor: str | None = None
    while True:
        uow = make_uow()
        with uow:
            program = published_program(uow)
            months = program.expiry.inactivity_months
            page = uow.ledger.members_with_expiry_due(
                now, cursor=cursor, limit=batch,
                inactive_since=add_months(now, -months) if months is not None else None,
            )
            entries = []
            for member_id in page.rows:
                state = current_state(uow, member_id)
                due = expiry_due(state, program.expiry, now)
                if due is None:
                    continue
                entries.extend(
                    LedgerEntry(id=entry_id, member_id=member_id, kind=EntryKind.EXPIRE, points=-points,
                                at=now, terminal_id=actor.terminal_id, actor=actor.username, reason=due.reason)
                    for entry_id, points in _expiries(member_id, state, due)
                    # Another till of the chain derived it first and sync brought it here.
                    if not uow.ledger.exists(entry_id)
                )
            post_entries(uow, entries)
            expired = sum(-e.points for e in entries)
            if entries:
                record(uow, actor, PointsExpired(str(uuid.uuid4()), len(entries), expired), now)
            uow.commit()
        total += expired
        if progress is not None:
            progress(total)
        if page.next_cursor is None:
            return total
        cursor = page.next_cursor


def _expiries(member_id: str, state: PointsState, due: ExpiryDue) -> list[tuple[str, int]]:
    """(entry id, points) of the EXPIRE entries ``due`` takes: one per lapsed lot, so a
    till that saw two lots lapse on two days and one that saw both at once agree."""
    if due.reason == "inactivity":
        return [(inactivity_expiry_id(member_id, state.last_activity), due.points)]
    return [(lot_expiry_id(member_id, lot.entry_id, lot.expires_at), lot.remaining)
            for lot in due.lots if lot.remaining > 0]
