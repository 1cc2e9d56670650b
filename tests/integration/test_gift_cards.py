"""Gift cards on a real store: sold, topped up, asked, paying part of a sale, refused with a reason."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from loyalty_pos.domain.errors import NotFound, PermissionDenied, ValidationError
from loyalty_pos.domain.gift_cards import GiftCardOfflineCap, GiftCardSettings, GiftCardTooLittle, gift_card_number
from loyalty_pos.domain.tender import Tender
from loyalty_pos.printing.receipt_text import receipt_lines
from loyalty_pos.services.program.catalog import publish
from loyalty_pos.services.program.giving import save_gift_card_rules
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.gift_cards import GiftCardPayment, gift_card_balance, load_gift_card, void_gift_card
from loyalty_pos.services.shop.giving_reports import gift_card_report
from tests.integration.conftest import Shop


def _text(receipt) -> str:  # noqa: ANN001
    return "\n".join(row.text for row in receipt_lines(receipt, width=48))


def _sold(shop: Shop, amount: int = 50_000) -> str:
    return load_gift_card(shop.uow(), number=None, amount_minor=amount, tender=Tender.CARD, actor=shop.cashier,
                          clock=shop.clock).number


def _coffee_paid_by(shop: Shop, number: str, amount: int, **extra: object):
    cmd = Checkout(str(uuid.uuid4()), None, (SaleLineInput("COF-FIL", 1),), tender=Tender.CASH,
                   gift_card=GiftCardPayment(number, amount), **extra)  # type: ignore[arg-type]
    return checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock)


def test_a_card_sold_and_topped_up_holds_both_and_its_slip_says_to_key_the_money_in(shop: Shop) -> None:
    slip = load_gift_card(shop.uow(), number=None, amount_minor=50_000, tender=Tender.CARD, actor=shop.cashier,
                          clock=shop.clock)
    text = _text(slip.receipt)
    assert "Gift card GC••••" in text and "sold" in text and "key NOK 500.00 into the register" in text
    assert "Paid by card" in text and slip.number not in text  # only the last four digits on paper
    shop.clock.advance(minutes=1)
    again = load_gift_card(shop.uow(), number=slip.number, amount_minor=2_500, tender="cash", actor=shop.cashier,
                           clock=shop.clock)
    assert "topped up" in _text(again.receipt) and again.state.balance_minor == 52_500
    assert gift_card_balance(shop.uow(), slip.number.lower()).balance_minor == 52_500
    with shop.uow() as uow:  # each move is queued for the chain, so every till merges the card's ledger
        queued = [event.payload for event in uow.outbox.pending(1000) if event.kind == "gift_card_entry"]
    assert [(p["kind"], p["amount_minor"]) for p in queued] == [("issue", 50_000), ("top_up", 2_500)]


def test_a_card_pays_part_of_a_sale_and_the_rest_is_paid_by_the_sales_tender(shop: Shop) -> None:
    number = _sold(shop, 2_000)
    result = _coffee_paid_by(shop, number, 2_000)
    receipt = result.receipt
    assert receipt.gift_card_paid == 2_000 and receipt.amount_due == 3_500
    text = _text(receipt)
    assert "Gift card GC••••" in text and "-20.00" in text and "Paid by cash" in text
    assert "NOK 15.00" in text.split("Paid by cash")[1].splitlines()[0]
    assert gift_card_balance(shop.uow(), number).balance_minor == 0
    with shop.uow() as uow:
        assert [e.amount_minor for e in uow.gift_cards.for_sale(receipt.sale_id)] == [-2_000]


def test_a_card_cannot_pay_more_than_it_holds_nor_more_than_is_due_and_nothing_is_kept(shop: Shop) -> None:
    number = _sold(shop, 1_000)
    with pytest.raises(GiftCardTooLittle) as refused:
        _coffee_paid_by(shop, number, 1_500)
    assert "has NOK 10.00 left" in str(refused.value)
    with pytest.raises(ValidationError, match="at most the amount due"):
        _coffee_paid_by(shop, number, 3_600)
    with pytest.raises(NotFound):
        _coffee_paid_by(shop, gift_card_number(424242), 100)
    with shop.uow() as uow:
        assert [e.kind.value for e in uow.gift_cards.for_card(number)] == ["issue"]


def test_an_offline_till_lets_a_card_pay_only_up_to_the_cap_a_day(shop: Shop) -> None:
    save_gift_card_rules(shop.uow(), GiftCardSettings(offline_spend_cap_minor=3_000), actor=shop.manager,
                         clock=shop.clock)
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)
    number = _sold(shop, 10_000)
    _coffee_paid_by(shop, number, 2_000, offline=True)
    with pytest.raises(GiftCardOfflineCap) as refused:
        _coffee_paid_by(shop, number, 1_500, offline=True)
    assert "at most NOK 30.00 a day" in str(refused.value) and "NOK 20.00 already paid today" in str(refused.value)
    _coffee_paid_by(shop, number, 1_500)  # online again: the balance is the only limit
    shop.clock.advance(days=1)
    _coffee_paid_by(shop, number, 3_000, offline=True)  # a new day, a new cap


def test_loads_out_of_bounds_and_unmanaged_voids_are_refused(shop: Shop) -> None:
    for amount in (0, -5, 1_000_001):
        with pytest.raises(ValidationError):
            load_gift_card(shop.uow(), number=None, amount_minor=amount, tender="cash", actor=shop.cashier,
                           clock=shop.clock)
    with pytest.raises(ValidationError):
        load_gift_card(shop.uow(), number="GC0000000018", amount_minor=100, tender="cash", actor=shop.cashier,
                       clock=shop.clock)
    number = _sold(shop, 1_000)
    with pytest.raises(PermissionDenied):
        void_gift_card(shop.uow(), number=number, reason="lost", actor=shop.cashier, clock=shop.clock)
    assert void_gift_card(shop.uow(), number=number, reason="lost", actor=shop.manager, clock=shop.clock).balance_minor == 0
    with pytest.raises(ValidationError, match="nothing left"):
        void_gift_card(shop.uow(), number=number, reason="lost", actor=shop.manager, clock=shop.clock)


def test_the_liability_report_counts_what_is_owed_and_what_moved(shop: Shop) -> None:
    start = shop.clock.now()
    first, second = _sold(shop, 5_000), _sold(shop, 3_000)
    _coffee_paid_by(shop, first, 1_000)
    void_gift_card(shop.uow(), number=second, reason="lost", actor=shop.manager, clock=shop.clock)
    report = gift_card_report(shop.uow(), start=start, end=start + timedelta(days=1))
    assert (report.cards_with_money, report.outstanding_minor, report.cards_sold) == (1, 4_000, 2)
    assert (report.loaded_minor, report.redeemed_minor, report.voided_minor) == (8_000, 1_000, 3_000)
    assert {row.number: row.balance_minor for row in report.cards} == {first: 4_000, second: 0}
    assert report.overspent == ()


def test_two_offline_tills_spending_one_card_merge_by_union_and_the_overspend_is_listed(shop: Shop) -> None:
    from loyalty_pos.domain.events import GiftCardEntryPosted
    from loyalty_pos.domain.gift_cards import GiftCardEntryKind
    from tests.integration.test_pulled_sales import pull

    start = shop.clock.now()
    number = _sold(shop, 2_000)
    _coffee_paid_by(shop, number, 1_500, offline=True)  # here; another till took 1,500 of it meanwhile
    theirs = GiftCardEntryPosted("their-entry", number, GiftCardEntryKind.REDEEM, -1_500, "NOK", shop.clock.now(),
                                 "T009", "kari", "their-sale")
    assert pull(shop, theirs).applied == 1
    assert pull(shop, theirs).ignored == 1  # the same entry twice is stored once
    assert gift_card_balance(shop.uow(), number).balance_minor == -1_000
    report = gift_card_report(shop.uow(), start=start, end=start + timedelta(days=1))
    assert [(row.number, row.balance_minor) for row in report.overspent] == [(number, -1_000)]
    with pytest.raises(GiftCardTooLittle):  # a merged balance below zero pays nothing more
        _coffee_paid_by(shop, number, 1)


def test_returning_a_sale_a_card_paid_for_puts_the_cards_part_back_on_the_card_once(shop: Shop) -> None:
    from loyalty_pos.services.sale.returns import ProcessReturn, ReturnLine, process_return

    number = _sold(shop, 2_000)
    cmd = Checkout(str(uuid.uuid4()), None, (SaleLineInput("COF-FIL", 2),), tender=Tender.CASH,
                   gift_card=GiftCardPayment(number, 2_000))
    sold = checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock).receipt  # 70.00: 20 card, 50 cash
    first = process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), sold.receipt_no, (ReturnLine(1, 1),)),
                           actor=shop.cashier, clock=shop.clock)
    text = _text(first)
    assert "Back on gift card GC••••" in text and "Refunded by cash" in text
    assert "NOK 15.00" in text.split("Refunded by cash")[1].splitlines()[0]  # 35.00 less the card's 20.00
    assert gift_card_balance(shop.uow(), number).balance_minor == 2_000
    second = process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), sold.receipt_no, (ReturnLine(1, 1),)),
                            actor=shop.cashier, clock=shop.clock)
    assert second.gift_card_paid == 0 and gift_card_balance(shop.uow(), number).balance_minor == 2_000
