"""Slips: receipts with no basket, for a gift card sold or topped up and for points donated."""

from __future__ import annotations

from datetime import datetime

from loyalty_pos.domain.receipt import Receipt, ReceiptKind, ReceiptNote
from loyalty_pos.domain.tender import Tender
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.shop import receipt_footer, receipt_header, shop_name


def slip(uow: UnitOfWork, actor: Actor, now: datetime, currency: str, number: str, ref: str,
         notes: tuple[ReceiptNote, ...], *, tender: Tender = Tender.OTHER, **member: object) -> Receipt:
    """Numbered by the entry it records, not from the sales' counter: a slip is not a sale."""
    return Receipt(
        kind=ReceiptKind.SALE, receipt_no=number, sale_id=ref, at=now, terminal_id=actor.terminal_id,
        cashier=actor.username, shop_name=shop_name(uow), currency=currency, lines=(), gross=0, discount=0,
        total=0, store_credit=0, amount_due=0, tender=tender, header=receipt_header(uow),
        footer=receipt_footer(uow), notes=notes, **member,  # type: ignore[arg-type]
    )
