"""Gift cards at the till: sell or top up a card, ask its balance, pay part of a sale with it.

Every move is a new entry in the card's own ledger, queued for the chain's server as a
``GiftCardEntryPosted`` event, so every till merges the card's history by union. The
till is not the shop's fiscal register: money taken for a card is also keyed into the
register, and the slip says so.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from loyalty_pos.domain.errors import NotFound, ValidationError
from loyalty_pos.domain.events import GiftCardEntryPosted
from loyalty_pos.domain.gift_cards import (
    GIFT_CARD_DIGITS,
    GiftCardEntry,
    GiftCardEntryKind,
    GiftCardOfflineCap,
    GiftCardState,
    GiftCardTooLittle,
    fold_card,
    gift_card_number,
    masked,
    normal_gift_card_number,
    refuse_voided,
    spendable,
)
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.receipt import Receipt, ReceiptNote
from loyalty_pos.domain.tender import Tender, parse_tender
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.sale.slips import slip
from loyalty_pos.services.shop.shop import local_period_start, shop_zone
from loyalty_pos.services.shop.sync_status import till_offline


@dataclass(frozen=True, slots=True)
class GiftCardPayment:
    """Part of a sale paid from a card; the rest is paid with the sale's own tender."""

    number: str
    amount_minor: int


@dataclass(frozen=True, slots=True)
class GiftCardSlip:
    number: str
    state: GiftCardState
    receipt: Receipt


@dataclass(frozen=True, slots=True)
class GiftCardHistory:
    """What a manager sees of a card before voiding it: its state and every entry, oldest first."""

    state: GiftCardState
    entries: tuple[GiftCardEntry, ...]


@dataclass(frozen=True, slots=True)
class GiftCardPaid:
    """What checkout adds to the sale's receipt."""

    amount_minor: int
    notes: tuple[ReceiptNote, ...]


def _post(uow: UnitOfWork, actor: Actor, entry: GiftCardEntry) -> None:
    uow.gift_cards.append([entry])
    record(uow, actor, GiftCardEntryPosted(entry.id, entry.card_number, entry.kind, entry.amount_minor,
                                           entry.currency, entry.at, entry.terminal_id, entry.actor,
                                           entry.sale_ref, entry.reason), entry.at)


def _enabled(program: Program) -> None:
    if not program.gift_card_rules.enabled:
        raise ValidationError(code="gift_cards_off", template="This shop does not sell or take gift cards")


def _state(uow: UnitOfWork, number: str) -> GiftCardState:
    return fold_card(number, uow.gift_cards.for_card(number))


def _issued(uow: UnitOfWork, number: str) -> GiftCardState:
    state = _state(uow, number)
    if not state.issued:
        raise NotFound(code="gift_card_unknown", template="Gift card {card} has not been sold here",
                       card=masked(number))
    return state


def _usable(uow: UnitOfWork, state: GiftCardState) -> GiftCardState:
    """The card, unless a manager voided it: then the refusal names the day and the reason."""
    if state.voided_at is not None:
        refuse_voided(state, state.voided_at.astimezone(shop_zone(uow)).date().isoformat())
    return state


def _new_number(uow: UnitOfWork) -> str:
    # Random, not counted: two offline tills counting alike would hand out one number twice.
    while True:
        number = gift_card_number(secrets.randbelow(10 ** (GIFT_CARD_DIGITS - 1) - 1) + 1)
        if not uow.gift_cards.for_card(number):
            return number


def gift_card_balance(uow: UnitOfWork, number: str) -> GiftCardState:
    """Any cashier may ask: the customer holds the card."""
    card = normal_gift_card_number(number)
    with uow:
        return _usable(uow, _issued(uow, card))


def gift_card_history(uow: UnitOfWork, number: str, *, actor: Actor) -> GiftCardHistory:
    """A manager's look at a card, voided or not: who put money on it, where it paid, who voided it."""
    actor.require_manager("Looking up a gift card's history")
    card = normal_gift_card_number(number)
    with uow:
        _issued(uow, card)
        entries = tuple(uow.gift_cards.for_card(card))
    return GiftCardHistory(fold_card(card, entries), entries)


def load_gift_card(uow: UnitOfWork, *, number: str | None, amount_minor: int, tender: Tender | str,
                   actor: Actor, clock: Clock) -> GiftCardSlip:
    """Sell a card (``number`` None: a new number, or a blank card's printed one) or top one up."""
    paid_by = parse_tender(tender)
    card = normal_gift_card_number(number) if number else None
    now = clock.now()
    with uow:
        program = published_program(uow)
        _enabled(program)
        limit = program.gift_card_rules.max_load_minor
        if not isinstance(amount_minor, int) or not 0 < amount_minor <= limit:
            raise ValidationError(code="gift_card_load", template="Put from {low} to {high} on a gift card at once",
                                  low=Money(1, program.currency), high=Money(limit, program.currency))
        card = card or _new_number(uow)
        before = _usable(uow, _state(uow, card))
        if before.currency not in (None, program.currency):
            raise ValidationError(code="gift_card_currency", template="Gift card {card} holds {currency}",
                                  card=masked(card), currency=before.currency)
        kind = GiftCardEntryKind.TOP_UP if before.issued else GiftCardEntryKind.ISSUE
        entry = GiftCardEntry(str(uuid.uuid4()), card, kind, amount_minor, program.currency, now,
                              actor.terminal_id, actor.username)
        _post(uow, actor, entry)
        after = fold_card(card, [*uow.gift_cards.for_card(card)])
        code = "receipt.gift_card_sold" if kind is GiftCardEntryKind.ISSUE else "receipt.gift_card_topped_up"
        notes = (
            ReceiptNote(code, amount=amount_minor, card=masked(card)),
            ReceiptNote("receipt.paid_by", amount=amount_minor, tender=paid_by.value),
            ReceiptNote("receipt.gift_card_left", amount=after.balance_minor, card=masked(card)),
            ReceiptNote("receipt.gift_card_register", amount=amount_minor, column=False),
        )
        receipt = slip(uow, actor, now, program.currency, f"G-{entry.id[:8].upper()}", entry.id, notes,
                       tender=paid_by)
        uow.commit()
    return GiftCardSlip(card, after, receipt)


def void_gift_card(uow: UnitOfWork, *, number: str, reason: str, actor: Actor, clock: Clock) -> GiftCardState:
    """A manager takes what is left off a card (lost, refunded in cash): a VOID entry, never an
    edit. ``reason`` is kept on the entry: every till refuses the card afterwards, saying it."""
    actor.require_manager("Voiding a gift card")
    card = normal_gift_card_number(number)
    why = " ".join(reason.split())[:200]
    if not why:
        raise ValidationError(code="gift_card_void_reason",
                              template="Say why the card is voided: the till shows the reason when the card is used")
    now = clock.now()
    with uow:
        state = _issued(uow, card)
        if state.balance_minor <= 0:
            raise ValidationError(code="gift_card_empty", template="Gift card {card} has nothing left to void",
                                  card=masked(card))
        _usable(uow, state)  # money that reached a voided card later (an offline till's) is settled by hand
        _post(uow, actor, GiftCardEntry(str(uuid.uuid4()), card, GiftCardEntryKind.VOID, -state.balance_minor,
                                        state.currency or published_program(uow).currency, now,
                                        actor.terminal_id, actor.username, reason=why))
        after = _state(uow, card)
        uow.commit()
    return after


def pay_with_gift_card(uow: UnitOfWork, payment: GiftCardPayment, *, sale_id: str, amount_due_minor: int,
                       program: Program, actor: Actor, now: datetime, offline: bool = False) -> GiftCardPaid:
    """Inside checkout's transaction: the card pays ``payment.amount_minor`` of the sale, or the
    sale is refused with the reason (too little on the card, the offline cap)."""
    _enabled(program)
    card = normal_gift_card_number(payment.number)
    amount = payment.amount_minor
    if not isinstance(amount, int) or amount <= 0:
        raise ValidationError(code="bad_gift_card_amount", template="A gift card amount is above 0")
    if amount > amount_due_minor:
        raise ValidationError(code="gift_card_over_total", template="A gift card pays at most the amount due, {due}",
                              due=Money(amount_due_minor, program.currency))
    state = _usable(uow, _issued(uow, card))
    if state.currency != program.currency:
        raise ValidationError(code="gift_card_currency", template="Gift card {card} holds {currency}",
                              card=masked(card), currency=state.currency)
    cap = program.gift_card_rules.offline_spend_cap_minor
    capped = cap is not None and (offline or till_offline(uow, now))
    used = uow.gift_cards.spent_at_till(card, actor.terminal_id, local_period_start(uow, now, "day")) if capped else 0
    room = spendable(state, offline_cap_minor=cap if capped else None, spent_here_today_minor=used)
    if amount > room:
        if capped and room < max(state.balance_minor, 0):
            raise GiftCardOfflineCap(card=masked(card), cap=Money(cap or 0, program.currency),
                                     used=Money(used, program.currency))
        raise GiftCardTooLittle(card=masked(card), available=Money(max(state.balance_minor, 0), program.currency),
                                wanted=Money(amount, program.currency))
    _post(uow, actor, GiftCardEntry(str(uuid.uuid4()), card, GiftCardEntryKind.REDEEM, -amount, program.currency,
                                    now, actor.terminal_id, actor.username, sale_id))
    left = state.balance_minor - amount
    return GiftCardPaid(amount, (
        ReceiptNote("receipt.gift_card_paid", amount=-amount, card=masked(card)),
        ReceiptNote("receipt.gift_card_left", amount=left, card=masked(card)),
    ))



def paid_in_part(uow: UnitOfWork, payment: GiftCardPayment | None, receipt: Receipt, *, program: Program,
                 actor: Actor, now: datetime, offline: bool) -> Receipt:
    """Checkout's sale receipt with the gift card's part taken from the card (unchanged without one)."""
    if payment is None:
        return receipt
    paid = pay_with_gift_card(uow, payment, sale_id=receipt.sale_id, amount_due_minor=receipt.amount_due,
                              program=program, actor=actor, now=now, offline=offline)
    return replace(receipt, gift_card_paid=paid.amount_minor, notes=(*receipt.notes, *paid.notes))


def refunded_to_card(uow: UnitOfWork, sale_id: str, refund_minor: int, receipt: Receipt, *, actor: Actor,
                     now: datetime) -> Receipt:
    """A return of a sale a gift card paid for puts the money back on that card first, up to what
    the card paid and earlier returns have not given back: a card's money must not leave as cash."""
    entries = uow.gift_cards.for_sale(sale_id)
    paid = -sum(e.amount_minor for e in entries if e.kind is GiftCardEntryKind.REDEEM)
    back = sum(e.amount_minor for e in entries if e.kind is GiftCardEntryKind.REFUND)
    to_card = min(refund_minor, paid - back)
    if to_card <= 0:
        return receipt
    card = next(e for e in entries if e.kind is GiftCardEntryKind.REDEEM)
    if _state(uow, card.card_number).voided:
        return receipt  # a voided card takes nothing back: the return's tender pays it all
    _post(uow, actor, GiftCardEntry(str(uuid.uuid4()), card.card_number, GiftCardEntryKind.REFUND, to_card,
                                    card.currency, now, actor.terminal_id, actor.username, sale_id))
    left = _state(uow, card.card_number).balance_minor
    # The card's part of the refund, signed as the receipt's amount due (negative on a return).
    return replace(receipt, gift_card_paid=-to_card, notes=(
        *receipt.notes,
        ReceiptNote("receipt.gift_card_refunded", amount=to_card, card=masked(card.card_number)),
        ReceiptNote("receipt.gift_card_left", amount=left, card=masked(card.card_number)),
    ))
