"""The back office's reward catalog: every kind created from the keyboard, edits, inline
errors, retiring, pictures and the cashier's preview. The draft in the SQLite file holds
what was typed; the published program stays as it was until the draft is published."""

from __future__ import annotations

import base64
import json
import sqlite3
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QWidget

from loyalty_pos.gui.manager.rewards_section import RewardsSection
from loyalty_pos.services.program.catalog import publish
from loyalty_pos.services.actor import Actor, Role
from tests.gui.back_office_support import TILL_SCREENS, open_section, open_section_on_screen
from tests.gui.conftest import Till, clipped_widgets, cut_cells
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _section(till: Till) -> RewardsSection:
    section = RewardsSection(till.window.ctx, Actor("manager", Role.MANAGER, till.window.ctx.terminal_id))
    till.qtbot.addWidget(section)
    section.resize(1180, 760)
    section.show()
    till.qtbot.waitExposed(section)
    section.activated()
    _settle(till)
    return section


def _settle(till: Till) -> None:
    """Past the preview's typing pause, and every service call landed."""
    till.settle()
    till.qtbot.wait(300)
    till.settle()


def _documents(till: Till) -> dict[str, dict]:
    with sqlite3.connect(till.app.config.db_path) as db:
        rows = db.execute("SELECT status, document FROM program_versions WHERE status IN ('draft', 'published')")
        return {status: json.loads(document) for status, document in rows}


def _stored(till: Till, name: str, status: str = "draft") -> dict:
    found = [r for r in _documents(till)[status]["rewards"] if r["name"] == name]
    assert len(found) == 1, f"{name} in the {status}: {found}"
    return found[0]


# -- typing into the form like a manager --------------------------------------------------
def _type(till: Till, widget: QWidget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    press(till.qtbot, Qt.Key.Key_A, widget, CTRL)
    if isinstance(widget, QLineEdit) and not text:
        press(till.qtbot, Qt.Key.Key_Backspace, widget)
    type_human(till.qtbot, widget, text, FORM_GAP_MS)


def _choose(till: Till, combo: QComboBox, text: str) -> None:
    """Arrow through a closed combo box to the item ``text``."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    target = combo.findText(text)
    assert target >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    while combo.currentIndex() != target:
        press(till.qtbot, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up, combo)
    assert combo.currentText() == text


def _pick_product(till: Till, search, text: str) -> None:  # noqa: ANN001 - a ProductSearch
    _type(till, search.box, text)
    press(till.qtbot, Qt.Key.Key_Return, search.box)  # search now
    till.settle()
    press(till.qtbot, Qt.Key.Key_Return, search.box)  # pick the first match
    till.settle()


def _new(till: Till, section: RewardsSection, kind: str, name: str, points: str) -> None:
    press(till.qtbot, Qt.Key.Key_N, section.table, CTRL)
    assert section.form.loaded is None and section.form.kind.hasFocus()
    _choose(till, section.form.kind, kind)
    _type(till, section.form.name, name)
    _type(till, section.form.points, points)


def _save(till: Till, section: RewardsSection) -> None:
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    _settle(till)


def test_every_kind_is_created_from_the_keyboard_into_the_draft_only(till: Till) -> None:
    section = _section(till)
    published_before = _documents(till)["published"]
    form = section.form

    _new(till, section, "Amount off", "NOK 30 off", "90")
    _type(till, form.amount, "30")
    _type(till, form.min_basket, "150,00")
    _choose(till, form.min_tier, "Silver")
    _type(till, form.limit, "2")
    _choose(till, form.period, "per week")
    _pick_product(till, form.exclude_search, "snus")
    assert form.excluded.count() == 1
    save_png(section, "rewards_form_amount_off")
    _save(till, section)
    amount = _stored(till, "NOK 30 off")
    assert (amount["id"], amount["kind"], amount["points_cost"], amount["amount_minor"]) == \
        ("nok-30-off", "amount_off", 90, 3000)
    assert (amount["min_basket_minor"], amount["min_tier"], amount["per_member_limit"], amount["limit_period"]) == \
        (15000, "silver", 2, "week")
    assert amount["excluded_products"] == ["TOB-SNUS"]
    assert "saved to the draft" in section.messages.text()
    assert not section.has_unsaved_changes()

    _new(till, section, "Percent off", "15 % off dairy", "110")
    _type(till, form.percent, "15")
    _choose(till, form.category, "dairy")
    _save(till, section)
    percent = _stored(till, "15 % off dairy")
    assert (percent["kind"], percent["percent"], percent["category"]) == ("percent_off", 15, "dairy")

    _new(till, section, "Free product", "Free croissant", "70")
    assert form.product_search.isVisible() and not form.amount.isVisible()
    _pick_product(till, form.product_search, "croiss")
    assert "Croissant" in form.product_label.text()
    _type(till, form.stock, "25")
    _save(till, section)
    free = _stored(till, "Free croissant")
    assert (free["kind"], free["product_code"], free["stock"]) == ("free_product", "BAK-CRO", 25)

    _new(till, section, "Buy X get Y", "3 for 2 apples", "40")
    _pick_product(till, form.product_search, "apples")
    _type(till, form.buy, "2")
    _type(till, form.free, "1")
    save_png(section, "rewards_form_buy_x_get_y")
    _save(till, section)
    deal = _stored(till, "3 for 2 apples")
    assert (deal["product_code"], deal["buy_quantity"], deal["free_quantity"]) == ("PRO-APL", 2, 1)

    _new(till, section, "Pay with points", "Points as money", "50")
    _type(till, form.value_points, "2")
    _type(till, form.value_money, "1.00")
    _save(till, section)
    paying = _stored(till, "Points as money")
    assert (paying["kind"], paying["points_per_value"], paying["point_value_minor"]) == ("pay_with_points", 2, 100)

    _new(till, section, "Store credit", "Winter credit", "400")
    _type(till, form.amount, "200")
    form.from_on.setFocus()
    press(till.qtbot, Qt.Key.Key_Space, form.from_on)
    form.until_on.setFocus()
    press(till.qtbot, Qt.Key.Key_Space, form.until_on)
    form.until_date.setFocus()
    press(till.qtbot, Qt.Key.Key_Up, form.until_date)  # the day section: one day later
    _save(till, section)
    credit = _stored(till, "Winter credit")
    # Today 00:00 to the end of tomorrow in Oslo (UTC+1 in November).
    assert credit["amount_minor"] == 20000
    today = till.app.clock.now().astimezone(ZoneInfo("Europe/Oslo")).date()
    assert credit["valid_from"] == f"{today - timedelta(days=1)}T23:00:00+00:00"
    assert credit["valid_until"] == f"{today + timedelta(days=1)}T23:00:00+00:00"

    # Every new reward is listed, marked as new in the draft; the till's program is untouched.
    names = {section.model.reward(row).name: section.model.draft_mark(section.model.reward(row))
             for row in range(section.model.rowCount())}
    for name in ("NOK 30 off", "15 % off dairy", "Free croissant", "3 for 2 apples", "Points as money",
                 "Winter credit"):
        assert names[name] == "New"
    assert names["Free coffee"] == ""
    assert _documents(till)["published"] == published_before
    assert clipped_widgets(section) == []


def test_editing_changes_the_draft_and_publishing_brings_it_to_the_till(till: Till) -> None:
    section = _section(till)
    table = section.table
    table.setFocus()
    row = section.model.row_of("nok50")
    while section.table.currentIndex().row() != row:
        press(till.qtbot, Qt.Key.Key_Down, table)
    _settle(till)
    assert section.form.name.text() == "NOK 50 off"
    press(till.qtbot, Qt.Key.Key_Return, table)  # Enter on the list goes to the form
    assert section.form.name.hasFocus()
    _type(till, section.form.points, "135")
    _type(till, section.form.description, "Half a coffee and a bun")
    assert section.has_unsaved_changes()
    assert "unsaved changes" in section.form_title.text()
    press(till.qtbot, Qt.Key.Key_Return, section.form.description)  # Enter saves
    _settle(till)

    assert _stored(till, "NOK 50 off")["points_cost"] == 135
    assert _stored(till, "NOK 50 off")["description"] == "Half a coffee and a bun"
    assert _stored(till, "NOK 50 off", "published")["points_cost"] == 120
    assert section.model.draft_mark(section.model.reward(section.model.row_of("nok50"))) == "Changed"
    # The untouched seasonal dates of another reward are not rewritten by a save.
    assert _stored(till, "Christmas mug") == _stored(till, "Christmas mug", "published")

    publish(till.app.uow(), actor=Actor("manager", Role.MANAGER, "01"), clock=till.app.clock)
    section.activated()  # the manager comes back from the publish section
    _settle(till)
    assert _stored(till, "NOK 50 off", "published")["points_cost"] == 135
    assert section.model.draft_mark(section.model.reward(section.model.row_of("nok50"))) == ""


def test_validation_errors_are_shown_under_their_fields_and_nothing_is_saved(till: Till) -> None:
    section = _section(till)
    before = _documents(till)
    _new(till, section, "Amount off", "", "0")
    _type(till, section.form.amount, "lots")
    _save(till, section)
    form = section.form
    assert form.error_text("name") == "Give the reward a name."
    assert form.error_text("points_cost") == "The points price must be above 0."
    assert form.error_text("amount_minor") == "Type an amount like 50.00."
    assert form.error_text("percent") == ""
    assert form.name.hasFocus()  # the first field to fix
    assert "Not saved" in section.messages.text()
    save_png(section, "rewards_validation_errors")
    assert _documents(till) == before

    _choose(till, form.kind, "Buy X get Y")
    _type(till, form.name, "2 for 1 milk")
    _type(till, form.points, "20")
    _save(till, section)
    assert form.error_text("name") == ""
    assert form.error_text("product_code") == "Choose the product."
    assert form.error_text("quantities") == ""  # a new deal starts at buy 1 get 1
    assert _documents(till) == before

    # The last day before the first: said under the dates, not saved.
    _pick_product(till, form.product_search, "milk")
    for check in (form.from_on, form.until_on):
        check.setFocus()
        press(till.qtbot, Qt.Key.Key_Space, check)
    form.until_date.setFocus()
    press(till.qtbot, Qt.Key.Key_Down, form.until_date)
    _save(till, section)
    assert form.error_text("valid_until") == "The last day must be on or after the first day."
    assert _documents(till) == before


def test_retiring_switches_a_reward_off_in_the_draft_only(till: Till) -> None:
    section = _section(till)
    table = section.table
    table.setFocus()
    row = section.model.row_of("free-coffee")
    while table.currentIndex().row() != row:
        press(till.qtbot, Qt.Key.Key_Down, table)
    _settle(till)
    press(till.qtbot, Qt.Key.Key_Delete, table)
    _settle(till)
    assert _stored(till, "Free coffee")["active"] is False
    assert _stored(till, "Free coffee", "published")["active"] is True
    retired = section.model.reward(section.model.row_of("free-coffee"))
    assert not retired.active and section.model.draft_mark(retired) == "Changed"
    assert section.model.row_of("free-coffee") == section.model.rowCount() - 1  # retired rewards last
    assert "retired in the draft" in section.messages.text()
    assert not section.form.active.isChecked()
    with sqlite3.connect(till.app.config.db_path) as db:
        (count,), = db.execute("SELECT count(*) FROM audit_log WHERE action = 'reward_retired'").fetchall()
    assert count == 1
    # Del in a text field deletes a character, not a reward.
    section.form.name.setFocus()
    press(till.qtbot, Qt.Key.Key_Home, section.form.name)
    press(till.qtbot, Qt.Key.Key_Delete, section.form.name)
    assert section.form.name.text() == "ree coffee"


def test_the_preview_shows_the_reward_as_the_till_does(till: Till) -> None:
    section = _section(till)
    table = section.table
    table.setFocus()
    row = section.model.row_of("bakery20")
    while table.currentIndex().row() != row:
        press(till.qtbot, Qt.Key.Key_Down, table)
    _settle(till)
    preview = section.preview
    assert preview.tier.currentText() == "Bronze" and preview.points.value() == 150
    assert preview.shown_text() == "20 % off bakery: needs Silver tier"
    assert "needs Silver tier" in preview.panel.text() and "150&nbsp;pts" in preview.panel.text()

    _choose(till, preview.tier, "Silver")
    _type(till, preview.points, "100")
    _settle(till)
    assert preview.shown_text() == "20 % off bakery: needs 150 points, member has 100"
    # The F4 list row says the same, through the till's own model.
    assert preview.model.rowCount() == 1
    assert preview.model.data(preview.model.index(0, 2)) == "needs 150 points, member has 100"
    save_png(section, "rewards_preview_needs_points")

    # Edits show at once, before saving: price down to 90 -> available for this member.
    _type(till, section.form.points, "90")
    _settle(till)
    assert preview.shown_text() == "20 % off bakery: available"
    assert "available now" in preview.panel.text()
    _type(till, section.form.name, "")
    _settle(till)
    assert preview.shown_text().startswith("The preview appears once the form is complete")


def test_a_picture_is_stored_in_the_draft_as_a_small_png(till: Till, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    section = _section(till)
    photo = QImage(1200, 900, QImage.Format.Format_RGB32)
    photo.fill(QColor("#c0392b"))
    path = tmp_path / "mug.jpg"
    assert photo.save(str(path), "JPG")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(path), ""))
    section.form.name.setFocus()
    press(till.qtbot, Qt.Key.Key_I, section.form.name, CTRL)
    assert section.form.image.thumb.pixmap() is not None and not section.form.image.thumb.pixmap().isNull()
    assert section.has_unsaved_changes()
    _save(till, section)
    stored = _stored(till, "2 for 1 cinnamon buns")["image"]
    assert stored.startswith("data:image/png;base64,")
    loaded = QImage()
    assert loaded.loadFromData(base64.b64decode(stored.split(",", 1)[1]))
    assert max(loaded.width(), loaded.height()) == 256
    save_png(section, "rewards_with_picture")
    press(till.qtbot, Qt.Key.Key_I, section.form.name, CTRL | SHIFT)
    _save(till, section)
    assert _stored(till, "2 for 1 cinnamon buns")["image"] is None


def test_the_section_opens_in_the_back_office(till: Till) -> None:
    till.window.resize(1180, 760)
    section = open_section(till, "rewards")
    assert isinstance(section, RewardsSection)
    _settle(till)
    assert section.model.rowCount() == 7 + 3  # the demo's rewards and its three prize rewards (demo/prizes.py)
    assert section.table.hasFocus()
    save_png(till.window.back_office, "rewards_in_back_office")


@pytest.mark.parametrize("size", TILL_SCREENS, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_list_and_the_preview_show_their_text_whole_on_a_till_screen(
        till: Till, size: tuple[int, int], request) -> None:  # noqa: ANN001
    section = open_section_on_screen(till, "rewards", size)
    assert isinstance(section, RewardsSection)
    _settle(till)
    preview = section.preview
    assert preview.option is not None  # the first reward, previewed
    save_png(section.window(), request.node.name)
    table = section.table
    assert cut_cells(table) == []
    # The rows the list is sized for are in view whole; the rest are a scroll away.
    shown = min(5, section.model.rowCount())
    assert table.visualRect(section.model.index(shown - 1, 0)).bottom() <= table.viewport().rect().bottom()
    assert cut_cells(preview.table) == []
    assert preview.panel.height() >= preview.panel.heightForWidth(preview.panel.width())
    assert clipped_widgets(section) == []
    # The form and the preview scroll down on a short screen, never sideways past their edge.
    for scroll in (section.form_scroll, preview.scroll):
        assert scroll.widget().width() <= scroll.viewport().width(), scroll.objectName()


def test_a_retired_reward_says_so_in_words_when_its_column_gives_way(till: Till) -> None:
    """Its muted ink is not all that tells it: a list too narrow for the Till column names
    the reward "(retired)", a wide one says "Retired" in that column."""
    from loyalty_pos.gui.manager.rewards.list_model import RewardListColumn

    section = _section(till)
    table = section.table
    table.setFocus()
    row = section.model.row_of("free-coffee")
    while table.currentIndex().row() != row:
        press(till.qtbot, Qt.Key.Key_Down, table)
    _settle(till)
    press(till.qtbot, Qt.Key.Key_Delete, table)
    _settle(till)
    row = section.model.row_of("free-coffee")
    offered = next(number for number in range(section.model.rowCount()) if section.model.reward(number).active)

    def name(number: int) -> str:
        return section.model.index(number, RewardListColumn.NAME).data()

    table.setMinimumWidth(0)
    table.resize(300, table.height())
    table.fit_columns()
    assert table.isColumnHidden(RewardListColumn.ACTIVE)
    assert name(row) == "Free coffee (retired)"
    assert "retired" not in name(offered)
    table.resize(3000, table.height())
    table.fit_columns()
    assert not table.isColumnHidden(RewardListColumn.ACTIVE)
    assert name(row) == "Free coffee"
    assert section.model.index(row, RewardListColumn.ACTIVE).data() == "Retired"
