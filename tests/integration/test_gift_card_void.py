"""Voiding a gift card: a manager's VOID entry with a reason takes what is left off the card,
and every till refuses the card afterwards, saying when and why."""

from __future__ import annotations

import uuid

import pytest

from loyalty_pos.domain.errors import PermissionDenied, ValidationError
from loyalty_pos.domain.events import GiftCardEntryPosted
from loyalty_pos.domain.gift_cards import GiftCardEntryKind, GiftCardVoided, masked
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.domain.tender import Tender
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.gift_cards import (
    GiftCardPayment,
    gift_card_balance,
    gift_card_history,
    load_gift_card,
    void_gift_card,
)
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from tests.integration.conftest import Shop
from tests.integration.test_pulled_sales import OTHER, pull


def _sold(shop: Shop, amount: int) -> str:
    return load_gift_card(shop.uow(), number=None, amount_minor=amount, tender=Tender.CASH, actor=shop.cashier,
                          clock=shop.clock).number


def _pay(shop: Shop, number: str, amount: int, quantity: int = 1):  # noqa: ANN202
    return checkout(shop.uow(), Checkout(str(uuid.uuid4()), None, (SaleLineInput("COF-FIL", quantity),),
                                         tender=Tender.CASH, gift_card=GiftCardPayment(number, amount)),
                    actor=shop.cashier, clock=shop.clock).receipt


def test_a_voided_card_loses_its_balance_and_the_till_refuses_it_with_the_reason(shop: Shop) -> None:
    number = _sold(shop, 20_000)
    _pay(shop, number, 1_500)
    after = void_gift_card(shop.uow(), number=number, reason="  reported  stolen by its holder ", actor=shop.manager,
                           clock=shop.clock)
    assert (after.balance_minor, after.voided, after.void_reason) == (0, True, "reported stolen by its holder")
    day = shop.clock.now().date().isoformat()  # 10:00 UTC: the same date in Oslo
    said = f"Gift card {masked(number)} was voided on {day}: reported stolen by its holder"
    for refused in (lambda: _pay(shop, number, 100),
                    lambda: load_gift_card(shop.uow(), number=number, amount_minor=5_000, tender=Tender.CASH,
                                           actor=shop.cashier, clock=shop.clock),
                    lambda: gift_card_balance(shop.uow(), number)):
        with pytest.raises(GiftCardVoided) as caught:
            refused()
        assert caught.value.message == said
    history = gift_card_history(shop.uow(), number, actor=shop.manager)
    assert [(e.kind, e.amount_minor, e.reason) for e in history.entries] == [
        (GiftCardEntryKind.ISSUE, 20_000, None), (GiftCardEntryKind.REDEEM, -1_500, None),
        (GiftCardEntryKind.VOID, -18_500, "reported stolen by its holder")]
    assert history.state.voided and history.state.balance_minor == 0


def test_a_cashier_can_neither_void_nor_read_a_cards_history_and_a_void_needs_a_reason(shop: Shop) -> None:
    number = _sold(shop, 5_000)
    with pytest.raises(PermissionDenied):
        void_gift_card(shop.uow(), number=number, reason="lost", actor=shop.cashier, clock=shop.clock)
    with pytest.raises(PermissionDenied):
        gift_card_history(shop.uow(), number, actor=shop.cashier)
    with pytest.raises(ValidationError) as caught:
        void_gift_card(shop.uow(), number=number, reason="   ", actor=shop.manager, clock=shop.clock)
    assert caught.value.code == "gift_card_void_reason"
    assert gift_card_balance(shop.uow(), number).balance_minor == 5_000  # nothing was taken


def test_returning_a_sale_a_voided_card_paid_for_refunds_by_the_sales_tender(shop: Shop) -> None:
    number = _sold(shop, 10_000)
    sold = _pay(shop, number, 3_500)  # the coffee, all of it from the card
    void_gift_card(shop.uow(), number=number, reason="refunded in cash", actor=shop.manager, clock=shop.clock)
    back = process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), sold.receipt_no, (ReturnLine(1, 1),)),
                          actor=shop.cashier, clock=shop.clock)
    assert back.gift_card_paid == 0 and back.amount_due == -3_500
    assert gift_card_history(shop.uow(), number, actor=shop.manager).state.balance_minor == 0


def test_a_void_pulled_from_another_till_refuses_the_card_here_with_its_reason(shop: Shop) -> None:
    number = _sold(shop, 10_000)
    theirs = GiftCardEntryPosted("their-void", number, GiftCardEntryKind.VOID, -10_000, "NOK", shop.clock.now(),
                                 OTHER, "kari", None, "found in the street")
    assert pull(shop, theirs).applied == 1
    with pytest.raises(GiftCardVoided, match="found in the street"):
        _pay(shop, number, 100)
