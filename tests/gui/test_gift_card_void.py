"""Reports > Gift cards: a manager looks a card up from its row (or a scan) and voids it with a
reason, from the keyboard; the till then refuses the card with that reason. A cashier never
gets the screen."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.domain.errors import PermissionDenied
from loyalty_pos.domain.gift_cards import gift_card_number, masked
from loyalty_pos.gui.cashier.gift_card_dialog import GiftCardDialog
from loyalty_pos.gui.manager.gift_card_void_dialog import GiftCardVoidDialog
from loyalty_pos.gui.manager.reports_section import ReportsSection
from loyalty_pos.services.actor import Actor, Role
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human

CTRL = Qt.KeyboardModifier.ControlModifier


def _query(till: Till, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(till.app.config.db_path) as db:
        return db.execute(sql, params).fetchall()


def _modal(till: Till, kind: type):  # noqa: ANN202
    till.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=10_000)
    return QApplication.activeModalWidget()


def test_a_manager_voids_a_card_from_its_row_and_the_till_refuses_it_with_the_reason(till: Till, request) -> None:  # noqa: ANN001
    number, balance = _query(till, "SELECT card_number, sum(amount_minor) FROM gift_card_entries GROUP BY 1 "
                                   "HAVING sum(amount_minor) > 0 ORDER BY 1 LIMIT 1")[0]
    entries = _query(till, "SELECT count(*) FROM gift_card_entries WHERE card_number = ?", number)[0][0]
    section = open_section(till, "reports")
    assert isinstance(section, ReportsSection)
    tab = section.gift_cards_tab
    till.qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=15_000)
    section.picker.setCurrentIndex(section.pages.indexOf(tab))
    QApplication.processEvents()
    row = next(i for i, cells in enumerate(tab.model.rows()) if cells[0] == number)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    assert tab.void_button.isVisible() and clipped_widgets(section) == []
    save_png(section.window(), f"{request.node.name}-tab")
    press(till.qtbot, Qt.Key.Key_G, tab.table, modifier=CTRL)  # the row's card, looked up at once

    dialog = _modal(till, GiftCardVoidDialog)
    till.qtbot.waitUntil(lambda: dialog.shown is not None, timeout=10_000)
    amount = f"NOK {balance // 100:,}.{balance % 100:02d}"
    assert dialog.number.text() == number and f"{amount} left" in dialog.facts.text()
    assert dialog.history.rowCount() == entries
    assert dialog.confirm_button.text().endswith(f"Void {amount}") and dialog.focusWidget() is dialog.reason
    assert clipped_widgets(dialog) == []
    save_png(dialog, f"{request.node.name}-looked-up")

    press(till.qtbot, Qt.Key.Key_Return, dialog.reason)  # no reason yet: asked for, nothing voided
    assert dialog.reason_error.isVisible() and "Say why" in dialog.reason_error.text()
    assert _query(till, "SELECT count(*) FROM gift_card_entries WHERE kind = 'void' AND card_number = ?",
                  number) == [(0,)]
    type_human(till.qtbot, dialog.reason, "reported lost by its holder", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, dialog.reason)
    till.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert _query(till, "SELECT amount_minor, reason, actor FROM gift_card_entries WHERE kind = 'void' "
                        "AND card_number = ?", number) == [(-balance, "reported lost by its holder", "manager")]

    # Looked up again (a scan reaches the open dialog): voided, with the reason, nothing to void.
    section.open_gift_card()
    again = _modal(till, GiftCardVoidDialog)
    assert again is not dialog
    assert again.accept_scanned_gift_card(number)
    till.qtbot.waitUntil(lambda: again.shown is not None, timeout=10_000)
    assert "voided on" in again.facts.text() and "reported lost by its holder" in again.facts.text()
    assert again.history.rowCount() == entries + 1 and not again.reason.isEnabled()
    save_png(again, f"{request.node.name}-voided")
    press(till.qtbot, Qt.Key.Key_Escape, again)
    till.qtbot.waitUntil(lambda: not again.isVisible())

    # At the till, the scanned card is refused with the manager's reason.
    back_office = section.window()
    if back_office.isVisible():
        press(till.qtbot, Qt.Key.Key_Escape, back_office)
    till.qtbot.waitUntil(lambda: not back_office.isVisible(), timeout=10_000)
    till.window.route_scan(number)  # what the scanner filter hands the till for a scan
    cashier = _modal(till, GiftCardDialog)
    till.qtbot.waitUntil(lambda: "reported lost by its holder" in cashier.error.text(), timeout=10_000)
    assert f"Gift card {masked(number)} was voided on" in cashier.error.text()
    save_png(cashier, f"{request.node.name}-till")


def test_a_cashier_never_gets_the_void_screen_and_a_mistyped_card_is_said_under_its_field(till: Till) -> None:
    with pytest.raises(PermissionDenied, match="Voiding a gift card needs the manager role"):
        GiftCardVoidDialog(till.window.ctx, Actor("cashier", Role.CASHIER, "01"))
    dialog = GiftCardVoidDialog(till.window.ctx, Actor("manager", Role.MANAGER, "01"), till.window)
    dialog.open()
    till.qtbot.waitUntil(dialog.isVisible)
    for typed, said in (("GC123", "GC and 10 digits"), (gift_card_number(5), "has not been sold here")):
        dialog.number.clear()
        type_human(till.qtbot, dialog.number, typed, FORM_GAP_MS)
        press(till.qtbot, Qt.Key.Key_Return, dialog.number)
        till.settle()
        assert said in dialog.number_error.text() and dialog.shown is None and not dialog.reason.isEnabled()
    dialog.reject()
