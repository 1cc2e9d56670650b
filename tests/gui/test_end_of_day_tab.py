"""The back office's End of day tab: the To date's shop day per till and cashier, each
figure checked against SQL on the same database."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from loyalty_pos.domain.tender import Tender
from loyalty_pos.gui.manager.reports_section import ReportsSection
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.sale.checkout import (
    Checkout,
    SaleLineInput,
    checkout,
    new_sale_id,
)
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import save_png


def _sell(till: Till, actor: Actor, code: str, quantity: int, tender: Tender) -> None:
    checkout(till.app.uow(), Checkout(new_sale_id(), None, (SaleLineInput(code, quantity),), tender=tender),
             actor=actor, clock=till.app.clock)


def _sql_day(till: Till, day: date, zone: str) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(terminal, cashier) -> (sales, returns, net total) for the shop day, from the sales table."""
    start = datetime.combine(day, time(), tzinfo=ZoneInfo(zone)).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(), tzinfo=ZoneInfo(zone)).astimezone(UTC)
    with sqlite3.connect(till.app.config.db_path) as db:
        rows = db.execute(
            "SELECT terminal_id, actor, count(*) FILTER (WHERE returned_of IS NULL),"
            " count(*) FILTER (WHERE returned_of IS NOT NULL), total(total_minor) FROM sales"
            " WHERE at >= ? AND at < ? GROUP BY terminal_id, actor",
            (int(start.timestamp()) * 1_000_000, int(end.timestamp()) * 1_000_000)).fetchall()
        # A till that only sold or topped up gift cards that day has its row too (no sales).
        loaded = db.execute(
            "SELECT DISTINCT terminal_id, actor FROM gift_card_entries WHERE at >= ? AND at < ? "
            "AND kind IN ('issue', 'top_up')",
            (int(start.timestamp()) * 1_000_000, int(end.timestamp()) * 1_000_000)).fetchall()
    return {**{till: (0, 0, 0) for till in loaded},
            **{(terminal, cashier): (sales, returns, int(total)) for terminal, cashier, sales, returns, total in rows}}


def test_the_end_of_day_tab_shows_the_to_dates_tills_as_sql_counts_them(till: Till, request) -> None:  # noqa: ANN001
    _sell(till, Actor("cashier", Role.CASHIER, "01"), "BAK-BUN", 2, Tender.CASH)
    _sell(till, Actor("bob", Role.CASHIER, "02"), "BAK-BUN", 1, Tender.CARD)
    section = open_section(till, "reports")
    assert isinstance(section, ReportsSection)
    till.qtbot.waitUntil(section.loaded, timeout=15_000)
    section.picker.setCurrentIndex(section.pages.indexOf(section.day_tab))
    assert section.picker.currentText() == "End of day"
    QApplication.processEvents()

    report = section.day
    assert report is not None
    assert report.day == date(section.end.date().year(), section.end.date().month(), section.end.date().day())
    expected = _sql_day(till, report.day, report.zone)
    assert ("01", "cashier") in expected and ("02", "bob") in expected
    rows = section.day_tab.model.rows()
    shown = {(row[0], row[1]): (row[2], row[3], int(re.sub(r"[^\d-]", "", row[4]))) for row in rows[:-1]}
    assert shown == expected
    assert rows[-1][0] == "All" and rows[-1][2] == sum(sales for sales, _r, _t in expected.values())
    headers = section.day_tab.model.headers()
    assert "Card" in headers and "Cash" in headers and "Amount-only" in headers
    assert report.day.isoformat() in section.day_tab.summary.text()
    assert clipped_widgets(section) == []
    save_png(section.window(), request.node.name)

    # Another To date: the tab follows it, and a day without sales shows an empty table.
    section.end.setDate(QDate(2001, 1, 1))
    section.start.setDate(QDate(2000, 1, 1))
    till.qtbot.waitUntil(lambda: section.loaded() and section.day is not report, timeout=15_000)
    assert section.day is not None and section.day.day == date(2001, 1, 1)
    assert section.day_tab.model.rowCount() == 0


def test_the_end_of_day_tab_puts_a_cards_part_under_gift_card_and_card_sales_apart(till: Till, request) -> None:  # noqa: ANN001
    from loyalty_pos.services.sale.gift_cards import GiftCardPayment, load_gift_card

    bob = Actor("bob", Role.CASHIER, "02")
    number = load_gift_card(till.app.uow(), number=None, amount_minor=50_000, tender=Tender.CASH, actor=bob,
                            clock=till.app.clock).number
    # Two buns (price read back from the sale) paid 10.00 by the card and the rest in cash.
    sold = checkout(till.app.uow(), Checkout(new_sale_id(), None, (SaleLineInput("BAK-BUN", 2),), tender=Tender.CASH,
                                             gift_card=GiftCardPayment(number, 1_000)),
                    actor=Actor("cashier", Role.CASHIER, "01"), clock=till.app.clock).receipt
    section = open_section(till, "reports")
    assert isinstance(section, ReportsSection)
    till.qtbot.waitUntil(section.loaded, timeout=15_000)
    section.picker.setCurrentIndex(section.pages.indexOf(section.day_tab))
    QApplication.processEvents()

    headers = section.day_tab.model.headers()
    rows = {(row[0], row[1]): dict(zip(headers, row, strict=True)) for row in section.day_tab.model.rows()}

    def minor(text: object) -> int:
        return int(re.sub(r"[^\d-]", "", str(text)))

    # The till's day has other sales too: the card's 10.00 is the only gift-card money, and the
    # tender columns still add up to the net total (the 10.00 is not also counted as cash).
    ours, bobs = rows[("01", "cashier")], rows[("02", "bob")]
    assert sold.amount_due > 1_000 and minor(ours["Gift card"]) == 1_000
    tenders = [name for name in ("Cash", "Card", "Mobile payment", "Voucher", "Other", "Gift card") if name in ours]
    assert sum(minor(ours[name]) for name in tenders) == minor(ours["Net total"])
    assert minor(bobs["Gift card sales"]) == 50_000 and minor(bobs["Gift card"]) == 0
    assert minor(rows[("All", "")]["Gift card sales"]) == sum(
        minor(cells["Gift card sales"]) for till, cells in rows.items() if till != ("All", "")) >= 50_000
    assert minor(rows[("All", "")]["Membership sales"]) == 0
    summary = section.day_tab.summary.text()
    assert "Key into the register apart from sales:" in summary and "(1 sold, " in summary  # the demo tops one up
    assert clipped_widgets(section) == []
    save_png(section.window(), request.node.name)
