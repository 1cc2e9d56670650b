"""Ctrl+D: the member on the till gives points to one of the shop's charities."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from loyalty_pos.domain.charity import Charity, donation_value
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.money import Money
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.widgets.dialog_parts import WorkingDialog, inline_error_label, key_button, set_inline_error
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.charity import Donation, donate_points


class DonateDialog(WorkingDialog):
    donated = Signal(object)  # Donation

    def __init__(self, ctx: TillContext, actor: Actor, *, member_id: str, member_name: str, balance: int,
                 currency: str, charities: tuple[Charity, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("donateDialog")
        self.setWindowTitle(self.tr("Donate points"))
        self.setModal(True)
        self.ctx, self.actor, self.member_id = ctx, actor, member_id
        self.currency, self.charities, self.available = currency, charities, balance
        title = QLabel(self.tr("{name} gives points to a charity").format(name=member_name), self)
        title.setFont(scaled_font(self.font(), 130, bold=True))
        title.setWordWrap(True)
        hint = QLabel(self.tr("{points:,} points to give. The points leave the member's balance; the shop pays "
                              "the charity what they are worth.").format(points=balance), self)
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        self.charity = QComboBox(self)
        self.charity.setObjectName("donateCharity")
        self.charity.setAccessibleName(self.tr("Charity"))
        for charity in charities:
            self.charity.addItem(charity.name, charity.id)
        self.points = QLineEdit(self)
        self.points.setObjectName("donatePoints")
        self.points.setAccessibleName(self.tr("Points to give"))
        self.points.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,9}"), self))
        fields = QGridLayout()
        fields.addWidget(QLabel(self.tr("&Charity"), self, buddy=self.charity), 0, 0)
        fields.addWidget(self.charity, 0, 1)
        fields.addWidget(QLabel(self.tr("&Points"), self, buddy=self.points), 1, 0)
        fields.addWidget(self.points, 1, 1)
        self.preview = QLabel(self)
        self.preview.setObjectName("donatePreview")
        self.preview.setFont(scaled_font(self.font(), 115, bold=True))
        self.preview.setWordWrap(True)
        self.error = inline_error_label(self)
        self.points.textEdited.connect(self._update_preview)
        self.charity.currentIndexChanged.connect(self._update_preview)
        cancel = key_button(self.tr("Esc"), self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        self.give_button = key_button(self.tr("Enter"), self.tr("Donate"), self, role="primary")
        self.give_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.give_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        for part in (title, hint):
            layout.addWidget(part)
        layout.addLayout(fields)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.points.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chosen(self) -> Charity:
        return self.charities[max(self.charity.currentIndex(), 0)]

    def _update_preview(self, *_args: object) -> None:
        set_inline_error(self.error, None)
        points = int(self.points.text() or 0)
        if points <= 0:
            self.preview.clear()
            return
        amount = Money(donation_value(self._chosen(), points), self.currency)
        self.preview.setText(self.tr("{points:,} points = {amount} to {charity}").format(
            points=points, amount=money_text(amount), charity=self._chosen().name))

    def submit(self) -> None:
        if self._busy:
            return
        points = int(self.points.text() or 0)
        if points <= 0:
            set_inline_error(self.error, self.tr("Type the points to give."))
            return
        if points > self.available:
            set_inline_error(self.error, self.tr("The member has {points:,} points.").format(points=self.available))
            return
        self._busy = True
        ctx, actor, member_id, charity = self.ctx, self.actor, self.member_id, self._chosen().id
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: donate_points(make_uow(), member_id=member_id, charity_id=charity,
                                                      points=points, actor=actor, clock=ctx.clock),
                       on_done=self._done, on_error=self._refused)

    def _done(self, donation: Donation) -> None:
        self._busy = False
        self.donated.emit(donation)
        self.accept()

    def _refused(self, error: LoyaltyError) -> None:
        self._busy = False
        set_inline_error(self.error, error_text(error))
