"""Pieces the till's dialogs share: key-labelled buttons and inline field errors.

A dialog at the till is worked from the keyboard: its buttons print the key that
works them and never take the focus; a field that needs fixing says so right
under itself, in red, instead of in a message box the cashier must click away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from loyalty_pos.gui.widgets.theme import MIN_TARGET_PX

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


# The smallest till screen (1024x768) less a dialog's title bar and border: the most room a
# dialog may take and still be seen whole there.
DIALOG_ROOM_ON_SMALLEST_SCREEN = (1024 - 40, 768 - 40)


def key_button(key_text: str, label: str, parent: QWidget, *, role: str | None = None) -> QPushButton:
    """A button showing its key ("Esc" over "Cancel").

    Never a Qt default button: each dialog decides itself what Enter means, so a
    stray Enter in a table editor cannot confirm a refund.
    """
    button = QPushButton(f"{key_text}\n{label}", parent)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAutoDefault(False)
    button.setDefault(False)
    button.setMinimumHeight(MIN_TARGET_PX + 16)
    button.setMinimumWidth(150)
    if role:
        button.setProperty("role", role)
    # A greyed-out primary button (nothing to refund yet, saving...) is styled by the theme's
    # QPushButton[role="primary"]:disabled, so it follows high contrast too.
    return button


def inline_error_label(parent: QWidget) -> QLabel:
    """The red line under a field that needs fixing; hidden while empty."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setProperty("inlineError", True)  # the theme's danger ink, bold (theme.py)
    label.setVisible(False)
    return label


def set_inline_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


def needed_height(dialog: QWidget) -> int | None:
    """The height ``dialog``'s contents need at its current width (None without a layout):
    word-wrapped labels counted at that width, not at the narrower one Qt's hint assumes."""
    layout = dialog.layout()
    if layout is None:
        return None
    layout.activate()
    if layout.hasHeightForWidth():
        return layout.totalHeightForWidth(dialog.width())
    return layout.totalSizeHint().height()


def fit_height(dialog: QWidget) -> None:
    """Grow ``dialog`` to the height its contents need at its current width.

    Qt sizes a window from its size hint, which for word-wrapped labels is worked
    out at a narrower width than the window ends up with, so wrapped lines (an
    explanation, an inline error) would be clipped without this.
    """
    needed = needed_height(dialog)
    if needed is None:
        return
    # A dialog capped to the screen (its long part scrolls) stays capped.
    needed = min(needed, dialog.maximumHeight())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)
    dialog.setMinimumHeight(needed)


class WorkingDialog(QDialog):
    """A till dialog whose Enter submits and which cannot be closed while its work is
    being saved: Esc must never hide a member, refund or approval that did happen."""

    _busy = False

    def submit(self) -> None:
        raise NotImplementedError  # each dialog says what Enter does

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        fit_height(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in ENTER_KEYS:
            event.accept()
            self.submit()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
