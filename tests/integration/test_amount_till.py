"""The amount-only till's use cases on a real SQLite file."""

from __future__ import annotations

import uuid

import pytest

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.sale.amount_till import (
    AmountEntry,
    open_amount_till,
    quote_amount,
    record_amount_sale,
    register_discount,
)
from loyalty_pos.services.sale.reprint import receipt_for
from tests.integration.conftest import Shop


def test_an_amount_sale_earns_by_its_category_and_its_register_receipt_is_recorded_once(shop: Shop) -> None:
    member = shop.enrol()
    till = open_amount_till(shop.uow())
    assert till.categories[0] == "Amount" and "deli" in till.categories
    entry = AmountEntry(str(uuid.uuid4()), member.id, 25800, category="deli", register_receipt="4711")
    quote = quote_amount(shop.uow(readonly=True), entry, till, clock=shop.clock)
    assert quote.priced is not None and register_discount(quote.priced) == 0
    result = record_amount_sale(shop.uow(), entry, till, actor=shop.cashier, clock=shop.clock)
    assert result.receipt.total == 25800
    assert result.receipt.points_earned >= 37  # base 25, deli x1.5 extra 12 (a lucky receipt may add more)
    assert result.receipt.tender == "other"  # the register took the money
    assert result.receipt.register_receipt_no == "4711"  # the loyalty slip names the register's receipt
    assert receipt_for(shop.uow(readonly=True), result.receipt.receipt_no).points_earned == result.receipt.points_earned
    with pytest.raises(LoyaltyError) as again:
        record_amount_sale(shop.uow(), AmountEntry(str(uuid.uuid4()), member.id, 100, register_receipt="4711"), till,
                           actor=shop.cashier, clock=shop.clock)
    assert again.value.code == "receipt_already_recorded"


def test_a_reward_becomes_a_discount_to_key_into_the_register(shop: Shop) -> None:
    member = shop.enrol()
    adjust_points(shop.uow(), member_id=member.id, points=500, reason="test", actor=shop.manager, clock=shop.clock)
    till = open_amount_till(shop.uow())
    entry = AmountEntry(str(uuid.uuid4()), member.id, 20000, redemptions=(RedemptionRequest("credit100"),))
    quote = quote_amount(shop.uow(readonly=True), entry, till, clock=shop.clock)
    assert quote.priced is not None and register_discount(quote.priced) == 10000  # NOK 100 store credit
    result = record_amount_sale(shop.uow(), entry, till, actor=shop.cashier, clock=shop.clock)
    assert result.receipt.points_redeemed == 220 and result.receipt.amount_due == 10000
