"""A manager reads the programme's reports; every figure shown is checked against SQL
run directly on the demo shop's database."""

from __future__ import annotations

import csv
import re
import sqlite3
from datetime import datetime
from pathlib import Path

import pypdfium2
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.gui.manager.reports_window import ReportsWindow
from loyalty_pos.services.programs import published_program
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import press, save_png

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _open_reports(till: Till) -> ReportsWindow:
    till.signed_in("manager", "9999")
    press(till.qtbot, Qt.Key.Key_R, modifier=CTRL | SHIFT)
    window = till.window.reports_window
    till.qtbot.waitUntil(window.isVisible)
    till.qtbot.waitUntil(lambda: window.report is not None, timeout=10_000)
    return window


def _query(till: Till, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(till.app.config.db_path) as db:
        return db.execute(sql, params).fetchall()


def _micros(moment: datetime) -> int:
    return int(moment.timestamp()) * 1_000_000 + moment.microsecond


def _column(tab, column: int) -> list:  # noqa: ANN001
    return [row[column] for row in tab.model.rows()]


def test_the_figures_shown_equal_sql_on_the_same_data(till: Till, request) -> None:  # noqa: ANN001
    window = _open_reports(till)
    report = window.report
    assert report is not None
    start, end = window.date_range()
    assert (end - start).days in (365, 366)  # the last 12 months, today included

    # Liability: every positive balance, shown on the label and in the table.
    (owed,), = _query(till, "SELECT sum(balance) FROM balances WHERE balance > 0")
    assert owed > 0
    shown = int(re.sub(r"\D", "", window.liability_points.text()))
    assert shown == owed
    assert window.liability_tab.model.rows()[0][1] == owed
    assert report.liability.currency in window.liability_money.text()

    # Rewards: redemptions per reward in the range, by the reward's name.
    with till.app.uow(readonly=True) as uow:
        program = published_program(uow)
    names = {r.id: r.name for r in program.rewards}
    tier_names = {t.code: t.name for t in program.tiers.tiers}
    counts = _query(till, "SELECT reward_id, count(*) FROM ledger WHERE kind='redeem' AND at >= ? AND at < ? "
                          "AND reward_id IS NOT NULL GROUP BY reward_id", _micros(start), _micros(end))
    assert counts, "the demo shop's history has redemptions"
    expected = {names.get(rid, rid): count for rid, count in counts}
    shown_counts = {row[0]: row[1] for row in window.rewards_tab.model.rows()}
    assert shown_counts == expected
    assert sum(_column(window.rewards_tab, 3)) <= 100

    # Flows: the months' redeemed points add up to the ledger's redeem entries in the range.
    (redeemed,), = _query(till, "SELECT -sum(points) FROM ledger WHERE kind='redeem' AND at >= ? AND at < ?",
                          _micros(start), _micros(end))
    assert sum(_column(window.flows_tab, 2)) == redeemed
    assert window.flows_tab.model.rowCount() in (12, 13)

    # Tiers: active members per tier.
    mix = _query(till, "SELECT tier_code, count(*) FROM members WHERE status='active' GROUP BY tier_code")
    assert {row[0]: row[1] for row in window.tiers_tab.model.rows()} == {tier_names[c]: n for c, n in mix}

    # Each tab readable at the till's 1024x768: looked at, nothing clipped.
    assert window.width() <= 1024 and window.height() <= 768
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert clipped_widgets(window) == []
        save_png(window, f"{request.node.name}_{window.current_tab().slug}")


def test_a_preset_narrows_the_range_and_the_numbers_follow(till: Till) -> None:
    window = _open_reports(till)
    year = window.report
    window.report = None
    window.preset_buttons[30].click()
    till.qtbot.waitUntil(lambda: window.report is not None, timeout=10_000)
    start, end = window.date_range()
    assert (end - start).days == 30
    assert len(window.flows_tab.model.rows()) in (1, 2)
    counts = _query(till, "SELECT count(*) FROM ledger WHERE kind='redeem' AND at >= ? AND at < ?",
                    _micros(start), _micros(end))[0][0]
    assert sum(_column(window.rewards_tab, 1)) == counts
    assert year is not None and counts <= sum(r.count for r in year.redemptions)


def test_ctrl_tab_switches_tabs_and_esc_closes(till: Till) -> None:
    window = _open_reports(till)
    assert window.tabs.currentIndex() == 0
    press(till.qtbot, Qt.Key.Key_Tab, window.tabs, modifier=CTRL)
    assert window.tabs.currentIndex() == 1
    assert window.export_path.text().endswith(".csv") and "issued-vs-redeemed" in window.export_path.text()
    press(till.qtbot, Qt.Key.Key_Escape, window.tabs)
    till.qtbot.waitUntil(lambda: not window.isVisible())


def test_csv_export_writes_the_table_shown(till: Till, tmp_path: Path) -> None:
    window = _open_reports(till)
    default = Path(window.export_path.text())
    receipts = till.window.ctx.receipts_dir
    assert receipts is not None
    assert default.parent == receipts.parent / "reports" and default.name.startswith("liability-")
    window.tabs.setCurrentWidget(window.rewards_tab)
    out = tmp_path / "out" / "rewards.csv"
    window.export_path.setText(str(out))
    press(till.qtbot, Qt.Key.Key_E, window.tabs, modifier=CTRL)
    till.qtbot.waitUntil(out.is_file, timeout=5_000)
    till.settle()
    with out.open(newline="", encoding="utf-8") as handle:
        written = list(csv.reader(handle))
    model = window.rewards_tab.model
    assert written[0] == list(model.headers())
    assert written[1:] == [[str(cell) for cell in row] for row in model.rows()]
    assert len(written) > 1
    assert str(out) in window.status.text()


def test_pdf_export_draws_the_current_tab(till: Till, tmp_path: Path) -> None:
    window = _open_reports(till)
    window.tabs.setCurrentWidget(window.flows_tab)
    out = tmp_path / "flows.pdf"
    window.export_path.setText(str(tmp_path / "flows.csv"))  # the same field, PDF beside the CSV
    press(till.qtbot, Qt.Key.Key_P, window.tabs, modifier=CTRL)
    till.qtbot.waitUntil(out.is_file, timeout=5_000)
    document = pypdfium2.PdfDocument(str(out))
    assert len(document) >= 1
    text = document[0].get_textpage().get_text_range()
    assert "Issued vs redeemed" in text
    first_month = window.flows_tab.model.rows()[0][0]
    assert first_month in text


def test_a_cashier_cannot_open_the_reports(till: Till) -> None:
    till.signed_in()
    assert not till.window.reports_action.isEnabled()
    press(till.qtbot, Qt.Key.Key_R, modifier=CTRL | SHIFT)
    assert getattr(till.window, "reports_window", None) is None
