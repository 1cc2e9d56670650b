"""The receipt as a stored document: ``to_dict`` and a strict ``from_dict``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from loyalty_pos.domain.errors import DocumentInvalid
from loyalty_pos.domain.receipt import Receipt, ReceiptKind, ReceiptLine, ReceiptPointsLine, ReceiptReward
from loyalty_pos.domain.tender import Tender


def sale() -> Receipt:
    return Receipt(
        kind=ReceiptKind.SALE, receipt_no="R01-000123", sale_id="sale-1",
        at=datetime(2026, 11, 23, 10, 0, tzinfo=UTC), terminal_id="01", cashier="anna",
        shop_name="Corner Bakery", currency="NOK",
        lines=(ReceiptLine("Sourdough loaf", 1, 4990, 4990), ReceiptLine("Coffee", 1, 3500, 0, discount=3500)),
        gross=8490, discount=3500, total=4990, store_credit=0, amount_due=4990, tender=Tender.MOBILE,
        rewards=(ReceiptReward("Free coffee", 350, 3500),), member_name="Ada", points_earned=57,
        points_lines=(ReceiptPointsLine("Base", 49, "base"), ReceiptPointsLine("Oat week x2", 8, "campaign:oat", "oat")),
        points_redeemed=350, balance=1234, expiring_points=120,
        expiring_at=datetime(2026, 12, 31, 23, 30, tzinfo=UTC), footer=("Open 7-19",),
    )


def stored(receipt: Receipt) -> dict[str, Any]:
    """As the sales table keeps it: JSON text, read back."""
    return json.loads(json.dumps(receipt.to_dict(), ensure_ascii=False))


def test_a_receipt_round_trips_through_its_stored_json() -> None:
    receipt = sale()
    decoded = Receipt.from_dict(stored(receipt))
    assert decoded == receipt
    assert decoded.kind is ReceiptKind.SALE and decoded.tender is Tender.MOBILE
    assert decoded.points_lines[1].campaign_id == "oat"


def test_fields_added_after_a_receipt_was_stored_take_their_defaults() -> None:
    data = stored(sale())
    for name in ("footer", "expiring_at", "rewards", "tier_basis"):
        del data[name]
    del data["points_lines"][1]["campaign_id"]
    decoded = Receipt.from_dict(data)
    assert decoded.footer == () and decoded.expiring_at is None and decoded.rewards == ()
    assert decoded.points_lines[1].campaign_id is None


@pytest.mark.parametrize(("damage", "problem"), [
    (lambda d: d.pop("receipt_no"), "missing field(s) receipt_no"),
    (lambda d: d.update(extra=1), "unknown field(s) extra"),
    (lambda d: d.update(total=49.9), "total: expected a whole number, got 49.9"),
    (lambda d: d.update(total=True), "total: expected a whole number, got True"),
    (lambda d: d.update(kind="refund"), "kind: 'refund' is not one of sale, return"),
    (lambda d: d.update(at="yesterday"), "at: 'yesterday' is not an ISO datetime"),
    (lambda d: d.update(lines={"name": "x"}), "lines: expected a list, got dict"),
    (lambda d: d["lines"][1].pop("net"), "lines[1]: missing field(s) net"),
    (lambda d: d["points_lines"][0].update(campaign_id=7), "points_lines[0].campaign_id: expected str, got 7"),
    (lambda d: d.update(member_name=["Ada"]), "member_name: expected str"),
])
def test_a_damaged_receipt_is_refused_naming_the_field(damage, problem) -> None:  # type: ignore[no-untyped-def]
    data = stored(sale())
    damage(data)
    with pytest.raises(DocumentInvalid) as refused:
        Receipt.from_dict(data, what="sales row sale-1 receipt")
    assert refused.value.code == "document_invalid"
    assert str(refused.value).startswith("sales row sale-1 receipt: ") and problem in str(refused.value)


def test_a_receipt_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(DocumentInvalid, match="expected an object, got list"):
        Receipt.from_dict([])
