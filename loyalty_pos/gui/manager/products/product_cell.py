"""The product list's first cell: the name, and under it the code and barcode, smaller.

The code and barcode are what a manager checks a product by, so they must be read
whole beside the form on a 1024-wide till: in the list's own font "DEL-SALAD ·
7040000000240" needs more room than the column has there. A line that still does
not fit (a long name, an inactive product's longer second line) is elided, and
its cell's tooltip then says it whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from loyalty_pos.gui.widgets.theme import colours, scaled_font

_Index = QModelIndex | QPersistentModelIndex
_DETAIL_PCT = 85  # the second line's size: still read at arm's length, as the section list's keys are


class ProductCellDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        lines = _lines(item.text)
        item.text = ""  # the style paints the background, selection and focus; the lines are ours
        style = item.widget.style() if item.widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        ink = item.palette.highlightedText().color() if selected else item.palette.text().color()
        detail_ink = ink if selected else QColor(colours().muted)
        fonts = (item.font, _detail_font(item.font))
        heights = [QFontMetrics(font).height() for font in fonts]
        top = area.top() + max(0, (area.height() - sum(heights)) // 2)
        painter.save()
        for text, font, height, colour in zip(lines, fonts, heights, (ink, detail_ink), strict=True):
            painter.setFont(font)
            painter.setPen(colour)
            line = QRect(area.left(), top, area.width(), height)
            painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, area.width()))
            top += height
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802 - Qt API
        """Wide enough for both lines whole: what the view measures a column by."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        plain = super().sizeHint(option, index)  # both lines in the list's font, plus the cell's padding
        name, detail = _lines(item.text)
        padding = plain.width() - max(QFontMetrics(item.font).horizontalAdvance(text) for text in (name, detail))
        return QSize(padding + max(_widths(item.font, name, detail)), plain.height())

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: _Index) -> bool:
        cut = index.isValid() and self.sizeHint(option, index).width() > option.rect.width()
        if event.type() == QEvent.Type.ToolTip and cut:
            QToolTip.showText(event.globalPos(), str(index.data()), view)
            return True
        return super().helpEvent(event, view, option, index)


def _lines(text: str) -> tuple[str, str]:
    # The style option carries the model's "\n" as Unicode's line separator.
    name, _newline, detail = text.replace("\u2028", "\n").partition("\n")
    return name, detail


def _detail_font(font: QFont) -> QFont:
    return scaled_font(font, _DETAIL_PCT, bold=font.bold())


def _widths(font: QFont, name: str, detail: str) -> tuple[int, int]:
    return QFontMetrics(font).horizontalAdvance(name), QFontMetrics(_detail_font(font)).horizontalAdvance(detail)
