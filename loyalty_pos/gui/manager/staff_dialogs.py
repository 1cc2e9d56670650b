"""The staff section's two forms: a new account, and a new PIN for an existing one.

A PIN is typed twice, masked, because nobody can read it back afterwards: a typo
would lock the person out of their first sign-in. What only the service knows (a
user name that is taken, a PIN that is too short) lands under its own field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

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
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop import auth
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.shop.auth import StaffView

_PIN_CODES = {"bad_pin"}
_USERNAME_CODES = {"bad_username", "staff_exists"}


def _field_error(parent: QWidget) -> QLabel:
    """An inline error as wide as the field above it (a form keeps labels at their hint width)."""
    label = inline_error_label(parent)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def _pin_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(12)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,12}"), edit))
    edit.setAccessibleName(name)
    return edit


class _StaffForm(WorkingDialog):
    """The frame both forms share: a title, fields with their errors, Esc / Ctrl+S."""

    saved = Signal(str)  # the user name

    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.setModal(True)
        self.heading = QLabel(self)
        self.heading.setFont(scaled_font(self.font(), 130, bold=True))
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(6)
        self.pin = _pin_edit(self, self.tr("PIN"))
        self.pin_again = _pin_edit(self, self.tr("PIN again"))
        self.pin_error = _field_error(self)
        self.error = inline_error_label(self)
        self.cancel_button = key_button(self.tr("Esc"), self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = key_button(self.tr("Ctrl+S"), self.tr("Save"), self, role="primary")
        self.save_button.clicked.connect(self.submit)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)
        for edit in (self.pin, self.pin_again):
            edit.textEdited.connect(lambda _text: set_inline_error(self.pin_error, None))
        self.first_field: QWidget = self.pin

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.first_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def finish_layout(self, title: str) -> None:
        self.setWindowTitle(title)
        self.heading.setText(title)
        hint = QLabel(self.tr("A PIN is 4 to 12 digits. Enter or Ctrl+S saves, Esc cancels."), self)
        hint.setProperty("muted", True)
        hint.setWordWrap(True)
        self.form.addRow(self.tr("&PIN"), self.pin)
        self.form.addRow(self.tr("PIN &again"), self.pin_again)
        self.form.addRow("", self.pin_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)

    def pins_agree(self) -> bool:
        if not self.pin.text():
            return self._pin_problem(self.tr("Type the PIN."), self.pin)
        if self.pin.text() != self.pin_again.text():
            self.pin_again.clear()
            return self._pin_problem(self.tr("The two PINs differ; type it again."), self.pin_again)
        return True

    def save(self, work: Callable[[Callable[..., UnitOfWork]], Any], username: str) -> None:
        self._set_busy(True)
        self.ctx.ops.change(self, self.ctx.make_uow, work, on_done=lambda _result: self._saved(username),
                            on_error=self._refused)

    def show_error(self, error: LoyaltyError) -> None:
        """Where a refusal lands; a form with more fields routes more codes."""
        if error.code in _PIN_CODES:
            self._pin_problem(error_text(error), self.pin)
        else:
            set_inline_error(self.error, error_text(error))
            fit_height(self)

    def _pin_problem(self, text: str, field: QLineEdit) -> bool:
        set_inline_error(self.pin_error, text)
        fit_height(self)
        field.setFocus()
        return False

    def _saved(self, username: str) -> None:
        self._set_busy(False)
        self.saved.emit(username)
        self.accept()

    def _refused(self, error: LoyaltyError) -> None:
        self._set_busy(False)
        self.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)


class CreateStaffDialog(_StaffForm):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, parent)
        self.username = QLineEdit(self)
        self.username.setMaxLength(80)
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setPlaceholderText(self.tr("what they type to sign in, e.g. kari"))
        self.username_error = _field_error(self)
        self.display_name = QLineEdit(self)
        self.display_name.setMaxLength(120)
        self.display_name.setAccessibleName(self.tr("Name"))
        self.display_name.setPlaceholderText(self.tr("shown on screens and receipts, e.g. Kari Nordmann"))
        self.role = QComboBox(self)
        self.role.addItem(self.tr("Cashier"), Role.CASHIER)
        self.role.addItem(self.tr("Manager"), Role.MANAGER)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.setMinimumHeight(self.username.sizeHint().height())
        self.form.addRow(self.tr("&User name"), self.username)
        self.form.addRow("", self.username_error)
        self.form.addRow(self.tr("&Name"), self.display_name)
        self.form.addRow(self.tr("&Role"), self.role)
        self.finish_layout(self.tr("New staff account"))
        self.username.textEdited.connect(lambda _text: set_inline_error(self.username_error, None))
        for before, after in ((self.username, self.display_name), (self.display_name, self.role),
                              (self.role, self.pin), (self.pin, self.pin_again)):
            self.setTabOrder(before, after)
        self.first_field = self.username

    def submit(self) -> None:
        if self._busy:
            return
        username = self.username.text().strip()
        if not username:
            set_inline_error(self.username_error, self.tr("Type a user name."))
            fit_height(self)
            self.username.setFocus()
            return
        if not self.pins_agree():
            return
        ctx, actor = self.ctx, self.actor
        # Qt hands a StrEnum back as its plain text: the account gets the enum again.
        display_name, role, pin = self.display_name.text(), Role(self.role.currentData()), self.pin.text()
        self.save(lambda make_uow: auth.create_staff(make_uow(), username=username, display_name=display_name,
                                                     role=role, pin=pin, actor=actor, clock=ctx.clock),
                  username.lower())

    def show_error(self, error: LoyaltyError) -> None:
        if error.code in _USERNAME_CODES:
            set_inline_error(self.username_error, error_text(error))
            fit_height(self)
            self.username.setFocus()
            self.username.selectAll()
            return
        super().show_error(error)


class ResetPinDialog(_StaffForm):
    def __init__(self, ctx: TillContext, actor: Actor, staff: StaffView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, parent)
        self.staff = staff
        explanation = QLabel(self.tr("The old PIN stops working at once; a lock-out is lifted too."), self)
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.finish_layout(self.tr("New PIN for {name} ({username})").format(
            name=staff.display_name, username=staff.username))

    def submit(self) -> None:
        if self._busy or not self.pins_agree():
            return
        ctx, actor, username, pin = self.ctx, self.actor, self.staff.username, self.pin.text()
        self.save(lambda make_uow: auth.reset_pin(make_uow(), username=username, pin=pin, actor=actor,
                                                  clock=ctx.clock),
                  username)
