"""Training mode at the till: Ctrl+Shift+T, a loud banner, sales priced and never saved."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from loyalty_pos.gui.cashier.returns_dialog import ReturnsDialog
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.dialog_support import dialog_shop
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TABLES = ("ledger", "sales", "sale_lines", "balances", "lots", "audit_log", "outbox", "reward_stock",
          "receipt_counters")


def _counts(till: Till) -> dict[str, int]:
    with sqlite3.connect(till.app.config.db_path) as db:
        return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def _ring_up(till: Till) -> None:
    till.scan(till.card_payload(till.member_named("Mei Saputra")))
    till.scan("7040000000011")  # Espresso NOK 32.00
    till.settle()


def test_a_training_sale_shows_its_marked_receipt_and_saves_nothing(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    sale = till.sale
    assert not sale.training_banner.isVisible()
    press(till.qtbot, Qt.Key.Key_T, till.window, modifier=CTRL_SHIFT)
    till.settle()
    assert sale.training and sale.training_banner.isVisible()
    assert sale.training_banner.text() == "TRAINING — nothing is saved"
    assert till.window.training_action.isChecked()

    before = _counts(till)
    _ring_up(till)
    assert sale.totals.points.text() == "Points this sale: +3"  # priced as a real sale is
    press(till.qtbot, Qt.Key.Key_F9)
    till.settle()
    assert sale.completed and sale.right.currentWidget() is sale.receipt
    receipt = sale.receipt.receipt
    assert receipt is not None and receipt.training and receipt.points_earned == 3
    shown = [row.text.strip() for row in sale.receipt.rows]
    assert shown[0] == shown[-1] == "TRAINING — NOT A SALE"
    assert sale.receipt.headline.text() == "TRAINING — not a sale: NOK 32.00 (Cash)"
    assert "nothing was saved" in till.window.messages.text()
    assert _counts(till) == before
    assert clipped_widgets(sale) == []
    save_png(till.window, request.node.name)

    # Enrolment would be saved: refused while training.
    press(till.qtbot, Qt.Key.Key_F7, till.window)
    assert sale.actions.dialog is None and "not in training mode" in till.window.messages.text()

    # Leaving returns to real sales: the next sale is saved, its receipt unmarked.
    press(till.qtbot, Qt.Key.Key_T, till.window, modifier=CTRL_SHIFT)
    till.settle()
    assert not sale.training and not sale.training_banner.isVisible()
    assert not till.window.training_action.isChecked()
    _ring_up(till)
    press(till.qtbot, Qt.Key.Key_F9)
    till.settle()
    assert sale.receipt.receipt is not None and not sale.receipt.receipt.training
    assert sale.receipt.headline.text().startswith("Paid NOK 32.00 (Cash) · receipt ")
    after = _counts(till)
    assert after["sales"] == before["sales"] + 1 and after["ledger"] > before["ledger"]
    save_png(till.window, f"{request.node.name}_real_again")


def test_training_cannot_be_switched_mid_sale(till: Till) -> None:
    till.signed_in()
    _ring_up(till)
    press(till.qtbot, Qt.Key.Key_T, till.window, modifier=CTRL_SHIFT)
    till.settle()
    assert not till.sale.training and not till.sale.training_banner.isVisible()
    assert not till.window.training_action.isChecked()
    assert "before switching training mode" in till.window.messages.text()


def test_a_training_return_shows_its_marked_receipt_and_saves_nothing(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    sold = dialog_shop(till.qtbot, till.app).sell(None, ("COF-CAP", 2))  # a real sale, to practise returning
    press(till.qtbot, Qt.Key.Key_T, till.window, modifier=CTRL_SHIFT)
    till.settle()
    assert till.sale.training
    before = _counts(till)
    till.scan(sold.receipt_no)
    dialog = till.sale.actions.dialog
    assert isinstance(dialog, ReturnsDialog) and dialog.training
    assert "TRAINING" in dialog.windowTitle()
    till.qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    type_human(till.qtbot, None, "1", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    save_png(dialog, request.node.name + "_dialog")
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    assert till.sale.actions.dialog is None
    receipt = till.sale.receipt.receipt
    assert receipt is not None and receipt.training and receipt.kind == "return"
    assert receipt.original_receipt_no == sold.receipt_no and receipt.amount_due == -4500  # one NOK 45.00 cappuccino
    shown = [row.text.strip() for row in till.sale.receipt.rows]
    assert shown[0] == shown[-1] == "TRAINING — NOT A SALE" and "RETURN" in shown
    assert "Training return: nothing was saved." in till.window.messages.text()
    assert _counts(till) == before
    save_png(till.window, request.node.name)
