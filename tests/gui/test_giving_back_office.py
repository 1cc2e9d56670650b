"""Back office: charities and gift-card rules on the rules section's own tab, saved to the draft."""

from __future__ import annotations

from PySide6.QtCore import Qt

from loyalty_pos.gui.manager.rules_section import RulesSection
from loyalty_pos.services.program.programs import working_draft
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _draft(till: Till):  # noqa: ANN202
    with till.app.uow(readonly=True) as uow:
        return working_draft(uow)


def test_a_manager_adds_a_charity_and_caps_offline_card_spend_from_the_keyboard(till: Till) -> None:
    section = open_section(till, "rules")
    assert isinstance(section, RulesSection)
    section.window().resize(1180, 760)
    till.settle()
    press(till.qtbot, Qt.Key.Key_G, modifier=ALT)  # the tab's mnemonic
    page = section.pages["giving"]
    assert section.tabs.currentWidget() is page
    assert page.table.rowCount() == 2  # the demo's Red Cross and food bank
    press(till.qtbot, Qt.Key.Key_N, modifier=CTRL)  # a new row, its name being edited
    type_human(till.qtbot, None, "Sea Rescue", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return)
    till.qtbot.wait(60)
    page.offline_cap.setFocus()
    page.offline_cap.selectAll()
    type_human(till.qtbot, page.offline_cap, "250", FORM_GAP_MS)
    save_png(section.window(), "giving_page")
    assert clipped_widgets(section) == []
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    draft = _draft(till)
    assert [(c.id, c.name, c.points_per_value, c.value_minor) for c in draft.charities][-1] == \
        ("sea-rescue", "Sea Rescue", 100, 100)
    assert draft.gift_card_rules.offline_spend_cap_minor == 25_000


def test_a_rate_that_is_not_a_number_is_refused_under_the_tab_and_nothing_is_saved(till: Till) -> None:
    section = open_section(till, "rules")
    till.settle()
    page = section.pages["giving"]
    section.tabs.setCurrentWidget(page)
    page.table.item(0, 1).setText("lots")
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    assert "rate is money above 0 for points above 0" in page.error.text()
    assert _draft(till).charities[0].points_per_value == 20
