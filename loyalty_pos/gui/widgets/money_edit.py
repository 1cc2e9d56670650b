"""A field for an amount of money, typed the way people write it ("49,90", "1 000").

It holds text while the person types; ``minor()`` parses it exactly with the
domain's Money (never a float) and raises the domain's ValidationError with a
message the form can show under the field.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.money import Money


def amount_text(minor: int, currency: str) -> str:
    """The amount without its currency code ("1,000.00"), for a field labelled with it."""
    return Money(minor, currency).format().replace(f"{currency} ", "", 1)


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
        self.setText(amount_text(minor, self.currency))

    def minor(self) -> int:
        amount = Money.parse(self.text(), self.currency).minor
        if amount < 0 and not self.allow_negative:
            raise ValidationError(code="negative_amount", detail="The amount cannot be negative")
        return amount
