"""Opening the back office the way a manager does: sign in, Ctrl+Shift+B, Ctrl+<n>."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from loyalty_pos.gui.manager.back_office import BackOfficeWindow
from loyalty_pos.gui.manager.sections import SECTIONS, shortcut_digit
from tests.gui.conftest import Till
from tests.gui.keyboard import press

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# The till screens the back office must read well on: the smallest, and a common laptop.
TILL_SCREENS = ((1024, 768), (1280, 800))


def section_key(slug: str) -> Qt.Key:
    """The digit of Ctrl+<digit> that opens ``slug``."""
    index = next(index for index, spec in enumerate(SECTIONS) if spec.slug == slug)
    digit = shortcut_digit(index)
    return Qt.Key.Key_Comma if digit == "," else getattr(Qt.Key, f"Key_{digit}")


def open_back_office(till: Till) -> BackOfficeWindow:
    if till.window.actor is None:
        till.signed_in("manager", "9999")
    press(till.qtbot, Qt.Key.Key_B, modifier=CTRL_SHIFT)
    window = till.window.back_office
    assert isinstance(window, BackOfficeWindow)
    till.qtbot.waitUntil(window.isVisible)
    return window


def open_section_on_screen(till: Till, slug: str, size: tuple[int, int]) -> QWidget:
    """``open_section`` on a till window of ``size`` (the back office opens the till's size)."""
    till.window.resize(*size)
    till.qtbot.waitUntil(lambda: (till.window.width(), till.window.height()) == size)
    section = open_section(till, slug)
    window = till.window.back_office
    till.qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    till.settle()
    return section


def open_section(till: Till, slug: str) -> QWidget:
    """The section ``slug``, reached with its Ctrl+<n> key, shown and activated."""
    window = open_back_office(till)
    press(till.qtbot, section_key(slug), window, modifier=CTRL)
    section = window.sections[slug]
    till.qtbot.waitUntil(lambda: window.stack.currentWidget() is section)
    return section
