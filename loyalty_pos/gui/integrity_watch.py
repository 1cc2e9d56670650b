"""The integrity checks of a running till: the cheap one as it starts, the full one after,
both on the worker thread, so the till is usable at once and a sale never waits."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from loyalty_pos.gui.language import spoken_language
from loyalty_pos.gui.main_window import MainWindow
from loyalty_pos.gui.widgets.message_bar import Level
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.i18n.check_texts import problem_text
from loyalty_pos.jobs.integrity_at_start import quick_check
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.check import CheckReport

log = logging.getLogger(__name__)
STAY_MS = 60_000  # long enough for a manager to read; the log keeps every line
# The full check reads every record (minutes of one core at a million members): it waits
# until the first sign-in and scans are over, so they do not share the two cores with it.
FULL_CHECK_AFTER_MS = 120_000


class IntegrityWatch(QObject):
    def __init__(self, window: MainWindow, db_path: Path, make_uow: Callable[..., UnitOfWork], *,
                 full_after_ms: int = FULL_CHECK_AFTER_MS) -> None:
        super().__init__(window)
        self._full_after_ms = full_after_ms
        self._window = window
        self._db_path = db_path
        self._make_uow = make_uow
        self.reports: list[tuple[str, CheckReport]] = []  # (which, report): what tests and the log read

    def start(self) -> None:
        ops = self._window.ctx.ops
        ops.run(self, lambda: quick_check(self._db_path, self._make_uow(readonly=True)),
                on_done=self._started, on_error=self._failed)

    def _started(self, report: CheckReport) -> None:
        self._heard("start", report)
        QTimer.singleShot(self._full_after_ms, self, self._full)  # dropped if the till closes first

    def _full(self) -> None:
        self._window.ctx.ops.run(self, lambda: check_file(self._db_path),
                                 on_done=lambda report: self._heard("full", report), on_error=self._failed)

    def _heard(self, which: str, report: CheckReport) -> None:
        self.reports.append((which, report))
        for problem in report.problems:
            log.warning("integrity (%s check): %s", which, problem)
        for note in report.notes:
            log.info("integrity (%s check): %s", which, note)
        if report.problems:
            first = problem_text(report.problems[0], spoken_language())  # the log above keeps the English
            more = len(report.problems) - 1
            text = self.tr("The store's records do not add up; tell a manager. {first}").format(first=first)
            if more:
                text += " " + self.tr("(and {count} more; a manager runs 'loyalty-pos check')").format(count=more)
            self._window.messages.show_message(text, Level.ERROR, STAY_MS)

    def _failed(self, error: object) -> None:
        log.warning("integrity check could not run: %s", error)
