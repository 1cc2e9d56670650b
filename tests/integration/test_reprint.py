"""Reprinting a past receipt from the till, against a real SQLite file."""

from __future__ import annotations

import uuid

import pytest
from escpos.printer import Dummy

from loyalty_pos.domain.errors import NotFound
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.printing.escpos_receipt import escpos_receipt
from loyalty_pos.printing.receipt_text import WIDTH_58MM
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.reprint import receipt_for
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from tests.integration.conftest import Shop


def _sell(shop: Shop, member_id: str | None, code: str, quantity: int):
    cmd = Checkout(sale_id=str(uuid.uuid4()), member_id=member_id,
                   lines=(SaleLineInput(code, quantity),), redemptions=(), tender="card")
    return checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock).receipt


def test_reprint_shows_the_receipt_as_printed_at_the_sale(shop: Shop) -> None:
    member = shop.enrol()
    first = _sell(shop, member.id, "DEL-SAL", 2)
    later = _sell(shop, member.id, "DEL-SAL", 1)  # the balance moves on after the first sale
    assert later.balance > first.balance

    reprinted = receipt_for(shop.uow(readonly=True), first.receipt_no)
    assert reprinted == first  # same lines, points and balance as on the day
    assert receipt_for(shop.uow(readonly=True), f"  {first.receipt_no.lower()} ") == first  # typed by hand

    printer = Dummy()
    escpos_receipt(reprinted, printer, width=WIDTH_58MM, reprint=True)
    assert b"COPY - NOT A NEW SALE" in printer.output
    assert f"{{B{first.receipt_no}".encode() in printer.output


def test_a_return_receipt_can_be_reprinted_too(shop: Shop) -> None:
    member = shop.enrol()
    sale = _sell(shop, member.id, "COF-CAP", 3)
    returned = process_return(
        shop.uow(), ProcessReturn(return_id=str(uuid.uuid4()), receipt_no=sale.receipt_no,
                                  lines=(ReturnLine(line_no=1, quantity=1),)),
        actor=shop.cashier, clock=shop.clock,
    )
    reprinted = receipt_for(shop.uow(readonly=True), returned.receipt_no)
    assert reprinted.kind == "return"
    assert reprinted.original_receipt_no == sale.receipt_no
    assert reprinted == returned


@pytest.mark.parametrize("typed", ["R01-999999", "", "   ", "not a receipt"])
def test_an_unknown_receipt_number_is_refused(shop: Shop, typed: str) -> None:
    _sell(shop, None, "COF-CAP", 1)
    with pytest.raises(NotFound) as refused:
        receipt_for(shop.uow(readonly=True), typed)
    assert refused.value.code == "receipt_unknown"
    assert "was not found" in refused.value.message
