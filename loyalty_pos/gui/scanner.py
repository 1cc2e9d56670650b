"""Tells a keyboard-wedge scanner from a person, wherever the focus is.

A scanner "types" a whole code a few milliseconds per key and ends with Enter or
Tab; a person leaves tens to hundreds of milliseconds between keys. Printable
keys are held back for one inter-key gap: if the next key comes sooner, the burst
goes on; if it does not, the held keys are replayed to the widget they were meant
for. A burst long enough and ending in Enter/Tab is a scan: it is taken out of the
stream entirely (never lands in a quantity field) and emitted as ``scanned``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from loyalty_pos.config import ScannerSettings

_TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
# A wedge scanner presses Shift for every capital letter and ':' as a keyboard would;
# those presses carry no text and must neither end nor break a burst.
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
                  Qt.Key.Key_CapsLock}


@dataclass
class _HeldKey:
    receiver: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScannerFilter(QObject):
    """Install on the QApplication; connect ``scanned`` to the till's router."""

    scanned = Signal(str)

    def __init__(self, settings: ScannerSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._held: list[_HeldKey] = []
        self._last_at = 0.0
        self._last_stamped = False
        self._replaying = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._replay)

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat() or event.key() in _MODIFIER_KEYS:
            return False
        # The key's own timestamp (ms, from the window system) says when it was typed;
        # a slow redraw mid-scan delays handling, not typing. Synthetic events have 0.
        stamped = bool(event.timestamp())
        now = event.timestamp() / 1000 if stamped else time.monotonic()
        same_clock = stamped == self._last_stamped
        gap_ms = (now - self._last_at) * 1000 if same_clock else float("inf")
        if gap_ms < 0:  # the window system's clock wrapped: never read that as a burst
            gap_ms = float("inf")
        key = event.key()
        if key in _TERMINATORS and self._held:
            if gap_ms <= self.settings.max_gap_ms and len(self._held) >= self.settings.min_length:
                self._take_scan()
                return True
            self._replay()
            return False
        if not self._is_code_character(event):
            self._replay()
            return False
        if self._held and gap_ms > self.settings.max_gap_ms:
            self._replay()
        self._held.append(_HeldKey(watched, key, event.modifiers(), event.text()))
        self._last_at = now
        self._last_stamped = stamped
        self._flush_timer.start(self.settings.max_gap_ms + 1)
        return True

    @staticmethod
    def _is_code_character(event: QKeyEvent) -> bool:
        text = event.text()
        blocked = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        return len(text) == 1 and text.isprintable() and not (event.modifiers() & blocked)

    def _take_scan(self) -> None:
        self._flush_timer.stop()
        code = "".join(held.text for held in self._held)
        self._held.clear()
        self.scanned.emit(code)

    def _replay(self) -> None:
        """A person typed these: deliver them, in order, to where they were going."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for item in held:
                if not isValid(item.receiver):  # the field closed meanwhile
                    continue
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(item.receiver, QKeyEvent(kind, item.key, item.modifiers, item.text))
        finally:
            self._replaying = False
