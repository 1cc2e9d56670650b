"""Keyboard emulation for the till's GUI tests: a wedge scanner and a person.

A scanner "types" a whole code a few milliseconds per key and ends with Enter;
a person leaves ~150 ms between keys. Both go through the real QApplication
event path (QTest -> QApplication.notify), so the app-wide ScannerFilter sees
them exactly as it sees a real keyboard.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

SCANNER_GAP_MS = 8
HUMAN_GAP_MS = 150
# Filling a form where telling scanner from person is not the point: a very quick
# typist, still above the filter's 35 ms scanner gap (qWait never returns early),
# so the suite stays fast.
FORM_GAP_MS = 40
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def focused(fallback: QWidget | None = None) -> QWidget:
    widget = QApplication.focusWidget() or fallback
    assert widget is not None, "nothing has the keyboard focus"
    return widget


_SHIFTED = set(':!@#$%^&*()_+{}|"<>?~')


def scan(qtbot: QtBot, widget: QWidget | None, text: str, gap_ms: int = SCANNER_GAP_MS) -> None:
    """``text`` + Enter, one key every ``gap_ms``, into ``widget`` (default: whatever has focus).

    Between keys the event loop runs, as it does at a real till, but the gap is kept
    to ``gap_ms`` by the clock rather than by ``qWait`` (whose 10 ms slices would
    make every gap 17-25 ms and the test measure the test harness, not the till).
    """
    target = widget if widget is not None else focused()
    for char in [*text, "\r"]:
        due = time.perf_counter() + gap_ms / 1000
        QCoreApplication.processEvents()
        left = due - time.perf_counter()
        if left > 0:
            time.sleep(left)
        if char == "\r":
            QTest.keyClick(target, Qt.Key.Key_Return)
        elif char.isupper() or char in _SHIFTED:
            # As a wedge scanner types it on a US layout: Shift down, the key, Shift up.
            QTest.keyPress(target, Qt.Key.Key_Shift)
            QTest.keyClick(target, char, Qt.KeyboardModifier.ShiftModifier)
            QTest.keyRelease(target, Qt.Key.Key_Shift)
        else:
            QTest.keyClick(target, char)


def type_human(qtbot: QtBot, widget: QWidget | None, text: str, gap_ms: int = HUMAN_GAP_MS) -> None:
    """A person typing ``text`` (no Enter) at ``gap_ms`` per key."""
    target = widget if widget is not None else focused()
    for char in text:
        _click(target, char, Qt.KeyboardModifier.NoModifier, gap_ms)
    # The scanner filter holds a person's last key one gap (35 ms) before replaying it.
    qtbot.wait(45)


def press(qtbot: QtBot, key: Qt.Key, widget: QWidget | None = None,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, gap_ms: int = FORM_GAP_MS) -> None:
    """One named key (Enter, Esc, F9, Ctrl+L...) to ``widget`` or whatever has focus,
    a person's pause after the previous key."""
    _click(widget if widget is not None else focused(), key, modifier, gap_ms)


def _click(widget: QWidget, key: str | Qt.Key, modifier: Qt.KeyboardModifier, gap_ms: int) -> None:
    # QTest.keyClick(..., delay) waits before the press AND before the release, which
    # would double the gap between two keys; a person's gap is press to press.
    QTest.keyPress(widget, key, modifier, gap_ms)
    QTest.keyRelease(widget, key, modifier, 0)


def save_png(widget: QWidget, name: str) -> Path:
    """``tests/artifacts/<name>.png``: every screen a test reaches can be looked at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    QCoreApplication.processEvents()
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path
