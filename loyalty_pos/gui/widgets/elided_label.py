"""A one-line label whose size does not follow its text.

A plain QLabel asks for the width of its text, and for no height when empty: a
long reward name arriving a moment after a scan widened the member panel (the
basket beside it moved), an empty one let the parts under it ride up. This one
is one line tall, empty or not, and takes the width it is given; text too long
for it ends in "…", and the tooltip then says it whole.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(super().sizeHint().width(), self._line_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(0, self._line_height())

    def _line_height(self) -> int:
        """As tall as a QLabel holding one line of text."""
        line = self.fontMetrics().boundingRect(QRect(0, 0, 10_000, 10_000), Qt.TextFlag.TextSingleLine, "X")
        margins = self.contentsMargins()
        return line.height() + margins.top() + margins.bottom() + 2 * self.margin()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._explain()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._explain()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        area = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, area.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, area, int(self.alignment()), self.palette(), self.isEnabled(),
                                  shown, self.foregroundRole())
        painter.end()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def _explain(self) -> None:
        self.setToolTip(self.text() if self.is_elided() else "")
