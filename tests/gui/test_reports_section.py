"""A manager reads the programme's reports in the back office; every figure shown is
checked against SQL run directly on the demo shop's database."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from datetime import datetime
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtCharts import QValueAxis
from PySide6.QtWidgets import QApplication, QWidget

from loyalty_pos.domain.calendar import month_spans
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.manager.reports_section import ReportsSection
from loyalty_pos.gui.manager.reports_section.charts import ISSUED, bar_chart, legend_bars
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout, new_sale_id
from loyalty_pos.services.program.programs import published_program
from tests.gui.back_office_support import TILL_SCREENS, open_section, open_section_on_screen
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import press, save_png

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def _open_reports(till: Till) -> ReportsSection:
    section = open_section(till, "reports")
    assert isinstance(section, ReportsSection)
    till.qtbot.waitUntil(section.loaded, timeout=15_000)
    return section


def _rows_in_view(table) -> int:  # noqa: ANN001 - a QTableView
    """Rows wholly inside the table's viewport, scrolled to the top."""
    table.scrollToTop()
    bottom = table.viewport().rect().bottom()
    rows = table.model().rowCount()
    return sum(1 for row in range(rows) if table.visualRect(table.model().index(row, 0)).bottom() <= bottom)


def _query(till: Till, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(till.app.config.db_path) as db:
        return db.execute(sql, params).fetchall()


def _micros(moment: datetime) -> int:
    return int(moment.timestamp()) * 1_000_000 + moment.microsecond


def _column(tab, column: int) -> list:  # noqa: ANN001
    return [row[column] for row in tab.model.rows()]


def _money_minor(text: str) -> int:
    """"NOK 1,234.50" -> 123450."""
    return int(re.sub(r"\D", "", text))


def _show(section: ReportsSection, tab: QWidget) -> None:
    section.picker.setCurrentIndex(section.pages.indexOf(tab))
    assert section.pages.currentWidget() is tab


def _bakery_sale(till: Till) -> None:
    """A member buys bakery goods while "Double points on bakery" runs."""
    member = till.member_named("Mei Saputra")
    checkout(till.app.uow(), Checkout(new_sale_id(), member.member_id, (SaleLineInput("BAK-BUN", 6),)),
             actor=Actor("cashier", Role.CASHIER, "01"), clock=till.app.clock)


def test_the_figures_shown_equal_sql_on_the_same_data(till: Till, request) -> None:  # noqa: ANN001
    _bakery_sale(till)
    section = _open_reports(till)
    report = section.report
    assert report is not None
    start, end = section.date_range()
    assert (end - start).days in (365, 366)  # the last 12 months, today included

    # Liability: every positive balance, shown on the label and in the table.
    (owed,), = _query(till, "SELECT sum(balance) FROM balances WHERE balance > 0")
    assert owed > 0
    assert int(re.sub(r"\D", "", section.liability_tab.points_label.text())) == owed
    assert section.liability_tab.model.rows()[0][1] == owed
    assert report.liability.currency in section.liability_tab.money_label.text()

    # Liability over time: each month's end balance is the ledger summed up to that moment.
    trend = section.trend_tab.model.rows()
    spans = month_spans(start, end, section.zone)  # the shop's months
    assert [row[0] for row in trend] == [month for month, _since, _until in spans]
    for (month, points, value), (_label, _since, until) in zip(trend, spans, strict=True):
        (expected,), = _query(till, "SELECT coalesce(sum(points), 0) FROM ledger WHERE at < ?", _micros(until))
        assert points == expected, month
        assert _money_minor(value) == points * 50  # 1 point = NOK 0.50 in the demo programme
    assert trend[-1][1] > 0

    # Rewards: redemptions per reward in the range, by the reward's name.
    with till.app.uow(readonly=True) as uow:
        program = published_program(uow)
    names = {r.id: r.name for r in program.rewards}
    tier_names = {t.code: t.name for t in program.tiers.tiers}
    counts = _query(till, "SELECT reward_id, count(*) FROM ledger WHERE kind='redeem' AND at >= ? AND at < ? "
                          "AND reward_id IS NOT NULL GROUP BY reward_id", _micros(start), _micros(end))
    assert counts, "the demo shop's history has redemptions"
    assert {row[0]: row[1] for row in section.rewards_tab.model.rows()} == {names.get(r, r): n for r, n in counts}
    assert sum(_column(section.rewards_tab, 3)) <= 100

    # Flows: the months' redeemed points add up to the ledger's redeem entries in the range.
    (redeemed,), = _query(till, "SELECT -sum(points) FROM ledger WHERE kind='redeem' AND at >= ? AND at < ?",
                          _micros(start), _micros(end))
    assert sum(_column(section.flows_tab, 2)) == redeemed
    assert section.flows_tab.model.rowCount() in (12, 13)

    # Tier mix: active members per tier.
    mix = _query(till, "SELECT tier_code, count(*) FROM members WHERE status='active' GROUP BY tier_code")
    assert {row[0]: row[1] for row in section.tiers_tab.model.rows()} == {tier_names[c]: n for c, n in mix}

    # Tier movements: the audit log's tier changes, per month and tier pair.
    changes = _query(till, "SELECT strftime('%Y-%m', at / 1000000, 'unixepoch'), json_extract(details, '$.from'), "
                           "json_extract(details, '$.to'), count(*) FROM audit_log WHERE action = 'tier_changed' "
                           "AND at >= ? AND at < ? GROUP BY 1, 2, 3", _micros(start), _micros(end))
    assert changes, "two known members bought their way to Silver"
    # The demo's year has the review's downgrades too: up or down by the tiers' order.
    rank = {t.code: n for n, t in enumerate(program.tiers.tiers)}
    shown = {(month, source, target): (change, count)
             for month, source, target, change, count in section.moves_tab.model.rows()}
    assert shown == {(month, tier_names[source], tier_names[target]):
                     ("Upgrade" if rank[target] > rank[source] else "Downgrade", count)
                     for month, source, target, count in changes}

    # Top members: the most points earned (earn + bonus) in the range, ranked.
    top = _query(till, "SELECT m.name, sum(l.points) AS p FROM ledger l JOIN members m ON m.id = l.member_id "
                       "WHERE l.kind IN ('earn', 'bonus') AND l.at >= ? AND l.at < ? GROUP BY l.member_id "
                       "ORDER BY p DESC, l.member_id LIMIT 10", _micros(start), _micros(end))
    assert [(rank, name, points) for rank, name, points, _id in section.top_tab.model.rows()] == [
        (rank, name, points) for rank, (name, points) in enumerate(top, start=1)]

    # Campaigns: bonus points from the receipts' earning lines and the ledger's action bonuses.
    campaigns = {row[0]: row for row in section.campaigns_tab.model.rows()}
    by_id = {c.id: c for c in program.campaigns}
    for campaign_id in ("big-basket", "bakery-x2"):
        campaign = by_id[campaign_id]
        since, until = max(start, campaign.starts_at), min(end, campaign.ends_at)
        lines = [(sale_id, member_id, total, line["points"])
                 for sale_id, member_id, total, receipt in _query(
                     till, "SELECT sale_id, member_id, total_minor, receipt FROM sales WHERE at >= ? AND at < ? "
                           "AND returned_of IS NULL AND member_id IS NOT NULL", _micros(since), _micros(until))
                 for line in json.loads(receipt).get("points_lines", ())
                 if line.get("rule", "").endswith(f":{campaign_id}")]
        assert lines, campaign_id
        row = campaigns[campaign.name]
        assert row[1] == sum(points for *_rest, points in lines)
        assert row[2] == len({sale for sale, *_rest in lines})
        assert row[3] == len({member for _sale, member, *_rest in lines})
        assert _money_minor(row[4]) == sum({sale: total for sale, _member, total, _points in lines}.values())
    welcome = by_id["welcome"]
    (bonus,), = _query(till, "SELECT coalesce(sum(points), 0) FROM ledger WHERE kind = 'bonus' "
                             "AND reason = 'campaign:welcome' AND at >= ? AND at < ?",
                       _micros(max(start, welcome.starts_at)), _micros(min(end, welcome.ends_at)))
    assert bonus > 0 and campaigns[welcome.name][1] == bonus

    # Each tab readable in the back office: looked at, nothing clipped.
    window = section.window()
    for index in range(section.picker.count()):
        section.picker.setCurrentIndex(index)
        QApplication.processEvents()
        assert section.pages.currentIndex() == index
        assert clipped_widgets(section) == []
        save_png(window, f"{request.node.name}_{section.current_tab().slug}")


@pytest.mark.parametrize("size", TILL_SCREENS, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_table_shows_its_rows_whole_on_a_till_screen(
        till: Till, size: tuple[int, int], request) -> None:  # noqa: ANN001
    section = open_section_on_screen(till, "reports", size)
    assert isinstance(section, ReportsSection)
    till.qtbot.waitUntil(section.loaded, timeout=15_000)
    hidden = {}
    for index in range(section.picker.count()):
        section.picker.setCurrentIndex(index)
        QApplication.processEvents()
        tab = section.current_tab()
        save_png(section.window(), f"{request.node.name}_{tab.slug}")
        # A short table (liability's five measures, the campaigns) is read whole; a long
        # one shows a few rows and scrolls to the rest.
        wanted = tab.model.rowCount() if tab.model.rowCount() <= 5 else 3
        if _rows_in_view(tab.table) < wanted:
            hidden[tab.slug] = f"{_rows_in_view(tab.table)} of {wanted} rows in view"
    assert hidden == {}
    window = section.window()
    assert (window.width(), window.height()) == size  # and the back office still fits the screen


def test_a_preset_narrows_the_range_and_the_numbers_follow(till: Till) -> None:
    section = _open_reports(till)
    year = section.report
    press(till.qtbot, Qt.Key.Key_1, section.picker, modifier=ALT)  # Alt+1: the last 30 days
    till.qtbot.waitUntil(section.loaded, timeout=15_000)
    start, end = section.date_range()
    assert (end - start).days == 30
    assert len(section.flows_tab.model.rows()) in (1, 2)
    assert len(section.trend_tab.model.rows()) in (1, 2)
    counts = _query(till, "SELECT count(*) FROM ledger WHERE kind='redeem' AND at >= ? AND at < ?",
                    _micros(start), _micros(end))[0][0]
    assert sum(_column(section.rewards_tab, 1)) == counts
    assert year is not None and counts <= sum(r.count for r in year.redemptions)


def test_a_sale_elsewhere_refreshes_the_reports(till: Till) -> None:
    section = _open_reports(till)
    before = section.report
    assert before is not None
    from loyalty_pos.gui.operations import Changes

    _bakery_sale(till)
    till.ops.changed.emit(Changes.SALES | Changes.BALANCE)
    till.qtbot.waitUntil(lambda: section.loaded() and section.report is not before, timeout=15_000)
    assert section.report is not None and section.report.liability.points > before.liability.points


def test_ctrl_tab_steps_through_the_reports_and_names_the_export(till: Till) -> None:
    section = _open_reports(till)
    assert section.picker.hasFocus() and section.pages.currentWidget() is section.liability_tab
    press(till.qtbot, Qt.Key.Key_Tab, section.picker, modifier=CTRL)
    assert section.pages.currentWidget() is section.trend_tab and section.picker.currentText() == "Liability over time"
    assert "liability-over-time" in section.export_path.text() and section.export_path.text().endswith(".csv")


def test_csv_export_writes_the_table_shown(till: Till, tmp_path: Path) -> None:
    section = _open_reports(till)
    default = Path(section.export_path.text())
    receipts = till.window.ctx.receipts_dir
    assert receipts is not None
    assert default.parent == receipts.parent / "reports" and default.name.startswith("liability-")
    _show(section, section.campaigns_tab)
    out = tmp_path / "out" / "campaigns.csv"
    section.export_path.setText(str(out))
    press(till.qtbot, Qt.Key.Key_E, section.picker, modifier=CTRL)
    till.qtbot.waitUntil(out.is_file, timeout=5_000)
    till.settle()
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM: spreadsheets read it as UTF-8
    with out.open(newline="", encoding="utf-8-sig") as handle:
        written = list(csv.reader(handle))
    model = section.campaigns_tab.model
    assert written[0] == list(model.headers())
    assert written[1:] == [[str(cell) for cell in row] for row in model.rows()]
    assert len(written) > 1
    assert str(out) in section.status.text()


@pytest.mark.parametrize(("tab", "title"), [("flows_tab", "Issued vs redeemed"), ("moves_tab", "Tier movements"),
                                            ("trend_tab", "Liability over time")])
def test_pdf_export_draws_the_current_tab(till: Till, tmp_path: Path, tab: str, title: str) -> None:
    section = _open_reports(till)
    _show(section, getattr(section, tab))
    out = tmp_path / "report.pdf"
    section.export_path.setText(str(tmp_path / "report.csv"))  # the same field, PDF beside the CSV
    press(till.qtbot, Qt.Key.Key_E, section.picker, modifier=CTRL)  # the CSV first: "Saved to ..." below
    till.qtbot.waitUntil(lambda: "Saved to" in section.status.text(), timeout=5_000)
    press(till.qtbot, Qt.Key.Key_P, section.picker, modifier=CTRL)
    till.qtbot.waitUntil(out.is_file, timeout=5_000)
    document = pypdfium2.PdfDocument(str(out))
    assert len(document) >= 1
    text = document[0].get_textpage().get_text_range()
    assert title in text
    assert section.current_tab().model.rows()[0][0] in text
    first = section.start.date().toString("yyyy-MM-dd")  # the shop day the range starts on
    assert f"{first} to " in text and "Saved to" not in text  # the range, not the last status


def test_a_cashier_cannot_open_the_reports(till: Till) -> None:
    with pytest.raises(LoyaltyError):
        ReportsSection(till.window.ctx, Actor("cashier", Role.CASHIER, till.window.ctx.terminal_id))



def test_count_axes_tick_whole_numbers_only(qtbot) -> None:  # noqa: ANN001 - a QApplication is needed
    # Two tier changes: five ticks on 0..2 read "0, 0, 1, 1, 2" through the "%d" labels.
    for chart in (bar_chart("Tier changes", ["Dec"], [("Upgrades", ISSUED, [2])]),
                  legend_bars("Points per campaign", [("Welcome", 2)])):
        axis = next(axis for axis in chart.axes() if isinstance(axis, QValueAxis))
        step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
        assert step >= 1 and step == int(step), (axis.min(), axis.max(), axis.tickCount())


def test_an_export_onto_the_shops_own_files_is_refused_on_screen(till: Till, tmp_path: Path) -> None:
    """A report saved through a symlink that points at the database or the key is refused, and both stay."""
    section = _open_reports(till)
    _show(section, section.campaigns_tab)
    data = till.app.config.data_dir
    (tmp_path / "report.csv").symlink_to(data / "loyalty.sqlite")
    (tmp_path / "report.pdf").symlink_to(data / "card-signing.key")
    database, key = (data / "loyalty.sqlite").read_bytes()[:100], (data / "card-signing.key").read_bytes()
    section.export_path.setText(str(tmp_path / "report.csv"))
    press(till.qtbot, Qt.Key.Key_E, section.picker, modifier=CTRL)
    till.qtbot.waitUntil(lambda: "Not writing" in section.status.text(), timeout=5_000)
    assert "database" in section.status.text()
    press(till.qtbot, Qt.Key.Key_P, section.picker, modifier=CTRL)
    till.qtbot.waitUntil(lambda: "card key" in section.status.text(), timeout=5_000)
    assert (data / "loyalty.sqlite").read_bytes()[:100] == database
    assert (data / "card-signing.key").read_bytes() == key
    save_png(section, "reports_export_refused")
