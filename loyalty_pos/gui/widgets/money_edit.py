"""A field for an amount of money, typed the way people write it ("49,90", "1 000").

It holds text while the person types; ``minor()`` parses it exactly (never a float)
with the shop's locale's decimal mark (``12,50`` in nb and id, ``12.50`` in en), and
raises the domain's ValidationError with a message the form can show under the field.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.money import Money
from loyalty_pos.gui.widgets import locale_text
from loyalty_pos.i18n.formatting import parse_money


def amount_text(minor: int, currency: str) -> str:
    """The amount without its currency code, as the shop's locale writes it ("1,000.00",
    "1 000,00"), for a field or column labelled with it."""
    return locale_text.amount_text(Money(minor, currency))


def parse_typed(text: str, currency: str) -> Money:
    """An amount typed at the till: read with the shop's locale's decimal mark first; what that
    refuses is read as before the locale mattered (the last of ``.``/``,`` followed by fewer
    digits than three is the decimal one), so "12.50" typed on a Norwegian till still works."""
    try:
        return parse_money(text, currency, locale_text.shop_language())
    except ValidationError:
        return Money.parse(text, currency)


class MoneyEdit(QLineEdit):
    def __init__(self, currency: str, parent: QWidget | None = None, *, allow_negative: bool = False) -> None:
        super().__init__(parent)
        self.currency = currency
        self.allow_negative = allow_negative
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Only what an amount is written with: a letter typed into the register's total
        # (a name meant for the member field) is never shown as if it were an amount.
        # ASCII digits only, as Money.parse reads them.
        allowed = ("-?" if allow_negative else "") + "[0-9 \u00a0.,]*"
        self.setValidator(QRegularExpressionValidator(QRegularExpression(allowed), self))

    def set_minor(self, minor: int) -> None:
        # An ASCII minus: the field's validator takes only what a keyboard types.
        self.setText(amount_text(minor, self.currency).replace(QLocale().negativeSign(), "-"))

    def minor(self) -> int:
        amount = parse_typed(self.text(), self.currency).minor
        if amount < 0 and not self.allow_negative:
            raise ValidationError(code="negative_amount", detail="The amount cannot be negative")
        return amount
