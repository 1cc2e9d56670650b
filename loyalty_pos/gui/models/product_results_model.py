"""Catalog search results for the till's product search (F3)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.money import Money
from loyalty_pos.gui.models.paged import PagedTableModel
from loyalty_pos.gui.widgets.locale_text import money_text


class ProductColumn(enum.IntEnum):
    NAME = 0
    CODE = 1
    PRICE = 2


_HEADERS = {ProductColumn.NAME: QT_TRANSLATE_NOOP("ProductResultsModel", "Product"), ProductColumn.CODE: QT_TRANSLATE_NOOP("ProductResultsModel", "Code"), ProductColumn.PRICE: QT_TRANSLATE_NOOP("ProductResultsModel", "Price")}


class ProductResultsModel(PagedTableModel[Product]):
    columns = ProductColumn

    def header(self, column: ProductColumn) -> str:
        return QCoreApplication.translate("ProductResultsModel", _HEADERS[column])

    def cell(self, item: Product, column: ProductColumn) -> str:
        if column is ProductColumn.NAME:
            return item.name
        if column is ProductColumn.CODE:
            return item.code
        return money_text(Money(item.unit_price, item.currency))

    def alignment(self, column: ProductColumn) -> Qt.AlignmentFlag:
        if column is ProductColumn.PRICE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().alignment(column)
