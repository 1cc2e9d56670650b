"""Returns from the keyboard: find the sale, choose quantities, see the points, confirm."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.cards.payload import encode_qr_payload
from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.errors import StoreBusy
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.gui.cashier import returns_dialog
from loyalty_pos.gui.cashier.returns_dialog import ReturnsDialog
from loyalty_pos.gui.models.return_lines_model import ReturnColumn, ReturnLinesModel, rows_from_sale
from loyalty_pos.gui.widgets.approval_dialog import ApprovalDialog
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.sale.returns import process_return
from tests.gui.conftest import Till
from tests.gui.dialog_support import DialogShop, assert_nothing_clipped, dialog_shop
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human


@pytest.fixture
def shop(qtbot: QtBot, demo: App) -> Iterator[DialogShop]:
    shop = dialog_shop(qtbot, demo)
    yield shop
    shop.ops.wait_idle()


def _open(
    shop: DialogShop, *, receipt_no: str | None = None, manager: bool = False
) -> tuple[ReturnsDialog, list[Receipt]]:
    dialog = ReturnsDialog(shop.ctx, shop.manager if manager else shop.cashier, receipt_no=receipt_no)
    returned: list[Receipt] = []
    dialog.returned.connect(returned.append)
    shop.show(dialog)
    shop.settle()
    return dialog, returned


def _find_typed(shop: DialogShop, dialog: ReturnsDialog, receipt_no: str) -> None:
    assert dialog.receipt.hasFocus()
    type_human(shop.qtbot, None, receipt_no, FORM_GAP_MS)
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()


def test_a_partial_return_shows_points_taken_back_and_restored(shop: DialogShop, request) -> None:  # noqa: ANN001
    member = shop.enrol("Rita Return", "+4799002211")  # 25 welcome points
    # 2 x smoked salmon (NOK 129.00) + 3 x cappuccino (NOK 45.00), 20 points paying NOK 10.00 of it.
    sold = shop.sell(member.id, ("DEL-SAL", 2), ("COF-CAP", 3),
                     redemptions=(RedemptionRequest("pay-points", points=20),))
    salmon = shop.sale(sold.receipt_no).sale.lines[0]
    assert (salmon.product_code, salmon.quantity) == ("DEL-SAL", 2)
    # One of two salmon comes back: half of everything on that line, rounded down.
    taken = salmon.points_earned * 1 // 2
    restored = salmon.points_spent * 1 // 2
    refund = (salmon.net_minor - salmon.points_paid_minor) * 1 // 2
    assert taken > 0 and restored > 0  # the example exercises both directions
    balance_before = shop.balance(member.id)

    dialog, returned = _open(shop)
    _find_typed(shop, dialog, sold.receipt_no)
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, ReturnColumn.PRODUCT).data() == "Smoked salmon 200 g"
    assert dialog.model.index(1, ReturnColumn.SOLD).data() == "3"
    assert dialog.sale_info.text().endswith("member Rita")  # first name only, as on the receipt
    assert not dialog.confirm_button.isEnabled()  # nothing chosen yet
    current = dialog.table.currentIndex()
    assert dialog.table.hasFocus() and (current.row(), current.column()) == (0, ReturnColumn.TO_RETURN)

    press(shop.qtbot, Qt.Key.Key_1)  # typing a digit edits the quantity on the current line
    press(shop.qtbot, Qt.Key.Key_Return)  # ends the edit only: the refund is not confirmed yet
    shop.settle()
    assert dialog.isVisible() and returned == []
    assert dialog.model.chosen() == [(1, 1)]
    assert dialog.plan.refund.text() == f"{Money(refund, 'NOK').format()} to card"
    assert dialog.plan.points_taken.text() == f"Points taken back: {taken}"
    assert dialog.plan.points_restored.text() == f"Points restored: {restored}"
    assert dialog.plan.points_change.text() == f"Balance change: {restored - taken:+d}".replace("-", "−")
    assert not dialog.plan.approval_note.isVisible() and not dialog.plan.flag_warning.isVisible()
    save_png(dialog, request.node.name)
    shop.assert_fits_small_screen(dialog)
    dialog.resize(1024, 768)
    save_png(dialog, request.node.name + "_1024x768")
    assert_nothing_clipped(dialog)

    press(shop.qtbot, Qt.Key.Key_Return)
    press(shop.qtbot, Qt.Key.Key_Return)  # a double press must not return twice
    shop.settle()
    assert len(returned) == 1 and not dialog.isVisible()
    receipt = returned[0]
    assert receipt.kind == "return" and receipt.original_receipt_no == sold.receipt_no
    assert receipt.amount_due == -refund
    assert (receipt.points_earned, receipt.points_restored) == (-taken, restored)
    assert shop.balance(member.id) == balance_before - taken + restored == receipt.balance
    assert shop.sale(sold.receipt_no).remaining == {1: 1, 2: 3}


def test_plus_minus_and_f7_choose_quantities_within_what_is_left(shop: DialogShop) -> None:
    sold = shop.sell(None, ("COF-CAP", 3), ("BAK-BUN", 1))
    dialog, _returned = _open(shop, receipt_no=sold.receipt_no)  # as when the receipt was scanned
    assert dialog.receipt.text() == sold.receipt_no and dialog.model.rowCount() == 2
    for _ in range(5):
        press(shop.qtbot, Qt.Key.Key_Plus)
    assert dialog.model.chosen() == [(1, 3)]  # never more than was sold
    press(shop.qtbot, Qt.Key.Key_Minus)
    assert dialog.model.chosen() == [(1, 2)]
    press(shop.qtbot, Qt.Key.Key_F7)
    shop.settle()
    assert dialog.model.chosen() == [(1, 3), (2, 1)]
    assert dialog.plan.refund.text() == "NOK 174.00 to card"  # 3 x 45.00 + 39.00: everything
    assert dialog.plan.points_taken.text() == "No member on this sale: no points change."
    # A typed digit replaces the quantity (3 -> 2), it is not appended to it (32).
    press(shop.qtbot, Qt.Key.Key_2)
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert dialog.model.chosen() == [(1, 2), (2, 1)]
    assert dialog.plan.refund.text() == "NOK 129.00 to card"
    press(shop.qtbot, Qt.Key.Key_Down)
    press(shop.qtbot, Qt.Key.Key_0)
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert dialog.model.chosen() == [(1, 2)] and dialog.isVisible()


def test_a_return_above_the_threshold_needs_a_managers_pin(shop: DialogShop, request) -> None:  # noqa: ANN001
    sold = shop.sell(None, ("DEL-SAL", 5))  # NOK 645.00: above the NOK 500.00 threshold
    dialog, returned = _open(shop, receipt_no=sold.receipt_no)
    press(shop.qtbot, Qt.Key.Key_F7)
    shop.settle()
    assert dialog.plan.refund.text() == "NOK 645.00 to card"
    assert dialog.plan.approval_note.isVisible()
    save_png(dialog, request.node.name)
    shop.assert_fits_small_screen(dialog)
    press(shop.qtbot, Qt.Key.Key_Return)
    approval = dialog.approval
    assert isinstance(approval, ApprovalDialog)
    shop.qtbot.waitUntil(lambda: QApplication.activeWindow() is approval and approval.pin.hasFocus())
    assert approval.title.text() == "Manager approval needed for a refund of NOK 645.00"
    save_png(approval, request.node.name + "_pin")

    type_human(shop.qtbot, None, "1111", FORM_GAP_MS)  # the cashier's own PIN
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert approval.isVisible() and approval.error.text() == "That is not a manager's PIN."
    assert returned == [] and shop.sale(sold.receipt_no).remaining == {1: 5}
    save_png(approval, request.node.name + "_wrong_pin")
    shop.assert_fits_small_screen(approval)

    type_human(shop.qtbot, None, "9999", FORM_GAP_MS)
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert len(returned) == 1 and returned[0].amount_due == -64500
    assert not dialog.isVisible()
    assert shop.sale(sold.receipt_no).remaining == {1: 0}


def test_cancelling_the_pin_keeps_the_return_open_and_unsaved(shop: DialogShop) -> None:
    sold = shop.sell(None, ("DEL-SAL", 5))
    dialog, returned = _open(shop, receipt_no=sold.receipt_no)
    press(shop.qtbot, Qt.Key.Key_F7)
    shop.settle()
    press(shop.qtbot, Qt.Key.Key_F9)
    approval = dialog.approval
    assert approval is not None
    shop.qtbot.waitUntil(lambda: QApplication.activeWindow() is approval)
    press(shop.qtbot, Qt.Key.Key_Escape)
    shop.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.isVisible() and returned == []
    assert shop.sale(sold.receipt_no).remaining == {1: 5}


def test_a_manager_at_the_till_is_not_asked_for_a_pin(shop: DialogShop) -> None:
    sold = shop.sell(None, ("DEL-SAL", 5))
    dialog, returned = _open(shop, receipt_no=sold.receipt_no, manager=True)
    press(shop.qtbot, Qt.Key.Key_F7)
    shop.settle()
    assert not dialog.plan.approval_note.isVisible()
    press(shop.qtbot, Qt.Key.Key_F9)
    shop.settle()
    assert dialog.approval is None and len(returned) == 1


def test_a_balance_that_cannot_cover_the_points_is_flagged(shop: DialogShop, request) -> None:  # noqa: ANN001
    member = shop.enrol("Finn Flagged", "+4799002233")
    sold = shop.sell(member.id, ("DEL-SAL", 2))
    earned = shop.sale(sold.receipt_no).sale.lines[0].points_earned
    # The member spends every point elsewhere (here: a manager's correction to zero).
    adjust_points(shop.app.uow(), member_id=member.id, points=-shop.balance(member.id),
                  reason="spent at another shop", actor=shop.manager, clock=shop.app.clock)
    dialog, returned = _open(shop, receipt_no=sold.receipt_no)
    press(shop.qtbot, Qt.Key.Key_1)
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert dialog.plan.flag_warning.isVisible()
    assert dialog.plan.points_taken.text() == f"Points taken back: 0 of {earned // 2}"
    assert dialog.plan.points_change.text() == "Balance change: +0"
    assert dialog.plan.flag_warning.text() == (
        f"The member's balance cannot cover the {earned // 2} points earned on these items: "
        "only 0 are taken back, and the balance is flagged for a manager."
    )
    save_png(dialog, request.node.name)
    shop.assert_fits_small_screen(dialog)
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert len(returned) == 1 and returned[0].points_earned == 0
    assert shop.balance(member.id) == 0  # never below zero under the demo shop's policy


def test_an_unknown_receipt_is_said_next_to_the_field(shop: DialogShop, request) -> None:  # noqa: ANN001
    dialog, returned = _open(shop)
    _find_typed(shop, dialog, "R01-999999")
    assert dialog.receipt_error.isVisible()
    assert dialog.receipt_error.text() == "Receipt R01-999999 was not found."
    assert dialog.receipt.hasFocus() and dialog.model.rowCount() == 0
    press(shop.qtbot, Qt.Key.Key_Return)  # Enter again looks up again; it never confirms nothing
    shop.settle()
    assert returned == [] and dialog.isVisible()
    save_png(dialog, request.node.name)
    shop.assert_fits_small_screen(dialog)
    press(shop.qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == ReturnsDialog.DialogCode.Rejected


def test_scanning_a_receipt_at_the_till_opens_the_return(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    shop = dialog_shop(till.qtbot, till.app)
    sold = shop.sell(None, ("COF-CAP", 2))
    till.scan(sold.receipt_no)
    dialog = till.sale.actions.dialog
    assert isinstance(dialog, ReturnsDialog)
    till.qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.receipt.text() == sold.receipt_no
    # A member card scanned by mistake is explained here and changes nothing.
    member = shop.enrol("Carl Card", "+4799002244")
    till.scan(encode_qr_payload(member.cards[0].number, till.app.key))
    assert dialog.message_bar.text() == (
        "That was a member card, not a receipt: scan the barcode at the bottom of the receipt."
    )
    assert till.sale.state.member is None and dialog.model.rowCount() == 1
    # A person's key is held one scanner gap by the filter: type it as a person does.
    type_human(till.qtbot, None, "1", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    save_png(dialog, request.node.name)
    shop.assert_fits_small_screen(dialog)
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    assert till.sale.actions.dialog is None
    assert till.window.messages.text().startswith("Return R01-")


def test_a_retry_after_a_failure_reuses_the_return_id(shop: DialogShop, monkeypatch) -> None:  # noqa: ANN001
    seen: list[str] = []

    def busy_once(uow, command, **kwargs):  # noqa: ANN001, ANN202 - the service's own signature
        seen.append(command.return_id)
        if len(seen) == 1:
            raise StoreBusy()  # e.g. the back office held the write lock too long
        return process_return(uow, command, **kwargs)

    monkeypatch.setattr(returns_dialog, "process_return", busy_once)
    sold = shop.sell(None, ("COF-CAP", 2))
    dialog, returned = _open(shop, receipt_no=sold.receipt_no)
    press(shop.qtbot, Qt.Key.Key_F7)
    shop.settle()
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert returned == [] and dialog.isVisible()
    assert dialog.message_bar.text() == "The database is busy; please try again."
    assert shop.sale(sold.receipt_no).remaining == {1: 2}
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert len(returned) == 1 and returned[0].sale_id == dialog.return_id
    assert seen == [dialog.return_id, dialog.return_id]
    assert shop.sale(sold.receipt_no).remaining == {1: 0}


def test_the_lines_model_offers_only_what_is_left_to_return(qtbot: QtBot) -> None:
    lines = (
        PricedLine(1, "COF-CAP", "Cappuccino", "coffee", 3, 4500, 1500, 13500, 0),
        PricedLine(2, "BAK-BUN", "Cinnamon bun", "bakery", 1, 3900, 1500, 3900, 0),
    )
    model = ReturnLinesModel()
    changes: list[None] = []
    model.quantities_changed.connect(lambda: changes.append(None))
    model.set_rows(rows_from_sale(lines, remaining={1: 1, 2: 0}, currency="NOK"))
    to_return = ReturnColumn.TO_RETURN
    assert [model.index(0, column).data() for column in ReturnColumn] == ["Cappuccino", "NOK 135.00", "3", "2", "0"]
    assert model.index(1, to_return).data() == "all returned"
    assert not model.flags(model.index(1, to_return)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, to_return)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, to_return), 5) and model.chosen() == [(1, 1)]  # 2 of 3 went back before
    assert not model.setData(model.index(0, to_return), "two")
    assert not model.setData(model.index(0, ReturnColumn.SOLD), 1)
    model.set_quantity(0, 0)
    model.choose_everything()
    assert model.chosen() == [(1, 1)]
    assert len(changes) == 4  # set_rows, 1, 0, everything: each change re-quotes once
