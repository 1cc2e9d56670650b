"""Challenges, badges and the paid tier at the real till: the member panel counts this
basket, Ctrl+M sells the paid Gold year between sales and says where the money goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.gui.cashier.paid_tier_dialog import PaidTierDialog
from tests.gui.conftest import Till
from tests.gui.keyboard import press, save_png

ESPRESSO = "7040000000011"


def test_the_panel_counts_this_baskets_coffees_toward_the_challenge_and_says_when_it_completes(
        till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    mei = till.member_named("Mei Saputra")
    till.scan(till.card_payload(mei))
    panel = till.sale.member_area.panel
    start = next(line for line in panel.counting.lines() if line.startswith("Coffee challenge"))
    have = int(start.split()[-1].split("/")[0])
    assert start == f"Coffee challenge {have}/5" and have < 5
    for _ in range(5 - have):
        till.scan(ESPRESSO)
    lines = panel.counting.lines()
    assert "Coffee challenge complete: +40 with this sale" in lines
    assert "Coffee challenge complete" in panel.rewards.text()  # shown at the head of the rewards list
    save_png(till.window, request.node.name)
    press(till.qtbot, Qt.Key.Key_F10)
    till.settle()
    receipt = till.sale.receipt.receipt
    assert receipt is not None and [(c.name, c.completed, c.points) for c in receipt.challenges][0] == (
        "Coffee challenge", True, 40)
    save_png(till.window, request.node.name + "_paid")


def test_ctrl_m_sells_the_paid_gold_year_between_sales_and_names_the_register(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    till.scan(ESPRESSO)
    till.scan(till.card_payload(till.member_named("Anne Fjelstad")))
    press(till.qtbot, Qt.Key.Key_M, modifier=Qt.KeyboardModifier.ControlModifier)
    till.settle()
    assert QApplication.activeModalWidget() is None  # not inside a sale
    assert "between sales" in till.window.messages.text()
    press(till.qtbot, Qt.Key.Key_F12)
    press(till.qtbot, Qt.Key.Key_F12)
    till.settle()
    till.window.training_action.trigger()  # a practice sale saves nothing; a membership would be real
    till.scan(till.card_payload(till.member_named("Anne Fjelstad")))
    press(till.qtbot, Qt.Key.Key_M, modifier=Qt.KeyboardModifier.ControlModifier)
    till.settle()
    assert QApplication.activeModalWidget() is None and "Training" in till.window.messages.text()
    press(till.qtbot, Qt.Key.Key_F12)  # training ends between sales
    press(till.qtbot, Qt.Key.Key_F12)
    till.settle()
    till.window.training_action.trigger()
    till.settle()
    till.scan(till.card_payload(till.member_named("Anne Fjelstad")))
    press(till.qtbot, Qt.Key.Key_M, modifier=Qt.KeyboardModifier.ControlModifier)
    till.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PaidTierDialog))
    dialog = QApplication.activeModalWidget()
    till.qtbot.waitUntil(lambda: dialog.offers.count() == 1)
    assert "Gold membership" in dialog.offers.item(0).text() and "499" in dialog.offers.item(0).text()
    assert "register" in dialog.register_note.text()
    save_png(dialog, request.node.name + "_dialog")
    press(till.qtbot, Qt.Key.Key_Return, dialog)
    till.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    till.settle()
    slip = till.sale.receipt.receipt
    assert slip is not None and slip.paid_tier == "Gold membership" and slip.paid_on_register
    assert "register" in till.window.messages.text()
    assert till.sale.receipt.headline.text().startswith("Take NOK")  # never "Paid": the register takes it
    panel = till.sale.member_area.panel
    assert panel.tier.text() == "Gold" and any(line.startswith("Gold membership until") for line in
                                                panel.counting.lines())
    save_png(till.window, request.node.name + "_slip")
