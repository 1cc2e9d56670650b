"""F6: a manual discount on the selected basket line (a manager approves it next)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.money import Money
from loyalty_pos.gui.widgets.dialog_parts import WorkingDialog, inline_error_label, key_button, set_inline_error
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.money_edit import parse_typed
from loyalty_pos.gui.widgets.theme import scaled_font


class DiscountDialog(WorkingDialog):
    entered = Signal(int)  # minor units off the line

    def __init__(self, *, line_name: str, line_total: Money, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discountDialog")
        self.setWindowTitle(self.tr("Manual discount"))
        self.setModal(True)
        self.line_total = line_total
        title = QLabel(self.tr("Discount on {name}").format(name=line_name), self)
        title.setFont(scaled_font(self.font(), 130, bold=True))
        title.setWordWrap(True)
        hint = QLabel(self.tr("Line total {total}. Type the amount off, e.g. 10.00. A manager approves it next.")
                      .format(total=line_total.format()), self)
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("discountAmount")
        self.amount.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,7}([.,][0-9]{0,3})?"), self))
        self.amount.setPlaceholderText(line_total.currency)
        self.amount.textEdited.connect(lambda _text: set_inline_error(self.error, None))
        self.error = inline_error_label(self)
        cancel = key_button(self.tr("Esc"), self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        ok = key_button(self.tr("Enter"), self.tr("Apply"), self, role="primary")
        ok.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.amount)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.amount.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        try:
            amount = parse_typed(self.amount.text(), self.line_total.currency)
        except ValidationError as error:
            set_inline_error(self.error, error_text(error))
            return
        if amount.minor <= 0 or amount.minor > self.line_total.minor:
            set_inline_error(self.error, self.tr("The discount must be more than 0 and at most {total}.")
                             .format(total=self.line_total.format()))
            return
        self.entered.emit(amount.minor)
        self.accept()
