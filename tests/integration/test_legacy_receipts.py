"""Receipts stored by earlier releases still decode: they reprint and their sales can be returned.

The documents below are spelled exactly as those releases' ``Receipt.to_dict`` wrote
them into ``sales.receipt``: the previous release (0006) kept each points line's rule
but no campaign id; the first release kept neither.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from sqlalchemy import text

from loyalty_pos.domain.errors import DocumentInvalid
from loyalty_pos.domain.receipt import ReceiptKind, ReceiptPointsLine
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.domain.tender import Tender
from loyalty_pos.printing.receipt_text import receipt_lines
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.reprint import receipt_for
from loyalty_pos.services.sale.returns import ProcessReturn, process_return, quote_return
from tests.integration.conftest import Shop

PREVIOUS_RELEASE = (
    '{"kind":"sale","receipt_no":"%(receipt_no)s","sale_id":"%(sale_id)s","at":"2026-11-23T10:00:00+00:00",'
    '"terminal_id":"01","cashier":"cashier","shop_name":"Fjord & Co. Deli","currency":"NOK",'
    '"lines":[{"name":"Smoked salmon 200 g","quantity":2,"unit_price":12900,"net":25800,"discount":0}],'
    '"gross":25800,"discount":0,"total":25800,"store_credit":0,"amount_due":25800,"tender":"card","rewards":[],'
    '"member_name":"Ada","card_number_masked":"•••• 5168","points_earned":37,'
    '"points_lines":[{"label":"Base 1 pt / NOK 10.00","points":25,"rule":"base"},'
    '{"label":"Deli x1.5","points":12,"rule":"category:deli"}],'
    '"points_redeemed":0,"points_restored":0,"balance":62,"expiring_points":0,"expiring_at":null,'
    '"next_reward_name":"Free coffee","next_reward_points_needed":38,"next_tier_name":"Silver",'
    '"next_tier_needed":474200,"tier_basis":"spend","rounding_note":"Points are rounded (floor) to whole points.",'
    '"original_receipt_no":null,"footer":[]}'
)
# The first release: points lines without their rule.
FIRST_RELEASE = PREVIOUS_RELEASE.replace(',"rule":"base"', "").replace(',"rule":"category:deli"', "")


def _sell_then_store_as(shop: Shop, stored: str) -> tuple[str, dict[str, Any]]:
    """A sale of two salmon whose receipt column then holds ``stored``, as an older till wrote it."""
    member = shop.enrol("Ada Lovelace")
    sale_id = str(uuid.uuid4())
    receipt = checkout(shop.uow(), Checkout(sale_id, member.id, (SaleLineInput("DEL-SAL", 2),), tender="card"),
                       actor=shop.cashier, clock=shop.clock).receipt
    document = stored % {"receipt_no": receipt.receipt_no, "sale_id": sale_id}
    with shop.app.database.engine.begin() as connection:
        connection.execute(text("UPDATE sales SET receipt = :receipt WHERE sale_id = :sale_id"),
                           {"receipt": document, "sale_id": sale_id})
    return receipt.receipt_no, json.loads(document)


@pytest.mark.parametrize("stored", [PREVIOUS_RELEASE, FIRST_RELEASE], ids=["previous", "first"])
def test_an_older_receipt_reprints_and_its_sale_is_returned(shop: Shop, stored: str) -> None:
    receipt_no, document = _sell_then_store_as(shop, stored)

    reprinted = receipt_for(shop.uow(readonly=True), receipt_no)
    assert reprinted.kind is ReceiptKind.SALE and reprinted.tender is Tender.CARD
    assert (reprinted.receipt_no, reprinted.total, reprinted.balance) == (receipt_no, 25800, 62)
    assert reprinted.points_lines == tuple(
        ReceiptPointsLine(line["label"], line["points"], line.get("rule", "")) for line in document["points_lines"]
    )
    assert all(line.campaign_id is None for line in reprinted.points_lines)
    assert any("Smoked salmon" in row.text for row in receipt_lines(reprinted, width=42))

    quote = quote_return(shop.uow(readonly=True), receipt_no, (ReturnLine(line_no=1, quantity=1),))
    assert quote.sale.receipt == reprinted and quote.remaining == {1: 2}
    returned = process_return(
        shop.uow(), ProcessReturn(str(uuid.uuid4()), receipt_no, (ReturnLine(line_no=1, quantity=1),)),
        actor=shop.cashier, clock=shop.clock,
    )
    assert returned.kind is ReceiptKind.RETURN and returned.original_receipt_no == receipt_no
    assert returned.total == -12900


@pytest.mark.parametrize(("change", "problem"), [
    (lambda d: d.pop("tender"), "missing field(s) tender"),
    (lambda d: d.update(colour="blue"), "unknown field(s) colour"),
    (lambda d: d.update(total="25800"), "total: expected a whole number"),
    (lambda d: d["lines"][0].update(quantity=None), "lines[0].quantity: expected a whole number"),
    (lambda d: d.update(tender="cheque"), "tender: 'cheque' is not one of cash, card"),
])
def test_a_damaged_stored_receipt_is_reported_with_its_sale_and_field(shop: Shop, change, problem) -> None:  # type: ignore[no-untyped-def]
    receipt_no, document = _sell_then_store_as(shop, PREVIOUS_RELEASE)
    change(document)
    with shop.app.database.engine.begin() as connection:
        connection.execute(text("UPDATE sales SET receipt = :receipt WHERE receipt_no = :receipt_no"),
                           {"receipt": json.dumps(document), "receipt_no": receipt_no})
    with pytest.raises(DocumentInvalid) as refused:
        receipt_for(shop.uow(readonly=True), receipt_no)
    assert problem in str(refused.value)
    assert f"sales row {document['sale_id']} receipt" in str(refused.value)


@pytest.mark.parametrize("language", ["nb", "zh-Hant", "id"])
def test_an_older_receipt_reprints_its_stored_points_labels_in_any_language(shop: Shop, language: str) -> None:
    # Stored before points lines carried their facts: the English label is all there is to print.
    receipt_no, document = _sell_then_store_as(shop, PREVIOUS_RELEASE)
    reprinted = receipt_for(shop.uow(readonly=True), receipt_no)
    assert all(line.facts is None for line in reprinted.points_lines)
    rows = [row.text for row in receipt_lines(reprinted, width=32, language=language, reprint=True)]
    for line in document["points_lines"]:
        assert any(line["label"] in row for row in rows)
