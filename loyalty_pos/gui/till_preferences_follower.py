"""Keeps the running till on the till group a manager saved in Settings (auto-lock,
customer display and its screen): read at start and again whenever a unit of work
commits a settings change, off the GUI thread like every read."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from loyalty_pos.domain.changes import Changes
from loyalty_pos.gui.context import TillContext
from loyalty_pos.services.shop.till_preferences import TillPreferences, till_preferences


class TillPreferencesFollower(QObject):
    loaded = Signal(object)  # TillPreferences

    def __init__(self, ctx: TillContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current = TillPreferences()
        ctx.ops.changed.connect(self._changed)

    def reload(self) -> None:
        ctx = self.ctx
        ctx.ops.run(self, lambda: till_preferences(ctx.make_uow(readonly=True)), on_done=self._apply,
                    on_error=lambda _error: None,  # the defaults stand; the till reports store errors elsewhere
                    latest=f"till-preferences-{id(self)}")

    def _changed(self, changes: Changes) -> None:
        if Changes.SETTINGS in changes:
            self.reload()

    def _apply(self, preferences: TillPreferences) -> None:
        self.current = preferences
        self.loaded.emit(preferences)
