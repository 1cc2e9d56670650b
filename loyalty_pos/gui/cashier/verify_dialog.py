"""Before points are spent for a member found by search (not by their card): the cashier
asks for the last digits of their phone or their birth date, as the shop's limits say.

Opened when the till's quote or checkout refuses with ``verify_by_phone`` or
``verify_by_birth_date``; the refusal's own text says what to ask. The answer is checked
by the service (``services.sale.fraud_checks.verify_member``), which records the result:
a wrong answer is said inline, and counted for the manager's unusual-activity report.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.widgets.dialog_parts import WorkingDialog, fit_height, inline_error_label, key_button, set_inline_error
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.sale.fraud_checks import verify_member

VERIFY_CODES = ("verify_by_phone", "verify_by_birth_date")


class VerifyDialog(WorkingDialog):
    verified = Signal()

    def __init__(self, ctx: TillContext, actor: Actor, *, member_id: str, name: str, asked: LoyaltyError,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Check the member"))
        self.setModal(True)
        self.ctx, self.actor, self.member_id = ctx, actor, member_id
        self._busy = False
        self.by_birth_date = asked.code == "verify_by_birth_date"
        title = QLabel(self.tr("Check who {name} is").format(name=name), self)
        title.setFont(scaled_font(self.font(), 130, bold=True))
        title.setWordWrap(True)
        hint = QLabel(error_text(asked), self)
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        if self.by_birth_date:
            self.answer: QWidget = QDateEdit(self)
            self.answer.setDisplayFormat("yyyy-MM-dd")
            self.answer.setCalendarPopup(True)
            self.answer.setDate(QDate(1990, 1, 1))
            label = self.tr("&Birth date")
        else:
            self.answer = QLineEdit(self)
            self.answer.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,6}"), self.answer))
            self.answer.setFont(scaled_font(self.font(), 150))
            self.answer.textEdited.connect(lambda _text: set_inline_error(self.error, None))
            label = self.tr("&Last digits of the phone")
        self.answer.setObjectName("verifyAnswer")
        caption = QLabel(label, self, buddy=self.answer)
        self.answer.setAccessibleName(caption.text().replace("&", ""))
        self.error = inline_error_label(self)
        cancel = key_button(self.tr("Esc"), self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        self.check_button = key_button(self.tr("Enter"), self.tr("Check"), self, role="primary")
        self.check_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(caption)
        layout.addWidget(self.answer)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.answer.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def busy(self) -> bool:
        return self._busy

    def typed(self) -> str:
        if isinstance(self.answer, QDateEdit):
            return self.answer.date().toString("yyyy-MM-dd")
        assert isinstance(self.answer, QLineEdit)
        return self.answer.text()

    def submit(self) -> None:
        if self._busy:
            return
        answer = self.typed()
        if not answer.strip():
            set_inline_error(self.error, self.tr("Type what the member tells you first."))
            fit_height(self)
            return
        self._busy = True
        self.check_button.setEnabled(False)
        ctx, actor, member_id = self.ctx, self.actor, self.member_id
        ctx.ops.run(self, lambda: verify_member(ctx.make_uow(), member_id=member_id, answer=answer, actor=actor,
                                                clock=ctx.clock),
                    on_done=self._verified, on_error=self._refused)

    def _verified(self, _result: object) -> None:
        self._busy = False
        self.verified.emit()
        self.accept()

    def _refused(self, error: LoyaltyError) -> None:
        self._busy = False
        self.check_button.setEnabled(True)
        if isinstance(self.answer, QLineEdit):
            self.answer.clear()
        set_inline_error(self.error, error_text(error))
        fit_height(self)
        self.answer.setFocus()
