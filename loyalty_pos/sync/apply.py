"""Pulled pages into the till: each page checked against the protocol, then applied with
its cursor in one transaction, so a crash mid-round re-pulls the page rather than
skipping or half-applying it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.chain_pull import Applied, PulledEvent, apply_pulled
from loyalty_pos.sync.errors import SyncError

PULL_CURSOR = "pull_cursor"


class ProtocolBroken(SyncError):
    code = "protocol"


def pulled_event(data: Any) -> PulledEvent:
    """One event of a pull answer, or ProtocolBroken naming what is wrong with it."""
    try:
        return PulledEvent.from_wire(data)
    except (KeyError, ValueError) as error:
        raise ProtocolBroken(template="The chain server sent an event this till cannot read: {problem}",
                             problem=str(error)) from error


def apply_page(make_uow: Callable[[], UnitOfWork], answer: dict[str, Any], *, terminal_id: str,
               now: datetime) -> tuple[int, Applied]:
    """Apply one pull answer and move the cursor to its ``next_cursor``; returns the new cursor."""
    raw = answer.get("events")
    cursor = answer.get("next_cursor")
    if not isinstance(raw, list) or not isinstance(cursor, int) or isinstance(cursor, bool):
        raise ProtocolBroken(template="The chain server's pull answer has no events list or cursor.")
    events = [pulled_event(item) for item in raw]
    uow = make_uow()
    with uow:
        applied = apply_pulled(uow, events, terminal_id=terminal_id, now=now)
        uow.sync_state.set(PULL_CURSOR, str(cursor), now)
        uow.commit()
    return cursor, applied
