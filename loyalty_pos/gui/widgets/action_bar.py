"""A row of key-labelled buttons that wraps into more rows on a narrow screen.

At 1024 px ten labelled buttons do not fit in one row at the till's font size;
clipping "F2 Find member" to "F2 Find m" would defeat the point of labels. The back
office's rows ("Ctrl+S" over "Save to draft") wrap the same way at a large text size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget


class ActionBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: list[QPushButton] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self._columns = 0
        # As tall as its rows of buttons need: at a large text size the screen's stretching
        # parts (basket, member panel) give up the room, never the buttons' labels.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add(self, button: QPushButton) -> QPushButton:
        button.setParent(self)
        self.buttons.append(button)
        self._relayout(force=True)
        return button

    def _fitting_columns(self, width: int) -> int:
        if not self.buttons:
            return 1
        widest = max(b.sizeHint().width() for b in self.buttons)
        spacing = self._grid.horizontalSpacing()
        per_row = max(1, (width + spacing) // (widest + spacing))
        if per_row >= len(self.buttons):
            return len(self.buttons)
        rows = -(-len(self.buttons) // per_row)  # ceiling: as few rows as fit
        return -(-len(self.buttons) // rows)  # then balance the rows

    def _relayout(self, *, force: bool = False) -> None:
        columns = self._fitting_columns(max(self.width(), 1))
        if columns == self._columns and not force:
            return
        self._columns = columns
        for button in self.buttons:
            self._grid.removeWidget(button)
        for position, button in enumerate(self.buttons):
            self._grid.addWidget(button, position // columns, position % columns)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def one_row_width(self) -> int:
        """All in one row of equal columns, as _fitting_columns counts them (the grid's own
        hint is of the rows it has): what a ReflowBox keeps whole beside a message line."""
        if not self.buttons:
            return 0
        spacing = self._grid.horizontalSpacing()
        widest = max(b.sizeHint().width() for b in self.buttons)
        return widest * len(self.buttons) + spacing * (len(self.buttons) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as its widest button: given less room than its current rows take, it
        wraps into more rows (the grid's own minimum would hold the row it was built with)."""
        if not self.buttons:
            return super().minimumSizeHint()
        return QSize(max(b.sizeHint().width() for b in self.buttons), self._grid.minimumSize().height())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Polished on show, a button can ask for more room (its style sheet's padding and
        font) than when it was added: the grid forgets what it measured then."""
        super().showEvent(event)
        self._grid.invalidate()
        self._relayout(force=True)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._relayout()
