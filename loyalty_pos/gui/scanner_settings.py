"""Keeps the running scanner filter on the thresholds a manager set in Settings.

Read once at start and again whenever a unit of work commits a settings change,
off the GUI thread like every read; the till's config gives what is not set.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from loyalty_pos.config import ScannerSettings
from loyalty_pos.domain.changes import Changes
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.scanner import ScannerFilter
from loyalty_pos.services.shop.shop import scanner_thresholds


class ScannerSettingsFollower(QObject):
    def __init__(self, ctx: TillContext, scanner: ScannerFilter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.scanner = ctx, scanner
        ctx.ops.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        ctx = self.ctx
        ctx.ops.run(self, lambda: scanner_thresholds(ctx.make_uow(readonly=True)), on_done=self._apply,
                    latest=f"scanner-settings-{id(self)}")

    def _changed(self, changes: Changes) -> None:
        if Changes.SETTINGS in changes:
            self.reload()

    def _apply(self, thresholds: tuple[int | None, int | None]) -> None:
        gap, length = thresholds
        default = self.ctx.scanner
        self.scanner.settings = ScannerSettings(max_gap_ms=gap or default.max_gap_ms,
                                                min_length=length or default.min_length)
