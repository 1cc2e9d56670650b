"""The lines of a sale being returned; the "to return" column is edited in place.

The model keeps the cashier's chosen quantities and clamps them to what is still
returnable (sold minus already returned), so the till never asks the service
for an impossible return.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.money import Money
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.widgets.theme import colours

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

_Index = QModelIndex | QPersistentModelIndex


class ReturnColumn(enum.IntEnum):
    PRODUCT = 0
    PAID = 1
    SOLD = 2
    RETURNED = 3
    TO_RETURN = 4


_HEADERS = {
    ReturnColumn.PRODUCT: QT_TRANSLATE_NOOP("ReturnLinesModel", "Product"),
    ReturnColumn.PAID: QT_TRANSLATE_NOOP("ReturnLinesModel", "Paid"),
    ReturnColumn.SOLD: QT_TRANSLATE_NOOP("ReturnLinesModel", "Sold"),
    ReturnColumn.RETURNED: QT_TRANSLATE_NOOP("ReturnLinesModel", "Returned"),
    ReturnColumn.TO_RETURN: QT_TRANSLATE_NOOP("ReturnLinesModel", "Return now"),
}


@dataclass(frozen=True, slots=True)
class ReturnRow:
    line_no: int
    name: str
    sold: int
    already_returned: int
    paid_minor: int  # what the customer paid for the whole line, after discounts
    currency: str

    @property
    def returnable(self) -> int:
        return self.sold - self.already_returned


def rows_from_sale(lines: Sequence[PricedLine], remaining: Mapping[int, int], currency: str) -> list[ReturnRow]:
    return [
        ReturnRow(
            line_no=line.line_no, name=line.name, sold=line.quantity,
            already_returned=line.quantity - remaining.get(line.line_no, 0),
            paid_minor=line.net_minor, currency=currency,
        )
        for line in lines
    ]


class ReturnLinesModel(QAbstractTableModel):
    quantities_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ReturnRow, ...] = ()
        self._chosen: dict[int, int] = {}  # row -> quantity to return

    def set_rows(self, rows: Sequence[ReturnRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._chosen = {}
        self.endResetModel()
        self.quantities_changed.emit()

    def row(self, row: int) -> ReturnRow:
        return self._rows[row]

    def quantity(self, row: int) -> int:
        return self._chosen.get(row, 0)

    def chosen(self) -> list[tuple[int, int]]:
        """(line_no, quantity) for every line with something to return, in receipt order."""
        return [(self._rows[row].line_no, qty) for row, qty in sorted(self._chosen.items()) if qty > 0]

    def set_quantity(self, row: int, quantity: int) -> bool:
        """Clamped to 0..returnable; False (nothing changes) for a row that does not exist."""
        if not 0 <= row < len(self._rows):
            return False
        clamped = max(0, min(quantity, self._rows[row].returnable))
        if clamped == self._chosen.get(row, 0):
            return True
        self._chosen[row] = clamped
        cell = self.index(row, ReturnColumn.TO_RETURN)
        self.dataChanged.emit(self.index(row, 0), cell)
        self.quantities_changed.emit()
        return True

    def choose_everything(self) -> None:
        changed = False
        for row, line in enumerate(self._rows):
            if self._chosen.get(row, 0) != line.returnable:
                self._chosen[row] = line.returnable
                changed = True
        if changed and self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, ReturnColumn.TO_RETURN))
            self.quantities_changed.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(ReturnColumn)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ReturnLinesModel", _HEADERS[ReturnColumn(section)])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(ReturnColumn(section))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == ReturnColumn.TO_RETURN and self._rows[index.row()].returnable > 0:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = ReturnColumn(index.column())
        line = self._rows[index.row()]
        if role == Qt.ItemDataRole.EditRole and column is ReturnColumn.TO_RETURN:
            return self.quantity(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and line.returnable == 0:
            return QColor(colours().muted)  # fully returned already: nothing left to choose
        if role == Qt.ItemDataRole.FontRole and column is ReturnColumn.TO_RETURN and self.quantity(index.row()):
            font = QFont()  # the application's font, emphasised: this line is coming back
            font.setBold(True)
            return font
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != ReturnColumn.TO_RETURN or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            quantity = int(value)
        except (TypeError, ValueError):
            return False
        return self.set_quantity(index.row(), quantity)

    def _text(self, row: int, line: ReturnRow, column: ReturnColumn) -> str:
        if column is ReturnColumn.PRODUCT:
            return line.name
        if column is ReturnColumn.PAID:
            return money_text(Money(line.paid_minor, line.currency))
        if column is ReturnColumn.SOLD:
            return str(line.sold)
        if column is ReturnColumn.RETURNED:
            return str(line.already_returned) if line.already_returned else ""
        if line.returnable == 0:
            return QCoreApplication.translate("ReturnLinesModel", "all returned")
        return str(self.quantity(row))

    @staticmethod
    def _alignment(column: ReturnColumn) -> Qt.AlignmentFlag:
        if column is ReturnColumn.PRODUCT:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if column is ReturnColumn.PAID:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignCenter


class QuantityDelegate(QStyledItemDelegate):
    """A spin box bounded by what is still returnable; Enter only ends the edit.

    Qt's own delegate lets Enter through to the dialog once the edit is committed,
    which would confirm the refund on the same key press that set the quantity.
    """

    def __init__(self, model: ReturnLinesModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(0, self.lines.row(index.row()).returnable)
        editor.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        editor.setValue(self.lines.quantity(index.row()))
        editor.selectAll()  # the digit that opened the editor replaces the old quantity

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _ENTER_KEYS:
            assert isinstance(editor, QWidget)
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)
