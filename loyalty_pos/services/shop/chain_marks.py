"""Chained entries about the chain itself: where a restore took it back to."""

from __future__ import annotations

from loyalty_pos.domain.chain import LOCAL_ORIGIN, Head
from loyalty_pos.domain.events import ChainRestored
from loyalty_pos.services.actor import SYSTEM
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork


def record_restore(uow: UnitOfWork, *, backup: str, replaced: Head | None, clock: Clock) -> Head:
    """'Restored to entry N': the restored chain's last link, and the one of the file it
    replaced, so the links lost with that file are accounted for. Returns the restored head."""
    with uow:
        restored = uow.integrity.chain_head(LOCAL_ORIGIN)
        record(uow, SYSTEM, ChainRestored(restored.n, restored.hash, replaced.n if replaced else None,
                                          replaced.hash if replaced else None, backup), clock.now())
        uow.commit()
    return restored
