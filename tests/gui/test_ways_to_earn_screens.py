"""Ways to earn in the back office and at the till, by keyboard: a happy hour for gold in the
campaign form, member prices, early access and volume steps in the rules screen, the basket
naming a member price and a volume step, and the price rules report. Each screen is saved
to tests/artifacts/ to be looked at."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import Qt

from loyalty_pos.gui.models.basket_model import BasketColumn
from tests.gui.back_office_support import CTRL, open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human

ALT = Qt.KeyboardModifier.AltModifier


def _draft(till: Till) -> dict:
    with sqlite3.connect(till.app.config.db_path) as db:
        row = db.execute("SELECT document FROM program_versions WHERE status = 'draft'").fetchone()
    assert row is not None, "nothing was saved to the draft"
    return json.loads(row[0])


def _type_cell(till: Till, table, row: int, column: int, text: str) -> None:  # noqa: ANN001 - a QTableWidget
    table.setFocus()
    table.setCurrentCell(row, column)
    type_human(till.qtbot, table, text[0], FORM_GAP_MS)
    type_human(till.qtbot, None, text[1:], FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return)
    till.qtbot.wait(60)


def test_a_happy_hour_for_gold_is_set_in_the_campaign_form(till: Till) -> None:
    section = open_section(till, "campaigns")
    till.qtbot.waitUntil(lambda: section.catalog is not None)
    press(till.qtbot, Qt.Key.Key_N, section, modifier=CTRL)
    form = section.form
    type_human(till.qtbot, form.name, "Tea time", FORM_GAP_MS)
    window = form.when
    for day in (1, 2, 3, 4, 5):
        window.days[day].setChecked(True)
    window.hour_from.setValue(15)
    window.hour_until.setValue(17)
    window.products.setFocus()
    type_human(till.qtbot, window.products, "cof-tea", FORM_GAP_MS)
    window.tier_factors["gold"].setValue(300)
    save_png(till.window.back_office, "ways_to_earn_campaign_form")
    save_png(form.when, "ways_to_earn_campaign_window")  # the When part, scrolled below on a small screen
    assert clipped_widgets(form) == []
    press(till.qtbot, Qt.Key.Key_S, form.name, modifier=CTRL)
    till.settle()
    saved = next(c for c in _draft(till)["campaigns"] if c["name"] == "Tea time")
    assert (saved["weekdays"], saved["hour_from"], saved["hour_until"]) == ([1, 2, 3, 4, 5], 15, 17)
    assert (saved["products"], saved["tier_factors"]) == (["COF-TEA"], {"gold": 300})


def test_hours_that_end_before_they_start_are_marked_and_not_saved(till: Till) -> None:
    section = open_section(till, "campaigns")
    till.qtbot.waitUntil(lambda: section.catalog is not None)
    press(till.qtbot, Qt.Key.Key_N, section, modifier=CTRL)
    form = section.form
    type_human(till.qtbot, form.name, "Backwards", FORM_GAP_MS)
    form.when.hour_from.setValue(18)
    form.when.hour_until.setValue(16)
    press(till.qtbot, Qt.Key.Key_S, form.name, modifier=CTRL)
    till.settle()
    assert form.errors["window"].isVisible()
    assert form.errors["window"].text().endswith("The hours must start before they end.")


def test_member_prices_early_access_and_volume_steps_save_to_the_draft(till: Till) -> None:
    section = open_section(till, "rules")
    section.window().resize(1180, 760)
    till.settle()
    press(till.qtbot, Qt.Key.Key_C, modifier=ALT)
    prices = section.member_prices
    till.qtbot.waitUntil(lambda: section.tabs.currentWidget() is prices)
    # The demo's member waffle and its season stollen (early access for gold).
    assert prices.table.rowCount() == 2 and "BAK-WAF" in prices.table.item(0, 0).text()
    assert "BAK-STOL" in prices.table.item(1, 0).text()
    prices.search.box.setFocus()
    type_human(till.qtbot, prices.search.box, "BAK-CAKE", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, prices.search.box)
    till.settle()
    assert prices.table.rowCount() == 3
    _type_cell(till, prices.table, 2, 2, "15")
    _type_cell(till, prices.table, 2, 4, "Gold")
    _type_cell(till, prices.table, 2, 5, "2026-12-24")
    save_png(section.window(), "ways_to_earn_member_prices")
    assert clipped_widgets(section) == []

    press(till.qtbot, Qt.Key.Key_V, modifier=ALT)
    volume = section.volume
    till.qtbot.waitUntil(lambda: section.tabs.currentWidget() is volume)
    assert volume.table.rowCount() == 2  # the demo's croissants and big basket
    press(till.qtbot, Qt.Key.Key_B, modifier=ALT)
    till.qtbot.waitUntil(lambda: volume.table.rowCount() == 3)
    assert volume.table.currentColumn() == 2  # the basket value, ready to type
    _type_cell(till, volume.table, 2, 2, "5000")
    _type_cell(till, volume.table, 2, 3, "3")
    save_png(section.window(), "ways_to_earn_volume")
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    assert not section.has_unsaved_changes(), section.messages.text()
    draft = _draft(till)
    cake = next(p for p in draft["member_prices"] if p["product_code"] == "BAK-CAKE")
    assert (cake["percent"], cake.get("price_minor")) == (15, None)
    assert sorted(a["product_code"] for a in draft["early_access"]) == ["BAK-CAKE", "BAK-STOL"]
    access = next(a for a in draft["early_access"] if a["product_code"] == "BAK-CAKE")
    assert (access["product_code"], access["min_tier"]) == ("BAK-CAKE", "gold")
    assert access["until"].startswith("2026-12-23T23:00")  # midnight in Oslo
    step = draft["volume_rules"][2]
    assert (step["min_basket_minor"], step["percent"], step.get("product_code")) == (500_000, 3, None)


def test_a_volume_step_without_a_threshold_is_marked_under_its_table(till: Till) -> None:
    section = open_section(till, "rules")
    till.settle()
    press(till.qtbot, Qt.Key.Key_V, modifier=ALT)
    volume = section.volume
    till.qtbot.waitUntil(lambda: section.tabs.currentWidget() is volume)
    press(till.qtbot, Qt.Key.Key_B, modifier=ALT)
    till.qtbot.waitUntil(lambda: volume.table.rowCount() == 3)
    _type_cell(till, volume.table, 2, 3, "5")
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    assert volume.error.isVisible() and "a quantity or a basket value" in volume.error.text()
    assert section.tabs.currentWidget() is volume
    assert "Nothing saved" in section.messages.text()


def test_the_basket_names_the_member_price_and_the_volume_step(till: Till) -> None:
    till.signed_in()
    till.scan(till.card_payload(till.member_named("Mei Saputra")))
    till.scan("7040000000127")  # Waffle with jam: NOK 42.00, members NOK 35.00
    for _ in range(6):
        till.scan("7040000000080")  # Croissant: six are 10 % off
    model = till.sale.basket_model
    texts = [model.index(row, BasketColumn.DISCOUNT).data() for row in range(model.rowCount())]
    assert texts == ["Member -7.00", "Vol. 10 % -19.20"]  # why beside how much
    tip = model.index(1, BasketColumn.PRODUCT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[1] == "Vol. 10 %: -19.20"
    assert till.sale.basket.columnWidth(BasketColumn.DISCOUNT) >= till.sale.basket.fontMetrics().horizontalAdvance(
        texts[1])  # shown whole
    save_png(till.window, "ways_to_earn_basket")


def test_the_price_rules_report_lists_the_demo_history(till: Till) -> None:
    section = open_section(till, "reports")
    tab = section.price_rules_tab
    section.picker.setCurrentIndex(section.pages.indexOf(tab))
    till.qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10_000)
    rows = tab.model.rows()
    names = [row[0] for row in rows]
    assert "Member waffle" in names and names[-1] == "All"
    save_png(section.window(), "ways_to_earn_report")


def test_early_access_is_refused_at_the_till_with_its_tier_and_day(till: Till) -> None:
    from datetime import timedelta

    from loyalty_pos.domain.price_rules import EarlyAccess
    from loyalty_pos.services.actor import Actor, Role
    from loyalty_pos.services.program import program_rules
    from loyalty_pos.services.program.catalog import publish
    from loyalty_pos.services.program.price_rule_editing import PriceRules, price_rules_of
    from loyalty_pos.services.program.programs import working_draft

    manager, clock = Actor("manager", Role.MANAGER, "01"), till.app.clock
    with till.app.uow(readonly=True) as uow:
        rules = price_rules_of(working_draft(uow))
    until = (clock.now() + timedelta(days=30)).replace(hour=0, minute=0, second=0, microsecond=0)
    program_rules.save_rules(till.app.uow(), price_rules=PriceRules(
        rules.member_prices, (EarlyAccess("BAK-CAKE", "gold", until),), rules.volume_rules), actor=manager, clock=clock)
    publish(till.app.uow(), actor=manager, clock=clock)
    till.signed_in()
    till.scan(till.card_payload(till.member_named("Mei Saputra")))  # Silver
    till.scan("7040000000110")  # Carrot cake slice
    text = till.sale.messages.text()
    assert text.startswith("Not sold: Carrot cake slice is only for Gold members and up until "), text
    assert till.sale.state.lines == ()  # out of the basket: the sale stays payable
    save_png(till.window, "ways_to_earn_early_access")
