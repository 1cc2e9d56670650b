"""The receipt preview's headline for a slip (a gift card sold or topped up, points donated, a
member action's points):
never "Paid", and for a card the money the cashier must also key into the shop's register."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from loyalty_pos.domain.money import Money
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.gui.widgets.locale_text import money_text


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context: it cannot see a helper's.
    return QCoreApplication.translate("", text)


def slip_headline(receipt: Receipt) -> str:
    keyed = next((note.amount for note in receipt.notes if note.code == "receipt.gift_card_register"), None)
    if keyed is not None:
        return _tr("Gift card sale — key {amount} into the register · slip {number}").format(
            amount=money_text(Money(keyed, receipt.currency)), number=receipt.receipt_no)
    if any(note.code == "receipt.member_action" for note in receipt.notes):
        return _tr("Action slip {number}: no money to take").format(number=receipt.receipt_no)
    return _tr("Donation slip {number}: no money to take").format(number=receipt.receipt_no)
