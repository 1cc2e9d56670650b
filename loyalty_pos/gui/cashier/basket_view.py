"""The basket table, operated from the keyboard.

``+``/``-`` change the quantity of the selected line, typing a number opens the
quantity editor with that digit, Del removes the line. A scanner burst never
reaches the editor (the ScannerFilter takes it), so a scan cannot turn into a
quantity of 9400123412341238.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from loyalty_pos.domain.sale_draft import MAX_QUANTITY
from loyalty_pos.gui.models.basket_model import BasketColumn, BasketModel

_Index = QModelIndex | QPersistentModelIndex


class QuantityDelegate(QStyledItemDelegate):
    """A plain digits field: a spin box's arrows are useless at a till and squeeze the digits."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setObjectName("quantityEditor")
        editor.setValidator(QIntValidator(1, MAX_QUANTITY, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        # The till's roomy field padding would hide the digits inside a table row.
        # Its accent outline comes from the theme (QLineEdit#quantityEditor).
        editor.setStyleSheet("QLineEdit { min-height: 0px; padding: 0px 2px; }")
        return editor


class BasketView(QTableView):
    step_requested = Signal(int, int)  # row, +1 / -1
    remove_requested = Signal(int)  # row

    def __init__(self, model: BasketModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basket")
        self.setAccessibleName(self.tr("Basket"))
        self.setAccessibleDescription(self.tr("The sale's lines; + and - change the quantity, Delete removes a line"))
        self.setModel(model)
        self.setItemDelegateForColumn(BasketColumn.QUANTITY, QuantityDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # AnyKeyPressed: the digit that opens the editor must also land in it (Qt only
        # forwards the opening key with this trigger); only the quantity is editable.
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BasketColumn.PRODUCT, QHeaderView.ResizeMode.Stretch)
        # Wide enough for the editor of a 3-digit quantity, whatever the rows hold.
        header.setSectionResizeMode(BasketColumn.QUANTITY, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(BasketColumn.QUANTITY, self.fontMetrics().horizontalAdvance("Qty 999") + 16)
        header.setHighlightSections(False)
        # The discount column only when there is one: at 1024 px the product name needs the room.
        model.modelReset.connect(self._refresh_columns)
        model.dataChanged.connect(self._refresh_columns)
        self._refresh_columns()

    def _refresh_columns(self, *_args: object) -> None:
        model = self.model()
        assert isinstance(model, BasketModel)
        self.setColumnHidden(BasketColumn.DISCOUNT, not model.has_discounts())

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model().rowCount():
            self.setCurrentIndex(self.model().index(row, BasketColumn.PRODUCT))
            self.selectRow(row)

    def edit_quantity(self, event: QKeyEvent | None = None) -> bool:
        row = self.current_row()
        if row < 0:
            return False
        index = self.model().index(row, BasketColumn.QUANTITY)
        self.setCurrentIndex(index)
        if event is None:
            return self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, None)
        return self.edit(index, QAbstractItemView.EditTrigger.AnyKeyPressed, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        row = self.current_row()
        text = event.text()
        if row >= 0 and self.state() != QAbstractItemView.State.EditingState:
            if text == "+":
                self.step_requested.emit(row, +1)
                return
            if text == "-":
                self.step_requested.emit(row, -1)
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_requested.emit(row)
                return
            if text.isdigit() and self.edit_quantity(event):
                return
        super().keyPressEvent(event)
