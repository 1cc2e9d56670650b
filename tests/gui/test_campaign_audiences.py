"""A manager defines segments and aims a campaign with a control group from the keyboard;
the till explains a segment campaign on the member panel; the A/B report reads the demo's
seeded holdout campaign."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from datetime import timedelta
from html import unescape

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from PySide6.QtWidgets import QApplication

from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.domain.holdout import in_control
from loyalty_pos.domain.members import Consents
from loyalty_pos.gui.manager.campaigns.segments_dialog import SegmentsDialog
from loyalty_pos.gui.manager.reports_section.audience_tabs import (
    CampaignLiftTab,
    HoldoutTab,
)
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.membership import EnrolMember, enrol
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.program.segment_catalog import segment_catalog
from loyalty_pos.services.shop.campaign_report import (
    campaign_comparison,
    holdout_results,
)
from tests.gui.back_office_support import CTRL, open_section
from tests.gui.conftest import Till, clipped_widgets, running_till
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human

FILTER_COFFEE = "7040000000042"

GOLD_NAMES = tuple(f"Gull {n} Gullstad" for n in range(1, 40))


def _draft(till: Till) -> dict:
    with sqlite3.connect(till.app.config.db_path) as db:
        (document,) = db.execute("SELECT document FROM program_versions WHERE status = 'draft'").fetchone()
    return json.loads(document)


def test_segments_are_counted_defined_and_a_campaign_aimed_at_one_with_a_control_group(till: Till,
                                                                                         request) -> None:
    section = open_section(till, "campaigns")
    till.qtbot.waitUntil(lambda: section.catalog is not None)
    press(till.qtbot, Qt.Key.Key_G, section.list, modifier=CTRL)
    till.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SegmentsDialog))
    dialog = QApplication.activeModalWidget()
    till.qtbot.waitUntil(lambda: dialog.catalog is not None)
    till.settle()
    counted = {r.segment.name: r.members for r in segment_catalog(till.app.uow(readonly=True),
                                                                     clock=till.app.clock).rows}
    shown = {dialog.list.topLevelItem(i).text(0): int(dialog.list.topLevelItem(i).text(2).replace(",", ""))
             for i in range(dialog.list.topLevelItemCount())}
    assert shown == counted and shown["Lapsed 60 days"] > 0  # the demo's segments, counted as the till decides
    assert "Gold thank-you" in dialog.list.topLevelItem(3).text(3)  # the demo's segment campaign
    save_png(dialog, request.node.name + "-segments")
    press(till.qtbot, Qt.Key.Key_N, dialog.name, modifier=CTRL)
    assert dialog.name.hasFocus()
    type_human(till.qtbot, dialog.name, "Coffee lovers", FORM_GAP_MS)
    dialog.kind.setCurrentIndex(1)  # Frequent
    assert dialog.visits.isVisible() and not dialog.tier.isVisible()
    dialog.days.setValue(14)
    dialog.visits.setValue(3)
    press(till.qtbot, Qt.Key.Key_S, dialog.name, modifier=CTRL)
    till.settle()
    till.qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == len(counted) + 1)
    assert dialog.list.currentItem().text(1) == "3 or more visits in 14 days"
    assert clipped_widgets(dialog) == []
    save_png(dialog, request.node.name + "-segment-saved")
    press(till.qtbot, Qt.Key.Key_Escape, dialog.name)
    till.qtbot.waitUntil(lambda: not isinstance(QApplication.activeModalWidget(), SegmentsDialog))
    till.settle()
    section.window().activateWindow()  # what the window manager does when a dialog closes; offscreen does not
    till.qtbot.waitUntil(section.window().isActiveWindow)
    saved = next(s for s in _draft(till)["segments"] if s["name"] == "Coffee lovers")
    assert (saved["kind"], saved["days"], saved["visits"]) == ("frequent", 14, 3)

    till.qtbot.waitUntil(lambda: section.form.segment.findData("coffee-lovers") >= 0)
    press(till.qtbot, Qt.Key.Key_N, section, modifier=CTRL)
    form = section.form
    form.name.setText("Coffee club bonus")
    form.kind.setCurrentIndex(form.kind.findText("Bonus on a big basket"))
    form.bonus_points.setValue(15)
    form.segment.setCurrentIndex(form.segment.findData("coffee-lovers"))
    form.holdout_pct.setFocus()
    form.holdout_pct.selectAll()
    type_human(till.qtbot, form.holdout_pct, "20", FORM_GAP_MS)
    assert clipped_widgets(form) == []
    save_png(till.window.back_office, request.node.name + "-campaign")
    press(till.qtbot, Qt.Key.Key_S, form.name, modifier=CTRL)
    till.settle()
    campaign = next(c for c in _draft(till)["campaigns"] if c["name"] == "Coffee club bonus")
    assert (campaign["segment"], campaign["holdout_pct"]) == ("coffee-lovers", 20)


@pytest.fixture
def gold_till(qtbot: QtBot, demo_template: Path, tmp_path: Path) -> Iterator[Till]:
    """The demo's till with Gold members who said yes to offers (the 50-member demo has no Gold
    member): the demo's "Gold thank-you" is for them, less its control group."""
    data_dir = tmp_path / "shop"
    shutil.copytree(demo_template, data_dir)
    app = open_app(Config.load(data_dir))
    for name in GOLD_NAMES:  # until one is outside the campaign's control group (ids are random)
        member = enrol(app.uow(), EnrolMember(name, consents=Consents(marketing=True, data_processing=True)),
                       actor=Actor("cashier", Role.CASHIER, "01"), clock=app.clock)
        with app.uow() as uow:  # as the yearly review places a big spender
            uow.members.set_tier(member.id, "gold", reviewed_at=app.clock.now(), if_tier=member.tier_code)
            uow.commit()
        if not in_control(member.id, "gold-thanks", 20):
            break
    try:
        with running_till(qtbot, app) as till:
            yield till
    finally:
        app.close()


def test_the_member_panel_says_which_segment_campaign_the_member_gets(gold_till: Till, request) -> None:
    till = gold_till.signed_in()
    now = till.app.clock.now()
    with till.app.uow(readonly=True) as uow:
        program = published_program(uow)
        gold = next(s for s in program.segments if s.id == "gold")
        ids = uow.reports.segment_members(gold, now)
        members = [uow.members.get(member_id) for member_id in ids]
    chosen = next(m for m in members if m is not None and m.consents.marketing and m.cards
                  and not in_control(m.id, "gold-thanks", 20))
    summary = till.member_named(chosen.name)
    till.scan(till.card_payload(summary))
    till.scan(FILTER_COFFEE)
    panel = till.sale.member_area.panel
    assert "Campaign for segment 'Gold members': Gold thank-you" in unescape(panel.rewards.text())
    assert any(line.startswith("Bonus: Gold thank-you") for line in till.sale.totals.breakdown_lines())
    save_png(till.window, request.node.name)


def test_the_ab_tab_shows_the_demo_holdout_campaign_with_its_interval(qtbot, demo, request) -> None:
    # The tab on its own over the demo's seeded year (the Reports section's own tests walk
    # every tab in place, at both till screen sizes).
    now = demo.clock.now()
    results = holdout_results(demo.uow(readonly=True), start=now - timedelta(days=365), end=now)
    autumn = next(c for c in results.campaigns if c.campaign_id == "autumn-thanks")
    assert autumn.spend is not None and autumn.control.spend.n > 0  # the seeded year gives it an interval
    tab = HoldoutTab()
    qtbot.addWidget(tab)
    tab.resize(780, 560)
    tab.show_holdouts(results)
    tab.show()
    rows = [row for row in tab.model.rows() if row[0] == "Autumn thank-you"]
    assert [row[1] for row in rows] == ["Spend per member", "Visits per member"]
    assert rows[0][7:] == (autumn.treatment.spend.n, autumn.control.spend.n)
    assert " to " in rows[0][3] and rows[0][4] in ("no clear difference", "higher", "lower")
    save_png(tab, request.node.name)


def test_the_campaigns_vs_before_tab_reads_the_demo_year(qtbot, demo, request) -> None:
    now = demo.clock.now()
    results = campaign_comparison(demo.uow(readonly=True), start=now - timedelta(days=365), end=now)
    autumn = next(c for c in results.campaigns if c.campaign_id == "autumn-thanks")
    assert autumn.end - autumn.start == timedelta(days=60) and autumn.points > 0
    assert autumn.during.sales > 0 and autumn.before.sales > 0  # the seeded year covers both periods
    tab = CampaignLiftTab()
    qtbot.addWidget(tab)
    tab.resize(780, 560)
    tab.show_comparison(results)
    tab.show()
    row = next(row for row in tab.model.rows() if row[0] == "Autumn thank-you")
    assert row[1:4] == (autumn.points, autumn.before.sales, autumn.during.sales)
    assert row[4] == f"{autumn.change_pct('sales'):+d} %"
    save_png(tab, request.node.name)
