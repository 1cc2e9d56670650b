"""A manager's PIN approves a cashier's action; anything else is refused inline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.gui.widgets.approval_dialog import ApprovalDialog
from loyalty_pos.services.actor import Actor, Role
from tests.gui.dialog_support import DialogShop, dialog_shop
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human


@pytest.fixture
def shop(qtbot: QtBot, demo: App) -> Iterator[DialogShop]:
    shop = dialog_shop(qtbot, demo)
    yield shop
    shop.ops.wait_idle()


def _dialog(shop: DialogShop) -> ApprovalDialog:
    dialog = ApprovalDialog(shop.ctx, shop.cashier, what="NOK 20.00 off Smoked salmon 200 g")
    shop.show(dialog)
    assert dialog.pin.hasFocus()
    return dialog


def test_the_managers_pin_approves_and_names_the_manager(shop: DialogShop, request) -> None:  # noqa: ANN001
    dialog = _dialog(shop)
    assert dialog.title.text() == "Manager approval needed for NOK 20.00 off Smoked salmon 200 g"
    approvals: list[Actor] = []
    dialog.approved.connect(approvals.append)
    type_human(shop.qtbot, None, "9999", FORM_GAP_MS)
    assert dialog.pin.text() == "9999" and dialog.pin.displayText() != "9999"  # masked on screen
    save_png(dialog, request.node.name)
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert approvals == [Actor("manager", Role.MANAGER, shop.ctx.terminal_id)]
    assert dialog.approved_by == approvals[0]
    assert dialog.result() == ApprovalDialog.DialogCode.Accepted and not dialog.isVisible()


def test_a_wrong_pin_is_refused_inline_and_cleared_for_the_next_try(shop: DialogShop, request) -> None:  # noqa: ANN001
    dialog = _dialog(shop)
    approvals: list[Actor] = []
    dialog.approved.connect(approvals.append)
    type_human(shop.qtbot, None, "1234", FORM_GAP_MS)
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert dialog.isVisible() and approvals == []
    assert dialog.error.isVisible() and dialog.error.text() == "That is not a manager's PIN."
    assert dialog.pin.text() == "" and dialog.pin.hasFocus()
    shop.assert_fits_small_screen(dialog)
    save_png(dialog, request.node.name)
    # The cashier's own PIN is a real PIN, but not a manager's.
    type_human(shop.qtbot, None, "1111", FORM_GAP_MS)
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert approvals == [] and dialog.error.text() == "That is not a manager's PIN."
    # Typing again clears the old message; the right PIN then approves.
    type_human(shop.qtbot, None, "9999", FORM_GAP_MS)
    assert not dialog.error.isVisible()
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert [actor.username for actor in approvals] == ["manager"]


def test_enter_with_no_pin_asks_for_one_and_esc_cancels(shop: DialogShop) -> None:
    dialog = _dialog(shop)
    approvals: list[Actor] = []
    dialog.approved.connect(approvals.append)
    press(shop.qtbot, Qt.Key.Key_Return)
    assert dialog.error.text() == "Type the manager's PIN first."
    assert shop.ops._running == 0  # noqa: SLF001 - nothing was sent to the service
    # Letters never reach a PIN field.
    type_human(shop.qtbot, None, "12ab", FORM_GAP_MS)
    assert dialog.pin.text() == "12"
    press(shop.qtbot, Qt.Key.Key_Escape)
    assert dialog.result() == ApprovalDialog.DialogCode.Rejected and not dialog.isVisible()
    assert approvals == []
