"""Card life cycle (issue, block, re-issue) and routing of anything the scanner reads."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace

from loyalty_pos.cards.scan import ScanResult, classify_scan
from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import CardRefused, NotFound, ValidationError
from loyalty_pos.domain.events import CardBlocked, CardIssued, CardsPrinted
from loyalty_pos.domain.members import Card, CardStatus, validate_card_number
from loyalty_pos.domain.unusual_activity import LookupHow
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.members.membership import free_card_number, member_summary_from
from loyalty_pos.services.ports import MemberSummary, SaleRecord, UnitOfWork
from loyalty_pos.services.sale.fraud_checks import note_lookup


@dataclass(frozen=True, slots=True)
class ScanOutcome:
    """What a scan turned out to be. Exactly one of member/product/sale is set
    unless ``refused`` explains, in words a cashier can act on, why not."""

    scan: ScanResult
    member: MemberSummary | None = None
    product: Product | None = None
    sale: SaleRecord | None = None
    refused_code: str | None = None
    refused_message: str | None = None


def resolve_scan(uow: UnitOfWork, text: str, *, key: bytes, seen_by: Actor | None = None,
                 clock: Clock | None = None) -> ScanOutcome:
    """Never raises for what a scanner can produce; a refusal is a value. At the till
    (``seen_by`` and ``clock``, a writable unit of work) a member's card is recorded as
    looked up: the proof their points may be spent, and what the unusual-activity report counts."""
    scan = classify_scan(text, key)
    if scan.kind == "refused":
        return ScanOutcome(scan, refused_code=scan.code, refused_message=scan.message)
    with uow:
        if scan.kind == "member_card":
            found = uow.members.by_card(scan.value)
            if found is None:
                return ScanOutcome(scan, refused_code="card_unknown", refused_message="No member has this card.")
            member, card = found
            try:
                card.ensure_usable()
                member.ensure_active()
            except CardRefused as refusal:
                return ScanOutcome(scan, refused_code=refusal.code, refused_message=refusal.message)
            balance = uow.balances.get(member.id)
            if seen_by is not None and clock is not None:
                note_lookup(uow, seen_by, member.id, LookupHow.CARD, clock.now())
                uow.commit()
            return ScanOutcome(scan, member=member_summary_from(member, balance.balance if balance else 0))
        if scan.kind == "receipt":
            sale = uow.sales.by_receipt(scan.value)
            if sale is None:
                return ScanOutcome(scan, refused_code="receipt_unknown", refused_message="No sale has this receipt number.")
            return ScanOutcome(scan, sale=sale)
        if scan.kind == "gift_card":  # its balance is read where it is used: the gift-card dialog
            return ScanOutcome(scan)
        product = uow.products.by_barcode(scan.value) or uow.products.get(scan.value)
        if product is None or not product.active:
            return ScanOutcome(scan, refused_code="product_unknown",
                               refused_message=f"No product has the code {scan.value}.")
        return ScanOutcome(scan, product=product)


def issue_card(
    uow: UnitOfWork, *, member_id: str, actor: Actor, clock: Clock,
    card_number: str | None = None, randbelow: Callable[[int], int] = secrets.randbelow,
) -> Card:
    """Give a member a new active card: a scanned pre-printed one or a fresh number.
    Any card they still hold is marked replaced, so it stops working at once."""
    actor.require_manager("Re-issuing a card")
    now = clock.now()
    number = validate_card_number(card_number) if card_number else None
    with uow:
        member = uow.members.get(member_id)
        if member is None:
            raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
        if number is not None and uow.cards.get(number) is not None:
            raise CardRefused(code="card_in_use", template="Card refused: this card already belongs to a member.")
        number = number or free_card_number(uow, randbelow)
        replaced = [c.number for c in member.cards if c.status is CardStatus.ACTIVE]
        for old in replaced:
            uow.cards.set_status(old, CardStatus.REPLACED)
        card = Card(number, member.id, CardStatus.ACTIVE, now, printed=card_number is not None)
        uow.cards.add(card)
        record(uow, actor, CardIssued(member.id, number, tuple(replaced)), now)
        uow.commit()
    return card


def block_card(uow: UnitOfWork, *, card_number: str, reason: str, actor: Actor, clock: Clock) -> Card:
    """Lost or stolen: the card is refused from the next scan on."""
    actor.require_manager("Blocking a card")
    if not reason.strip():
        raise ValidationError(code="reason_required", template="Say why the card is blocked")
    number = validate_card_number(card_number)
    now = clock.now()
    with uow:
        card = uow.cards.get(number)
        if card is None:
            raise NotFound(code="not_found", template="Card {key} was not found.", key=number)
        uow.cards.set_status(number, CardStatus.BLOCKED)
        record(uow, actor, CardBlocked(card.member_id, number, reason.strip()), now)
        uow.commit()
    return replace(card, status=CardStatus.BLOCKED)


def mark_printed(uow: UnitOfWork, numbers: list[str], *, actor: Actor, clock: Clock) -> None:
    with uow:
        uow.cards.mark_printed(numbers)
        record(uow, actor, CardsPrinted(numbers[0] if numbers else None, len(numbers)), clock.now())
        uow.commit()
