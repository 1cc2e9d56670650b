"""The Product rules tab: products that earn at their own multiplier, or not at all.

A product gets a row only when it has a rule of its own; it is added with the
till's own product search (code, barcode or name), never from a list of every
product. A product's row keeps its multiplier even at 100 %: that takes it out
of its category's deal, which is why a manager added the row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.program import EarningRules
from loyalty_pos.gui.cashier.product_entry import ProductEntry
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.rules.table_parts import (
    add_row,
    cell_text,
    check_item,
    edit_table,
    fixed_item,
    is_checked,
    percent_item,
    percent_of,
)
from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, set_inline_error
from loyalty_pos.gui.widgets.message_bar import MessageBar, error_text

_CODE, _NAME, _MULTIPLIER, _EARNS = range(4)


class ProductRulesPage(QWidget):
    edited = Signal()

    def __init__(self, ctx: TillContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages = MessageBar(self)
        self.search = ProductEntry(ctx, self.messages, self)
        self.search.box.setPlaceholderText(self.tr("Code, barcode or name — Enter adds the product"))
        self.search.chosen.connect(self.add_product)
        self.table = edit_table([self.tr("Code"), self.tr("Product"), self.tr("Multiplier"), self.tr("Earns")],
                                self, stretch=_NAME)
        self.table.setObjectName("productRules")
        self.table.itemChanged.connect(self.edited)
        self.error = inline_error_label(self)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_current)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        hint = QLabel(self.tr("Type a new multiplier on a row (100 % = the base rate, 0 % = no points); "
                              "Space switches “Earns”; Del removes the row."), self)
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("&Add a product with its own rule"), self, buddy=self.search.box))
        layout.addWidget(self.search)
        layout.addWidget(self.messages)
        layout.addWidget(QLabel(self.tr("Products with their own &rule"), self, buddy=self.table))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(hint)

    @property
    def first_field(self) -> QWidget:
        return self.search.box

    def load(self, rules: EarningRules, names: dict[str, str]) -> None:
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(0)
        for code in sorted(set(rules.product_multipliers) | set(rules.excluded_products)):
            self._row(code, names.get(code, self.tr("(no longer in the catalog)")),
                      rules.product_multipliers.get(code, 100), code not in rules.excluded_products)
        self.table.blockSignals(blocked)
        set_inline_error(self.error, None)

    def _row(self, code: str, name: str, pct: int, earns: bool) -> None:
        add_row(self.table, [fixed_item(code), fixed_item(name), percent_item(pct),
                             check_item(earns, self.tr("earns"))])

    def add_product(self, product: Product) -> None:
        rows = [cell_text(self.table, row, _CODE) for row in range(self.table.rowCount())]
        if product.code not in rows:
            self._row(product.code, product.name, 100, True)
            self.edited.emit()
        self.table.setCurrentCell(rows.index(product.code) if product.code in rows else len(rows), _MULTIPLIER)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def rules(self) -> tuple[dict[str, int], frozenset[str]]:
        """(multiplier per product, products that earn nothing); raises on a bad %."""
        set_inline_error(self.error, None)
        multipliers: dict[str, int] = {}
        excluded: set[str] = set()
        for row in range(self.table.rowCount()):
            code = cell_text(self.table, row, _CODE)
            multipliers[code] = percent_of(cell_text(self.table, row, _MULTIPLIER), code)
            if not is_checked(self.table, row, _EARNS):
                excluded.add(code)
        return multipliers, frozenset(excluded)

    def show_error(self, error: LoyaltyError) -> bool:
        if error.code not in ("unknown_product", "bad_multiplier"):
            return False
        set_inline_error(self.error, error_text(error))
        return True
