"""The Challenges & badges tab of the rules section: a manager adds a challenge, a badge
and a paid membership with the keyboard, saves them to the draft; a mistake shows inline."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from loyalty_pos.gui.manager.rules.counting_page import CountingPage
from loyalty_pos.gui.manager.rules_section import RulesSection
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _draft(till: Till) -> dict:
    with sqlite3.connect(till.app.config.db_path) as db:
        row = db.execute("SELECT document FROM program_versions WHERE status = 'draft'").fetchone()
    return json.loads(row[0]) if row else {}


def _type_cell(till: Till, table, column: int, text: str) -> None:  # noqa: ANN001 - a QTableWidget
    table.setCurrentCell(table.currentRow(), column)
    type_human(till.qtbot, table, text[0], FORM_GAP_MS)
    type_human(till.qtbot, None, text[1:], FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return)
    till.qtbot.wait(60)
    table.setFocus()


def _pick(till: Till, table, column: int, steps: int) -> None:  # noqa: ANN001
    """F2 opens the cell's list at the cell's value; Down (Up for a negative step) moves
    through it; Enter keeps the choice."""
    table.setCurrentCell(table.currentRow(), column)
    press(till.qtbot, Qt.Key.Key_F2, table)
    till.qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    for _ in range(abs(steps)):
        press(till.qtbot, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    press(till.qtbot, Qt.Key.Key_Return)
    till.qtbot.wait(60)
    table.setFocus()


def test_a_manager_adds_a_challenge_a_badge_and_a_paid_year_by_keyboard(till: Till) -> None:
    section = open_section(till, "rules")
    assert isinstance(section, RulesSection)
    section.window().resize(1024, 768)
    till.settle()
    press(till.qtbot, Qt.Key.Key_H, modifier=ALT)
    page = section.pages["counting"]
    assert isinstance(page, CountingPage)
    till.qtbot.waitUntil(lambda: section.tabs.currentWidget() is page)
    assert page.challenges.rowCount() == 2 and page.paid.rowCount() == 1  # the demo's
    save_png(section.window(), "counting_back_office_demo")
    assert clipped_widgets(section) == []

    # A streak: four weeks in a row, 60 points.
    press(till.qtbot, Qt.Key.Key_C, modifier=ALT)
    press(till.qtbot, Qt.Key.Key_Insert, modifier=CTRL)
    type_human(till.qtbot, None, "Four weeks running", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return)
    till.qtbot.wait(60)
    table = page.challenges
    table.setFocus()
    _pick(till, table, 1, 1)  # from "Buys per period" to "Visits in a row"
    _type_cell(till, table, 2, "4")
    _pick(till, table, 3, -1)  # from month up to week
    _type_cell(till, table, 4, "bakery, COF-ESP")  # a category and a product code, told apart on saving
    _type_cell(till, table, 5, "60")
    # A badge: 3 categories tried.
    press(till.qtbot, Qt.Key.Key_D, modifier=ALT)
    press(till.qtbot, Qt.Key.Key_Insert, modifier=CTRL)
    type_human(till.qtbot, None, "Taster", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return)
    till.qtbot.wait(60)
    page.badges.setFocus()
    _pick(till, page.badges, 1, 1)  # from Visits to Categories tried
    _type_cell(till, page.badges, 2, "3")
    save_png(section.window(), "counting_back_office_edited")

    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    draft = _draft(till)
    streak = next(c for c in draft["challenges"] if c["name"] == "Four weeks running")
    assert (streak["id"], streak["kind"], streak["target"], streak["period"], streak["bonus_points"]) == (
        "four-weeks-running", "streak", 4, "week", 60)
    assert (streak["categories"], streak["products"]) == (["bakery"], ["COF-ESP"])
    taster = next(b for b in draft["badges"] if b["name"] == "Taster")
    assert (taster["kind"], taster["threshold"]) == ("categories", 3)
    assert [p["tier_code"] for p in draft["paid_tiers"]] == ["gold"]


def test_a_bad_row_is_refused_inline_and_nothing_is_saved(till: Till) -> None:
    section = open_section(till, "rules")
    assert isinstance(section, RulesSection)
    till.settle()
    press(till.qtbot, Qt.Key.Key_H, modifier=ALT)
    page = section.pages["counting"]
    till.qtbot.waitUntil(lambda: section.tabs.currentWidget() is page)
    page.challenges.setFocus()
    page.challenges.setCurrentCell(0, 2)
    _type_cell(till, page.challenges, 2, "0")  # a target of 0 can never complete
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    assert "target from 1" in page.error.text()
    _type_cell(till, page.challenges, 2, "5")
    _type_cell(till, page.challenges, 4, "coffee, socks")  # no such category or product
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    assert "socks" in page.error.text()
    assert _draft(till) == {}
    save_png(section.window(), "counting_back_office_refused")


def test_ctrl_t_names_a_badge_in_other_languages_and_the_save_keeps_them(till: Till, request) -> None:  # noqa: ANN001
    section = open_section(till, "rules")
    assert isinstance(section, RulesSection)
    section.window().resize(1024, 768)
    till.settle()
    press(till.qtbot, Qt.Key.Key_H, modifier=ALT)
    page = section.pages["counting"]
    till.qtbot.waitUntil(lambda: section.tabs.currentWidget() is page)
    press(till.qtbot, Qt.Key.Key_D, modifier=ALT)  # the badges
    page.badges.setCurrentCell(1, 0)  # Regular
    press(till.qtbot, Qt.Key.Key_T, modifier=CTRL)
    till.qtbot.waitUntil(lambda: page.names_dialog is not None and page.names_dialog.isVisible())
    dialog = page.names_dialog
    till.qtbot.waitUntil(lambda: dialog.field.names["en"].hasFocus())  # the first language's line
    assert dialog.field.names["nb"].text() == "Stamkunde"  # the demo's
    assert dialog.field.names["nb"].placeholderText() == "Regular"
    press(till.qtbot, Qt.Key.Key_Tab)  # English → Indonesian → Chinese
    press(till.qtbot, Qt.Key.Key_Tab)
    assert dialog.field.names["zh-Hant"].hasFocus()
    dialog.field.names["zh-Hant"].selectAll()
    dialog.field.names["zh-Hant"].insert("老顧客")  # an input method commits the word whole
    save_png(dialog, request.node.name + "_dialog")
    assert clipped_widgets(dialog) == []
    press(till.qtbot, Qt.Key.Key_Return)
    till.qtbot.waitUntil(lambda: page.badges.hasFocus())
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    regular = next(b for b in _draft(till)["badges"] if b["id"] == "regular")
    assert regular["names"] == {"id": "Pelanggan tetap", "zh-Hant": "老顧客", "nb": "Stamkunde"}
    save_png(section.window(), request.node.name)
