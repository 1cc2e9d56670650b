"""Background sync in the till: a round every few seconds (a setting), soon after each
committed change, and further apart while the server cannot be reached.

Rounds run on a pool of their own with one thread: a round stuck on the network never
takes a thread a sale needs, and two rounds never overlap. The worker only reports; the
status bar (``gui.sync_indicator``) shows what it heard.

Head office's publication (a new program, catalog, staff) arrives with a round but is
applied only between sales: after a round when no sale is open, or as soon as the open
one is committed. A basket is priced and paid under one program.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from loyalty_pos.domain.changes import Changes
from loyalty_pos.domain.sync_backoff import next_round_in_s
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.operations import Operations
from loyalty_pos.jobs.background_sync import SyncOutcome, sync_once
from loyalty_pos.services.shop.head_office import apply_pending
from loyalty_pos.services.shop.sync_status import DEFAULT_SYNC_EVERY_SECONDS

FIRST_ROUND_DELAY_MS = 2_000  # after the window is up: start-up stays fast
AFTER_CHANGE_MS = 1_500  # a burst of sales (or a sale and its receipt reprint) goes in one round
# What is worth pushing soon: anything another till would want to see.
_WORTH_PUSHING = Changes.SALES | Changes.BALANCE | Changes.MEMBER | Changes.CARDS


class SyncWorker(QObject):
    outcome = Signal(object)  # SyncOutcome, after every round and every status read

    def __init__(self, ctx: TillContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        self._ops = Operations(self, pool)
        self.failures = 0  # failed rounds in a row
        self.every_s = DEFAULT_SYNC_EVERY_SECONDS
        self.running = False
        self._again = False  # asked for while a round was running
        self._force = False
        self.started = False  # only a started worker follows changes (a test's till stays quiet)
        self.last: SyncOutcome | None = None
        self.next_in_s: float | None = None  # for the status bar's tooltip and tests
        # Whoever shows the sale screen says whether a sale is open; None: never wait.
        self.between_sales: Callable[[], bool] | None = None
        self.publication_waits = False  # a round brought one while a sale was open
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_now)
        ctx.ops.changed.connect(self._changed)

    def start(self, first_delay_ms: int = FIRST_ROUND_DELAY_MS) -> None:
        self.started = True
        self._timer.start(first_delay_ms)

    def stop(self) -> None:
        self.started = False
        self._timer.stop()

    def wait_idle(self, timeout_ms: int) -> bool:
        return self._ops.wait_idle(timeout_ms)

    def sync_now(self) -> None:
        """A manager's "Sync now" (or a registration): at once, even if the chain had disconnected the till."""
        self._force = True
        self.run_now()

    def _changed(self, changes: Changes) -> None:
        if not self.started:
            return
        if self.publication_waits and changes & Changes.SALES:
            self.apply_publication()
        if changes & _WORTH_PUSHING and not self.running:
            remaining = self._timer.remainingTime()
            if remaining < 0 or remaining > AFTER_CHANGE_MS:
                self._timer.start(AFTER_CHANGE_MS)
        elif changes & _WORTH_PUSHING:
            self._again = True

    def run_now(self) -> None:
        if self.running:
            self._again = True
            return
        self._timer.stop()
        self.running = True
        ctx, force = self.ctx, self._force
        self._force = False
        self._ops.run(self, lambda: sync_once(ctx.make_uow, clock=ctx.clock, run_round=ctx.sync_round, force=force),
                      on_done=self._done, on_error=self._read_failed)

    def apply_publication(self) -> None:
        """Head office's publication the last round kept pending, if any, now that no sale is open."""
        if self.between_sales is not None and not self.between_sales():
            self.publication_waits = True
            return
        self.publication_waits = False
        ctx = self.ctx
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: apply_pending(make_uow(), terminal_id=ctx.terminal_id, clock=ctx.clock))

    def _done(self, outcome: SyncOutcome) -> None:
        self.running = False
        self.last = outcome
        if outcome.ran and not outcome.error:
            self.apply_publication()
        self.every_s = outcome.status.every_seconds
        self.failures = self.failures + 1 if outcome.failed else 0
        self.outcome.emit(outcome)
        self._schedule()

    def _read_failed(self, _error: object) -> None:
        # Only the status read can get here (sync_once returns a round's failure): a busy store.
        self.running = False
        self.failures += 1
        self._schedule()

    def _schedule(self) -> None:
        if not self.started:
            return
        if self._again:
            self._again = False
            self.next_in_s = AFTER_CHANGE_MS / 1000
        else:
            self.next_in_s = next_round_in_s(self.every_s, self.failures, random.random())
        self._timer.start(int(self.next_in_s * 1000))
