"""#22's till dialogs as a keyboard or screen-reader user meets them at a 1024x768 till in
high contrast at the largest text size: the gift card (Ctrl+G), donating points (Ctrl+D),
a member action (Ctrl+E) and a paid membership (Ctrl+M). The same checks as every other
screen (tests/gui/test_accessibility.py); each is saved as tests/artifacts/a11y_<name>.png."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from tests.gui.conftest import Till, running_till
from tests.gui.keyboard import press
from tests.gui.test_accessibility import _close, _problems, high_contrast_largest

__all__ = ["high_contrast_largest"]


def _modal(till: Till, key: Qt.Key) -> QWidget:
    press(till.qtbot, key, modifier=Qt.KeyboardModifier.ControlModifier)
    till.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    till.settle()
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    return dialog


def test_the_tills_campaign_dialogs(qtbot: QtBot, high_contrast_largest: App) -> None:
    found: list[str] = []
    with running_till(qtbot, high_contrast_largest) as till:
        till.signed_in()
        dialog = _modal(till, Qt.Key.Key_G)
        found += _problems("gift_card", dialog)
        _close(till, dialog)
        till.scan(till.card_payload(till.member_named("Mei Saputra")))
        till.settle()
        for name, key in (("donate", Qt.Key.Key_D), ("member_action", Qt.Key.Key_E), ("paid_membership", Qt.Key.Key_M)):
            dialog = _modal(till, key)
            found += _problems(name, dialog)
            _close(till, dialog)
    assert not found, "\n".join(found)
