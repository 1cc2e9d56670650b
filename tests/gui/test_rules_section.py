"""The earning rules & tiers section: edits go to the draft, errors show inline."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.gui.manager.rules_section import RulesSection
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _documents(till: Till) -> dict[str, dict]:
    with sqlite3.connect(till.app.config.db_path) as db:
        rows = db.execute("SELECT status, document FROM program_versions WHERE status IN ('draft', 'published')")
        return {status: json.loads(document) for status, document in rows}


def _section(till: Till) -> RulesSection:
    """Opened the way a manager does (sign in, Ctrl+Shift+B, Ctrl+<n>), at 1180x760."""
    section = open_section(till, "rules")
    assert isinstance(section, RulesSection)
    section.window().resize(1180, 760)
    till.settle()
    return section


def _type_cell(till: Till, table, text: str) -> None:  # noqa: ANN001 - a QTableWidget
    """Type over the current cell and press Enter; then let the closed editor be deleted,
    so the next key does not go to a widget that is about to disappear."""
    type_human(till.qtbot, table, text[0], FORM_GAP_MS)
    type_human(till.qtbot, None, text[1:], FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return)
    till.qtbot.wait(60)
    table.setFocus()


def _retype(till: Till, text: str) -> None:
    """Select what the focused field holds and type over it, as a person does."""
    press(till.qtbot, Qt.Key.Key_A, modifier=CTRL)
    type_human(till.qtbot, None, text, FORM_GAP_MS)


def test_edit_base_rate_and_a_tier_then_save_to_the_draft(till: Till) -> None:
    section = _section(till)
    window = section.window()
    earning = section.pages["earning"]
    assert QApplication.focusWidget() is earning.points
    save_png(window, "rules_section_earning")
    assert clipped_widgets(section) == []

    _retype(till, "2")
    press(till.qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is earning.step
    _retype(till, "5,00")
    # Dairy x2 in the categories table: Alt+T jumps there, type the % on the dairy row.
    press(till.qtbot, Qt.Key.Key_T, modifier=ALT)
    table = earning.categories
    dairy = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "dairy")
    table.setCurrentCell(dairy, 1)
    _type_cell(till, table, "200")

    # Tiers tab (Alt+I): Silver from NOK 4,000 at 130 %.
    press(till.qtbot, Qt.Key.Key_I, modifier=ALT)
    tiers = section.pages["tiers"]
    till.qtbot.waitUntil(lambda: section.tabs.currentWidget() is tiers)
    tiers.table.setFocus()
    tiers.table.setCurrentCell(1, 2)
    _type_cell(till, tiers.table, "4000")
    tiers.table.setCurrentCell(1, 3)
    _type_cell(till, tiers.table, "130")
    save_png(window, "rules_section_tiers")
    assert section.has_unsaved_changes()

    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    assert not section.has_unsaved_changes(), section.messages.text()
    docs = _documents(till)
    draft, published = docs["draft"], docs["published"]
    assert (draft["earning"]["points_per_step"], draft["earning"]["step_minor"]) == (2, 500)
    assert draft["earning"]["category_multipliers"] == {"deli": 150, "dairy": 200}
    silver = draft["tiers"]["tiers"][1]
    assert (silver["code"], silver["threshold"], silver["multiplier_pct"]) == ("silver", 400_000, 130)
    assert (published["earning"]["points_per_step"], published["earning"]["step_minor"]) == (1, 1000)
    assert published["tiers"]["tiers"][1]["threshold"] == 500_000
    assert draft["version"] == published["version"] + 1
    assert "draft version" in section.messages.text()


def test_bad_values_are_marked_inline_and_nothing_is_saved(till: Till) -> None:
    section = _section(till)
    earning = section.pages["earning"]
    earning.step.setFocus()
    _retype(till, "12x")
    assert earning.step.text() == "12"  # an amount field takes no letters (MoneyEdit's validator)
    _retype(till, "1,2,3")  # amount characters, but not an amount
    table = earning.categories
    table.setFocus()
    table.setCurrentCell(0, 1)
    _type_cell(till, table, "x2")
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    assert earning.base_error.isVisible() and "misplaced thousands separators" in earning.base_error.text()
    assert earning.category_error.isVisible() and "bakery" in earning.category_error.text()
    assert "Nothing saved" in section.messages.text()
    assert QApplication.focusWidget() is earning.step  # the first field to fix
    save_png(section.window(), "rules_section_validation")

    # Tiers out of order: Gold moved above Silver is refused under the table.
    press(till.qtbot, Qt.Key.Key_I, modifier=ALT)
    tiers = section.pages["tiers"]
    till.qtbot.waitUntil(lambda: section.tabs.currentWidget() is tiers)
    tiers.table.setFocus()
    tiers.table.setCurrentCell(2, 0)
    press(till.qtbot, Qt.Key.Key_Up, modifier=ALT)
    assert [tiers.table.item(r, 0).text() for r in range(3)] == ["bronze", "gold", "silver"]
    earning.step.setText("10.00")
    earning.categories.item(0, 1).setText("100 %")
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    assert tiers.table_error.isVisible()
    assert tiers.table_error.text() == "Silver must start above Gold (15,000.00): tiers go from lowest to highest."
    assert section.tabs.currentWidget() is tiers
    save_png(section.window(), "rules_section_tier_error")
    assert clipped_widgets(section) == []
    assert "draft" not in _documents(till)

    press(till.qtbot, Qt.Key.Key_F5)  # undo the unsaved edits
    till.settle()
    assert not section.has_unsaved_changes()
    assert [tiers.table.item(r, 0).text() for r in range(3)] == ["bronze", "silver", "gold"]
    assert not tiers.table_error.isVisible()


def test_removing_a_tier_a_reward_needs_is_refused_by_the_service_inline(till: Till) -> None:
    section = _section(till)
    press(till.qtbot, Qt.Key.Key_I, modifier=ALT)
    tiers = section.pages["tiers"]
    till.qtbot.waitUntil(lambda: section.tabs.currentWidget() is tiers)
    tiers.table.setFocus()
    tiers.table.setCurrentCell(2, 0)
    press(till.qtbot, Qt.Key.Key_Delete, modifier=CTRL)
    assert tiers.table.rowCount() == 2
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    assert "Christmas mug" in tiers.table_error.text()
    assert section.has_unsaved_changes()
    assert "draft" not in _documents(till)
    press(till.qtbot, Qt.Key.Key_F5)
    till.settle()
    assert tiers.table.rowCount() == 3 and not section.has_unsaved_changes()


def test_product_rule_new_tier_and_expiry_are_saved(till: Till) -> None:
    section = _section(till)
    # Product rules tab (Alt+P): find cappuccino with the till's product search, x2.
    press(till.qtbot, Qt.Key.Key_P, modifier=ALT)
    products = section.product_rules
    till.qtbot.waitUntil(lambda: section.tabs.currentWidget() is products)
    assert QApplication.focusWidget() is products.search.box
    type_human(till.qtbot, None, "COF-CAP", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    till.qtbot.waitUntil(lambda: products.table.rowCount() == 2)
    assert QApplication.focusWidget() is products.table
    _type_cell(till, products.table, "200")
    save_png(section.window(), "rules_section_products")

    # A Platinum tier at the top (Ctrl+Ins), from NOK 30,000 at 200 %.
    press(till.qtbot, Qt.Key.Key_I, modifier=ALT)
    tiers = section.pages["tiers"]
    till.qtbot.waitUntil(lambda: section.tabs.currentWidget() is tiers)
    tiers.table.setFocus()
    press(till.qtbot, Qt.Key.Key_Insert, modifier=CTRL)
    type_human(till.qtbot, None, "platinum", FORM_GAP_MS)  # the new row's code is already being edited
    press(till.qtbot, Qt.Key.Key_Return)
    till.qtbot.wait(60)
    for column, text in ((1, "Platinum"), (2, "30000"), (3, "200"), (4, "Free delivery; Tastings")):
        tiers.table.setCurrentCell(3, column)
        _type_cell(till, tiers.table, text)

    press(till.qtbot, Qt.Key.Key_X, modifier=ALT)
    expiry = section.pages["expiry"]
    till.qtbot.waitUntil(lambda: section.tabs.currentWidget() is expiry)
    expiry.after_earning.setFocus()
    _retype(till, "24")
    save_png(section.window(), "rules_section_expiry")
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    assert not section.has_unsaved_changes(), section.messages.text()

    draft = _documents(till)["draft"]
    assert draft["earning"]["product_multipliers"] == {"COF-BEAN": 300, "COF-CAP": 200}
    assert draft["tiers"]["tiers"][3] == {"code": "platinum", "name": "Platinum", "threshold": 3_000_000,
                                          "multiplier_pct": 200, "perks": ["Free delivery", "Tastings"]}
    assert draft["expiry"]["months_after_earning"] == 24
    assert _documents(till)["published"]["expiry"]["months_after_earning"] == 12
