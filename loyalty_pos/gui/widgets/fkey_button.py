"""A till action button that shows its F-key, and owns the shortcut that triggers it.

The key is printed on the button ("F9 / Cash") so a new cashier learns the
keyboard from the screen. Buttons never take focus: a click must not pull the
focus out of the field the cashier is typing in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget



class FKeyButton(QPushButton):
    def __init__(
        self, key: QKeySequence | str, text: str, parent: QWidget | None = None, *, role: str | None = None
    ) -> None:
        super().__init__(parent)
        sequence = key if isinstance(key, QKeySequence) else QKeySequence(key)
        self.key_text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        self.setText(f"{self.key_text}\n{text}")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setProperty("fkey", True)  # two lines of text: the theme gives it the height
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if role:
            self.setProperty("role", role)
        # A window-wide shortcut owned by the button: it only fires while the button
        # is visible and enabled, so a hidden screen's keys are dead.
        self.shortcut = QShortcut(sequence, self)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self._trigger)

    def _trigger(self) -> None:
        if self.isEnabled() and self.isVisible():
            self.click()
