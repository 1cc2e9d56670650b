"""The till's dialogs on their own, on a private copy of the demo shop.

Each dialog is built with the context the main window would give it; the test
shows it, makes it the active window, and drives it with keys. The store is
read through readonly service calls; setup (a sale to return) may call services.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.domain.members import Consents, Member
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.launch import till_application
from loyalty_pos.gui.operations import Operations
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.members.membership import EnrolMember, enrol, get_member, member_panel, search_members
from loyalty_pos.services.sale.returns import ReturnQuote, quote_return

# A till screen is 1024x768 at the smallest; a dialog must fit inside with its frame.
SMALL_SCREEN = (1024, 768)
WINDOW_FRAME_PX = 40


@dataclass
class DialogShop:
    qtbot: QtBot
    app: App
    ctx: TillContext
    ops: Operations
    cashier: Actor
    manager: Actor

    def show(self, dialog: QWidget) -> QWidget:
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        dialog.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog

    def settle(self, timeout_ms: int = 5_000) -> None:
        """Until every service call in flight has landed on the GUI thread."""
        self.qtbot.waitUntil(lambda: self.ops._running == 0, timeout=timeout_ms)  # noqa: SLF001
        self.qtbot.wait(20)

    def assert_fits_small_screen(self, dialog: QWidget) -> None:
        width, height = SMALL_SCREEN
        assert dialog.width() <= width and dialog.height() <= height - WINDOW_FRAME_PX, dialog.size()
        assert_nothing_clipped(dialog)

    # -- setup through services ------------------------------------------------------
    def enrol(self, name: str, phone: str) -> Member:
        command = EnrolMember(name=name, phone=phone, consents=Consents(marketing=False, data_processing=True))
        return enrol(self.app.uow(), command, actor=self.cashier, clock=self.app.clock)

    def sell(self, member_id: str | None, *lines: tuple[str, int],
             redemptions: tuple[RedemptionRequest, ...] = ()) -> Receipt:
        command = Checkout(
            sale_id=str(uuid.uuid4()), member_id=member_id,
            lines=tuple(SaleLineInput(code, quantity) for code, quantity in lines),
            redemptions=redemptions, tender="card",
        )
        return checkout(self.app.uow(), command, actor=self.cashier, clock=self.app.clock).receipt

    # -- reading the store -----------------------------------------------------------
    def member(self, member_id: str) -> Member:
        return get_member(self.app.uow(readonly=True), member_id)

    def members_matching(self, text: str) -> list[str]:
        return [row.member_id for row in search_members(self.app.uow(readonly=True), text, limit=50).rows]

    def balance(self, member_id: str) -> int:
        return member_panel(self.app.uow(readonly=True), member_id, clock=self.app.clock).balance

    def sale(self, receipt_no: str) -> ReturnQuote:
        return quote_return(self.app.uow(readonly=True), receipt_no)


def dialog_shop(qtbot: QtBot, app: App) -> DialogShop:
    till_application()  # the till's look and font, as in production
    ops = Operations()
    ctx = TillContext(make_uow=app.uow, clock=app.clock, key=app.key, terminal_id=app.config.terminal_id,
                      scanner=app.config.scanner, ops=ops)
    terminal = app.config.terminal_id
    return DialogShop(qtbot, app, ctx, ops, Actor("cashier", Role.CASHIER, terminal),
                      Actor("manager", Role.MANAGER, terminal))


def assert_nothing_clipped(window: QWidget) -> None:
    """Every visible label and button is given at least the room its text needs."""
    QApplication.processEvents()
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        else:
            assert label.width() >= label.minimumSizeHint().width(), label.text()
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            hint = button.sizeHint()
            assert button.width() >= hint.width() and button.height() >= hint.height(), button.text()
