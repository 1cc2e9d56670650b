"""Reports → Points held back by caps, on a real store: per day, till and cap, the sales a
cap trimmed, the points asked and given (given = the ledger's earning entries of those
sales) and whom it held back most."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from dataclasses import replace
from datetime import timedelta
from zoneinfo import ZoneInfo

from loyalty_pos.domain.fraud_limits import FraudLimits
from loyalty_pos.domain.ledger import EntryKind
from loyalty_pos.services.program.catalog import publish
from loyalty_pos.services.program.program_rules import save_rules
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.shop.cap_report import cap_report
from tests.integration.conftest import NOW, Shop

APPLES = SaleLineInput("PRO-APL", 2)  # 6 points, below every purchase bonus's minimum


def _limits(shop: Shop, limits: FraudLimits) -> None:
    save_rules(shop.uow(), limits=limits, actor=shop.manager, clock=shop.clock)
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)


def _buy(shop: Shop, member_id: str, *lines: SaleLineInput, till: str = "01") -> str:
    sale = Checkout(str(uuid.uuid4()), member_id, lines or (APPLES,))
    checkout(shop.uow(), sale, actor=replace(shop.cashier, terminal_id=till), clock=shop.clock)
    return sale.sale_id


def _ledger_given(shop: Shop, sale_ids: list[str]) -> int:
    """What the sales' earning entries put on the ledger (a visit award has no sale reference)."""
    marks = ",".join("?" * len(sale_ids))
    with closing(sqlite3.connect(shop.app.config.db_path)) as db:
        return db.execute(f"SELECT sum(points) FROM ledger WHERE sale_ref IN ({marks}) AND kind IN (?, ?)",
                          (*sale_ids, EntryKind.EARN.value, EntryKind.BONUS.value)).fetchone()[0]


def test_the_report_lists_each_cap_per_day_and_till_and_agrees_with_the_ledger(shop: Shop) -> None:
    ada, bo = shop.enrol("Ada Lovelace").id, shop.enrol("Bo Ek").id
    _buy(shop, ada, till="03")  # before any cap: never listed
    _limits(shop, FraudLimits(terminal_earn_per_day=10, earn_per_sale=5))
    first_day = [
        _buy(shop, ada),  # 6 asked: the cap per sale gives 5
        _buy(shop, bo),  # till 01 has 5 left today: its cap gives them
        _buy(shop, ada),  # nothing left at till 01
        _buy(shop, bo, till="02"),  # another till's own cap is untouched: the cap per sale gives 5
    ]
    shop.clock.advance(days=1)
    _limits(shop, FraudLimits())
    soup = _buy(shop, ada, SaleLineInput("DEL-SOUP", 80))  # NOK 11,600 of fish soup: over the daily 1,000

    report = cap_report(shop.uow(readonly=True), start=NOW - timedelta(days=1), end=NOW + timedelta(days=3))
    day = NOW.astimezone(ZoneInfo("Europe/Oslo")).date()
    rows = [(row.day, row.terminal_id, row.rule, row.sales, row.asked, row.given, row.members, row.most_held,
             row.most_held_points) for row in report.rows]
    assert rows[:3] == [
        (day, "01", "terminal_cap", 2, 12, 5, 2, "Ada Lovelace", 6),
        (day, "01", "sale_cap", 1, 6, 5, 1, "Ada Lovelace", 1),
        (day, "02", "sale_cap", 1, 6, 5, 1, "Bo Ek", 1),
    ]
    (daily,) = report.rows[3:]
    given = _ledger_given(shop, [soup])
    assert (daily.day, daily.terminal_id, daily.rule, daily.sales, daily.members) == (
        day + timedelta(days=1), "01", "daily_cap", 1, 1)
    assert daily.given == given >= 1_000 and daily.held_back == daily.asked - given > 0
    assert sum(row.given for row in report.rows) == _ledger_given(shop, [*first_day, soup])
    assert (report.sales, report.held_back) == (5, 7 + 1 + 1 + daily.held_back)
    # Outside the range, nothing.
    assert cap_report(shop.uow(readonly=True), start=NOW - timedelta(days=9), end=NOW - timedelta(days=1)).rows == ()
