"""Staff → Ctrl+L: link an account to its holder's own member card and phone, so the till
refuses their sales, redemptions and adjustments on it (fraud limits)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.widgets.dialog_parts import WorkingDialog, fit_height, inline_error_label, key_button, set_inline_error
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.shop.auth import StaffView
from loyalty_pos.services.shop.staff_link import link_staff_member


class StaffLinkDialog(WorkingDialog):
    saved = Signal(str)  # the user name

    def __init__(self, ctx: TillContext, actor: Actor, staff: StaffView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffLinkDialog")
        self.ctx, self.actor, self.staff = ctx, actor, staff
        self._busy = False
        self.setModal(True)
        title = self.tr("Own member card of {name}").format(name=staff.display_name)
        self.setWindowTitle(title)
        heading = QLabel(title, self)
        heading.setFont(scaled_font(self.font(), 130, bold=True))
        heading.setWordWrap(True)
        linked = (self.tr("Linked now to a member record.") if staff.member_id else
                  self.tr("Not linked to a member record yet."))
        hint = QLabel(linked + " " + self.tr(
            "The till refuses to ring up points, redeem or adjust on this person's own card: scan or type their "
            "card number, and their phone (a member with that phone counts as theirs too). Leave both empty to "
            "remove the link."), self)
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        self.card = QLineEdit(self)
        self.card.setObjectName("ownCardNumber")
        self.card.setMaxLength(32)
        self.card.setPlaceholderText(self.tr("keep the current link") if staff.member_id else "")
        self.phone = QLineEdit(staff.phone or "", self)
        self.phone.setObjectName("ownPhone")
        self.phone.setMaxLength(32)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, field in ((self.tr("&Card number"), self.card), (self.tr("P&hone"), self.phone)):
            label = QLabel(text, self, buddy=field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        self.error = inline_error_label(self)
        self.cancel_button = key_button(self.tr("Esc"), self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = key_button(self.tr("Ctrl+S"), self.tr("Save"), self, role="primary")
        self.save_button.clicked.connect(self.submit)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)
        for edit in (self.card, self.phone):
            edit.textEdited.connect(lambda _text: set_inline_error(self.error, None))
            edit.returnPressed.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.card.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self) -> None:
        if self._busy:
            return
        card, phone = self.card.text().strip(), self.phone.text().strip()
        # An empty card field keeps an existing link unless the phone is cleared too: both empty unlinks.
        member_id = self.staff.member_id if not card and phone else None
        ctx, actor, username = self.ctx, self.actor, self.staff.username
        self._set_busy(True)
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: link_staff_member(make_uow(), username=username, member_id=member_id,
                                                          card_number=card or None, phone=phone or None, actor=actor,
                                                          clock=ctx.clock),
                       on_done=lambda _result: self._saved(username), on_error=self._refused)

    def _saved(self, username: str) -> None:
        self._set_busy(False)
        self.saved.emit(username)
        self.accept()

    def _refused(self, error: LoyaltyError) -> None:
        self._set_busy(False)
        set_inline_error(self.error, error_text(error))
        fit_height(self)
        self.card.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
