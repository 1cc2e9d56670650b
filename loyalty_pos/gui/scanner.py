"""Tells a keyboard-wedge scanner from a person, wherever the focus is.

A scanner "types" a whole code a few milliseconds per key and ends with Enter or
Tab; a person leaves tens to hundreds of milliseconds between keys. Printable
keys are held back for one inter-key gap: if the next key comes sooner, the burst
goes on; if it does not, the held keys are replayed to the widget they were meant
for. A burst long enough and ending in Enter/Tab is a scan: it is taken out of the
stream entirely (never lands in a quantity field) and emitted as ``scanned``.

The code is read from the keys' physical positions where the layout moved its
punctuation (``gui.scan_keys``), and an input method's per-key commits (a
full-width mode) count as keys, so neither a Norwegian layout nor an input method
breaks a scan.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from loyalty_pos.config import ScannerSettings
from loyalty_pos.gui.scan_keys import KeyScheme, ReadingChooser, scheme_for_platform, us_character

_TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
# A wedge scanner presses Shift for every capital letter and ':' as a keyboard would;
# those presses carry no text and must neither end nor break a burst.
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
                  Qt.Key.Key_CapsLock}


def _code_like(char: str) -> bool:
    """ASCII, or its full-width form (which ``cards.scan`` reads as ASCII)."""
    return (char.isascii() or 0xFF01 <= ord(char) <= 0xFF5E) and char.isprintable()


@dataclass
class _HeldKey:
    receiver: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    scan_code: int = 0
    virtual_key: int = 0
    native_modifiers: int = 0
    us_key: str | None = None  # what a US keyboard types at this key; None: unknown
    committed: bool = False  # an input method's commit, not a key press


class ScannerFilter(QObject):
    """Install on the QApplication; connect ``scanned`` to the till's router."""

    scanned = Signal(str)
    _FROM_PLATFORM = object()

    def __init__(self, settings: ScannerSettings, parent: QObject | None = None, *,
                 scheme: KeyScheme | None | object = _FROM_PLATFORM) -> None:
        super().__init__(parent)
        self.settings = settings
        self.scheme = scheme_for_platform(QGuiApplication.platformName()) if scheme is self._FROM_PLATFORM else scheme
        self.readings = ReadingChooser()
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
        if self._replaying:
            return False
        if event.type() == QEvent.Type.InputMethod:
            assert isinstance(event, QInputMethodEvent)
            return self._input_method_commit(watched, event)
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat() or event.key() in _MODIFIER_KEYS:
            return False
        # The key's own timestamp (ms, from the window system) says when it was typed;
        # a slow redraw mid-scan delays handling, not typing. Synthetic events have 0.
        stamped = bool(event.timestamp())
        now = event.timestamp() / 1000 if stamped else time.monotonic()
        if self._held and self._held[-1].committed:
            # Input-method commits carry no timestamp: the Enter after them is timed as they were.
            stamped, now = False, time.monotonic()
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
        us_key = self._us_key(event)
        # A dead key (Shift+= on a Norwegian layout) types nothing yet is part of the code.
        if not (self._is_code_character(event) or (us_key is not None and not event.text() and self._held)):
            self._replay()
            return False
        if self._held and gap_ms > self.settings.max_gap_ms:
            self._replay()
        self._held.append(_HeldKey(watched, key, event.modifiers(), event.text(), event.nativeScanCode(),
                                   event.nativeVirtualKey(), event.nativeModifiers(), us_key))
        self._started_key(now, stamped)
        return True

    def _started_key(self, now: float, stamped: bool) -> None:
        self._last_at = now
        self._last_stamped = stamped
        self._flush_timer.start(self.settings.max_gap_ms + 1)

    def _input_method_commit(self, watched: QObject, event: QInputMethodEvent) -> bool:
        """An input method in a full-width mode commits each key as it comes: keys of a burst."""
        text = event.commitString()
        if not text and not event.preeditString():
            return False  # the input method tidying up: neither a key nor the end of a burst
        # A Chinese character a person chose is never part of a code: it goes straight on.
        if event.preeditString() or len(text) != 1 or not _code_like(text):
            self._replay()
            return False
        now = time.monotonic()
        gap_ms = (now - self._last_at) * 1000 if not self._last_stamped else float("inf")
        if self._held and gap_ms > self.settings.max_gap_ms:
            self._replay()
        self._held.append(_HeldKey(watched, 0, Qt.KeyboardModifier.NoModifier, text, committed=True))
        self._started_key(now, False)
        return True

    def _us_key(self, event: QKeyEvent) -> str | None:
        if self.scheme is None:
            return None
        assert isinstance(self.scheme, KeyScheme)
        shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        return us_character(self.scheme, event.nativeScanCode(), event.nativeVirtualKey(), shifted)

    @staticmethod
    def _is_code_character(event: QKeyEvent) -> bool:
        text = event.text()
        blocked = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        return len(text) == 1 and text.isprintable() and not (event.modifiers() & blocked)

    def _take_scan(self) -> None:
        self._flush_timer.stop()
        text = "".join(held.text for held in self._held)
        us_keys = None
        if all(held.us_key is not None for held in self._held):
            us_keys = "".join(held.us_key or "" for held in self._held)
        self._held.clear()
        self.scanned.emit(self.readings.choose(text, us_keys))

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
                if item.committed:
                    commit = QInputMethodEvent()
                    commit.setCommitString(item.text)
                    QApplication.sendEvent(item.receiver, commit)
                    continue
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(item.receiver, QKeyEvent(
                        kind, item.key, item.modifiers, item.scan_code, item.virtual_key, item.native_modifiers,
                        item.text))
        finally:
            self._replaying = False
