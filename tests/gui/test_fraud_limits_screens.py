"""Fraud limits on the screens: the Limits tab saves into the draft, the till asks a
searched member for proof before spending and refuses the cashier's own card, a large
adjustment asks a second manager, a staff account is linked to its own card, and the
report lists the demo's burst of lookups."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.demo.fraud_history import BURST
from loyalty_pos.gui.cashier.redeem_dialog import RedeemDialog
from loyalty_pos.gui.cashier.verify_dialog import VerifyDialog
from loyalty_pos.gui.manager.reports_section.section import ReportsSection
from loyalty_pos.gui.manager.rules_section import RulesSection
from loyalty_pos.gui.manager.staff_link_dialog import StaffLinkDialog
from loyalty_pos.gui.manager.staff_section import StaffSection
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.points import adjust_points
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _active_dialog(till: Till, kind: type):  # noqa: ANN202
    till.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    till.qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def _draft_limits(till: Till) -> dict:
    with sqlite3.connect(till.app.config.db_path) as db:
        (document,), = db.execute("SELECT document FROM program_versions WHERE status = 'draft'")
    return json.loads(document)["limits"]


def test_the_limits_tab_saves_into_the_draft_and_the_report_lists_the_demos_burst(till: Till, request) -> None:  # noqa: ANN001
    section = open_section(till, "rules")
    assert isinstance(section, RulesSection)
    section.window().resize(1180, 760)
    till.settle()
    press(till.qtbot, Qt.Key.Key_L, section, modifier=ALT)  # the Limits tab
    page = section.pages["limits"]
    assert section.tabs.currentWidget() is page
    assert page.member_redeem.value() == 1_000  # the demo ships sensible limits
    save_png(section.window(), request.node.name + "_demo")
    assert clipped_widgets(page) == []
    press(till.qtbot, Qt.Key.Key_A, page, modifier=ALT)  # Points earned on one s&ale
    assert page.sale_earn.hasFocus()
    press(till.qtbot, Qt.Key.Key_A, modifier=CTRL)
    type_human(till.qtbot, None, "250", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_V, page, modifier=ALT)  # what a searched member proves
    assert page.verify.hasFocus()
    press(till.qtbot, Qt.Key.Key_Down)  # phone digits -> birth date
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    limits = _draft_limits(till)
    assert limits["earn_per_sale"] == 250 and limits["verify_searched"] == "birth_date"
    assert not page.digits.isEnabled()  # only the phone check asks for digits

    reports = open_section(till, "reports")
    assert isinstance(reports, ReportsSection)
    tab = reports.unusual_tab
    till.qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=15_000)
    reports.picker.setCurrentIndex(reports.pages.indexOf(tab))
    rows = tab.model.rows()
    assert rows[0][0] == "cashier" and rows[0][1] == "Cashier: many lookups"
    assert rows[0][2] >= BURST - 5 and rows[0][3] == 20
    assert clipped_widgets(reports) == []
    save_png(reports.window(), request.node.name + "_report")


def _search_and_pick(till: Till, text: str) -> None:
    area = till.sale.member_area
    press(till.qtbot, Qt.Key.Key_F2)
    type_human(till.qtbot, area.search.box, text, FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()


def test_a_searched_member_proves_their_phone_before_a_reward(till: Till, request) -> None:  # noqa: ANN001
    ayu = till.member_named("Ayu Lin")  # the one known member with a phone on file
    adjust_points(till.app.uow(), member_id=ayu.member_id, points=200, reason="enough for a coffee",
                  actor=Actor("manager", Role.MANAGER, "01"), clock=till.app.clock)
    phone = till.member(ayu.member_id).phone
    till.signed_in()
    _search_and_pick(till, "Ayu Lin")
    assert till.sale.state.member is not None and till.sale.state.member.member_id == ayu.member_id
    till.scan("7040000000042")  # Filter coffee
    press(till.qtbot, Qt.Key.Key_F4)
    _active_dialog(till, RedeemDialog)
    press(till.qtbot, Qt.Key.Key_Down)  # Free coffee
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    dialog = _active_dialog(till, VerifyDialog)
    assert "last 4 digits of their phone" in dialog.findChildren(type(dialog.error))[1].text()
    type_human(till.qtbot, dialog.answer, "0000", FORM_GAP_MS)  # Ayu's phone ends 2345
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    assert dialog.isVisible() and "does not match" in dialog.error.text()
    save_png(dialog, request.node.name + "_wrong")
    type_human(till.qtbot, dialog.answer, phone[-4:], FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    assert not isinstance(QApplication.activeModalWidget(), VerifyDialog)
    assert till.sale.totals.total.text() == "NOK 0.00"  # the coffee is redeemed once the member is checked
    save_png(till.window, request.node.name)


def test_the_staffs_own_card_is_refused_with_the_reason(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in("manager", "9999")  # the demo manager, whose own card is the first seeded member's
    with till.app.uow(readonly=True) as uow:
        own = uow.members.by_phone("+4740000000")
    assert own is not None
    till.scan(till.card_payload(till.member_named(own.name)))
    till.scan("7040000000042")
    assert "your own member card" in till.window.messages.text()
    save_png(till.window, request.node.name)


def test_staff_link_their_own_card_and_a_large_adjustment_asks_a_second_manager(till: Till, request) -> None:  # noqa: ANN001
    from loyalty_pos.gui.manager.members.adjust_dialog import AdjustDialog
    from loyalty_pos.gui.widgets.approval_dialog import ApprovalDialog
    from dataclasses import replace

    from loyalty_pos.demo.shop import demo_limits
    from loyalty_pos.services.program.catalog import publish
    from loyalty_pos.services.program.program_rules import save_rules
    from loyalty_pos.services.shop.auth import create_staff
    from tests.gui.test_members_section import dialog_of, open_named

    manager = Actor("manager", Role.MANAGER, "01")
    create_staff(till.app.uow(), username="olav", display_name="Olav Manager", role=Role.MANAGER, pin="4321",
                 actor=manager, clock=till.app.clock)
    save_rules(till.app.uow(), limits=replace(demo_limits(), second_manager_above=5_000), actor=manager,
               clock=till.app.clock)
    publish(till.app.uow(), actor=manager, clock=till.app.clock)
    staff = open_section(till, "staff")
    assert isinstance(staff, StaffSection)
    till.settle()
    while staff.selected() is None or staff.selected().username != "olav":
        press(till.qtbot, Qt.Key.Key_Down, staff.table)
    press(till.qtbot, Qt.Key.Key_L, staff, modifier=CTRL)
    link = _active_dialog(till, StaffLinkDialog)
    ayu = till.member_named("Ayu Lin")
    link.card.setText(ayu.card_number)  # as a scan fills it
    save_png(link, request.node.name + "_link")
    press(till.qtbot, Qt.Key.Key_S, link, modifier=CTRL)
    till.settle()
    assert not isinstance(QApplication.activeModalWidget(), StaffLinkDialog)
    with till.app.uow(readonly=True) as uow:
        assert uow.staff.get("olav").member_id == ayu.member_id

    window = till.window.back_office  # on to Members, in the back office already open
    window.activateWindow()  # offscreen, the closed dialog handed the keyboard back to nobody
    section = window.show_section("members")
    till.qtbot.waitUntil(lambda: window.stack.currentWidget() is section)
    till.settle()
    section.search.box.setFocus()
    open_named(till, section, "Mei Saputra")
    before = section.profile.panel.member.id
    press(till.qtbot, Qt.Key.Key_A, modifier=CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = dialog_of(till, section, AdjustDialog)
    type_human(till.qtbot, dialog.points, "+6000", FORM_GAP_MS)  # a second manager above 5,000
    press(till.qtbot, Qt.Key.Key_Tab, dialog.points)
    type_human(till.qtbot, dialog.reason, "lost", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, dialog.reason)
    till.settle()
    approval = _active_dialog(till, ApprovalDialog)
    assert "second manager" in dialog.error.text()
    type_human(till.qtbot, approval.pin, "9999", FORM_GAP_MS)  # the adjusting manager's own PIN
    press(till.qtbot, Qt.Key.Key_Return, approval.pin)
    till.settle()
    assert "someone else" in dialog.error.text()  # refused; the adjustment is not made
    save_png(dialog, request.node.name + "_same")
    press(till.qtbot, Qt.Key.Key_Return, dialog.reason)  # try again: a second manager is asked again
    till.settle()
    approval = _active_dialog(till, ApprovalDialog)
    type_human(till.qtbot, approval.pin, "4321", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, approval.pin)
    till.settle()
    assert section.dialog is None
    with till.app.uow(readonly=True) as uow:
        assert uow.balances.get(before).balance == 554 + 6000
