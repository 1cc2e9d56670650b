"""Locks the till after a stretch with nobody at it.

Any key, click, wheel turn, touch or scan anywhere in the application restarts
the countdown; when it runs out, ``idle`` fires and the till locks itself. It
only counts while someone is signed in (``arm``/``disarm``), and a zero setting
never locks. ``unit_ms`` is a minute in production; tests shorten it instead
of waiting real minutes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

MINUTE_MS = 60_000
_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})


class IdleLock(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, unit_ms: int = MINUTE_MS) -> None:
        super().__init__(parent)
        self.unit_ms = unit_ms
        self.minutes = 0
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """Applied at once: the countdown starts again at the new length."""
        self.minutes = max(0, minutes)
        self.activity()

    def arm(self) -> None:
        self._armed = True
        self.activity()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    @property
    def counting(self) -> bool:
        return self._timer.isActive()

    def activity(self) -> None:
        if self._armed and self.minutes > 0:
            self._timer.start(self.minutes * self.unit_ms)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Called for every event the application delivers: the cheapest test first.
        if self._armed and event.type() in _INPUT:
            self.activity()
        return False
