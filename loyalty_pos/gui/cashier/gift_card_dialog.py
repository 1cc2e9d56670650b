"""Ctrl+G: a gift card's balance, selling or topping one up, or letting it pay part of this sale.

The card is scanned (the router hands the scan to ``accept_scanned_gift_card``) or typed;
an empty number sells a new card. Work that changes the store runs off the GUI thread and
the dialog stays open while it does, so a sold card is never lost behind an Esc.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from loyalty_pos.domain.errors import LoyaltyError, ValidationError
from loyalty_pos.domain.gift_cards import GiftCardState, masked, normal_gift_card_number
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.tender import Tender
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.widgets.action_bar import ActionBar
from loyalty_pos.gui.widgets.dialog_parts import (
    DIALOG_ROOM_ON_SMALLEST_SCREEN,
    WorkingDialog,
    inline_error_label,
    key_button,
    needed_height,
    set_inline_error,
)
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.money_edit import MoneyEdit
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.sale.gift_cards import GiftCardSlip, gift_card_balance, load_gift_card


class GiftCardDialog(WorkingDialog):
    use_on_sale = Signal(str, int)  # card number, minor units it pays of this sale
    loaded = Signal(object)  # GiftCardSlip: a card sold or topped up

    def __init__(self, ctx: TillContext, actor: Actor, *, currency: str, amount_due: int | None, can_sell: bool,
                 number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("giftCardDialog")
        self.setWindowTitle(self.tr("Gift card"))
        self.setModal(True)
        self.ctx, self.actor, self.currency = ctx, actor, currency
        self.amount_due, self.can_sell = amount_due, can_sell
        self.state: GiftCardState | None = None
        title = QLabel(self.tr("Gift card"), self)
        title.setFont(scaled_font(self.font(), 130, bold=True))
        hint = QLabel(self.tr("Scan the card or type its number. Leave the number empty to sell a new card."), self)
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        self.number = QLineEdit(number, self)
        self.number.setObjectName("giftCardNumber")
        self.number.setAccessibleName(self.tr("Gift card number"))
        self.number.setPlaceholderText("GC0000000000")
        self.number.setMaxLength(20)
        self.amount = MoneyEdit(currency, self)
        self.amount.setObjectName("giftCardAmount")
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText(currency)
        fields = QGridLayout()
        fields.addWidget(QLabel(self.tr("Card &number"), self, buddy=self.number), 0, 0)
        fields.addWidget(self.number, 0, 1)
        fields.addWidget(QLabel(self.tr("&Amount"), self, buddy=self.amount), 1, 0)
        fields.addWidget(self.amount, 1, 1)
        self.balance = QLabel(self)
        self.balance.setObjectName("giftCardBalance")
        self.balance.setWordWrap(True)
        self.balance.setFont(scaled_font(self.font(), 115, bold=True))
        self.error = inline_error_label(self)
        for edit in (self.number, self.amount):
            edit.textEdited.connect(lambda _text: set_inline_error(self.error, None))
        self.number.textEdited.connect(lambda _text: self._forget_balance())
        cancel = key_button(self.tr("Esc"), self.tr("Close"), self)
        cancel.clicked.connect(self.reject)
        self.balance_button = key_button("F5", self.tr("Balance"), self)
        self.balance_button.clicked.connect(self.ask_balance)
        self.cash_button = key_button("F6", self.tr("Sell / top up, cash"), self)
        self.cash_button.clicked.connect(lambda: self.load(Tender.CASH))
        self.card_button = key_button("F7", self.tr("Sell / top up, card"), self)
        self.card_button.clicked.connect(lambda: self.load(Tender.CARD))
        self.use_button = key_button(self.tr("Enter"), self.tr("Pay part of this sale"), self, role="primary")
        self.use_button.clicked.connect(self.submit)
        self.use_button.setEnabled(bool(amount_due))
        for button in (self.cash_button, self.card_button):
            button.setEnabled(can_sell)
        for key, button in (("F5", self.balance_button), ("F6", self.cash_button), ("F7", self.card_button)):
            QShortcut(QKeySequence(key), self, button.click)
        self.sell_note = QLabel(self.tr("Selling a card: finish or void the sale first; the card has a slip of its "
                                        "own.") if not can_sell else
                                self.tr("Money taken for a card is also keyed into the shop's register."), self)
        self.sell_note.setWordWrap(True)
        self.sell_note.setProperty("muted", True)
        # Wraps into two rows rather than cutting a label in a long language or a large text.
        buttons = ActionBar(self)
        for button in (cancel, self.balance_button, self.cash_button, self.card_button, self.use_button):
            button.setMinimumWidth(button.sizeHint().width())
            buttons.add(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        for part in (title, hint):
            layout.addWidget(part)
        layout.addLayout(fields)
        for part in (self.balance, self.error, self.sell_note):
            layout.addWidget(part)
        layout.addWidget(buttons)
        # Wide enough for the keys in two or three rows, not one a row at the largest text
        # (five rows would push the dialog past a 1024x768 till's screen), and never wider
        # than that screen.
        widest = max(button.sizeHint().width() for button in buttons.buttons)
        self.setMinimumWidth(min(DIALOG_ROOM_ON_SMALLEST_SCREEN[0], max(720, 3 * widest + 2 * 6 + 40)))
        (self.amount if number else self.number).setFocus(Qt.FocusReason.OtherFocusReason)
        if number:
            self.ask_balance()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """As tall as the contents need at the width it opened with: Qt's first height is
        worked out with the hint wrapped at a narrower width, which at the largest text left
        the dialog taller than a 1024x768 till's screen."""
        super().showEvent(event)
        self.resize(self.width(), needed_height(self) or self.height())

    # -- the scan router ---------------------------------------------------------------
    def accept_scanned_gift_card(self, text: str) -> bool:
        try:
            number = normal_gift_card_number(text)
        except ValidationError:
            return False
        self.number.setText(number)
        self._forget_balance()
        self.ask_balance()
        self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # -- reads and work ------------------------------------------------------------------
    def _card(self) -> str | None:
        try:
            return normal_gift_card_number(self.number.text())
        except ValidationError as error:
            set_inline_error(self.error, error_text(error))
            self.number.setFocus(Qt.FocusReason.OtherFocusReason)
            return None

    def _forget_balance(self) -> None:
        self.state = None
        self.balance.clear()

    def ask_balance(self) -> None:
        number = self._card()
        if number is None:
            return
        make_uow = self.ctx.make_uow
        self.ctx.ops.run(self, lambda: gift_card_balance(make_uow(readonly=True), number), on_done=self._show_balance,
                         on_error=self._refused, latest="gift-card-balance")

    def _show_balance(self, state: GiftCardState) -> None:
        self.state = state
        self.balance.setText(self.tr("{card}: {amount} on the card").format(
            card=masked(state.number), amount=money_text(Money(state.balance_minor, self.currency))))

    def _typed_amount(self) -> int | None:
        if not self.amount.text().strip():
            return None
        try:
            return self.amount.minor()
        except ValidationError as error:
            set_inline_error(self.error, error_text(error))
            return -1

    def load(self, tender: Tender) -> None:
        if self._busy or not self.can_sell:
            return
        number = self.number.text().strip() and self._card()
        amount = self._typed_amount()
        if number is None or amount == -1:
            return
        if not amount:
            set_inline_error(self.error, self.tr("Type the amount to put on the card."))
            self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._busy = True
        ctx, actor = self.ctx, self.actor
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: load_gift_card(make_uow(), number=number or None, amount_minor=amount,
                                                       tender=tender, actor=actor, clock=ctx.clock),
                       on_done=self._loaded, on_error=self._refused)

    def _loaded(self, slip: GiftCardSlip) -> None:
        self._busy = False
        self.loaded.emit(slip)
        self.accept()

    def submit(self) -> None:
        """Enter: the card pays the typed amount of this sale, or as much of it as it can."""
        if self._busy or not self.amount_due:
            return
        number = self._card()
        amount = self._typed_amount()
        if number is None or amount == -1:
            return
        make_uow = self.ctx.make_uow
        self.ctx.ops.run(self, lambda: gift_card_balance(make_uow(readonly=True), number),
                         on_done=lambda state: self._use(state, amount), on_error=self._refused,
                         latest="gift-card-balance")

    def _use(self, state: GiftCardState, typed: int | None) -> None:
        self._show_balance(state)
        due = self.amount_due or 0
        amount = typed if typed is not None else min(max(state.balance_minor, 0), due)
        if amount <= 0:
            set_inline_error(self.error, self.tr("Nothing left on this card to pay with."))
            return
        if amount > due:
            set_inline_error(self.error, self.tr("The card can pay at most the amount due, {due}.").format(
                due=money_text(Money(due, self.currency))))
            return
        if amount > state.balance_minor:
            set_inline_error(self.error, self.tr("The card holds only {amount}.").format(
                amount=money_text(Money(max(state.balance_minor, 0), self.currency))))
            return
        self.use_on_sale.emit(state.number, amount)
        self.accept()

    def _refused(self, error: LoyaltyError) -> None:
        self._busy = False
        set_inline_error(self.error, error_text(error))
