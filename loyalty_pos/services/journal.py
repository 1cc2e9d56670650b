"""The two records every mutating use case leaves: an audit entry and an outbox row."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from loyalty_pos.services.actor import Actor
from loyalty_pos.services.ports import UnitOfWork


def record(
    uow: UnitOfWork,
    actor: Actor,
    action: str,
    at: datetime,
    *,
    key: str,
    details: dict[str, Any],
    sync: bool = True,
) -> None:
    """Audit ``action`` and queue it for the sync server.

    ``sync=False`` is for what only this till cares about: sign-in attempts and
    approvals (security events of the till) and summaries of work whose own rows
    are already queued (the expiry run's entries, an import's products).
    """
    uow.audit.append(
        at=at,
        actor=actor.username,
        action=action,
        details={"terminal": actor.terminal_id, "key": key, **details},
    )
    if sync:
        uow.outbox.add(kind=action, key=key, payload=details, at=at)
