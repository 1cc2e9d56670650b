"""Signing in with a staff PIN, wrong PINs, the lock-out, Ctrl+L and sign-out."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import Till
from tests.gui.keyboard import press, save_png, scan, type_human


def test_sign_in_screen_then_the_sale_screen(till: Till, request) -> None:  # noqa: ANN001
    window = till.window
    assert window.stack.currentWidget() is window.sign_in
    assert window.sign_in.username.hasFocus()
    save_png(window, "sign_in_screen")
    till.sign_in("cashier", "1111")
    assert window.stack.currentWidget() is window.sale
    assert window.actor is not None and window.actor.username == "cashier"
    assert window.user_label.text() == "Signed in: cashier (cashier)"
    assert window.terminal_label.text() == "Terminal 01"
    assert window.sale.product_entry.box.hasFocus()  # ready for a typed code at once
    save_png(window, request.node.name)


def test_wrong_pin_is_refused_inline_and_the_pin_cleared(till: Till, request) -> None:  # noqa: ANN001
    screen = till.window.sign_in
    till.sign_in("cashier", "1234")
    assert till.window.stack.currentWidget() is screen
    assert screen.error.isVisible()
    assert screen.error.text() == "Wrong user name or PIN."
    assert screen.pin.text() == "" and screen.pin.hasFocus()
    save_png(till.window, request.node.name)


def test_five_wrong_pins_lock_the_account_and_say_until_when(till: Till, request) -> None:  # noqa: ANN001
    screen = till.window.sign_in
    till.sign_in("cashier", "2222")
    for _ in range(4):
        till.sign_in("cashier", "2222")
    assert screen.error.text().startswith("Too many wrong PINs: cashier is locked until ")
    # Even the right PIN is refused while locked.
    till.sign_in("cashier", "1111")
    assert till.window.stack.currentWidget() is screen
    assert "locked until" in screen.error.text()
    save_png(till.window, request.node.name)


def test_ctrl_l_locks_and_keeps_the_basket_for_the_same_cashier(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    till.scan("7040000000028")  # Cappuccino
    sale_id = till.sale.state.sale_id
    press(till.qtbot, Qt.Key.Key_L, modifier=Qt.KeyboardModifier.ControlModifier)
    screen = till.window.sign_in
    assert till.window.stack.currentWidget() is screen
    assert screen.title.text() == "Till locked"
    assert screen.subtitle.text().startswith("Locked by cashier with a sale open.")
    assert screen.username.text() == "cashier" and screen.pin.hasFocus()
    save_png(till.window, request.node.name)
    till.sign_in("cashier", "1111")
    assert till.window.stack.currentWidget() is till.sale
    assert [line.product.code for line in till.sale.state.lines] == ["COF-CAP"]
    assert till.sale.state.sale_id == sale_id  # the same sale, so paying it is still idempotent


def test_another_cashier_does_not_get_a_parked_basket(till: Till) -> None:
    till.signed_in()
    till.scan("7040000000028")
    press(till.qtbot, Qt.Key.Key_L, modifier=Qt.KeyboardModifier.ControlModifier)
    screen = till.window.sign_in
    screen.username.clear()
    till.sign_in("manager", "9999")
    assert till.window.actor is not None and till.window.actor.username == "manager"
    assert till.sale.state.lines == ()
    assert "cashier" in till.window.parked  # still waiting for its cashier


def test_sign_out_is_refused_with_a_sale_open_then_allowed(till: Till) -> None:
    till.signed_in()
    till.scan("7040000000028")
    till.window.sign_out_action.trigger()
    assert till.window.stack.currentWidget() is till.sale
    assert "before signing out" in till.window.messages.text()
    press(till.qtbot, Qt.Key.Key_F12)
    press(till.qtbot, Qt.Key.Key_F12)  # the second press confirms the void
    till.window.sign_out_action.trigger()
    assert till.window.stack.currentWidget() is till.window.sign_in
    assert till.window.sign_in.title.text() == "Sign in to the till"


def test_a_scan_on_the_sign_in_screen_is_refused_politely(till: Till, request) -> None:  # noqa: ANN001
    screen = till.window.sign_in
    scan(till.qtbot, screen.username, "7040000000028")
    till.settle()
    assert screen.username.text() == ""  # the scan never lands in the field
    assert till.window.messages.text() == "Please sign in before scanning."
    save_png(till.window, request.node.name)
    type_human(till.qtbot, screen.username, "ab")
    assert screen.username.text() == "ab"  # typing still works
