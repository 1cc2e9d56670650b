"""One sale walked at the real till (card, two products, one reward, cash), each step
counted: worker round trips, units of work, member-ledger folds, rewards lists.

A change of the sale is one round trip; a scan adds the one that resolves what was
scanned. Before (commit 13c0b18) the same walk took 10 round trips, 13 units of
work, 10 ledger folds and 6 rewards lists: the quote, the rewards list and the
member panel were read separately after every change, and the member again after
payment.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.gui.cashier.redeem_dialog import RedeemDialog
from loyalty_pos.services.sale.till import lookup_product
from tests.gui.conftest import Till
from tests.gui.keyboard import press, save_png
from tests.sale_costs import cost_meter

FILTER_COFFEE, CINNAMON_BUN = "7040000000042", "7040000000073"


def _redeem_free_coffee(till: Till) -> None:
    press(till.qtbot, Qt.Key.Key_F4)
    till.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RedeemDialog))
    dialog = QApplication.activeModalWidget()
    till.qtbot.waitUntil(dialog.isActiveWindow)
    press(till.qtbot, Qt.Key.Key_Down)  # Pay with points first, then Free coffee
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()


def test_a_sale_walked_from_card_to_receipt(till: Till, monkeypatch: pytest.MonkeyPatch, request) -> None:  # noqa: ANN001
    till.signed_in()
    mei = till.member_named("Mei Saputra")
    with cost_meter(monkeypatch, till.ops) as meter:
        with meter.step() as card:
            till.scan(till.card_payload(mei))
        with meter.step() as coffee:
            till.scan(FILTER_COFFEE)
        with meter.step() as bun:
            till.scan(CINNAMON_BUN)
        with meter.step() as reward:
            _redeem_free_coffee(till)
        save_png(till.window, request.node.name + "_before_paying")
        with meter.step() as cash:
            press(till.qtbot, Qt.Key.Key_F9)
            till.settle()
    # (round trips, units of work, ledger folds, rewards lists): a scan is resolved, then one read.
    assert card.row()[:4] == (2, 2, 0, 1)
    assert coffee.row()[:4] == bun.row()[:4] == (2, 2, 0, 1)
    assert reward.row()[:4] == (1, 1, 0, 1)
    assert cash.row()[:4] == (1, 1, 0, 1)  # checkout appends on top of the projection; nothing after
    sale = till.sale
    assert sale.completed and sale.receipt.receipt is not None
    assert sale.receipt.receipt.points_redeemed == 100
    panel = sale.member_area.panel
    assert panel.balance.text() == f"{sale.receipt.receipt.balance:,}"  # the panel moved on with the sale
    save_png(till.window, request.node.name + "_paid")


def test_a_basket_change_with_a_member_on_the_sale_is_one_round_trip(
    till: Till, monkeypatch: pytest.MonkeyPatch
) -> None:
    till.signed_in()
    mei = till.member_named("Mei Saputra")
    found = lookup_product(till.app.uow(readonly=True), FILTER_COFFEE).exact
    assert found is not None
    with cost_meter(monkeypatch, till.ops) as meter:
        with meter.step() as identified:
            till.sale.identify(mei)  # what a card scan or a picked search result leads to
            till.settle()
        with meter.step() as added:
            till.sale.add_product(found)
            till.settle()
        with meter.step() as more:
            press(till.qtbot, Qt.Key.Key_Plus)  # + on the selected line
            till.settle()
        with meter.step() as removed:
            till.sale.remove_line(0)
            till.settle()
    assert identified.round_trips == added.round_trips == more.round_trips == removed.round_trips == 1
    assert till.sale.member_detail is not None and till.sale.offer is not None
    assert till.sale.member_area.panel.reward_lines()  # the rewards list came with the same read
