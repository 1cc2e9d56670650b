"""Sign-in (and unlock) screen: user name, PIN, Enter.

Errors are shown right under the fields, never in a dialog. After a lock
(Ctrl+L) the screen names the person whose sale is parked, so the next
cashier knows whose basket is waiting.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.theme import scaled_font, set_banner, set_tone
from loyalty_pos.services.shop import auth
from loyalty_pos.services.shop.profile import demo_notice
from loyalty_pos.services.actor import Actor


class SignInScreen(QWidget):
    signed_in = Signal(object)  # Actor

    def __init__(self, ctx: TillContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signIn")
        self.ctx = ctx
        self._busy = False

        # Shown only when the store is the demo (a setting the demo writes), so the demo's
        # PINs are never advertised on a real shop's till, whichever command opened it.
        self.demo_banner = QLabel(self)
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setWordWrap(True)
        set_banner(self.demo_banner, "warning")
        self.demo_banner.setVisible(False)

        self.title = QLabel(self.tr("Sign in to the till"), self)
        self.title.setFont(scaled_font(self.font(), 170, bold=True))
        self.subtitle = QLabel(self)
        self.subtitle.setProperty("muted", True)
        self.subtitle.setWordWrap(True)

        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("e.g. cashier"))
        self.username.setMaxLength(64)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setPlaceholderText(self.tr("4-12 digits"))
        self.error = QLabel(self)
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.error.setFont(scaled_font(self.error.font(), 100, bold=True))
        set_tone(self.error, "danger")
        self.error.setVisible(False)
        self.button = QPushButton(self.tr("Sign in  (Enter)"), self)
        self.button.setProperty("role", "primary")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.submit)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(12)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("PIN"), self.pin)

        card = QFrame(self)
        card.setProperty("panel", True)
        card.setFixedWidth(520)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        inner.addWidget(self.demo_banner)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.button)

        # Centred by stretches, not by an alignment flag: an aligned item gets its plain
        # size hint, so a wrapped two-line error would squeeze the fields together.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.username.returnPressed.connect(self._username_entered)
        self.pin.returnPressed.connect(self.submit)
        self.show_locked_by(None)
        ctx.ops.run(self, lambda: demo_notice(ctx.make_uow(readonly=True)), on_done=self._show_demo,
                    on_error=lambda _error: None)  # no banner is the safe side

    # -- state ------------------------------------------------------------------
    def show_locked_by(self, username: str | None, *, parked: bool = False, idle_minutes: int | None = None) -> None:
        """``username``: who locked the till (Ctrl+L); ``None`` on a fresh start or sign-out.
        ``parked``: their sale waits for them. ``idle_minutes``: the till locked itself after
        that long with nobody at it (whoever comes back learns why they see this screen)."""
        if username:
            self.title.setText(self.tr("Till locked"))
            if idle_minutes:
                lead = self.tr("Locked after {minutes} min with nobody at the till: {user}'s sale is parked.") \
                    if parked else self.tr("Locked after {minutes} min with nobody at the till.")
                lead = lead.format(minutes=idle_minutes, user=username) + " "
            else:
                lead = ""
            if parked:
                text = (self.tr("{user} signs in to continue it; anyone else starts a new sale.") if idle_minutes
                        else self.tr("Locked by {user} with a sale open. {user} signs in to continue it; "
                                     "anyone else starts a new sale."))
            else:
                text = self.tr("Locked by {user}. Type the PIN to continue.")
            self.subtitle.setText(lead + text.format(user=username))
            self.username.setText(username)
        else:
            self.title.setText(self.tr("Sign in to the till"))
            self.subtitle.setText(self.tr("Terminal {terminal}. Type your user name and PIN, then press Enter.")
                                  .format(terminal=self.ctx.terminal_id))
            self.username.clear()  # signed out: the till is for whoever comes next
        self.pin.clear()
        self._show_error(None)
        self._set_busy(False)

    def focus_first_field(self) -> None:
        field = self.pin if self.username.text().strip() else self.username
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_demo(self, accounts: str | None) -> None:
        if accounts:
            self.demo_banner.setText(self.tr("<b>Demo shop</b> — for trying loyalty-pos, not for real sales. "
                                             "Sign in as {accounts}.").format(accounts=html.escape(accounts)))
        self.demo_banner.setVisible(bool(accounts))

    # -- actions ------------------------------------------------------------------
    def _username_entered(self) -> None:
        if self.username.text().strip():
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self._busy:
            return
        username = self.username.text().strip()
        pin = self.pin.text()
        if not username:
            self._show_error(self.tr("Type your user name."))
            self.username.setFocus()
            return
        if not pin:
            self._show_error(self.tr("Type your PIN."))
            self.pin.setFocus()
            return
        self._set_busy(True)
        ctx = self.ctx
        self.ctx.ops.run(
            self,
            lambda: auth.sign_in(ctx.make_uow(), username=username, pin=pin,
                                 terminal_id=ctx.terminal_id, clock=ctx.clock),
            on_done=self._done,
            on_error=self._failed,
            latest="sign_in",
        )

    def _done(self, actor: Actor) -> None:
        self._set_busy(False)
        self.pin.clear()
        self._show_error(None)
        self.signed_in.emit(actor)

    def _failed(self, error: LoyaltyError) -> None:
        self._set_busy(False)
        self.pin.clear()
        self._show_error(error_text(error))
        self.pin.setFocus()

    def _show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.button.setEnabled(not busy)
        self.button.setText(self.tr("Checking…") if busy else self.tr("Sign in  (Enter)"))
