"""A date field that Tab leaves, as every other field does."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class DayEdit(QDateEdit):
    """Qt's date edit spends Tab on moving between its day, month and year: a keyboard user
    is then kept in the field. Here Tab goes to the next control; ← and → still move
    between the parts and ↑/↓ change the one the cursor is in."""

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt API
        return QWidget.focusNextPrevChild(self, next)
