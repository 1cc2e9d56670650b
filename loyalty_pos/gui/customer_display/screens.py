"""Which screen the customer display goes on.

The manager picks a screen by the name the system gives it (it survives restarts
and re-plugging, where a position in the list does not). When that screen is not
connected, or is the one the till itself is on, the display falls back to the
first screen the till is not on, and says so; with one screen there is nowhere
else and the display is an ordinary window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QGuiApplication


class ScreenLike(Protocol):
    """What the till reads of a screen: QScreen has both; tests give stand-ins."""

    def name(self) -> str: ...

    def geometry(self) -> QRect: ...


ScreenProvider = Callable[[], Sequence[ScreenLike]]


def system_screens() -> Sequence[ScreenLike]:
    return QGuiApplication.screens()


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context: it cannot see a helper's.
    return QCoreApplication.translate("", text)


def describe(screen: ScreenLike) -> str:
    """``HDMI-2 — 1920×1080 at 1920, 0``: a name and where it sits, to tell two alike apart."""
    box = screen.geometry()
    return _tr("{name} — {width}×{height} at {x}, {y}").format(
        name=screen.name() or _tr("(unnamed)"), width=box.width(), height=box.height(), x=box.x(), y=box.y())


@dataclass(frozen=True)
class Placement:
    screen: ScreenLike | None  # None: no screen but the till's, the display is a window
    note: str | None  # why it is not where the manager asked, for the till's message bar


def place_display(screens: Sequence[ScreenLike], till_screen: str | None, wanted: str) -> Placement:
    others = [screen for screen in screens if screen.name() != till_screen]
    if not others:
        note = _tr("Only one screen is connected: the customer display opens as a window on the till's screen.")
        return Placement(None, note)
    if not wanted:
        return Placement(others[0], None)
    chosen = next((screen for screen in others if screen.name() == wanted), None)
    if chosen is not None:
        return Placement(chosen, None)
    fallback = others[0].name()
    if wanted == till_screen:
        return Placement(others[0], _tr("{wanted} is the till's own screen: the customer display is on {fallback}.")
                         .format(wanted=wanted, fallback=fallback))
    return Placement(others[0], _tr("Screen {wanted} is not connected: the customer display is on {fallback}.")
                     .format(wanted=wanted, fallback=fallback))
