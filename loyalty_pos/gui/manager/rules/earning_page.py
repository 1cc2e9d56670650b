"""The Earning tab: base rate, rounding, minimum basket, tax basis, daily cap, and
each category's multiplier and exclusion.

Every known category has a row (100 % and earning = no rule), so a manager never
has to remember a category's spelling. Product rules live on their own tab
(``ProductRulesPage``); this page reads them back when the rules are collected.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from loyalty_pos.domain.errors import LoyaltyError, ValidationError
from loyalty_pos.domain.money import Rounding
from loyalty_pos.domain.program import EarningRules, TaxBasis
from loyalty_pos.gui.manager.rules.product_rules import ProductRulesPage
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
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.money_edit import MoneyEdit
from loyalty_pos.services.program.program_rules import RulesEditor
from loyalty_pos.gui.widgets.reflow_box import ReflowBox
from loyalty_pos.gui.widgets.long_choices import fit_long_choices

_NAME, _MULTIPLIER, _EARNS = range(3)


class EarningPage(QWidget):
    edited = Signal()

    def __init__(self, currency: str, products: ProductRulesPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.product_rules = products
        self.points = QSpinBox(self)
        self.points.setRange(0, 1000)
        self.step = MoneyEdit(currency, self)
        self.step.setObjectName("stepAmount")
        self.step.setAccessibleName(self.tr("Amount that earns the base rate"))
        self.rounding = QComboBox(self)
        for rounding, text in (
            (Rounding.FLOOR, self.tr("Down (no point that is not fully earned)")),
            (Rounding.HALF_UP, self.tr("To the nearest point (half up)")),
            (Rounding.HALF_EVEN, self.tr("To the nearest point (half to even)")),
            (Rounding.CEILING, self.tr("Up (any part earns a whole point)")),
        ):
            self.rounding.addItem(text, rounding)
        fit_long_choices(self.rounding)
        self.minimum = MoneyEdit(currency, self)
        self.tax_basis = QComboBox(self)
        self.tax_basis.addItem(self.tr("Price including VAT"), TaxBasis.INCLUSIVE)
        self.tax_basis.addItem(self.tr("Price excluding VAT"), TaxBasis.EXCLUSIVE)
        self.daily_cap = QSpinBox(self)
        self.daily_cap.setRange(0, 1_000_000)
        self.daily_cap.setSpecialValueText(self.tr("No cap"))
        self.daily_cap.setSuffix(self.tr(" points"))
        self.daily_cap.setGroupSeparatorShown(True)
        self.base_error = inline_error_label(self)
        self.minimum_error = inline_error_label(self)
        self.categories = edit_table([self.tr("Category"), self.tr("Multiplier"), self.tr("Earns")], self)
        self.categories.setObjectName("categoryRules")
        self.category_error = inline_error_label(self)

        rate = QHBoxLayout()
        rate.addWidget(self.points)
        rate.addWidget(QLabel(self.tr("point(s) per"), self))
        rate.addWidget(self.step, 1)
        rate.addWidget(QLabel(currency, self))
        minimum = QHBoxLayout()
        minimum.addWidget(self.minimum, 1)
        minimum.addWidget(QLabel(currency, self))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self._label(self.tr("&Base rate"), self.points), rate)
        form.addRow(self.base_error)
        form.addRow(self._label(self.tr("&Rounding"), self.rounding), self.rounding)
        form.addRow(self._label(self.tr("&Minimum basket"), self.minimum), minimum)
        form.addRow(self.minimum_error)
        form.addRow(self._label(self.tr("Earn o&n"), self.tax_basis), self.tax_basis)
        form.addRow(self._label(self.tr("&Daily cap per member"), self.daily_cap), self.daily_cap)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        hint = QLabel(self.tr("Type a new multiplier on a row (100 % = the base rate); Space switches “Earns”."),
                      self)
        hint.setProperty("muted", True)
        hint.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self._label(self.tr("Ca&tegories"), self.categories))
        right.addWidget(self.categories, 1)
        right.addWidget(self.category_error)
        right.addWidget(hint)
        # The categories beside the form, or under it when a large text size needs the width.
        layout = ReflowBox(self)
        layout.addLayout(left, 1)
        layout.addSpacing(16)
        layout.addLayout(right, 1)

        for spin in (self.points, self.daily_cap):
            spin.valueChanged.connect(self.edited)
        for combo in (self.rounding, self.tax_basis):
            combo.currentIndexChanged.connect(self.edited)
        for edit in (self.step, self.minimum):
            edit.textEdited.connect(self.edited)
        self.categories.itemChanged.connect(self.edited)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        return QLabel(text, self, buddy=buddy)

    @property
    def first_field(self) -> QWidget:
        return self.points

    # -- filling -----------------------------------------------------------------
    def load(self, editor: RulesEditor) -> None:
        rules = editor.draft.earning
        inputs = [self.points, self.step, self.rounding, self.minimum, self.tax_basis, self.daily_cap,
                  self.categories]
        blocked = [widget.blockSignals(True) for widget in inputs]
        self.points.setValue(rules.points_per_step)
        self.step.set_minor(rules.step_minor)
        if self.rounding.findData(rules.rounding) < 0:  # a rounding set elsewhere that this screen does not offer
            self.rounding.addItem(rules.rounding.value, rules.rounding)
        self.rounding.setCurrentIndex(self.rounding.findData(rules.rounding))
        self.minimum.set_minor(rules.minimum_basket_minor)
        self.tax_basis.setCurrentIndex(self.tax_basis.findData(rules.tax_basis))
        self.daily_cap.setValue(rules.daily_cap or 0)
        self.categories.setRowCount(0)
        for name in editor.categories:
            add_row(self.categories, [
                fixed_item(name), percent_item(rules.category_multipliers.get(name, 100)),
                check_item(name not in rules.excluded_categories, self.tr("earns")),
            ])
        for widget, was in zip(inputs, blocked, strict=True):
            widget.blockSignals(was)
        self.product_rules.load(rules, editor.product_names)
        self.clear_errors()

    # -- reading back ------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in (self.base_error, self.minimum_error, self.category_error):
            set_inline_error(label, None)

    def has_errors(self) -> bool:
        return any(label.isVisibleTo(self) for label in (self.base_error, self.minimum_error, self.category_error))

    def collect(self) -> EarningRules | None:
        """The rules as typed (this tab and Product rules), or None after marking each
        field that needs fixing."""
        self.clear_errors()
        problems: list[QWidget] = []

        def attempt(widget: QWidget, show, read):  # noqa: ANN001, ANN202 - a label setter and a reader
            try:
                return read()
            except LoyaltyError as error:
                show(error)
                problems.append(widget)
                return None

        step = attempt(self.step, lambda e: set_inline_error(self.base_error, error_text(e)), self._step)
        minimum = attempt(self.minimum, lambda e: set_inline_error(self.minimum_error, error_text(e)),
                          self.minimum.minor)
        categories = attempt(self.categories, lambda e: set_inline_error(self.category_error, error_text(e)),
                             self._category_rules)
        products = attempt(self.product_rules.table, self.product_rules.show_error, self.product_rules.rules)
        if problems:
            problems[0].setFocus()
            return None
        return EarningRules(
            points_per_step=self.points.value(), step_minor=step, rounding=self.rounding.currentData(),
            category_multipliers=categories[0], product_multipliers=products[0],
            excluded_categories=categories[1], excluded_products=products[1],
            minimum_basket_minor=minimum, tax_basis=self.tax_basis.currentData(),
            daily_cap=self.daily_cap.value() or None,
        )

    def _step(self) -> int:
        step = self.step.minor()
        if step <= 0:
            raise ValidationError(code="bad_base_rate", detail=self.tr("The amount per point must be above 0."))
        return step

    def _category_rules(self) -> tuple[dict[str, int], frozenset[str]]:
        multipliers: dict[str, int] = {}
        excluded: set[str] = set()
        for row in range(self.categories.rowCount()):
            name = cell_text(self.categories, row, _NAME)
            pct = percent_of(cell_text(self.categories, row, _MULTIPLIER), name)
            if pct != 100:
                multipliers[name] = pct
            if not is_checked(self.categories, row, _EARNS):
                excluded.add(name)
        return multipliers, frozenset(excluded)

    def show_error(self, error: LoyaltyError) -> bool:
        """Put a service refusal under the field it is about; False if it is about none."""
        label = {"unknown_category": self.category_error, "bad_base_rate": self.base_error,
                 "bad_minimum": self.minimum_error}.get(error.code)
        if label is None:
            return False
        set_inline_error(label, error_text(error))
        return True
