"""The Member prices and Volume tabs of the rules screen: price rules saved with the draft.

Member prices: a product at a member-only price or a product or category at a percent off,
for every member or a tier and up; a product's row can also hold it back for a tier until
a day (early access). Volume: steps of a deal on a product, a category or the whole
basket, from a quantity or a basket value, giving a percent off or bonus points.

Rows are added with the till's product search or a category's button, never from a list
of every product, and edited in place like the other rules tables (Del removes a row).
Ids are made from what a row applies to, so a saved rule keeps its id and its report row.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import LoyaltyError, ValidationError
from loyalty_pos.domain.price_rules import EarlyAccess, MemberPrice, VolumeRule
from loyalty_pos.gui.cashier.product_entry import ProductEntry
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.rules.table_parts import (
    add_row,
    cell_text,
    edit_table,
    fixed_item,
    number_item,
    whole_number,
)
from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, set_inline_error
from loyalty_pos.gui.widgets.message_bar import MessageBar, error_text
from loyalty_pos.gui.widgets.money_edit import amount_text, parse_typed
from loyalty_pos.gui.widgets.reflow_box import ReflowBox
from loyalty_pos.services.program.price_rule_editing import PriceRules, price_rules_of
from loyalty_pos.services.program.program_rules import RulesEditor

_SCOPE = Qt.ItemDataRole.UserRole  # ("product", code) / ("category", name) / ("basket", "")
_RULE_ID = Qt.ItemDataRole.UserRole + 1


def _scope_item(kind: str, key: str, text: str, rule_id: str = "") -> Any:
    item = fixed_item(text)
    item.setData(_SCOPE, (kind, key))
    item.setData(_RULE_ID, rule_id)
    return item


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")


class _RulesTable(QWidget):
    """What both tabs share: the product search, a category to add, the table, its error.

    Its texts name their context: ``self.tr`` would look them up under the subclass's name."""

    edited = Signal()

    def __init__(self, ctx: TillContext, headers: list[str], add_label: str, table_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = "NOK"
        self.tiers: dict[str, str] = {}  # code -> name
        self.product_names: dict[str, str] = {}
        self.messages = MessageBar(self)
        self.search = ProductEntry(ctx, self.messages, self)
        self.search.box.setPlaceholderText(
            QCoreApplication.translate("PriceRulesTable", "Code, barcode or name — Enter adds the product"))
        self.search.chosen.connect(self.add_product)
        self.category = QComboBox(self)
        self.category.setAccessibleName(QCoreApplication.translate("PriceRulesTable", "Category"))
        self.add_category_button = QPushButton(QCoreApplication.translate("PriceRulesTable", "Add cate&gory"), self)
        self.add_category_button.clicked.connect(self.add_category)
        self.table = edit_table(headers, self, stretch=0)
        self.table.itemChanged.connect(self.edited)
        self.error = inline_error_label(self)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_current)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("muted", True)
        # The search beside the category and its button(s), or above them at a large text size.
        self.adders = QHBoxLayout()
        self.adders.addWidget(self.category, 1)
        self.adders.addWidget(self.add_category_button)
        self.adders_box = adders = ReflowBox()
        adders.addWidget(self.search, 2)
        adders.addLayout(self.adders, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(add_label, self, buddy=self.search.box))
        layout.addLayout(adders)
        layout.addWidget(self.messages)
        layout.addWidget(QLabel(table_label, self, buddy=self.table))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)

    @property
    def first_field(self) -> QWidget:
        return self.search.box

    def set_choices(self, editor: RulesEditor) -> None:
        self.currency = editor.draft.currency
        self.tiers = {tier.code: tier.name for tier in editor.draft.tiers.tiers}
        self.product_names = dict(editor.price_rule_names)
        self.category.clear()
        self.category.addItems(list(editor.categories))

    def product_text(self, code: str) -> str:
        gone = QCoreApplication.translate("PriceRulesTable", "(no longer in the catalog)")
        return f"{self.product_names.get(code, gone)} ({code})"

    def category_text(self, name: str) -> str:
        return QCoreApplication.translate("PriceRulesTable", "Category: {category}").format(category=name)

    def scope(self, row: int) -> tuple[str, str]:
        return self.table.item(row, 0).data(_SCOPE)

    def rule_ids(self, prefix: str) -> list[str]:
        """Each row's rule id: the one it was saved with, else a new one from what it applies
        to ("mp-bak-waf", then "mp-bak-waf-2" ...), never one another row has."""
        kept = [str(self.table.item(row, 0).data(_RULE_ID) or "") for row in range(self.table.rowCount())]
        used = set(kept)
        ids = []
        for row, rule_id in enumerate(kept):
            if not rule_id:
                kind, key = self.scope(row)
                base = f"{prefix}-{_slug(key) or kind}"
                rule_id, number = base, 1
                while rule_id in used:
                    number += 1
                    rule_id = f"{base}-{number}"
                used.add(rule_id)
            ids.append(rule_id)
        return ids

    def add_row_for(self, kind: str, key: str, text: str) -> None:  # each tab's own columns
        raise TypeError(f"{type(self).__name__} adds no rows of its own")

    def add_product(self, product: Product) -> None:
        self.product_names[product.code] = product.name
        self.add_row_for("product", product.code, self.product_text(product.code))

    def add_category(self) -> None:
        name = self.category.currentText()
        if name:
            self.add_row_for("category", name, self.category_text(name))

    def focus_row(self, row: int, column: int) -> None:
        self.table.setCurrentCell(row, column)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def money_cell(self, row: int, column: int, what: str) -> int | None:
        text = cell_text(self.table, row, column)
        if not text:
            return None
        try:
            minor = parse_typed(text, self.currency).minor
        except LoyaltyError:
            minor = -1
        if minor < 0:
            text = QCoreApplication.translate("PriceRulesTable", "{what}: an amount such as 35.00.")
            raise ValidationError(code="bad_price_rule", detail=text.format(what=what))
        return minor

    def number_cell(self, row: int, column: int, what: str, *, maximum: int) -> int:
        text = cell_text(self.table, row, column)
        value = whole_number(text) if text else 0
        if value is None or value > maximum:
            text = QCoreApplication.translate("PriceRulesTable", "{what}: a whole number from 0 to {maximum}.")
            raise ValidationError(code="bad_price_rule", detail=text.format(what=what, maximum=maximum))
        return value

    def tier_cell(self, row: int, column: int, what: str) -> str | None:
        text = cell_text(self.table, row, column)
        if not text:
            return None
        by_name = {name.lower(): code for code, name in self.tiers.items()}
        code = text if text in self.tiers else by_name.get(text.lower())
        if code is None:
            text = QCoreApplication.translate("PriceRulesTable", "{what}: one of the tiers {tiers}, or empty.")
            tiers = ", ".join(self.tiers.values())
            raise ValidationError(code="bad_price_rule", detail=text.format(what=what, tiers=tiers))
        return code

    def tier_text(self, code: str | None) -> str:
        return self.tiers.get(code, code) if code else ""

    def show_error(self, error: LoyaltyError) -> bool:
        set_inline_error(self.error, error_text(error))
        return True

    def read(self, reader: Any) -> Any:
        """``reader()``, or None with its problem shown under the table."""
        set_inline_error(self.error, None)
        try:
            return reader()
        except LoyaltyError as error:
            self.show_error(error)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return None


_APPLIES, _PRICE, _PERCENT, _TIER, _EARLY_TIER, _EARLY_UNTIL = range(6)


class MemberPricesPage(_RulesTable):
    """Member prices and early access; its ``collect`` gives the whole price-rules part,
    the Volume tab's rows included (one save for both, as Earning and Product rules)."""

    def __init__(self, ctx: TillContext, volume: VolumePage, parent: QWidget | None = None) -> None:
        # Short headers: the product's name needs the width (the hint under the table says more).
        super().__init__(ctx, [self.tr("Applies to"), self.tr("Price"), self.tr("% off"), self.tr("Tier"),
                               self.tr("Early: tier"), self.tr("Early: until")],
                         self.tr("&Add a product with a member price"), self.tr("Member price &rows"), parent)
        self.table.setObjectName("memberPrices")
        self.volume = volume
        self.zone: Any = UTC
        self.hint.setText(self.tr("Type a member price or a % off on a row (one of them); “Tier” empty means "
                                  "every member. Early access: only that tier and up may buy the product until "
                                  "the day (YYYY-MM-DD). Del removes the row."))

    def load(self, editor: RulesEditor, zone: Any = UTC) -> None:
        self.zone = zone
        self.set_choices(editor)
        self.volume.set_choices(editor)
        rules = price_rules_of(editor.draft)
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(0)
        early = {access.product_code: access for access in rules.early_access}
        for price in rules.member_prices:
            kind, key = ("product", price.product_code) if price.product_code else ("category", price.category or "")
            access = early.pop(key, None) if kind == "product" else None
            self._add(kind, key, price.id, price.price_minor, price.percent, price.min_tier, access)
        for access in early.values():  # held back without a member price
            self._add("product", access.product_code, "", None, 0, None, access)
        self.table.blockSignals(blocked)
        self.volume.load(rules.volume_rules)
        set_inline_error(self.error, None)

    def _add(self, kind: str, key: str, rule_id: str, price: int | None, percent: int, tier: str | None,
             access: EarlyAccess | None) -> None:
        text = self.product_text(key) if kind == "product" else self.category_text(key)
        until = access.until.astimezone(self.zone).date().isoformat() if access else ""
        add_row(self.table, [
            _scope_item(kind, key, text, rule_id), number_item(amount_text(price, self.currency) if price is not None
                                                              else ""),
            number_item(f"{percent} %" if percent else ""), fixed_item(self.tier_text(tier)),
            fixed_item(self.tier_text(access.min_tier) if access else ""), fixed_item(until),
        ])
        for column in (_TIER, _EARLY_TIER, _EARLY_UNTIL):  # editable: typed like the other cells
            item = self.table.item(self.table.rowCount() - 1, column)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)

    def add_row_for(self, kind: str, key: str, text: str) -> None:
        rows = [self.scope(row) for row in range(self.table.rowCount())]
        if (kind, key) not in rows:
            self._add(kind, key, "", None, 0, None, None)
            self.edited.emit()
        self.focus_row(rows.index((kind, key)) if (kind, key) in rows else len(rows), _PRICE)

    def _rules(self) -> tuple[tuple[MemberPrice, ...], tuple[EarlyAccess, ...]]:
        prices: list[MemberPrice] = []
        early: list[EarlyAccess] = []
        ids = self.rule_ids("mp")
        for row in range(self.table.rowCount()):
            kind, key = self.scope(row)
            what = self.table.item(row, _APPLIES).text()
            price = self.money_cell(row, _PRICE, what)
            percent = self.number_cell(row, _PERCENT, what, maximum=100)
            tier = self.tier_cell(row, _TIER, what)
            if price is not None or percent:
                if price is not None and kind != "product":
                    raise ValidationError(code="bad_price_rule", detail=self.tr(
                        "{what}: a category takes a % off, not a price.").format(what=what))
                if price is not None and percent:
                    raise ValidationError(code="bad_price_rule", detail=self.tr(
                        "{what}: a member price or a % off, not both.").format(what=what))
                name = self.tr("Member price: {what}").format(what=what)
                prices.append(MemberPrice(ids[row], name,
                                          product_code=key if kind == "product" else None,
                                          category=key if kind == "category" else None,
                                          price_minor=price, percent=percent, min_tier=tier))
            early_tier = self.tier_cell(row, _EARLY_TIER, what)
            until_text = cell_text(self.table, row, _EARLY_UNTIL)
            if early_tier or until_text:
                day = QDate.fromString(until_text, "yyyy-MM-dd")
                if early_tier is None or kind != "product" or not day.isValid():
                    raise ValidationError(code="bad_price_rule", detail=self.tr(
                        "{what}: early access needs a product, a tier and a day (YYYY-MM-DD).").format(what=what))
                # Until the start of that day in the shop: from then on everyone may buy it.
                until = datetime.combine(day.toPython(), time(0), tzinfo=self.zone).astimezone(UTC)
                early.append(EarlyAccess(key, early_tier, until))
        return tuple(prices), tuple(early)

    def collect(self) -> PriceRules | None:
        member = self.read(self._rules)
        volume = self.volume.read(self.volume.rules)
        if member is None or volume is None:
            return None
        return PriceRules(member[0], member[1], volume)


_V_APPLIES, _V_QUANTITY, _V_BASKET, _V_PERCENT, _V_BONUS = range(5)


class VolumePage(_RulesTable):
    def __init__(self, ctx: TillContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [self.tr("Applies to"), self.tr("From qty"), self.tr("From value"),
                               self.tr("% off"), self.tr("Bonus")],
                         self.tr("&Add a product with a volume step"), self.tr("Volume &steps"), parent)
        self.table.setObjectName("volumeRules")
        self.add_basket_button = QPushButton(self.tr("Add &basket step"), self)
        self.add_basket_button.clicked.connect(lambda: self.add_row_for("basket", "", self.tr("Whole basket")))
        self.adders_box.addWidget(self.add_basket_button)  # a row of its own when the width runs out
        self.hint.setText(self.tr("Each row is a step: from a quantity (of the product or category) or from a basket "
                                  "value, a % off those lines and/or bonus points for a member. Of the steps on the "
                                  "same product, category or basket, the highest reached applies. Del removes "
                                  "the row."))

    def load(self, rules: tuple[VolumeRule, ...]) -> None:
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(0)
        for rule in rules:
            if rule.product_code:
                kind, key, text = "product", rule.product_code, self.product_text(rule.product_code)
            elif rule.category:
                kind, key, text = "category", rule.category, self.category_text(rule.category)
            else:
                kind, key, text = "basket", "", self.tr("Whole basket")
            self._add(_scope_item(kind, key, text, rule.id), rule.min_quantity,
                      rule.min_basket_minor, rule.percent, rule.bonus_points)
        self.table.blockSignals(blocked)
        set_inline_error(self.error, None)

    def _add(self, scope: Any, quantity: int, basket: int, percent: int, bonus: int) -> None:
        add_row(self.table, [
            scope, number_item(str(quantity) if quantity else ""),
            number_item(amount_text(basket, self.currency) if basket else ""),
            number_item(f"{percent} %" if percent else ""), number_item(str(bonus) if bonus else ""),
        ])

    def add_row_for(self, kind: str, key: str, text: str) -> None:
        # A deal has steps: a product already listed gets another row for its next step.
        self._add(_scope_item(kind, key, text), 0, 0, 0, 0)
        self.edited.emit()
        self.focus_row(self.table.rowCount() - 1, _V_BASKET if kind == "basket" else _V_QUANTITY)

    def rules(self) -> tuple[VolumeRule, ...]:
        out = []
        ids = self.rule_ids("vol")
        for row in range(self.table.rowCount()):
            kind, key = self.scope(row)
            what = self.table.item(row, _V_APPLIES).text()
            quantity = self.number_cell(row, _V_QUANTITY, what, maximum=1_000_000)
            basket = self.money_cell(row, _V_BASKET, what) or 0
            percent = self.number_cell(row, _V_PERCENT, what, maximum=100)
            bonus = self.number_cell(row, _V_BONUS, what, maximum=1_000_000)
            if (quantity > 0) == (basket > 0) or not (percent or bonus):
                raise ValidationError(code="bad_price_rule", detail=self.tr(
                    "{what}: a step needs a quantity or a basket value (one of them), and a % off or bonus points.")
                                      .format(what=what))
            step = self.tr("from {quantity}").format(quantity=quantity) if quantity else \
                self.tr("from {amount}").format(amount=amount_text(basket, self.currency))
            out.append(VolumeRule(ids[row], f"{what} {step}",
                                  product_code=key if kind == "product" else None,
                                  category=key if kind == "category" else None,
                                  min_quantity=quantity, min_basket_minor=basket, percent=percent, bonus_points=bonus))
        return tuple(out)

