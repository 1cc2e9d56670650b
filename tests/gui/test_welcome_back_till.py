"""The demo's welcome back with its reward: a member away 120 days (the till's clock set
forward) is told of the free coffee on the panel, gets it free on the sale under the
campaign's name and reads it on the receipt; the campaign form sets such an offer."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App, open_app
from loyalty_pos.config import Config
from loyalty_pos.domain.members import Consents
from loyalty_pos.domain.program import CampaignKind
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.services.members.membership import EnrolMember, enrol
from tests.gui.back_office_support import CTRL, open_section
from tests.gui.conftest import Till, running_till
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human

FILTER_COFFEE = "7040000000042"
AWAY = "Wenche Borte"


@pytest.fixture
def away_till(qtbot: QtBot, demo_template: Path, tmp_path: Path) -> Iterator[Till]:
    data_dir = tmp_path / "shop"
    shutil.copytree(demo_template, data_dir)
    clock = FixedClock(datetime.now(UTC))
    app: App = open_app(Config.load(data_dir), clock=clock)
    enrol(app.uow(), EnrolMember(AWAY, consents=Consents(marketing=True, data_processing=True)),
          actor=Actor("cashier", Role.CASHIER, "01"), clock=clock)
    clock.advance(days=120)  # the demo's "We missed you" welcomes back after 90 days away
    try:
        with running_till(qtbot, app) as till:
            yield till
    finally:
        app.close()


def test_a_member_back_after_120_days_is_offered_and_given_the_free_coffee(away_till: Till, request) -> None:  # noqa: ANN001
    till = away_till.signed_in()
    till.scan(till.card_payload(till.member_named(AWAY)))
    awards = till.sale.member_area.panel.awards
    till.qtbot.waitUntil(awards.isVisible, timeout=15_000)
    assert "Welcome back! Free coffee with this sale, no points needed (We missed you)" in awards.text()
    save_png(till.window, request.node.name + "_panel")
    till.scan(FILTER_COFFEE)
    till.qtbot.waitUntil(lambda: till.sale.priced is not None and bool(till.sale.priced.instant_wins), timeout=15_000)
    redeemed = till.sale.totals.redeemed.text()
    assert "Welcome back: Free: Filter coffee" in redeemed and "free" in redeemed
    assert till.sale.priced.amount_due_minor == 0
    save_png(till.window, request.node.name + "_basket")
    press(till.qtbot, Qt.Key.Key_F9)
    till.settle(15_000)
    receipt = till.sale.receipt.receipt
    assert receipt is not None and [(r.reward_id, r.won_by) for r in receipt.rewards] == [
        ("free-coffee", "win_back:win-back")]
    paper = " ".join(" ".join(row.text for row in till.sale.receipt.rows).split())
    assert "Welcome back: Free coffee" in paper and "Welcome back: We missed you +40" in paper
    save_png(till.window, request.node.name + "_receipt")


def test_the_campaign_form_sets_a_welcome_backs_reward(till: Till, request) -> None:  # noqa: ANN001
    section = open_section(till, "campaigns")
    till.qtbot.waitUntil(lambda: section.catalog is not None)
    press(till.qtbot, Qt.Key.Key_N, section, modifier=CTRL)
    form = section.form
    type_human(till.qtbot, form.name, "Coffee on us", FORM_GAP_MS)
    form.kind.setCurrentIndex(form.kind.findData(CampaignKind.ACTION))
    form.action.setCurrentIndex(form.action.findData("review"))
    assert not form.win_reward_id.isVisible()  # a review's bonus is points
    form.action.setCurrentIndex(form.action.findData("win_back"))
    assert form.win_reward_id.isVisible() and form.action_limits.lapsed_days.isVisible()
    form.action_limits.lapsed_days.setValue(45)
    form.win_reward_id.setCurrentIndex(form.win_reward_id.findData("free-coffee"))
    form.bonus_points.setValue(0)  # the reward alone
    save_png(till.window.back_office, request.node.name)
    press(till.qtbot, Qt.Key.Key_S, form.name, modifier=CTRL)
    till.settle()
    with sqlite3.connect(till.app.config.db_path) as db:
        draft = json.loads(db.execute("SELECT document FROM program_versions WHERE status = 'draft'").fetchone()[0])
    saved = next(c for c in draft["campaigns"] if c["name"] == "Coffee on us")
    assert (saved["action"], saved["lapsed_days"], saved["win_reward_id"], saved["bonus_points"]) == (
        "win_back", 45, "free-coffee", 0)
