"""Retention: members with no activity for N years, listed, then erased in chunks.

A chunk is one transaction: its members are erased together or not at all. Each
chunk asks the store again, inside its own write transaction, who is inactive, so
a member who shopped after the list was shown is never erased; a crash or a cancel
keeps the chunks already done, and running it again carries on where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.privacy import retention_cutoff
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.members.erasure import RETENTION, erase_in
from loyalty_pos.services.ports import InactiveMember, Page, UnitOfWork

CHUNK = 200


class RetentionCancelled(LoyaltyError):
    code = "retention_cancelled"
    template = "Stopped: {erased:,} member(s) were erased before the stop; the rest are untouched."


@dataclass(frozen=True, slots=True)
class RetentionRun:
    cutoff: datetime
    erased: int
    points_forfeited: int


def inactive_members(
    uow: UnitOfWork, *, years: int, clock: Clock, cursor: str | None = None, limit: int = 100
) -> tuple[datetime, Page[InactiveMember]]:
    """The cut-off and one page of members with no sale or points activity since it."""
    cutoff = retention_cutoff(clock.now(), years)
    with uow:
        return cutoff, uow.members.inactive_since(cutoff, cursor=cursor, limit=max(1, min(limit, 1_000)))


def erase_inactive(
    make_uow: Callable[[], UnitOfWork], *, years: int, actor: Actor, clock: Clock, chunk: int = CHUNK,
    progress: Callable[[int], None] | None = None, cancelled: Callable[[], bool] | None = None,
) -> RetentionRun:
    """Manager only. ``progress(erased so far)`` after each chunk; ``cancelled()`` before each."""
    actor.require_manager("Erasing inactive members")
    now = clock.now()
    cutoff = retention_cutoff(now, years)
    erased = forfeited = 0
    while True:
        if cancelled is not None and cancelled():
            raise RetentionCancelled(erased=erased)
        uow = make_uow()
        with uow:
            page = uow.members.inactive_since(cutoff, cursor=None, limit=chunk)
            if not page.rows:
                break
            for row in page.rows:
                member = uow.members.get(row.member_id)
                assert member is not None  # listed in this same transaction
                done = erase_in(uow, member, actor=actor, now=now, reason=RETENTION)
                forfeited += done.points_forfeited
            uow.commit()
        erased += len(page.rows)
        if progress is not None:
            progress(erased)
    return RetentionRun(cutoff, erased, forfeited)
