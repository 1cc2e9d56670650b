"""A yes/no question that never blocks the event loop: Enter does the action, Esc does nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context: it cannot see a helper's.
    return QCoreApplication.translate("", text)


def confirm(parent: QWidget, title: str, text: str, action: str, then: Callable[[], None]) -> QMessageBox:
    """Open the question over ``parent``'s window and return it (already open); ``then``
    runs only if the manager confirms. The keyboard goes back where it was either way."""
    box = QMessageBox(QMessageBox.Icon.Question, title, title, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(text)
    box.setObjectName("confirmBox")
    yes = box.addButton(_tr("Enter  {action}").format(action=action), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(_tr("Esc  Cancel"), QMessageBox.ButtonRole.RejectRole)
    yes.setProperty("role", "danger")
    box.setDefaultButton(yes)
    box.setEscapeButton(no)
    # Qt sizes a message box to its title line; a readable width for the explanation.
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 460px; }")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    was_focused = QApplication.focusWidget()

    def answered() -> None:
        box.deleteLater()
        parent.window().activateWindow()  # the box had the keyboard; give it back
        if box.clickedButton() is yes:
            then()
        elif was_focused is not None and isValid(was_focused):
            was_focused.setFocus()  # back to the field the manager was in

    box.finished.connect(answered)
    box.open()
    return box
