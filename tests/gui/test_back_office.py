"""The back office as a manager reaches it: from the till, section by section, by keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.gui.manager.back_office import BackOfficeWindow
from loyalty_pos.gui.manager.sections import SECTIONS
from loyalty_pos.gui.widgets.approval_dialog import ApprovalDialog
from tests.gui.back_office_support import CTRL, CTRL_SHIFT, open_back_office, open_section, section_key
from tests.gui.conftest import Till
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human


def test_a_cashier_needs_a_managers_pin_and_the_back_office_then_acts_as_that_manager(till: Till) -> None:
    till.signed_in()  # cashier
    press(till.qtbot, Qt.Key.Key_B, modifier=CTRL_SHIFT)
    approval = till.window.back_office_approval
    assert isinstance(approval, ApprovalDialog)
    till.qtbot.waitUntil(approval.isVisible)
    type_human(till.qtbot, approval.pin, "1111", FORM_GAP_MS)  # the cashier's own PIN is not a manager's
    press(till.qtbot, Qt.Key.Key_Return, approval.pin)
    till.settle()
    assert approval.isVisible() and approval.error.isVisible()
    assert till.window.back_office is None

    type_human(till.qtbot, approval.pin, "9999", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, approval.pin)
    till.settle()
    window = till.window.back_office
    assert isinstance(window, BackOfficeWindow)
    till.qtbot.waitUntil(window.isVisible)
    assert window.actor.username == "manager" and window.actor.is_manager
    assert till.window.actor is not None and till.window.actor.username == "cashier"  # the till stays theirs


def test_every_section_opens_by_its_key_and_esc_goes_back_to_the_till(till: Till, request) -> None:  # noqa: ANN001
    window = open_back_office(till)
    for number, spec in enumerate(SECTIONS, start=1):
        press(till.qtbot, section_key(spec.slug), window, modifier=CTRL)
        section = window.sections[spec.slug]
        till.qtbot.waitUntil(lambda section=section: window.stack.currentWidget() is section)
        assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == spec.slug
        till.settle(timeout_ms=15_000)
        save_png(window, f"{request.node.name}-{number}-{spec.slug}")
    press(till.qtbot, Qt.Key.Key_Escape, window)
    till.qtbot.waitUntil(lambda: till.window.back_office is None)
    assert QApplication.activeModalWidget() is None
    assert till.window.stack.currentWidget() is till.window.sale


def test_a_card_scanned_in_the_back_office_opens_the_member_not_a_sale(till: Till) -> None:
    section = open_section(till, "cards")
    ayu = till.member_named("Ayu Lin")
    till.scan(till.card_payload(ayu), section)
    window = till.window.back_office
    members = window.sections.get("members")
    assert window.stack.currentWidget() is members
    till.qtbot.waitUntil(lambda: members.profile is not None, timeout=10_000)
    assert members.profile.panel.member.id == ayu.member_id
    assert till.window.sale.state.member is None  # nothing reached the sale behind the back office


def test_letters_typed_into_the_section_list_do_not_jump_to_another_section(till: Till) -> None:
    section = open_section(till, "cards")
    window = till.window.back_office
    window.nav.setFocus()
    type_human(till.qtbot, window.nav, "audit", FORM_GAP_MS)
    assert window.stack.currentWidget() is section
    press(till.qtbot, Qt.Key.Key_Down, window.nav)  # arrows still move between sections
    till.qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sections.get("reports"))


def test_a_section_opens_at_its_top_not_where_the_last_one_was_scrolled(till: Till) -> None:
    """On a short screen (or at a large text size) a section scrolls; the next one opened
    must not start half-way down because the area they share was left there."""
    open_section(till, "rewards")
    window = till.window.back_office
    window.resize(1024, 520)  # shorter than the rewards section needs: it scrolls
    till.qtbot.waitUntil(lambda: window.section_scroll.verticalScrollBar().maximum() > 0)
    bar = window.section_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    open_section(till, "staff")
    till.settle()
    assert bar.value() == 0
