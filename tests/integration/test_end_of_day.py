"""The end-of-day report against direct SQL over a store with two tills' day."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime

import pytest

from loyalty_pos.cli.main import main
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.domain.tender import Tender
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.sale.amount_till import (
    AmountEntry,
    open_amount_till,
    record_amount_sale,
)
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from loyalty_pos.services.shop.end_of_day import DayReport, day_report
from loyalty_pos.store.types import to_micros
from tests.integration.conftest import Shop

# The demo shop keeps Oslo time: in November local midnight is 23:00 UTC.
DAY = date(2026, 11, 23)
BEFORE_MIDNIGHT = datetime(2026, 11, 23, 22, 59, tzinfo=UTC)  # 23:59 in Oslo: still the 23rd
AFTER_MIDNIGHT = datetime(2026, 11, 23, 23, 1, tzinfo=UTC)  # 00:01 in Oslo: the 24th
EARLY = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)  # 00:30 in Oslo on the 23rd, though UTC says the 22nd


def _sell(shop: Shop, actor: Actor, member_id: str | None, code: str, quantity: int,
          tender: Tender = Tender.CASH) -> str:
    result = checkout(shop.uow(), Checkout(str(uuid.uuid4()), member_id, (SaleLineInput(code, quantity),),
                                           tender=tender), actor=actor, clock=shop.clock)
    return result.receipt.receipt_no


def _a_day(shop: Shop) -> Actor:
    """Two cashiers on two terminals, a return, an amount-only sale, and sales either side
    of local midnight. Returns the second cashier."""
    bob = Actor("bob", Role.CASHIER, "02")
    member = shop.enrol()
    shop.clock.at = EARLY
    _sell(shop, shop.cashier, member.id, "DEL-SOUP", 1)
    shop.clock.at = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    first = _sell(shop, shop.cashier, member.id, "DEL-SOUP", 3)
    _sell(shop, shop.cashier, None, "DEL-SOUP", 1, Tender.CARD)
    _sell(shop, bob, member.id, "DEL-SOUP", 2, Tender.CARD)
    shop.clock.advance(hours=1)
    process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), first, (ReturnLine(1, 1),)),
                   actor=shop.cashier, clock=shop.clock)
    till = open_amount_till(shop.uow())
    record_amount_sale(shop.uow(), AmountEntry(str(uuid.uuid4()), member.id, 25800, register_receipt="4711"),
                       till, actor=bob, clock=shop.clock)
    shop.clock.at = BEFORE_MIDNIGHT
    _sell(shop, bob, None, "DEL-SOUP", 1)
    shop.clock.at = AFTER_MIDNIGHT
    _sell(shop, bob, member.id, "DEL-SOUP", 5)
    return bob


def _sql(shop: Shop, report: DayReport, terminal: str, cashier: str) -> dict[str, int]:
    """The same figures straight from the sales table, by a query written apart from the store's."""
    with sqlite3.connect(shop.app.config.db_path) as db:
        where = "at >= ? AND at < ? AND terminal_id = ? AND actor = ?"
        params = (to_micros(report.start), to_micros(report.end), terminal, cashier)
        figures = db.execute(
            "SELECT count(*) FILTER (WHERE returned_of IS NULL), count(*) FILTER (WHERE returned_of IS NOT NULL),"
            " total(total_minor), total(points_earned), total(points_redeemed),"
            " count(*) FILTER (WHERE external_ref IS NOT NULL), total(total_minor) FILTER (WHERE external_ref IS NOT NULL)"
            f" FROM sales WHERE {where}", params).fetchone()
        tenders = dict(db.execute(f"SELECT tender, total(total_minor) FROM sales WHERE {where} GROUP BY tender",
                                  params).fetchall())
    names = ("sales", "returns", "total_minor", "points_issued", "points_redeemed", "register_entries",
             "register_total_minor")
    return {**{name: int(value) for name, value in zip(names, figures, strict=True)},
            **{f"tender:{tender}": int(value) for tender, value in tenders.items()}}


def _figures(report: DayReport, terminal: str, cashier: str) -> dict[str, int]:
    till = next(t for t in report.tills if (t.terminal_id, t.cashier) == (terminal, cashier))
    names = ("sales", "returns", "total_minor", "points_issued", "points_redeemed", "register_entries",
             "register_total_minor")
    return {**{name: getattr(till, name) for name in names},
            **{f"tender:{tender}": minor for tender, minor in till.per_tender.items()}}


def test_the_day_per_till_and_cashier_matches_the_sales_table(shop: Shop) -> None:
    bob = _a_day(shop)
    report = day_report(shop.uow(readonly=True), now=AFTER_MIDNIGHT, day=DAY)
    assert (report.start, report.end) == (datetime(2026, 11, 22, 23, tzinfo=UTC), datetime(2026, 11, 23, 23, tzinfo=UTC))
    assert [(t.terminal_id, t.cashier) for t in report.tills] == [("01", "cashier"), ("02", "bob")]
    for terminal, cashier in (("01", "cashier"), ("02", "bob")):
        assert _figures(report, terminal, cashier) == _sql(shop, report, terminal, cashier)
    ours, bobs = report.tills
    # The sale at 00:30 local counts though UTC dates it the day before; the return takes off.
    assert (ours.sales, ours.returns) == (3, 1)
    assert ours.per_tender["card"] > 0 and ours.per_tender["cash"] > 0
    # Bob's amount-only sale is apart, and his 00:01 sale belongs to tomorrow.
    assert (bobs.sales, bobs.register_entries, bobs.register_total_minor) == (3, 1, 25800)
    assert bobs.per_tender["other"] == 25800
    assert ours.points_issued > 0 and bob.username == "bob"
    total = report.total()
    assert total.total_minor == ours.total_minor + bobs.total_minor
    assert total.points_issued == ours.points_issued + bobs.points_issued


def test_the_next_day_holds_the_sale_after_midnight_and_a_terminal_can_be_picked(shop: Shop) -> None:
    _a_day(shop)
    tomorrow = day_report(shop.uow(readonly=True), now=AFTER_MIDNIGHT)  # today in Oslo: the 24th
    assert tomorrow.day == date(2026, 11, 24)
    assert [(t.terminal_id, t.cashier, t.sales) for t in tomorrow.tills] == [("02", "bob", 1)]
    only_01 = day_report(shop.uow(readonly=True), now=AFTER_MIDNIGHT, day=DAY, terminal_id="01")
    assert [t.terminal_id for t in only_01.tills] == ["01"]


def test_a_quiet_day_has_no_tills(shop: Shop) -> None:
    report = day_report(shop.uow(readonly=True), now=AFTER_MIDNIGHT, day=date(2026, 1, 1))
    assert report.tills == () and report.total().sales == 0


def test_the_report_day_command_prints_a_row_per_till_and_the_total(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    _a_day(shop)
    data_dir = str(shop.app.config.data_dir)
    assert main(["--data-dir", data_dir, "report", "day", "--date", "2026-11-23"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "End of day 2026-11-23 (Europe/Oslo)"
    assert lines[1].split()[:5] == ["Terminal", "Cashier", "Sales", "Returns", "Net"]
    report = day_report(shop.uow(readonly=True), now=AFTER_MIDNIGHT, day=DAY)
    ours, bobs = report.tills
    assert lines[3].split()[:4] == ["01", "cashier", "3", "1"]
    assert lines[4].split()[:4] == ["02", "bob", "3", "0"]
    assert lines[6].split()[:3] == ["All", "6", "1"]
    assert str(Money(ours.total_minor + bobs.total_minor, "NOK")) in lines[6]
    assert "NOK 258.00" in lines[4]  # bob's amount-only entry, apart

    assert main(["--data-dir", data_dir, "report", "day", "--date", "2026-11-23", "--terminal", "02"]) == 0
    only = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in only[3:5]] == ["02", "-" * len(only[2])]
    assert main(["--data-dir", data_dir, "report", "day", "--date", "2026-01-01"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "No sales or returns."
