"""Reprint a past receipt: the document stored with the sale, exactly as printed then."""

from __future__ import annotations

from dataclasses import replace

from loyalty_pos.domain.errors import NotFound
from loyalty_pos.domain.members import MemberStatus
from loyalty_pos.domain.receipt import Receipt, paper_name
from loyalty_pos.services.ports import MemberRepository, SaleRecord, UnitOfWork


def stored_receipt(sale: SaleRecord, members: MemberRepository) -> Receipt:
    """The document kept with ``sale``; a sale written without one cannot be reprinted.

    The stored document names the member by the sale's member id only (it is a chained
    record, and personal data must be erasable): the first name printed on it is read
    from the member while there is one."""
    if sale.receipt is None:
        raise NotFound(code="receipt_not_stored", template="The printed receipt of sale {key} was not found.",
                       key=sale.receipt_no)
    receipt = sale.receipt
    if receipt.member_name is None and sale.member_id is not None:
        member = members.get(sale.member_id)
        if member is not None and member.status is not MemberStatus.ERASED:
            receipt = replace(receipt, member_name=paper_name(member.name))
    return receipt


def receipt_for(uow: UnitOfWork, receipt_no: str) -> Receipt:
    """The stored receipt of ``receipt_no`` (a sale or a return); reads only.

    The number is matched as printed and scanned (``R01-000123``); typed in lower
    case or with spaces around it, it still matches. The document is the one
    built at the sale, so a reprint shows the prices, points and balance of that
    day even after the program or the member's balance has changed.
    """
    wanted = receipt_no.strip().upper()
    with uow:
        sale = uow.sales.by_receipt(wanted) if wanted else None
        if not wanted:
            raise NotFound(code="receipt_unknown", template="Receipt (no number typed) was not found.")
        if sale is None:
            raise NotFound(code="receipt_unknown", template="Receipt {key} was not found.", key=receipt_no.strip())
        return stored_receipt(sale, uow.members)
