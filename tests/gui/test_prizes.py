"""Prizes on screen: the reward editor's prize kinds from the keyboard, the Codes & draws
dialog, the Prizes report, and an instant win on the till's totals and the customer display."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.demo.shop import demo_program
from loyalty_pos.domain.basket import Basket, BasketLine
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.pricing import price_sale
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.gui.cashier.totals_panel import TotalsPanel
from loyalty_pos.gui.customer_display.display import CustomerDisplay
from loyalty_pos.gui.manager.reports_section import ReportsSection
from loyalty_pos.gui.manager.rewards.prizes_dialog import PrizesDialog
from loyalty_pos.gui.manager.rewards_section import RewardsSection
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.services.program.giveaways import giveaways
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout, new_sale_id
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till
from tests.gui.dialog_support import DialogShop, dialog_shop
from tests.gui.keyboard import press, save_png
from tests.gui.test_rewards_section import _choose, _settle

CTRL = Qt.KeyboardModifier.ControlModifier


def _type(till: Till, field, text: str) -> None:  # noqa: ANN001 - a QLineEdit
    """Typed at once: the reward section's own tests type like a person already."""
    field.setFocus()
    field.selectAll()
    till.qtbot.keyClicks(field, text)


def _draft_reward(till: Till, name: str) -> dict:
    with sqlite3.connect(till.app.config.db_path) as db:
        (document,), = db.execute("SELECT document FROM program_versions WHERE status = 'draft'").fetchall()
    found = [r for r in json.loads(document)["rewards"] if r["name"] == name]
    assert len(found) == 1, found
    return found[0]


def test_prize_kinds_are_made_from_the_keyboard_and_their_problems_shown_under_their_fields(till: Till) -> None:
    section = open_section(till, "rewards")
    assert isinstance(section, RewardsSection)
    _settle(till)  # the catalog in, the first reward shown
    form = section.form
    press(till.qtbot, Qt.Key.Key_N, section, CTRL)
    _choose(till, form.kind, "Mystery reward")
    assert form.pool.isVisibleTo(form) and not form.partner.isVisibleTo(form)
    assert "free-coffee = Free coffee" in form.pool_hint.text()  # the ids a manager may type
    _type(till, form.name, "Lucky dip")
    form.points.setValue(70)
    _type(till, form.pool, "free-coffee 2")  # no colon: not a pool
    press(till.qtbot, Qt.Key.Key_S, section, CTRL)
    till.settle()
    assert "id: weight" in form.error_text("pool")
    _type(till, form.pool, "free-coffee: 2, nok50: 1")
    press(till.qtbot, Qt.Key.Key_S, section, CTRL)
    till.settle()
    assert _draft_reward(till, "Lucky dip")["pool"] == [["free-coffee", 2], ["nok50", 1]]
    press(till.qtbot, Qt.Key.Key_N, section, CTRL)
    _choose(till, form.kind, "Partner voucher")
    _type(till, form.name, "Museum")
    form.points.setValue(200)
    press(till.qtbot, Qt.Key.Key_S, section, CTRL)
    till.settle()
    assert "partner's offer" in form.error_text("partner")
    save_png(section, "prizes_partner_reward_form")
    _type(till, form.partner, "Museum free entry")
    press(till.qtbot, Qt.Key.Key_S, section, CTRL)
    till.settle()
    assert _draft_reward(till, "Museum")["partner"] == "Museum free entry"
    press(till.qtbot, Qt.Key.Key_N, section, CTRL)
    _choose(till, form.kind, "Giveaway entry")
    _type(till, form.name, "Bike draw")
    form.points.setValue(40)
    press(till.qtbot, Qt.Key.Key_S, section, CTRL)  # no last day for entries
    till.settle()
    assert "last day for entries" in form.error_text("valid_until")
    save_png(section, "prizes_giveaway_reward_form")


@pytest.fixture
def shop(qtbot: QtBot, demo: App) -> Iterator[DialogShop]:
    shop = dialog_shop(qtbot, demo)
    yield shop
    shop.ops.wait_idle()


def test_codes_and_draws_import_a_file_and_explain_a_refused_draw(shop: DialogShop, tmp_path: Path) -> None:
    dialog = PrizesDialog(shop.ctx, shop.manager)
    dialog.resize(1024, 700)
    shop.show(dialog)
    shop.qtbot.waitUntil(lambda: dialog.codes_table.rowCount() == 1 and dialog.draw_table.rowCount() == 1)
    assert dialog.codes_table.item(0, 3).text() == "60"  # the demo's cinema codes
    assert dialog.draw_table.item(0, 4).text().startswith("fingerprint ")  # committed, still secret
    codes = tmp_path / "kino.csv"
    codes.write_text("code\nNEW-1\nNEW-2\nFJK-04096-A\n", encoding="utf-8")
    dialog.code_file.setFocus()
    shop.qtbot.keyClicks(dialog.code_file, str(codes))
    press(shop.qtbot, Qt.Key.Key_I, dialog, Qt.KeyboardModifier.AltModifier)  # &Import codes
    shop.qtbot.waitUntil(lambda: dialog.codes_table.item(0, 3).text() == "62")
    assert "2 codes added, 1 already there" in dialog.messages.text()
    press(shop.qtbot, Qt.Key.Key_D, dialog, Qt.KeyboardModifier.AltModifier)  # &Draw winners: entries still open
    shop.qtbot.waitUntil(lambda: "entries are open until" in dialog.messages.text())
    save_png(dialog, "prizes_codes_and_draws")
    dialog.close()
    # Two silver members buy entries; after entries close the manager draws and verifies.
    with shop.app.uow(readonly=True) as uow:
        found = [uow.members.search(name, cursor=None, limit=1).rows[0].member_id
                 for name in ("Mei Saputra", "Ola Fjelstad")]
    for member_id in found:
        checkout(shop.app.uow(), Checkout(new_sale_id(), member_id, (SaleLineInput("BAK-BUN", 1),),
                                          (RedemptionRequest("hamper-draw"),)), actor=shop.cashier, clock=shop.app.clock)
    (status,) = giveaways(shop.app.uow(readonly=True))
    after = replace(shop.ctx, clock=FixedClock(status.reward.valid_until + timedelta(days=1)))
    dialog = PrizesDialog(after, shop.manager)
    dialog.resize(1024, 700)
    shop.show(dialog)
    shop.qtbot.waitUntil(lambda: dialog.draw_table.rowCount() == 1)
    press(shop.qtbot, Qt.Key.Key_D, dialog, Qt.KeyboardModifier.AltModifier)
    shop.qtbot.waitUntil(lambda: dialog.draw_table.item(0, 5).text().startswith("1. "))
    assert sorted(line[3:] for line in dialog.draw_table.item(0, 5).text().splitlines()) == [
        "Mei Saputra", "Ola Fjelstad"]  # a winner a line, by place
    assert len(dialog.draw_table.item(0, 4).text()) == 32  # the seed itself, revealed
    press(shop.qtbot, Qt.Key.Key_V, dialog, Qt.KeyboardModifier.AltModifier)
    shop.qtbot.waitUntil(lambda: dialog.messages.text().startswith("✔") or "Verified" in dialog.messages.text())
    assert "Verified" in dialog.messages.text()
    save_png(dialog, "prizes_giveaway_drawn")


def test_the_prizes_report_lists_codes_and_the_giveaway(till: Till) -> None:
    section = open_section(till, "reports")
    assert isinstance(section, ReportsSection)
    till.qtbot.waitUntil(section.loaded, timeout=15_000)
    section.picker.setCurrentIndex(section.pages.indexOf(section.prizes_tab))
    rows = section.prizes_tab.model.rows()
    assert ("Partner codes left", 60, "Cinema night", "", "") in [tuple(r) for r in rows]
    assert [r[0] for r in rows].count("Giveaway entries") == 1
    save_png(section, "prizes_report")


def test_an_instant_win_shows_on_the_totals_and_the_customer_display(shop: DialogShop) -> None:
    now = datetime.now(UTC)
    program = demo_program(now - timedelta(days=1))
    basket = Basket("NOK", (BasketLine(1, "DEL-SOUP", "Fish soup", "deli", 14500, 3),))
    member = MemberView(member_id="m", tier_code="bronze", balance=100)
    priced = price_sale(basket, member, program, sale_id="s", now=now, sale_number=25)
    assert priced.instant_wins
    totals = TotalsPanel("NOK")
    shop.qtbot.addWidget(totals)
    totals.resize(700, 420)
    totals.show()
    totals.show_quote(priced, has_member=True)
    assert "Instant win: NOK 50.00 off" in totals.redeemed.text() and totals.redeemed.isVisibleTo(totals)
    assert "This sale won" in totals.redeemed.text() and "Points spent" not in totals.redeemed.text()
    save_png(totals, "prizes_instant_win_totals")
    display = CustomerDisplay(shop.ctx, shop.cashier, shop_name="Fjord & Co. Deli")
    shop.qtbot.addWidget(display)
    display.resize(1024, 768)
    display.show()
    display.show_sale("Ada Lovelace", priced.points_earned, 130, None, 0, 0)
    display.show_prizes([won.reward_name for won in priced.instant_wins])
    assert "You won: NOK 50 off!" in display.visible_text()
    save_png(display, "prizes_instant_win_customer_display")
    display.clear()
    assert "You won: NOK 50 off!" not in display.visible_text()


def test_an_instant_win_with_a_prize_every_nth_sale_is_set_from_the_campaign_form(till: Till) -> None:
    section = open_section(till, "campaigns")
    till.qtbot.waitUntil(lambda: section.catalog is not None)
    press(till.qtbot, Qt.Key.Key_N, section, CTRL)
    form = section.form
    till.qtbot.keyClicks(form.name, "Tenth coffee free")
    form.kind.setCurrentIndex(form.kind.findText("Instant win (1 in N sales)"))
    assert form.win_reward_id.isVisibleTo(form) and form.every_nth.isVisibleTo(form)
    form.win_reward_id.setFocus()
    form.win_reward_id.setCurrentIndex(form.win_reward_id.findText("Free coffee"))
    form.every_nth.setValue(10)  # no bonus points: the prize is the win
    save_png(form, "prizes_campaign_form")
    press(till.qtbot, Qt.Key.Key_S, form.name, CTRL)
    till.settle()
    with sqlite3.connect(till.app.config.db_path) as db:
        (document,), = db.execute("SELECT document FROM program_versions WHERE status = 'draft'").fetchall()
    saved = next(c for c in json.loads(document)["campaigns"] if c["name"] == "Tenth coffee free")
    assert (saved["win_reward_id"], saved["every_nth"], saved["bonus_points"], saved["one_in"]) == (
        "free-coffee", 10, 0, 0)
    assert "Cinema night" not in [form.win_reward_id.itemText(i) for i in range(form.win_reward_id.count())]
