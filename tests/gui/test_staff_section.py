"""A manager runs the staff accounts from the back office, keys only; every change is
checked in the SQLite file itself."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from loyalty_pos.gui.manager.staff_dialogs import CreateStaffDialog, ResetPinDialog
from loyalty_pos.gui.manager.staff_section import StaffSection
from loyalty_pos.services.shop import auth
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.shop.auth import AccountLocked, SignInRefused, pin_matches
from tests.gui.back_office_support import CTRL, open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.section_support import show_section
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human


def _open(till: Till) -> StaffSection:
    section = StaffSection(till.window.ctx, Actor("manager", Role.MANAGER, till.window.ctx.terminal_id))
    return show_section(till, section)


def _query(till: Till, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(till.app.config.db_path) as db:
        return db.execute(sql, params).fetchall()


def _shown(section: StaffSection) -> list[tuple]:
    return [tuple(row) for row in section.model.rows()]


def _select(till: Till, section: StaffSection, username: str) -> None:
    press(till.qtbot, Qt.Key.Key_Home, section.table)
    while section.selected() is not None and section.selected().username != username:
        row = section.table.currentIndex().row()
        press(till.qtbot, Qt.Key.Key_Down, section.table)
        assert section.table.currentIndex().row() != row, f"{username} is not listed"


def _dialog(till: Till, kind: type) -> CreateStaffDialog | ResetPinDialog:
    till.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    till.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    till.qtbot.waitUntil(dialog.first_field.hasFocus)
    return dialog


def _closed(dialog: QWidget) -> bool:
    return not isValid(dialog) or not dialog.isVisible()  # closed dialogs are deleted


def test_the_list_shows_every_account_as_stored(till: Till, request: pytest.FixtureRequest) -> None:
    section = _open(till)
    stored = _query(till, "SELECT username, display_name, role, active FROM staff ORDER BY username")
    assert [(u, d, r.capitalize(), "Active" if a else "Deactivated", "") for u, d, r, a in stored] == _shown(section)
    assert section.table.hasFocus()
    assert not clipped_widgets(section)
    save_png(section.window(), request.node.name)


def test_a_new_account_is_typed_once_with_its_pin_twice(till: Till, request: pytest.FixtureRequest) -> None:
    section = _open(till)
    press(till.qtbot, Qt.Key.Key_N, modifier=CTRL)
    dialog = _dialog(till, CreateStaffDialog)
    assert dialog.username.hasFocus()
    type_human(till.qtbot, None, "cashier", FORM_GAP_MS)  # taken
    press(till.qtbot, Qt.Key.Key_Tab)
    type_human(till.qtbot, None, "Ola Berg", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Tab)
    press(till.qtbot, Qt.Key.Key_Down)  # Cashier -> Manager
    press(till.qtbot, Qt.Key.Key_Tab)
    type_human(till.qtbot, None, "2468", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Tab)
    type_human(till.qtbot, None, "2469", FORM_GAP_MS)
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password == dialog.pin_again.echoMode()
    press(till.qtbot, Qt.Key.Key_Return)
    assert dialog.pin_error.isVisible() and "differ" in dialog.pin_error.text()
    assert dialog.pin_again.hasFocus() and dialog.pin_again.text() == ""
    save_png(dialog, f"{request.node.name}-pins-differ")
    type_human(till.qtbot, None, "2468", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    assert dialog.isVisible() and dialog.username_error.isVisible()
    assert "cashier is taken" in dialog.username_error.text() and dialog.username.hasFocus()
    assert not clipped_widgets(dialog)
    save_png(dialog, f"{request.node.name}-name-taken")
    type_human(till.qtbot, None, "Ola", FORM_GAP_MS)  # replaces the selected name
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    assert _closed(dialog)

    (row,) = _query(till, "SELECT display_name, role, active, pin_hash FROM staff WHERE username = 'ola'")
    assert row[:3] == ("Ola Berg", "manager", 1) and pin_matches("2468", row[3])
    assert ("ola", "Ola Berg", "Manager", "Active", "") in _shown(section)
    assert section.selected() is not None and section.selected().username == "ola"
    assert "ola can sign in" in section.messages.text()
    assert section.focusWidget() is section.table  # where the keys go when the section is active again
    save_png(section.window(), request.node.name)


def test_esc_cancels_a_new_account(till: Till) -> None:
    section = _open(till)
    before = _query(till, "SELECT count(*) FROM staff")
    press(till.qtbot, Qt.Key.Key_N, modifier=CTRL)
    dialog = _dialog(till, CreateStaffDialog)
    type_human(till.qtbot, None, "temp", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Escape)
    assert _closed(dialog)
    assert _query(till, "SELECT count(*) FROM staff") == before
    assert section.focusWidget() is section.table


def test_reset_pin_replaces_the_pin(till: Till, request: pytest.FixtureRequest) -> None:
    section = _open(till)
    _select(till, section, "cashier")
    press(till.qtbot, Qt.Key.Key_P, modifier=CTRL)
    dialog = _dialog(till, ResetPinDialog)
    assert "cashier" in dialog.heading.text() and dialog.pin.hasFocus()
    type_human(till.qtbot, None, "12", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Tab)
    type_human(till.qtbot, None, "12", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    assert "4 to 12 digits" in dialog.pin_error.text()  # the service's rule, shown under the PIN
    save_png(dialog, f"{request.node.name}-too-short")
    dialog.pin.selectAll()
    dialog.pin.setFocus()
    type_human(till.qtbot, None, "8642", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Tab)
    type_human(till.qtbot, None, "8642", FORM_GAP_MS)
    save_png(dialog, request.node.name)
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    assert _closed(dialog)
    ((pin_hash,),) = _query(till, "SELECT pin_hash FROM staff WHERE username = 'cashier'")
    assert pin_matches("8642", pin_hash) and not pin_matches("1111", pin_hash)
    assert "cashier's PIN is changed" in section.messages.text()


def test_del_deactivates_and_reactivates_but_never_yourself(till: Till, request: pytest.FixtureRequest) -> None:
    section = _open(till)
    _select(till, section, "cashier")
    assert section.active_button.text().endswith("Deactivate")
    press(till.qtbot, Qt.Key.Key_Delete, section.table)
    till.settle()
    assert _query(till, "SELECT active FROM staff WHERE username = 'cashier'") == [(0,)]
    assert ("cashier", "Kari Cashier", "Cashier", "Deactivated", "") in _shown(section)
    assert section.active_button.text().endswith("Reactivate")
    save_png(section.window(), request.node.name)
    press(till.qtbot, Qt.Key.Key_Delete, section.table)
    till.settle()
    assert _query(till, "SELECT active FROM staff WHERE username = 'cashier'") == [(1,)]

    _select(till, section, "manager")
    press(till.qtbot, Qt.Key.Key_Delete, section.table)
    till.settle()
    assert _query(till, "SELECT active FROM staff WHERE username = 'manager'") == [(1,)]
    assert "cannot deactivate your own account" in section.messages.text()
    save_png(section.window(), f"{request.node.name}-yourself")


def test_a_locked_account_shows_its_lock_and_unlocks(till: Till, request: pytest.FixtureRequest) -> None:
    for _ in range(5):  # the cashier forgot their PIN (set up through the service, as at a till)
        with pytest.raises((SignInRefused, AccountLocked)):
            auth.sign_in(till.app.uow(), username="cashier", pin="0000", terminal_id="02", clock=till.app.clock)
    section = _open(till)
    _select(till, section, "cashier")
    ((locked_until,),) = _query(till, "SELECT locked_until FROM staff WHERE username = 'cashier'")
    assert locked_until is not None
    shown = section.model.rows()[section.table.currentIndex().row()][4]
    assert shown and shown == section.selected().locked_until.strftime("%H:%M")
    assert section.unlock_button.isEnabled()
    save_png(section.window(), request.node.name)
    press(till.qtbot, Qt.Key.Key_U, modifier=CTRL)
    till.settle()
    assert _query(till, "SELECT locked_until, failed_attempts FROM staff WHERE username = 'cashier'") == [(None, 0)]
    assert section.model.rows()[section.table.currentIndex().row()][4] == ""
    assert not section.unlock_button.isEnabled()


def test_the_back_office_opens_staff_with_its_key(till: Till, request: pytest.FixtureRequest) -> None:
    section = open_section(till, "staff")
    assert isinstance(section, StaffSection)
    till.settle()
    assert [row[0] for row in section.model.rows()] == [u for (u,) in _query(
        till, "SELECT username FROM staff ORDER BY username")]
    assert section.table.hasFocus()
    press(till.qtbot, Qt.Key.Key_N, modifier=CTRL)
    dialog = _dialog(till, CreateStaffDialog)
    press(till.qtbot, Qt.Key.Key_Escape)
    assert _closed(dialog)
    assert not clipped_widgets(section.window())
    save_png(section.window(), request.node.name)
