"""The expiry job: run at start and daily; each batch is its own short transaction."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from loyalty_pos.domain.calendar import add_months
from loyalty_pos.domain.events import PointsExpired
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, expiry_due
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
                due = expiry_due(current_state(uow, member_id), program.expiry, now)
                if due is None:
                    continue
                entries.append(LedgerEntry(
                    id=str(uuid.uuid4()), member_id=member_id, kind=EntryKind.EXPIRE, points=-due.points,
                    at=now, terminal_id=actor.terminal_id, actor=actor.username, reason=due.reason,
                ))
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
