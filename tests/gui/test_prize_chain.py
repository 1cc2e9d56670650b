"""Codes and draws at a chain's tills: a joined till shows the codes leased to it and the
chain's pool and leaves importing and drawing to head office; head office's import goes to
the pool (docs/ARCHITECTURE.md "Prizes in a chain")."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.demo.prizes import CINEMA
from loyalty_pos.domain.sync_link import CHAIN_ROLE, HEAD_OFFICE, JOINED
from loyalty_pos.gui.manager.rewards.prizes_dialog import PrizesDialog
from loyalty_pos.gui.manager.rewards_section import RewardsSection
from loyalty_pos.services.program.code_leases import take_lease
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till
from tests.gui.dialog_support import DialogShop, assert_nothing_clipped, dialog_shop
from tests.gui.keyboard import press, save_png
from tests.gui.test_rewards_section import _choose, _settle

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def shop(qtbot: QtBot, demo: App) -> Iterator[DialogShop]:
    shop = dialog_shop(qtbot, demo)
    yield shop
    shop.ops.wait_idle()


def _in_chain(shop: DialogShop, role: str) -> None:
    uow = shop.app.uow()
    with uow:
        uow.sync_state.set(CHAIN_ROLE, role, shop.app.clock.now())
        uow.commit()
    take_lease(shop.app.uow(), {CINEMA: [f"LEASED-{n}" for n in range(25)]}, {CINEMA: 340},
               terminal_id=shop.ctx.terminal_id, now=shop.app.clock.now())


def _open(shop: DialogShop) -> PrizesDialog:
    dialog = PrizesDialog(shop.ctx, shop.manager)
    dialog.resize(1024, 700)
    shop.show(dialog)
    shop.qtbot.waitUntil(lambda: dialog.role is not None and dialog.codes_table.rowCount() == 1)
    return dialog


def test_a_joined_till_shows_its_leased_codes_and_the_chain_pool_and_leaves_import_and_draw_to_head_office(
        shop: DialogShop) -> None:
    _in_chain(shop, JOINED)
    dialog = _open(shop)
    row = [dialog.codes_table.item(0, column).text() for column in range(5)]
    assert row[2:] == ["0", "25", "340"]  # the demo's own 60 codes are not this chain till's to hand out
    assert not dialog.codes_table.isColumnHidden(4)
    assert dialog.codes_table.horizontalHeaderItem(4).text() == "Chain's pool"
    assert not dialog.import_button.isEnabled() and not dialog.code_file.isEnabled()
    assert not dialog.commit_button.isEnabled() and not dialog.draw_button.isEnabled()
    assert dialog.verify_button.isEnabled()
    assert "imported at head office" in dialog.codes_note.text()
    assert "head office holds" in dialog.draws_note.text()
    assert_nothing_clipped(dialog)
    save_png(dialog, "prizes_chain_joined_till")


def test_head_office_imports_into_the_chain_pool(shop: DialogShop, tmp_path: Path) -> None:
    _in_chain(shop, HEAD_OFFICE)
    dialog = _open(shop)
    assert dialog.import_button.isEnabled() and dialog.draw_button.isEnabled()
    codes = tmp_path / "kino.csv"
    codes.write_text("code\nPOOL-1\nPOOL-2\nPOOL-2\n", encoding="utf-8")
    dialog.code_file.setFocus()
    shop.qtbot.keyClicks(dialog.code_file, str(codes))
    press(shop.qtbot, Qt.Key.Key_I, dialog, ALT)  # &Import codes
    shop.qtbot.waitUntil(lambda: "chain's pool" in dialog.messages.text())
    assert "2 codes go to the chain's pool at the next sync (1 twice in the file" in dialog.messages.text()
    assert dialog.codes_table.item(0, 3).text() == "25"  # none kept here: this till leases its block too
    assert "go to the chain's pool" in dialog.codes_note.text()
    with shop.app.uow(readonly=True) as uow:
        pending = [row for row in uow.outbox.pending(1000) if row.kind == "partner_codes_pooled"]
    assert [row.payload["codes"] for row in pending] == [["POOL-1", "POOL-2"]]
    save_png(dialog, "prizes_chain_head_office")


def test_head_office_sets_the_codes_a_till_holds_on_the_partner_reward_from_the_keyboard(till: Till) -> None:
    section = open_section(till, "rewards")
    assert isinstance(section, RewardsSection)
    _settle(till)
    form = section.form
    press(till.qtbot, Qt.Key.Key_N, section, CTRL)
    _choose(till, form.kind, "Partner voucher")
    assert form.codes_per_till.isVisibleTo(form) and form.codes_per_till.text() == "chain default (50)"
    till.qtbot.keyClicks(form.name, "Museum")
    form.points.setValue(200)
    till.qtbot.keyClicks(form.partner, "Museum free entry")
    press(till.qtbot, Qt.Key.Key_I, section, ALT)  # Codes a t&ill
    assert form.codes_per_till.hasFocus()
    form.codes_per_till.lineEdit().selectAll()
    till.qtbot.keyClicks(form.codes_per_till, "120")
    save_png(section, "prizes_partner_codes_per_till")
    press(till.qtbot, Qt.Key.Key_S, section, CTRL)
    till.settle()
    with sqlite3.connect(till.app.config.db_path) as db:
        (document,), = db.execute("SELECT document FROM program_versions WHERE status = 'draft'").fetchall()
    (museum,) = [r for r in json.loads(document)["rewards"] if r["name"] == "Museum"]
    assert museum["codes_per_till"] == 120
    _choose(till, form.kind, "Giveaway entry")
    assert not form.codes_per_till.isVisibleTo(form)
