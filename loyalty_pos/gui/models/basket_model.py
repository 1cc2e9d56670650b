"""The basket table: one row per sale line; the quantity column is editable.

Rows come from the sale state; discounts and line totals come from the latest
quote when it matches the line (a quote still in flight for an older basket
must not show the wrong total on a changed line — until it lands the line
shows its shelf total).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal, QT_TRANSLATE_NOOP

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.price_rules import RuleDiscount
from loyalty_pos.domain.sale_draft import SaleLine
from loyalty_pos.gui.widgets.locale_text import amount_text as locale_amount

_Index = QModelIndex | QPersistentModelIndex


def amount_text(minor: int, currency: str) -> str:
    """``Money.format`` without the currency code: every row is in the same currency
    (the totals say which), and at 1024 px "NOK " three times a row costs the name."""
    return locale_amount(Money(minor, currency))


class BasketColumn(enum.IntEnum):
    PRODUCT = 0
    QUANTITY = 1
    PRICE = 2
    DISCOUNT = 3
    TOTAL = 4


_HEADERS = {
    BasketColumn.PRODUCT: QT_TRANSLATE_NOOP("BasketModel", "Product"),
    BasketColumn.QUANTITY: QT_TRANSLATE_NOOP("BasketModel", "Qty"),
    BasketColumn.PRICE: QT_TRANSLATE_NOOP("BasketModel", "Price"),
    BasketColumn.DISCOUNT: QT_TRANSLATE_NOOP("BasketModel", "Discount"),
    BasketColumn.TOTAL: QT_TRANSLATE_NOOP("BasketModel", "Total"),
}


class BasketModel(QAbstractTableModel):
    quantity_edited = Signal(int, int)  # row, new quantity: the screen decides

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: tuple[SaleLine, ...] = ()
        self._priced: dict[int, PricedLine] = {}
        self._rules: dict[int, list[RuleDiscount]] = {}  # line_no -> the price rules on it

    def set_rows(self, lines: Sequence[SaleLine], priced: Sequence[PricedLine] = (),
                 rules: Sequence[RuleDiscount] = ()) -> None:
        self.beginResetModel()
        self._lines = tuple(lines)
        self._priced = {line.line_no: line for line in priced}
        self._rules = _by_line(rules)
        self.endResetModel()

    def set_priced(self, priced: Sequence[PricedLine], rules: Sequence[RuleDiscount] = ()) -> None:
        """Refresh totals only: the rows (and the selection) stay put."""
        self._priced = {line.line_no: line for line in priced}
        self._rules = _by_line(rules)
        if self._lines:
            self.dataChanged.emit(self.index(0, BasketColumn.DISCOUNT), self.index(len(self._lines) - 1, BasketColumn.TOTAL))

    def has_discounts(self) -> bool:
        return any(line.manual_discount for line in self._lines) or any(
            line.discount_minor for line in self._priced.values()
        )

    def line(self, row: int) -> SaleLine:
        return self._lines[row]

    def _priced_for(self, row: int) -> PricedLine | None:
        priced = self._priced.get(row + 1)  # the service numbers lines from 1, in basket order
        line = self._lines[row]
        if priced is None or priced.product_code != line.product.code or priced.quantity != line.quantity:
            return None
        return priced

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(BasketColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BasketModel", _HEADERS[BasketColumn(section)])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(BasketColumn(section))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == BasketColumn.QUANTITY:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        column = BasketColumn(index.column())
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.EditRole and column is BasketColumn.QUANTITY:
            return line.quantity
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (BasketColumn.PRODUCT, BasketColumn.DISCOUNT):
            # The whole name when the column cuts it, and each price rule with what it took off.
            rules = [f"{self._rule_caption(rule)}: {amount_text(-rule.amount_minor, line.product.currency)}"
                     for rule in self._rules_for(index.row())]
            return "\n".join([f"{line.product.name} ({line.product.code})", *rules])
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != BasketColumn.QUANTITY or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            quantity = int(value)
        except (TypeError, ValueError):
            return False
        if quantity <= 0:
            return False
        self.quantity_edited.emit(index.row(), quantity)
        return True

    def _text(self, row: int, line: SaleLine, column: BasketColumn) -> str:
        currency = line.product.currency
        if column is BasketColumn.PRODUCT:
            return line.product.name
        if column is BasketColumn.QUANTITY:
            return str(line.quantity)
        if column is BasketColumn.PRICE:
            return amount_text(line.product.unit_price, currency)
        priced = self._priced_for(row)
        discount = priced.discount_minor if priced else line.manual_discount
        if column is BasketColumn.DISCOUNT:
            # Why the line costs less beside how much: "Member -7.00", "Volume 10 % -19.20".
            captions = [self._rule_caption(rule) for rule in self._rules_for(row)]
            return " ".join([*captions, amount_text(-discount, currency)]) if discount else ""
        net = priced.net_minor if priced else line.gross - line.manual_discount
        return amount_text(net, currency)

    def _rules_for(self, row: int) -> list[RuleDiscount]:
        # Only against the quote for this very line, as its discount and total are.
        return self._rules.get(row + 1, []) if self._priced_for(row) is not None else []

    @staticmethod
    def _rule_caption(rule: RuleDiscount) -> str:
        if rule.rule.startswith("volume:"):
            return QCoreApplication.translate("BasketModel", "Vol. {percent} %").format(percent=rule.percent)
        return QCoreApplication.translate("BasketModel", "Member")

    @staticmethod
    def _alignment(column: BasketColumn) -> Qt.AlignmentFlag:
        if column is BasketColumn.PRODUCT:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if column is BasketColumn.QUANTITY:
            return Qt.AlignmentFlag.AlignCenter
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _by_line(rules: Sequence[RuleDiscount]) -> dict[int, list[RuleDiscount]]:
    grouped: dict[int, list[RuleDiscount]] = {}
    for rule in rules:
        grouped.setdefault(rule.line_no, []).append(rule)
    return grouped
