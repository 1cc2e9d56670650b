"""The receipt header and footer per language: checked as the default texts are, printed
only while the receipt still carries the shop's current default."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace

import pytest

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.receipt_language import receipt_to_print
from loyalty_pos.services.shop.settings import change_settings
from loyalty_pos.services.shop.shop import RECEIPT_HEADER
from loyalty_pos.services.shop.text_variants import RECEIPT_HEADER_VARIANTS
from loyalty_pos.services.shop.till_preferences import TILL_LANGUAGE
from tests.integration.conftest import Shop


def _change(shop: Shop, **values: str) -> None:
    change_settings(shop.uow(), values, actor=shop.manager, clock=shop.clock)


@pytest.mark.parametrize("value", [
    "not json", "[1, 2]", '{"xx": "Hei"}', '{"nb": 5}', json.dumps({"nb": "\n".join(["line"] * 5)}),
    json.dumps({"nb": "x" * 65}),
])
def test_bad_variants_are_refused_and_nothing_is_stored(shop: Shop, value: str) -> None:
    with pytest.raises(ValidationError):
        _change(shop, **{RECEIPT_HEADER_VARIANTS: value})
    with shop.uow(readonly=True) as uow:
        assert uow.settings.get(RECEIPT_HEADER_VARIANTS) is None


def test_the_till_s_language_prints_its_header_until_the_default_changes(shop: Shop) -> None:
    _change(shop, **{RECEIPT_HEADER: "Org. nr. 123", TILL_LANGUAGE: "nb",
                     RECEIPT_HEADER_VARIANTS: json.dumps({"nb": "  Org.nr. 123 MVA  ", "id": ""})})
    with shop.uow(readonly=True) as uow:
        assert uow.settings.get(RECEIPT_HEADER_VARIANTS) == '{"nb": "Org.nr. 123 MVA"}'  # cleaned as typed text is
    sold = checkout(shop.uow(), Checkout(str(uuid.uuid4()), None, (SaleLineInput("COF-CAP", 1),), (), tender="card"),
                    actor=shop.cashier, clock=shop.clock).receipt
    printed, language = receipt_to_print(shop.uow(readonly=True), sold)
    assert language == "nb" and printed.header[-1] == "Org.nr. 123 MVA"
    assert printed.header[:-1] == sold.header[:-1]  # the address stays
    # The header changed since the sale: a reprint shows the receipt as it was printed.
    _change(shop, **{RECEIPT_HEADER: "Org. nr. 999"})
    assert receipt_to_print(shop.uow(readonly=True), sold)[0] == sold
    assert receipt_to_print(shop.uow(readonly=True), replace(sold, header=()))[0].header == ()
