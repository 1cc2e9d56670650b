"""Runs the daily jobs in the background: points expiry, then the yearly tier review
(which does nothing until the review date has passed), shortly after the till opens
and then daily.

The job works in short transactions on a worker thread, so the till stays usable
while a large store is swept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.operations import Changes
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.expiry import expire_points
from loyalty_pos.services.members.tier_review import TierReview, review_tiers

log = logging.getLogger(__name__)

FIRST_RUN_DELAY_MS = 3_000  # after the window is up: start-up stays fast
DAILY_MS = 24 * 60 * 60 * 1000


class ExpirySchedule(QObject):
    def __init__(self, ctx: TillContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_expired: int | None = None
        self.last_review: TierReview | None = None
        self._system = Actor("system", Role.MANAGER, ctx.terminal_id)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.run_now)

    def start(self, first_delay_ms: int = FIRST_RUN_DELAY_MS) -> None:
        QTimer.singleShot(first_delay_ms, self.run_now)
        self._timer.start(DAILY_MS)

    def run_now(self) -> None:
        self._run(expire_points, self._expired, "points expiry", Changes.BALANCE)

    def _expired(self, points: int) -> None:
        self.last_expired = points
        if points:
            log.info("expired %s points", points)
        self._run(review_tiers, self._reviewed, "tier review", Changes.MEMBER)

    def _run(self, job: Callable[..., Any], on_done: Callable[[Any], None], what: str, changes: Changes) -> None:
        """``job(make_uow, actor=, clock=)`` on a worker, as the till's own system user."""
        ctx, system = self.ctx, self._system
        ctx.ops.run(self, lambda: job(ctx.make_uow, actor=system, clock=ctx.clock), on_done=on_done,
                    on_error=lambda error: log.warning("%s did not run: %s", what, error.message),
                    changes=changes, latest=what)

    def _reviewed(self, review: TierReview) -> None:
        self.last_review = review
        if review.moved_down:
            log.info("tier review moved %s of %s members down", review.moved_down, review.reviewed)
