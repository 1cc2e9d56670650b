"""The English of gift cards' and charity donations' receipt lines and refusals;
``catalogue.MESSAGES`` takes them in, the other languages live in the catalogue .ts files."""

from __future__ import annotations

GIFT_CARD_TEXTS: dict[str, str] = {
    # Receipt lines (domain.receipt.ReceiptNote codes); amounts and points come formatted.
    "receipt.gift_card_sold": "Gift card {card} sold",
    "receipt.gift_card_topped_up": "Gift card {card} topped up",
    "receipt.gift_card_left": "Left on card {card}",
    "receipt.gift_card_register": "Gift card sale: key {amount} into the register",
    "receipt.gift_card_paid": "Gift card {card}",
    "receipt.gift_card_refunded": "Back on gift card {card}",
    "receipt.donated": "Donated {points} = {amount} to {charity}",
    # Refusals.
    "error.gift_card_balance": "Gift card {card} has {available} left; it cannot pay {wanted}.",
    "error.gift_card_offline_cap": (
        "This till has not reached the chain's server lately, so gift card {card} may pay at most {cap} a day here "
        "({used} already paid today). Take less from the card, or sync first."),
    "error.bad_gift_card_serial": "A gift card serial is 1 to 999,999,999",
    "error.bad_gift_card_number": "A gift card number is GC and 10 digits, with a correct last digit",
    "error.bad_gift_card_amount": "A gift card amount is above 0",
    "error.gift_card_amount_too_large": "A gift card amount is at most {maximum:,} minor units",
    "error.bad_gift_card_cap": "The offline gift card cap cannot be negative",
    "error.bad_gift_card_max": "The most put on a card at once is above 0 and at most {maximum:,} minor units",
    "error.gift_cards_off": "This shop does not sell or take gift cards",
    "error.gift_card_unknown": "Gift card {card} has not been sold here",
    "error.gift_card_load": "Put from {low} to {high} on a gift card at once",
    "error.gift_card_currency": "Gift card {card} holds {currency}",
    "error.gift_card_empty": "Gift card {card} has nothing left to void",
    "error.gift_card_voided": "Gift card {card} was voided on {day}: {reason}",
    "error.gift_card_voided_no_reason": "Gift card {card} was voided on {day}",
    "error.gift_card_void_reason": "Say why the card is voided: the till shows the reason when the card is used",
    "error.permission_denied.looking_up_a_gift_cards_history": "Looking up a gift card's history needs the manager role.",
    "error.gift_card_over_total": "A gift card pays at most the amount due, {due}",
    "error.permission_denied.voiding_a_gift_card": "Voiding a gift card needs the manager role.",
    "error.bad_charity": "A charity needs a name",
    "error.bad_charity_rate": "A charity's rate is money above 0 for points above 0",
    "error.no_such_charity": "There is no charity {charity!r} to give to",
    "error.duplicate_charity": "Two charities have the id {charity!r}",
    "error.donation_too_small": "{points} points give {charity} nothing; give at least {least}",
    "error.permission_denied.editing_charities": "Editing charities needs the manager role.",
    "error.permission_denied.editing_gift_card_rules": "Editing gift card rules needs the manager role.",
    "error.authored_at_head_office.editing_charities": (
        "Authored at head office: editing charities is done on the head office till (Back office > Program), and "
        "reaches this till with the next sync."),
    "error.authored_at_head_office.editing_gift_card_rules": (
        "Authored at head office: editing gift card rules is done on the head office till (Back office > Program), "
        "and reaches this till with the next sync."),
}
