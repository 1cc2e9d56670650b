"""Sales and returns of the chain's other tills, stored here so any till can take a sale back.

A pulled ``sale_committed`` carrying its record (``SoldRecord``) becomes a sale in this
till's sales table under the seller's terminal id and receipt number (chained on the
seller's chain, as its ledger entries are), so the returns
screen finds it by receipt number or scan and ``returns.process_return`` takes it back
as it would one of its own. A pulled ``return_processed`` is stored too: what is left
to return is then counted over every till's returns, and a line taken back at two
offline tills shows up as returned more times than it was sold (``over_returned``),
for a manager to settle, instead of a third return being allowed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from loyalty_pos.domain.errors import Conflict
from loyalty_pos.domain.events import ReturnProcessed, SaleCommitted, SoldRecord
from loyalty_pos.services.ports import SaleRecord, UnitOfWork


def sold_record(sale: SaleRecord) -> SoldRecord:
    """What a sale's event carries for the other tills; the member is named by id only."""
    receipt = replace(sale.receipt, member_name=None) if sale.receipt is not None else None
    return SoldRecord(sale.terminal_id, sale.actor, sale.lines, sale.qualifying, receipt)


def store_pulled_sale(uow: UnitOfWork, event: SaleCommitted, at: datetime, *, origin: str) -> bool:
    """False for a sale without its record (sold before sales carried one) or already here.
    The sale's member must be here already (the caller parks the event until they are)."""
    if event.sold is None or uow.sales.get(event.sale_id) is not None:
        return False
    if uow.sales.by_receipt(event.receipt_no) is not None:
        # Only a number issued before the tills had chain-unique terminal ids can collide;
        # that sale stays returnable where it was sold rather than stopping the pull.
        return False
    return _stored(uow, SaleRecord(
        sale_id=event.sale_id, receipt_no=event.receipt_no, member_id=event.member_id,
        terminal_id=event.sold.terminal_id, actor=event.sold.actor, at=at, currency=event.currency,
        lines=event.sold.lines, total_minor=event.total_minor, tender=event.tender,
        points_earned=event.points_earned, points_redeemed=event.points_redeemed, receipt=event.sold.receipt,
        qualifying=event.sold.qualifying,
    ), origin)


def store_pulled_return(uow: UnitOfWork, event: ReturnProcessed, at: datetime, *, origin: str) -> bool:
    """False when the return has no record, is already here, or its sale is not (a sale
    this till never received: nothing here could be returned against it)."""
    if event.sold is None or uow.sales.get(event.return_id) is not None:
        return False
    original = uow.sales.get(event.sale_id)
    if original is None or uow.sales.by_receipt(event.receipt_no) is not None:
        return False
    return _stored(uow, SaleRecord(
        sale_id=event.return_id, receipt_no=event.receipt_no, member_id=original.member_id,
        terminal_id=event.sold.terminal_id, actor=event.sold.actor, at=at, currency=original.currency,
        lines=event.sold.lines, total_minor=-event.refund_minor,
        tender=event.sold.receipt.tender if event.sold.receipt is not None else original.tender,
        points_earned=-event.points_taken, points_redeemed=-event.points_restored, receipt=event.sold.receipt,
        returned_of=event.sale_id, qualifying=event.sold.qualifying,
    ), origin)


def _stored(uow: UnitOfWork, sale: SaleRecord, origin: str) -> bool:
    """A record the store refuses (two lines with one number: a till's bug) is skipped, not
    raised: it would stop this page, and with it every later event, at every till, for good.
    The sale then stays returnable only where it was sold."""
    line_numbers = [line.line_no for line in sale.lines]
    if len(set(line_numbers)) != len(line_numbers) or any(line.quantity <= 0 for line in sale.lines):
        return False
    try:
        uow.sales.add(sale, origin=origin)
    except Conflict:
        return False
    return True
