"""The back office's product list: every product, inactive ones greyed and marked."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.money import Money
from loyalty_pos.gui.models.paged import PagedTableModel
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.widgets.theme import colours


class CatalogColumn(enum.IntEnum):
    PRODUCT = 0  # name over "code · barcode"; first: the column that stretches
    CATEGORY = 1
    PRICE = 2


_HEADERS = {
    CatalogColumn.PRODUCT: QT_TRANSLATE_NOOP("CatalogProductsModel", "Product"), CatalogColumn.CATEGORY: QT_TRANSLATE_NOOP("CatalogProductsModel", "Category"),
    CatalogColumn.PRICE: QT_TRANSLATE_NOOP("CatalogProductsModel", "Price"),
}
_Index = QModelIndex | QPersistentModelIndex


class CatalogProductsModel(PagedTableModel[Product]):
    """Two lines a row, each elided on its own (the view does not wrap): six fields in three
    columns stay readable in the narrow back office."""

    columns = CatalogColumn
    lines_per_row = 2

    def header(self, column: CatalogColumn) -> str:
        return QCoreApplication.translate("CatalogProductsModel", _HEADERS[column])

    def cell(self, item: Product, column: CatalogColumn) -> str:
        if column is CatalogColumn.PRODUCT:
            # "Inactive" leads the second line, so eliding a long barcode never hides it.
            state = "" if item.active else QCoreApplication.translate("CatalogProductsModel", "Inactive") + " · "
            return f"{item.name}\n{state}{item.code}" + (f" · {item.barcode}" if item.barcode else "")
        if column is CatalogColumn.CATEGORY:
            return item.category
        return money_text(Money(item.unit_price, item.currency))

    def alignment(self, column: CatalogColumn) -> Qt.AlignmentFlag:
        if column is CatalogColumn.PRICE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().alignment(column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A product the till no longer sells stays listed (so it can be re-activated),
        # greyed and italic so it is not mistaken for one on sale.
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole) and index.isValid() \
                and index.row() < self.rowCount() and not self.row(index.row()).active:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(colours().muted)
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)

    def position_of(self, code: str) -> int:
        """The row showing product ``code``, or -1 when it is not among the loaded pages."""
        return next((number for number in range(self.rowCount()) if self.row(number).code == code), -1)
