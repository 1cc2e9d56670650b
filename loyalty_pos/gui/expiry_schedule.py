"""Runs the daily jobs (``jobs.daily``: points expiry, the yearly tier review, the backup) in the
background, shortly after the till opens and then daily.

The jobs work in short transactions on a worker thread, so the till stays usable
while a large store is swept.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from loyalty_pos.config import Config
from loyalty_pos.gui.context import TillContext
from loyalty_pos.jobs.daily import DailyRun, run_daily_jobs
from loyalty_pos.jobs.daily_backup import BackupPlace
from loyalty_pos.services.members.tier_review import TierReview

log = logging.getLogger(__name__)

FIRST_RUN_DELAY_MS = 3_000  # after the window is up: start-up stays fast
DAILY_MS = 24 * 60 * 60 * 1000


class ExpirySchedule(QObject):
    def __init__(self, ctx: TillContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_expired: int | None = None
        self.last_review: TierReview | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.run_now)

    def start(self, first_delay_ms: int = FIRST_RUN_DELAY_MS) -> None:
        QTimer.singleShot(first_delay_ms, self.run_now)
        self._timer.start(DAILY_MS)

    def run_now(self) -> None:
        ctx = self.ctx
        # A till opened without a data directory (some tests) has nothing to back up.
        place = None
        if ctx.data_dir is not None:
            config = Config(data_dir=ctx.data_dir)
            place = BackupPlace(config.db_path, config.key_path, config.backup_dir)
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: run_daily_jobs(make_uow, terminal_id=ctx.terminal_id, clock=ctx.clock,
                                                       backups=place),
                       on_done=self._done,
                       on_error=lambda error: log.warning("daily jobs did not run: %s", error.message),
                       latest="daily jobs")

    def _done(self, run: DailyRun) -> None:
        self.last_expired, self.last_review = run.expired, run.review
        if run.expired:
            log.info("expired %s points", run.expired)
        if run.backup is not None and run.backup.made is not None:
            log.info("daily backup made: %s", run.backup.made)
        if run.review.moved_down:
            log.info("tier review moved %s of %s members down", run.review.moved_down, run.review.reviewed)
