"""The till's gift-card and donation keys, worked from the keyboard as a cashier would."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.gui.cashier.donate_dialog import DonateDialog
from loyalty_pos.gui.cashier.gift_card_dialog import GiftCardDialog
from loyalty_pos.services.sale.gift_cards import gift_card_balance
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human


def _dialog(till: Till, kind: type):  # noqa: ANN202
    till.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    return QApplication.activeModalWidget()


def test_a_card_sold_on_its_slip_then_scanned_pays_part_of_a_sale(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    press(till.qtbot, Qt.Key.Key_G, modifier=Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(till, GiftCardDialog)
    dialog.amount.setFocus()
    type_human(till.qtbot, dialog.amount, "20", FORM_GAP_MS)
    save_png(dialog, f"{request.node.name}-sell")
    assert clipped_widgets(dialog) == []
    press(till.qtbot, Qt.Key.Key_F7, dialog.amount)  # sell, paid by card
    till.settle()
    headline = till.sale.receipt.headline.text()
    assert "key NOK 20.00 into the register" in headline
    slip = till.sale.receipt.receipt
    assert slip is not None and slip.is_slip
    save_png(till.window, f"{request.node.name}-slip")
    number = _sold_card(till, slip.sale_id)  # a slip is numbered by the entry it records

    till.scan("7040000000042")  # Filter coffee NOK 35.00: a new sale
    till.scan(number)  # the card's barcode: the gift-card dialog opens with its balance
    dialog = _dialog(till, GiftCardDialog)
    till.settle()
    assert "NOK 20.00 on the card" in dialog.balance.text()
    assert dialog.amount_due == 3500, (dialog.amount_due, till.sale.state.lines)
    save_png(dialog, f"{request.node.name}-pay")
    press(till.qtbot, Qt.Key.Key_Return, dialog.amount)  # as much as the card holds
    till.settle()
    assert "Take the rest, NOK 15.00" in till.window.messages._text  # noqa: SLF001
    press(till.qtbot, Qt.Key.Key_F9)
    till.settle()
    receipt = till.sale.receipt.receipt
    assert receipt.gift_card_paid == 2000 and "NOK 15.00 (Cash) and NOK 20.00 by gift card" in \
        till.sale.receipt.headline.text()
    assert gift_card_balance(till.app.uow(readonly=True), number).balance_minor == 0


def _sold_card(till: Till, entry_id: str) -> str:
    with sqlite3.connect(till.app.config.db_path) as db:
        return db.execute("SELECT card_number FROM gift_card_entries WHERE id = ?", (entry_id,)).fetchone()[0]


def test_a_member_donates_points_and_gets_a_slip(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    mei = till.member_named("Mei Saputra")  # 554 points
    till.scan(till.card_payload(mei))
    press(till.qtbot, Qt.Key.Key_D, modifier=Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(till, DonateDialog)
    type_human(till.qtbot, dialog.points, "600", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, dialog.points)
    assert "The member has 554 points." in dialog.error.text()
    dialog.points.selectAll()
    type_human(till.qtbot, dialog.points, "500", FORM_GAP_MS)
    assert dialog.preview.text() == "500 points = NOK 25.00 to Red Cross"
    save_png(dialog, request.node.name)
    assert clipped_widgets(dialog) == []
    press(till.qtbot, Qt.Key.Key_Return, dialog.points)
    till.settle()
    assert till.sale.receipt.receipt.is_slip
    paper = " ".join(" ".join(r.text for r in till.sale.receipt.rows).split())
    assert "Donated 500 points = NOK 25.00 to Red Cross" in paper
    save_png(till.window, f"{request.node.name}-slip")
    assert till.member_named("Mei Saputra").balance == 54
    assert till.sale.member_detail is not None and till.sale.member_detail.panel.balance == 54
