"""The end of day on a mixed day: a gift card's part of a sale under "gift card", not under
the sale's tender; money taken for gift cards and paid memberships on lines of its own;
a return that gives money back to a card likewise. Every figure is computed by hand."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from loyalty_pos.cli.main import main
from loyalty_pos.domain.paid_membership import PaidTier
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.domain.tender import Tender
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.paid_tier import sell_paid_tier
from loyalty_pos.services.program import catalog
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.gift_cards import GiftCardPayment, load_gift_card
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from loyalty_pos.services.shop.end_of_day import GIFT_CARD_PART, DayReport, day_report
from loyalty_pos.services.ports import TillKeyedIn
from tests.integration.conftest import Shop

DAY = date(2026, 11, 23)
SOUP = 14_500  # DEL-SOUP, the demo's fish soup


def mixed_day(shop: Shop) -> DayReport:
    """Till 01's cashier: sells card A (500.00 cash), tops it up (200.00 by card), sells card B
    (100.00); two soups for 290.00, 200.00 of it from card A and the rest in cash; a soup for
    145.00 by card; one soup of the first sale back (145.00, all of it back on card A); a
    gold year for 499.00. Bob at till 02 only sells a card (300.00)."""
    with shop.uow(readonly=True) as uow:
        program = published_program(uow)
    catalog.save_draft(shop.uow(), replace(program, paid_tiers=(PaidTier("gold-year", "Gold membership", "gold",
                                                                          499_00),)),
                       actor=shop.manager, clock=shop.clock)
    catalog.publish(shop.uow(), actor=shop.manager, clock=shop.clock)
    shop.clock.at = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    bob = Actor("bob", Role.CASHIER, "02")

    def load(number: str | None, amount: int, tender: Tender, actor: Actor = shop.cashier) -> str:
        return load_gift_card(shop.uow(), number=number, amount_minor=amount, tender=tender, actor=actor,
                              clock=shop.clock).number

    card_a = load(None, 50_000, Tender.CASH)
    load(card_a, 20_000, Tender.CARD)
    load(None, 10_000, Tender.CASH)
    load(None, 30_000, Tender.CASH, bob)
    first = checkout(shop.uow(), Checkout(str(uuid.uuid4()), None, (SaleLineInput("DEL-SOUP", 2),), tender=Tender.CASH,
                                          gift_card=GiftCardPayment(card_a, 20_000)),
                     actor=shop.cashier, clock=shop.clock).receipt
    assert first.amount_due == 2 * SOUP
    checkout(shop.uow(), Checkout(str(uuid.uuid4()), None, (SaleLineInput("DEL-SOUP", 1),), tender=Tender.CARD),
             actor=shop.cashier, clock=shop.clock)
    shop.clock.advance(hours=1)
    back = process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), first.receipt_no, (ReturnLine(1, 1),)),
                          actor=shop.cashier, clock=shop.clock)
    assert back.gift_card_paid == -SOUP  # all of it back on the card: it paid more than that
    sell_paid_tier(shop.uow(), shop.enrol().id, "gold-year", actor=shop.cashier, clock=shop.clock)
    return day_report(shop.uow(readonly=True), now=shop.clock.now(), day=DAY)


@pytest.fixture
def day(shop: Shop) -> DayReport:
    return mixed_day(shop)


def test_a_cards_part_is_counted_under_gift_card_and_the_rest_under_the_sales_tender(day: DayReport) -> None:
    ours, bobs = day.tills
    assert (ours.terminal_id, ours.cashier, ours.sales, ours.returns) == ("01", "cashier", 2, 1)
    assert ours.total_minor == 2 * SOUP + SOUP - SOUP
    # Cash: 290.00 less the card's 200.00; nothing back in cash (the card took the 145.00).
    # Card: the second soup. Gift card: 200.00 paid less 145.00 given back.
    assert ours.per_tender == {"cash": 9_000, "card": SOUP, GIFT_CARD_PART: 5_500}
    assert sum(ours.per_tender.values()) == ours.total_minor
    assert (bobs.terminal_id, bobs.sales, bobs.total_minor, bobs.per_tender) == ("02", 0, 0, {})


def test_money_taken_for_gift_cards_and_memberships_is_on_lines_of_its_own(day: DayReport) -> None:
    ours, bobs = day.tills
    assert ours.keyed_in == TillKeyedIn("01", "cashier", cards_sold=2, top_ups=1, loaded_minor=80_000,
                                        memberships_sold=1, membership_fees_minor=49_900)
    assert bobs.keyed_in == TillKeyedIn("02", "bob", cards_sold=1, top_ups=0, loaded_minor=30_000)
    total = day.total()
    assert total.keyed_in == TillKeyedIn("", "", 3, 1, 110_000, 1, 49_900)
    assert total.per_tender == {"card": SOUP, "cash": 9_000, GIFT_CARD_PART: 5_500}
    assert total.total_minor == 29_000  # the sales alone: no card or membership money in it


def test_the_printed_day_has_a_gift_card_column_and_the_key_in_lines(shop: Shop,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    mixed_day(shop)
    assert main(["--data-dir", str(shop.app.config.data_dir), "report", "day", "--date", DAY.isoformat()]) == 0
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if line.startswith("Terminal"))
    assert "Gift card" in header
    assert "Gift cards sold and topped up, keyed into the register: 01 cashier NOK 800.00 (2 sold, 1 top-up); " \
        "02 bob NOK 300.00 (1 sold, 0 top-ups); all NOK 1,100.00" in out.replace("\u00a0", " ")
    assert "Paid memberships sold, keyed into the register: 01 cashier NOK 499.00 (1); all NOK 499.00" \
        in out.replace("\u00a0", " ")
