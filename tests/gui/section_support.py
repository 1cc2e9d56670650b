"""A back-office section on its own at 1180x760 (what it gets in the back office on a
full-HD till), for tests that look at its layout apart from the shell; tests of how
a manager reaches a section use ``back_office_support.open_section``."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import Till

SECTION_SIZE = (1180, 760)
W = TypeVar("W", bound=QWidget)


def show_section(till: Till, section: W) -> W:
    """Shown, active (its shortcuts work) and ``activated()`` as the shell would."""
    till.qtbot.addWidget(section)
    section.resize(*SECTION_SIZE)
    section.show()
    till.qtbot.waitExposed(section)
    section.activateWindow()
    till.qtbot.waitUntil(lambda: QApplication.activeWindow() is section)
    section.activated()  # type: ignore[attr-defined]
    till.settle()
    return section
