"""Training mode's checkout: the receipt a real sale would give, and nothing stored."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.tender import Tender
from loyalty_pos.printing.receipt_text import TRAINING_MARK, receipt_lines
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.sale.amount_till import (
    AmountEntry,
    open_amount_till,
    record_amount_sale,
    train_amount_sale,
)
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from loyalty_pos.services.sale.training import (
    TRAINING_RECEIPT_NO,
    train_checkout,
    train_return,
)
from loyalty_pos.services.shop.end_of_day import day_report
from loyalty_pos.services.shop.reports import program_report
from tests.integration.conftest import NOW, Shop

TABLES = ("ledger", "sales", "sale_lines", "sale_campaigns", "balances", "lots", "audit_log", "outbox",
          "reward_stock", "receipt_counters", "members")


def _counts(shop: Shop) -> dict[str, object]:
    """Row counts, and every row of the small tables a sale changes in place."""
    with sqlite3.connect(shop.app.config.db_path) as db:
        counts: dict[str, object] = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                                     for table in TABLES}
        for table in ("balances", "reward_stock", "receipt_counters", "members"):
            counts[f"{table} rows"] = sorted(map(repr, db.execute(f"SELECT * FROM {table}").fetchall()))
    return counts


def _sale(member_id: str | None) -> Checkout:
    return Checkout(str(uuid.uuid4()), member_id, (SaleLineInput("DEL-SOUP", 3),),
                    redemptions=(RedemptionRequest("credit100"),) if member_id else (), tender=Tender.CARD)


def test_a_training_sale_prices_as_checkout_does_and_leaves_every_table_unchanged(shop: Shop) -> None:
    member = shop.enrol()
    adjust_points(shop.uow(), member_id=member.id, points=500, reason="test", actor=shop.manager, clock=shop.clock)
    cmd = _sale(member.id)
    before = _counts(shop)
    trained = train_checkout(shop.uow(readonly=True), cmd, actor=shop.cashier, clock=shop.clock).receipt
    assert _counts(shop) == before
    assert trained.training and trained.receipt_no == TRAINING_RECEIPT_NO

    real = checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock).receipt
    assert _counts(shop) != before  # the same sale for real does write: the counts can tell
    assert not real.training
    for name in ("lines", "gross", "discount", "total", "store_credit", "amount_due", "tender", "rewards",
                 "points_earned", "points_lines", "points_redeemed", "balance", "next_reward_name",
                 "next_tier_name", "next_tier_needed", "member_name"):
        assert getattr(trained, name) == getattr(real, name), name


def test_an_anonymous_training_sale_stores_nothing_either(shop: Shop) -> None:
    before = _counts(shop)
    receipt = train_checkout(shop.uow(), _sale(None), actor=shop.cashier, clock=shop.clock).receipt
    assert receipt.training and receipt.total > 0 and receipt.balance is None
    assert _counts(shop) == before


def test_training_refuses_what_checkout_refuses(shop: Shop) -> None:
    member = shop.enrol()  # no points: the reward cannot be paid for
    with pytest.raises(LoyaltyError) as refused:
        train_checkout(shop.uow(readonly=True), _sale(member.id), actor=shop.cashier, clock=shop.clock)
    with pytest.raises(LoyaltyError) as real:
        checkout(shop.uow(), _sale(member.id), actor=shop.cashier, clock=shop.clock)
    assert refused.value.code == real.value.code


def test_a_training_return_prices_as_process_return_does_and_leaves_every_table_unchanged(shop: Shop) -> None:
    member = shop.enrol()
    sold = checkout(shop.uow(), Checkout(str(uuid.uuid4()), member.id, (SaleLineInput("DEL-SOUP", 3),)),
                    actor=shop.cashier, clock=shop.clock).receipt
    cmd = ProcessReturn(str(uuid.uuid4()), sold.receipt_no, (ReturnLine(1, 2),))
    before = _counts(shop)
    trained = train_return(shop.uow(readonly=True), cmd, actor=shop.cashier, clock=shop.clock)
    assert _counts(shop) == before
    assert trained.training and trained.receipt_no == TRAINING_RECEIPT_NO and trained.total < 0

    real = process_return(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock)
    assert _counts(shop) != before and not real.training
    for name in ("kind", "lines", "gross", "discount", "total", "amount_due", "tender", "points_earned",
                 "points_restored", "balance", "original_receipt_no", "member_name"):
        assert getattr(trained, name) == getattr(real, name), name


def test_a_training_amount_sale_leaves_no_ledger_entry_sale_or_report_figure(shop: Shop) -> None:
    member = shop.enrol()
    adjust_points(shop.uow(), member_id=member.id, points=500, reason="test", actor=shop.manager, clock=shop.clock)
    till = open_amount_till(shop.uow())  # stores the categories' amount products, as the till does at sign-in
    entry = AmountEntry(str(uuid.uuid4()), member.id, 25800, category="deli", register_receipt="4711",
                        redemptions=(RedemptionRequest("credit100"),))
    before = _counts(shop)
    day_before = day_report(shop.uow(readonly=True), now=shop.clock.now())
    start, end = NOW.replace(hour=0), NOW.replace(hour=23)
    figures_before = program_report(shop.uow(readonly=True), start=start, end=end, now=shop.clock.now())

    trained = train_amount_sale(shop.uow(readonly=True), entry, till, actor=shop.cashier, clock=shop.clock).receipt

    assert _counts(shop) == before
    assert day_report(shop.uow(readonly=True), now=shop.clock.now()) == day_before
    assert program_report(shop.uow(readonly=True), start=start, end=end, now=shop.clock.now()) == figures_before
    assert trained.training and trained.receipt_no == TRAINING_RECEIPT_NO
    assert trained.register_receipt_no == "4711"  # the slip names the register's receipt, as a real one does
    rows = [row.text.strip() for row in receipt_lines(trained, width=42)]
    assert rows[0] == rows[-1] == TRAINING_MARK
    # Priced exactly as the real sale is.
    real = record_amount_sale(shop.uow(), entry, till, actor=shop.cashier, clock=shop.clock).receipt
    assert _counts(shop) != before
    for name in ("lines", "gross", "total", "amount_due", "tender", "points_earned", "points_redeemed", "balance",
                 "register_receipt_no"):
        assert getattr(trained, name) == getattr(real, name), name


def test_a_training_amount_sale_refuses_a_register_receipt_already_recorded(shop: Shop) -> None:
    till = open_amount_till(shop.uow())
    record_amount_sale(shop.uow(), AmountEntry(str(uuid.uuid4()), None, 1000, register_receipt="4711"), till,
                       actor=shop.cashier, clock=shop.clock)
    with pytest.raises(LoyaltyError) as refused:
        train_amount_sale(shop.uow(readonly=True), AmountEntry(str(uuid.uuid4()), None, 500, register_receipt="4711"),
                          till, actor=shop.cashier, clock=shop.clock)
    assert refused.value.code == "receipt_already_recorded"
