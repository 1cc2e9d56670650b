"""The amount-only till, from the keyboard: scan, type the register's total, redeem, record, print."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.gui.cashier.amount_screen import AmountScreen
from loyalty_pos.gui.cashier.redeem_dialog import RedeemDialog
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human

ENTER = Qt.Key.Key_Return



def _dialog(till: Till) -> RedeemDialog:
    till.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RedeemDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RedeemDialog)
    till.qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def test_scan_type_the_amount_redeem_and_record_by_keyboard(amount_till: Till, request) -> None:  # noqa: ANN001
    till = amount_till.signed_in()
    screen = till.sale
    assert isinstance(screen, AmountScreen)
    assert screen.amount.hasFocus()
    assert not screen.actions.cash.isVisible() and not screen.actions.product.isVisible()
    mei = till.member_named("Mei Saputra")
    till.scan(till.card_payload(mei))
    assert screen.state.member is not None and screen.state.member.name == "Mei Saputra"
    type_human(till.qtbot, screen.amount, "350,00", FORM_GAP_MS)
    till.settle()
    # 1 point per NOK 10, x1.25 for Silver; the demo's lucky receipt adds 25 one sale in 50.
    assert screen.points.text() in ("Earns 43 points", "Earns 68 points")
    press(till.qtbot, Qt.Key.Key_Tab)
    assert screen.category.hasFocus() and screen.category.currentText() == "Amount"
    press(till.qtbot, Qt.Key.Key_Tab)
    assert screen.register_receipt.hasFocus()
    type_human(till.qtbot, screen.register_receipt, "K-4711", FORM_GAP_MS)

    press(till.qtbot, Qt.Key.Key_F4)
    dialog = _dialog(till)
    assert dialog.current_option().name == "Pay with points"
    press(till.qtbot, ENTER)
    type_human(till.qtbot, dialog.points, "70", FORM_GAP_MS)
    press(till.qtbot, ENTER)
    till.settle()
    # 70 points x NOK 0.50: the register must take NOK 35.00 off, and the till says so big.
    assert screen.discount.text() == "Key a discount of NOK 35.00 into the register"
    assert not clipped_widgets(till.window), clipped_widgets(till.window)
    save_png(till.window, request.node.name + "_discount")

    screen.register_receipt.setFocus()
    press(till.qtbot, ENTER)
    till.settle()
    assert screen.completed and screen.receipt.hasFocus()
    receipt = screen.receipt.receipt
    assert receipt is not None
    assert (receipt.gross, receipt.total, receipt.points_redeemed, receipt.register_receipt_no) == (
        35000, 31500, 70, "K-4711")
    assert any("Register receipt K-4711" in row.text for row in screen.receipt.rows)
    save_png(till.window, request.node.name + "_slip")
    with sqlite3.connect(till.app.config.db_path) as connection:
        stored = connection.execute("SELECT external_ref, total_minor FROM sales WHERE external_ref IS NOT NULL"
                                    ).fetchall()
    assert stored == [("K-4711", 31500)]  # what the customer paid after the discount keyed in
    press(till.qtbot, ENTER)  # the next customer
    till.settle()
    assert not screen.completed and screen.amount.hasFocus() and screen.amount.text() == ""


def test_a_scanned_product_is_not_sold_here_and_an_empty_amount_is_not_recorded(amount_till: Till) -> None:
    till = amount_till.signed_in()
    till.scan("7040000000042")  # Filter coffee: the register sells it
    assert "ring Filter coffee up on the cash register" in till.window.messages.text()
    press(till.qtbot, ENTER)
    till.settle()
    assert not till.sale.completed
    assert till.window.messages.text() == "Type the amount the register charged."


def test_f2_finds_the_member_and_the_amount_field_takes_the_keys_again(amount_till: Till) -> None:
    till = amount_till.signed_in()
    screen = till.sale
    area = screen.member_area
    press(till.qtbot, Qt.Key.Key_F2)
    assert area.search.box.hasFocus()
    type_human(till.qtbot, area.search.box, "Ayu Lin", FORM_GAP_MS)
    press(till.qtbot, ENTER)
    till.settle()
    picked = area.results.row(area.search.current_row())
    press(till.qtbot, ENTER)
    till.settle()
    assert screen.state.member is not None and screen.state.member.member_id == picked.member_id
    assert screen.amount.hasFocus()
    type_human(till.qtbot, screen.amount, "45", FORM_GAP_MS)
    press(till.qtbot, ENTER)
    till.settle()
    assert screen.completed and screen.receipt.receipt is not None
    assert screen.receipt.receipt.member_name is not None and screen.receipt.receipt.total == 4500


TRAINING_TABLES = ("ledger", "sales", "sale_lines", "balances", "lots", "audit_log", "outbox", "receipt_counters")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _counts(till: Till) -> dict[str, int]:
    with sqlite3.connect(till.app.config.db_path) as db:
        return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TRAINING_TABLES}


def test_training_on_the_amount_till_shows_a_marked_slip_and_records_nothing(amount_till: Till, request) -> None:  # noqa: ANN001
    till = amount_till.signed_in()
    screen = till.sale
    assert isinstance(screen, AmountScreen) and not screen.training_banner.isVisible()
    press(till.qtbot, Qt.Key.Key_T, till.window, modifier=CTRL_SHIFT)  # the basket till's key
    till.settle()
    assert screen.training and screen.training_banner.isVisible() and till.window.training_action.isChecked()
    assert screen.training_banner.text() == "TRAINING — nothing is saved"
    assert screen.amount.hasFocus() and "nothing is recorded" in screen.hint.text()
    before = _counts(till)

    till.scan(till.card_payload(till.member_named("Mei Saputra")))
    type_human(till.qtbot, screen.amount, "350,00", FORM_GAP_MS)
    till.settle()
    assert screen.points.text() in ("Earns 43 points", "Earns 68 points")  # priced as a real sale is
    save_png(till.window, request.node.name + "_entry")
    press(till.qtbot, ENTER)
    till.settle()
    assert screen.completed and screen.right.currentWidget() is screen.receipt
    receipt = screen.receipt.receipt
    assert receipt is not None and receipt.training and receipt.total == 35000
    shown = [row.text.strip() for row in screen.receipt.rows]
    assert shown[0] == shown[-1] == "TRAINING — NOT A SALE"
    assert screen.receipt.headline.text().startswith("TRAINING — not a sale: NOK 350.00")
    assert "nothing was recorded" in till.window.messages.text()
    assert _counts(till) == before
    assert not clipped_widgets(till.window), clipped_widgets(till.window)
    save_png(till.window, request.node.name + "_slip")

    # Enrolment would be saved: refused while training, as on the basket till.
    press(till.qtbot, ENTER)  # the next customer
    till.settle()
    press(till.qtbot, Qt.Key.Key_F7, till.window)
    assert screen.actions.dialog is None and "not in training mode" in till.window.messages.text()

    # Not switched mid-sale: an amount typed for real must not go unrecorded.
    type_human(till.qtbot, screen.amount, "12", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_T, till.window, modifier=CTRL_SHIFT)
    till.settle()
    assert screen.training and "before switching training mode" in till.window.messages.text()
    screen.new_sale()
    press(till.qtbot, Qt.Key.Key_T, till.window, modifier=CTRL_SHIFT)
    till.settle()
    assert not screen.training and not screen.training_banner.isVisible()
    assert not till.window.training_action.isChecked()
    type_human(till.qtbot, screen.amount, "45", FORM_GAP_MS)
    press(till.qtbot, ENTER)
    till.settle()
    assert screen.receipt.receipt is not None and not screen.receipt.receipt.training
    assert _counts(till)["sales"] == before["sales"] + 1


def test_f7_enrols_a_member_onto_the_amount_sale(amount_till: Till) -> None:
    # F7 on the amount-only till raised AttributeError ('AmountScreen' has no 'training')
    # in the installed till: the enrolment path was only ever driven on the basket till.
    from loyalty_pos.gui.cashier.enrol_dialog import EnrolDialog

    till = amount_till.signed_in()
    screen = till.sale
    assert isinstance(screen, AmountScreen)
    press(till.qtbot, Qt.Key.Key_F7, till.window)
    till.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EnrolDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, EnrolDialog)
    till.qtbot.waitUntil(lambda: dialog.name.hasFocus())
    type_human(till.qtbot, dialog.name, "Dewi Lestari", FORM_GAP_MS)
    dialog.data_processing.setChecked(True)
    press(till.qtbot, ENTER, dialog.name)
    till.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    till.settle()
    assert screen.state.member is not None and screen.state.member.name == "Dewi Lestari"
