"""The form that creates or edits one product, with each problem said under its field.

The form only reads what was typed: the price through ``MoneyEdit`` in the
shop's currency, the tax rate as exact basis points. Everything else (a
missing name, a barcode on another product, a code already taken) is the
service's refusal, placed under the field its error code belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import LoyaltyError, ValidationError
from loyalty_pos.domain.percent import format_percent_bp, parse_percent_bp
from loyalty_pos.gui.widgets.dialog_parts import ENTER_KEYS, inline_error_label, set_inline_error
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.money_edit import MoneyEdit, amount_text, parse_typed
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.gui.widgets.scan_field import codes_only

# Which field a refusal belongs under, by its stable code.
_FIELD_OF_CODE = {
    "product_code_required": "code", "product_code_in_use": "code",
    "product_name_required": "name",
    "barcode_in_use": "barcode",
    "product_category_required": "category",
    "bad_price": "price", "negative_amount": "price",
    "bad_tax_rate": "tax", "bad_percent": "tax",
}


@dataclass(frozen=True, slots=True)
class _Typed:
    """What the fields hold, to tell whether the manager changed anything."""

    code: str
    name: str
    barcode: str
    category: str
    price: str
    tax: str
    active: bool


class ProductForm(QWidget):
    submitted = Signal()  # Enter in any field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = "NOK"
        self.loaded: Product | None = None  # None: a new product
        self._saved_state = _Typed("", "", "", "", "", "", True)
        self._categories: list[str] = []

        self.title = QLabel(self)
        self.title.setFont(scaled_font(self.font(), 115, bold=True))
        self.title.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setProperty("muted", True)
        self.note.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setMaxLength(64)
        self.code.setProperty("shownOnly", True)  # read-only looks read-only, in the theme's tones
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.barcode = QLineEdit(self)
        self.barcode.setMaxLength(64)
        codes_only(self.barcode)
        self.barcode.setPlaceholderText(self.tr("optional — scan or type"))
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a new name is added by saving
        self.category.setMaxVisibleItems(12)
        self.category.setMinimumHeight(self.code.sizeHint().height())
        self.category_hint = QLabel(self)
        self.category_hint.setProperty("muted", True)
        self.price = MoneyEdit(self.currency, self)
        self.price_hint = QLabel(self)
        self.price_hint.setProperty("muted", True)
        self.tax = QLineEdit(self)
        self.tax.setPlaceholderText(self.tr("e.g. 25"))
        self.active = QCheckBox(self.tr("&Active: on sale"), self)
        self.errors = {name: inline_error_label(self)
                       for name in ("code", "name", "barcode", "category", "price", "tax")}
        for name, label in self.errors.items():
            label.setObjectName(f"{name}Error")

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        rows = (
            (self.tr("&Code"), self.code, "code", None),
            (self.tr("&Name"), self.name, "name", None),
            (self.tr("&Barcode"), self.barcode, "barcode", None),
            (self.tr("Ca&tegory"), self.category, "category", self.category_hint),
            (self.tr("&Price"), self.price, "price", self.price_hint),
            (self.tr("Ta&x rate %"), self.tax, "tax", None),
        )
        row = 0
        for text, field, key, hint in rows:
            label = QLabel(text, self)
            label.setBuddy(field)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(field, row, 1)
            row += 1
            below = QVBoxLayout()
            below.setContentsMargins(0, 0, 0, 4)
            below.setSpacing(0)
            if hint is not None:
                below.addWidget(hint)
            below.addWidget(self.errors[key])
            grid.addLayout(below, row, 1)
            row += 1
        grid.addWidget(self.active, row, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(grid)
        layout.addStretch(1)

        self.price.textChanged.connect(self._price_typed)
        self.category.editTextChanged.connect(self._category_typed)
        for key, field in (("code", self.code), ("name", self.name), ("barcode", self.barcode),
                           ("price", self.price), ("tax", self.tax)):
            field.textEdited.connect(lambda _text, key=key: set_inline_error(self.errors[key], None))
        self.category.editTextChanged.connect(lambda _text: set_inline_error(self.errors["category"], None))
        self.setTabOrder(self.code, self.name)
        self.setTabOrder(self.name, self.barcode)
        self.setTabOrder(self.barcode, self.category)
        self.setTabOrder(self.category, self.price)
        self.setTabOrder(self.price, self.tax)
        self.setTabOrder(self.tax, self.active)
        self.start_new()

    # -- filling ----------------------------------------------------------------------
    def set_currency(self, currency: str) -> None:
        self.currency = self.price.currency = currency
        self.price.setPlaceholderText(self.tr("in {currency}, e.g. {example}").format(
            currency=currency, example=amount_text(4590, currency)))
        self._price_typed(self.price.text())

    def set_categories(self, names: list[str]) -> None:
        """Keep what is typed: a refresh from another section must not wipe an edit."""
        typed = self.category.currentText()
        self._categories = list(names)
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItems(self._categories)
        self.category.setEditText(typed)
        self.category.blockSignals(False)
        self._category_typed(typed)

    def start_new(self) -> None:
        self.loaded = None
        self._fill(_Typed("", "", "", "", "", "", True))
        self.code.setReadOnly(False)
        self.title.setText(self.tr("New product"))
        self.note.setText(self.tr("Fill in the fields, then Ctrl+S (or Enter) saves."))

    def load(self, product: Product) -> None:
        self.loaded = product
        self._fill(_Typed(product.code, product.name, product.barcode or "", product.category,
                          amount_text(product.unit_price, product.currency), format_percent_bp(product.tax_rate_bp),
                          product.active))
        # The code is the product's identity on receipts and in the rules: a new code is a new product.
        self.code.setReadOnly(True)
        self.title.setText(self.tr("Edit {name}").format(name=product.name))
        self.note.setText(
            self.tr("Code {code}. Enter or Ctrl+S saves the changes.").format(code=product.code) if product.active
            else self.tr("Inactive: the till does not sell it. Tick Active and save to sell it again.")
        )

    def _fill(self, typed: _Typed) -> None:
        self.code.setText(typed.code)
        self.name.setText(typed.name)
        self.barcode.setText(typed.barcode)
        self.category.setEditText(typed.category)
        self.price.setText(typed.price)
        self.tax.setText(typed.tax)
        self.active.setChecked(typed.active)
        for label in self.errors.values():
            set_inline_error(label, None)
        self._saved_state = self._typed()

    def first_field(self) -> QWidget:
        return self.name if self.code.isReadOnly() else self.code

    # -- reading ----------------------------------------------------------------------
    def _typed(self) -> _Typed:
        return _Typed(self.code.text(), self.name.text(), self.barcode.text(), self.category.currentText(),
                      self.price.text(), self.tax.text(), self.active.isChecked())

    def is_dirty(self) -> bool:
        return self._typed() != self._saved_state

    def product(self) -> Product | None:
        """The product as typed, or None after saying under each field what cannot be read."""
        for label in self.errors.values():
            set_inline_error(label, None)
        problems: dict[str, str] = {}
        price = tax = 0
        try:
            price = self.price.minor()
        except ValidationError as error:
            problems["price"] = self._price_problem(error)
        if not self.tax.text().strip():
            problems["tax"] = self.tr("Type the tax rate in %, 0 when there is none.")
        else:
            try:
                tax = parse_percent_bp(self.tax.text())
            except ValidationError as error:
                problems["tax"] = error_text(error)
        product = None
        if not problems:
            try:
                product = Product(self.code.text().strip(), " ".join(self.name.text().split()),
                                  " ".join(self.category.currentText().split()), price, self.currency, tax,
                                  self.barcode.text().strip() or None, self.active.isChecked())
            except ValidationError as error:
                problems[_FIELD_OF_CODE.get(error.code, "code")] = error_text(error)
        for key, text in problems.items():
            set_inline_error(self.errors[key], text)
        if problems:
            self._focus(next(iter(problems)))
        return product

    def _price_problem(self, error: ValidationError) -> str:
        if not self.price.text().strip():
            return self.tr("Type the price in {currency}.").format(currency=self.currency)
        return self.tr("{problem} Type it like {example}.").format(
            problem=error_text(error).rstrip(".") + ".",
            example=amount_text(4590, self.currency))

    def show_refusal(self, error: LoyaltyError) -> bool:
        """Put the service's refusal under its field; False when it belongs to no field."""
        key = _FIELD_OF_CODE.get(error.code)
        if key is None:
            return False
        set_inline_error(self.errors[key], error_text(error))
        self._focus(key)
        return True

    def _focus(self, key: str) -> None:
        field = {"code": self.code, "name": self.name, "barcode": self.barcode, "category": self.category,
                 "price": self.price, "tax": self.tax}[key]
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- hints while typing -------------------------------------------------------------
    def _price_typed(self, text: str) -> None:
        """Say how the price reads ("12,345" is twelve thousand, "12,5" twelve and a half)
        so a misread never reaches the shelf."""
        try:
            value = parse_typed(text, self.currency) if text.strip() else None
        except ValidationError:
            value = None
        self.price_hint.setText("" if value is None else self.tr("Reads as {amount}").format(amount=value.format()))
        self.price_hint.setVisible(value is not None)

    def _category_typed(self, text: str) -> None:
        name = " ".join(text.split())
        fresh = bool(name) and name not in self._categories
        self.category_hint.setText(self.tr("New category: added when you save.") if fresh else "")
        self.category_hint.setVisible(fresh)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in ENTER_KEYS and not self.category.view().isVisible():
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)
