"""The sale screen's gift-card and donation keys: Ctrl+G gift card, Ctrl+D donate points.

A card's part of a sale is held here for the sale it was chosen on and added to that
sale's checkout only; a card sold or points donated print a slip of their own, shown in
the receipt preview when no basket is on the screen.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from loyalty_pos.domain.gift_cards import masked
from loyalty_pos.domain.money import Money
from loyalty_pos.gui.widgets.fkey_button import FKeyButton
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.widgets.message_bar import Level
from loyalty_pos.services.members.charity import Donation, charities_offered
from loyalty_pos.services.sale.checkout import Checkout, SaleResult
from loyalty_pos.services.sale.gift_cards import GiftCardPayment, GiftCardSlip

if TYPE_CHECKING:
    from loyalty_pos.gui.cashier.sale_actions import SaleActions


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context: it cannot see a helper's.
    return QCoreApplication.translate("", text)


class GivingActions(QObject):
    def __init__(self, actions: SaleActions) -> None:
        super().__init__(actions)
        self.actions = actions
        self.screen = actions.screen
        self.gift_card_button = actions.bar.add(FKeyButton("Ctrl+G", _tr("Gift card")))
        self.donate_button = actions.bar.add(FKeyButton("Ctrl+D", _tr("Donate points")))
        self.gift_card_button.clicked.connect(lambda: self.open(""))
        self.donate_button.clicked.connect(self.donate)
        self.payment: tuple[str, GiftCardPayment] | None = None  # (sale id, the card's part)

    def _basket_free(self) -> bool:
        state = self.screen.state
        return self.screen.completed or (not state.lines and not state.redemptions)

    def _amount_due(self) -> int | None:
        screen = self.screen
        if screen.completed or not screen.state.lines or screen.priced is None:
            return None
        return screen.priced.amount_due_minor

    def with_payment(self, cmd: Checkout) -> Checkout:
        """``cmd`` with the card's part, when one was chosen for this very sale."""
        if self.payment is None or self.payment[0] != cmd.sale_id:
            return cmd
        return replace(cmd, gift_card=self.payment[1])

    # -- gift cards ------------------------------------------------------------------------
    def open(self, number: str) -> None:
        if not self.actions._not_in_training(_tr("A gift card")):
            return
        from loyalty_pos.gui.cashier.gift_card_dialog import GiftCardDialog

        screen = self.screen
        currency = screen.currency or (screen.priced.currency if screen.priced else "")
        dialog = GiftCardDialog(screen.ctx, self.actions.actor, currency=currency, amount_due=self._amount_due(),
                                can_sell=self._basket_free(), number=number, parent=screen)
        dialog.use_on_sale.connect(self._use_on_sale)
        dialog.loaded.connect(self._loaded)
        self.actions._open(dialog)

    def _use_on_sale(self, number: str, amount: int) -> None:
        screen = self.screen
        due = screen.priced.amount_due_minor if screen.priced else amount
        currency = screen.priced.currency if screen.priced else (screen.currency or "")
        self.payment = (screen.state.sale_id, GiftCardPayment(number, amount))
        screen.messages.show_message(
            _tr("Gift card {card} pays {amount}. Take the rest, {rest}, with F9 cash or F10 card.").format(
                card=masked(number), amount=money_text(Money(amount, currency)),
                rest=money_text(Money(due - amount, currency))), Level.SUCCESS)

    def _loaded(self, slip: GiftCardSlip) -> None:
        self.screen.show_receipt(SaleResult(slip.receipt, replayed=False))
        amount = next(note.amount for note in slip.receipt.notes if note.code == "receipt.gift_card_register")
        self.screen.messages.show_message(
            _tr("Gift card sale — key {amount} into the register.").format(
                amount=money_text(Money(amount, slip.receipt.currency))), Level.SUCCESS)

    # -- donations --------------------------------------------------------------------------
    def donate(self) -> None:
        if not self.actions._not_in_training(_tr("A donation")):
            return
        screen = self.screen
        member, detail = screen.state.member, screen.member_detail
        if member is None:
            screen.messages.show_message(_tr("Identify the member first: scan the card or press F2."), Level.WARNING)
            return
        if not self._basket_free():
            screen.messages.show_message(_tr("Donate before or after the sale: a donation prints a slip of its own."),
                                         Level.WARNING)
            return
        if detail is None:
            screen.messages.show_message(_tr("Still loading the member; press Ctrl+D again in a moment."), Level.INFO)
            return
        ctx = screen.ctx
        balance = detail.panel.balance
        ctx.ops.run(screen, lambda: charities_offered(ctx.make_uow(readonly=True)),
                    on_done=lambda offered: self._choose(member.member_id, member.name, balance, *offered),
                    on_error=screen.messages.show_error)

    def _choose(self, member_id: str, name: str, balance: int, currency: str, charities: tuple) -> None:  # noqa: ANN401
        from loyalty_pos.gui.cashier.donate_dialog import DonateDialog

        if not charities:
            self.screen.messages.show_message(_tr("The shop has no charity to give to yet (Back office > Earning "
                                                  "rules & tiers > Gift cards & charity)."), Level.WARNING)
            return
        dialog = DonateDialog(self.screen.ctx, self.actions.actor, member_id=member_id, member_name=name,
                              balance=balance, currency=currency, charities=charities, parent=self.screen)
        dialog.donated.connect(self._donated)
        self.actions._open(dialog)

    def _donated(self, donation: Donation) -> None:
        screen = self.screen
        screen.show_receipt(SaleResult(donation.receipt, replayed=False))
        screen.set_state(screen.state)  # the one read of the member: the panel shows the balance after it
        screen.messages.show_message(_tr("Donated {points:,} points = {amount}. The member has {balance:,} points "
                                         "now.").format(points=donation.points, balance=donation.balance,
                                                        amount=money_text(Money(donation.amount_minor,
                                                                                donation.receipt.currency))),
                                     Level.SUCCESS)
