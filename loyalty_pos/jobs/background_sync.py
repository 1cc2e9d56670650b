"""One background sync round as the till runs it: the round itself (the sync client's
``run_sync_round``, handed in by whoever starts the till), then the status it leaves.

The round talks to the network and may hang or fail in any way; that must cost the
till nothing but a later retry, so every failure comes back as a value, never raised.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.sync_status import SyncStatus, read_sync_status

log = logging.getLogger(__name__)

# run_sync_round(make_uow, *, clock, transport=None) -> SyncRound(pushed, pulled, waiting,
# server_time, clock_skew_ms, error): the sync client's, or a test's stand-in.
SyncRoundFn = Callable[..., Any]


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    ran: bool  # a round was attempted
    error: str  # "" when it worked or did not run
    status: SyncStatus  # read after the round

    @property
    def failed(self) -> bool:
        return self.ran and bool(self.error)


def sync_once(make_uow: Callable[..., UnitOfWork], *, clock: Clock, run_round: SyncRoundFn | None,
              force: bool = False) -> SyncOutcome:
    """A round when the till is registered (``force``: even after the chain disconnected
    it, as "Sync now" does once a manager registered it again)."""
    status = read_sync_status(make_uow(readonly=True), clock=clock)
    link = status.link
    if run_round is None or not link.registered or (link.disconnected and not force):
        return SyncOutcome(False, "", status)
    try:
        error = str(getattr(run_round(make_uow, clock=clock), "error", None) or "")
    except Exception as failure:
        log.warning("sync round failed", exc_info=True)
        error = str(failure) or type(failure).__name__
    return SyncOutcome(True, error, read_sync_status(make_uow(readonly=True), clock=clock))
