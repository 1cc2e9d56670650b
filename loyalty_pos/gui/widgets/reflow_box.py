"""A box layout that puts its items side by side when they fit, one above the other when not.

At 150 % text on a 1024x768 till a form and its preview (a card sheet, a reward as the
till shows it) are together wider than the back office leaves them; squeezed side by
side, labels are cut and fields pushed out. Stacked, each keeps its width and the section
scrolls up and down instead.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QBoxLayout, QLayoutItem, QWidget


def _min_width(item: QLayoutItem) -> int:
    widget = item.widget()
    width = item.minimumSize().width()
    if widget is not None:  # a fixed-size widget (a preview) says so by its minimum, not its hint
        width = max(width, widget.minimumWidth())
    return width


class ReflowBox(QBoxLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, parent)
        self._whole: list[QWidget] = []

    def keep_whole(self, widget: QWidget) -> None:
        """Side by side, ``widget`` keeps the width it asks for (a row of buttons in one
        line); only stacked may it take less (and wrap)."""
        self._whole.append(widget)

    def _side_width(self, item: QLayoutItem) -> int:
        widget = item.widget()
        if widget is not None and widget in self._whole:
            return max(_min_width(item), self._whole_width(widget))
        return _min_width(item)

    @staticmethod
    def _whole_width(widget: QWidget) -> int:
        one_row = getattr(widget, "one_row_width", None)  # an ActionBar's buttons in one row
        return one_row() if one_row is not None else widget.sizeHint().width()

    def _items(self) -> list[QLayoutItem]:
        items = (self.itemAt(index) for index in range(self.count()))
        return [item for item in items if item is not None and not item.isEmpty()]

    def side_by_side_width(self) -> int:
        items = self._items()
        margins = self.contentsMargins()
        return (sum(self._side_width(item) for item in items) + self.spacing() * max(0, len(items) - 1)
                + margins.left() + margins.right())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as the stacked arrangement: the box's own minimum would hold the
        arrangement it has, so it could never be given the width that stacks it."""
        margins = self.contentsMargins()
        stacked = max((_min_width(item) for item in self._items()), default=0) + margins.left() + margins.right()
        return QSize(stacked, super().minimumSize().height())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        wanted = (QBoxLayout.Direction.LeftToRight if rect.width() >= self.side_by_side_width()
                  else QBoxLayout.Direction.TopToBottom)
        if wanted != self.direction():
            side = wanted == QBoxLayout.Direction.LeftToRight
            for widget in self._whole:
                widget.setMinimumWidth(self._whole_width(widget) if side else 0)
            self.setDirection(wanted)
        super().setGeometry(rect)
