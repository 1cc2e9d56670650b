"""A manager types their PIN at the cashier's till to approve one action.

The manager stands next to the cashier: no user name to pick, any active
manager's PIN approves (``services.auth.verify_manager_pin``). A wrong PIN is said
inline and the field is cleared for the next try; nothing modal pops up over it.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from loyalty_pos.domain.approvals import Approval, ApprovalRequest
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.widgets.dialog_parts import (
    WorkingDialog,
    fit_height,
    inline_error_label,
    key_button,
    set_inline_error,
)
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.shop.auth import issue_approval, verify_manager_pin


class ApprovalDialog(WorkingDialog):
    """``approved(Actor)`` is emitted with the approving manager, then the dialog accepts.

    Given a ``request`` (action, amount, subject), the PIN has the auth service issue a
    stored approval for exactly that, emitted as ``granted(Approval)`` (before ``approved``):
    the cashier's action hands its id to the service, which checks and uses it up."""

    approved = Signal(object)
    granted = Signal(object)

    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None, *, what: str,
                 request: ApprovalRequest | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.what = what
        self.request = request
        self.approval: Approval | None = None
        self.approved_by: Actor | None = None
        self._busy = False
        self.setModal(True)
        self.setWindowTitle(self.tr("Manager approval"))

        self.title = QLabel(self.tr("Manager approval needed for {what}").format(what=what), self)
        self.title.setFont(scaled_font(self.font(), 130, bold=True))
        self.title.setWordWrap(True)
        hint = QLabel(
            self.tr("Asked by {user}. A manager types their PIN, then presses Enter.").format(user=actor.username), self
        )
        hint.setProperty("muted", True)
        hint.setWordWrap(True)

        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,12}"), self.pin))
        self.pin.setPlaceholderText(self.tr("Manager PIN"))
        self.pin.setAccessibleName(self.tr("Manager PIN"))
        self.pin.setFont(scaled_font(self.font(), 150))
        self.pin.textEdited.connect(lambda _text: set_inline_error(self.error, None))
        self.error = inline_error_label(self)

        self.cancel_button = key_button(self.tr("Esc"), self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.approve_button = key_button(self.tr("Enter"), self.tr("Approve"), self, role="primary")
        self.approve_button.clicked.connect(self.submit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(hint)
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(600)
        self.pin.setFocus()

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self) -> None:
        if self._busy:
            return
        pin = self.pin.text()
        if not pin:
            set_inline_error(self.error, self.tr("Type the manager's PIN first."))
            fit_height(self)
            self.pin.setFocus()
            return
        self._set_busy(True)
        ctx = self.ctx
        request = self.request
        if request is not None:
            self.ctx.ops.run(
                self,
                lambda: issue_approval(ctx.make_uow(), pin=pin, action=request.action,
                                       amount_minor=request.amount_minor, subject_id=request.subject_id,
                                       terminal_id=ctx.terminal_id, clock=ctx.clock),
                on_done=self._on_granted,
                on_error=self._on_refused,
            )
            return
        self.ctx.ops.run(
            self,
            lambda: verify_manager_pin(
                ctx.make_uow(), pin=pin, terminal_id=ctx.terminal_id, clock=ctx.clock
            ),
            on_done=self._on_approved,
            on_error=self._on_refused,
        )

    def _on_granted(self, approval: Approval) -> None:
        self.approval = approval
        self.granted.emit(approval)
        self._on_approved(Actor(approval.approver, Role.MANAGER, approval.terminal_id))

    def _on_approved(self, manager: Actor) -> None:
        self._set_busy(False)
        self.approved_by = manager
        self.approved.emit(manager)
        self.accept()

    def _on_refused(self, error: LoyaltyError) -> None:
        self._set_busy(False)
        self.pin.clear()
        set_inline_error(self.error, error_text(error))
        fit_height(self)
        self.pin.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.approve_button.setEnabled(not busy)
        self.pin.setReadOnly(busy)


