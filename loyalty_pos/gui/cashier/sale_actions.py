"""The sale screen's F-key actions: redeem, discount, pay, void, enrol, return, print.

Kept apart from the screen's layout and quoting so each action reads on its
own. Every dialog is opened with ``open()`` (not ``exec()``): the event loop —
and so the scanner and the quotes in flight — never stops.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt
from PySide6.QtWidgets import QDialog

from loyalty_pos.domain.approvals import Approval, ApprovalAction, ApprovalRequest
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.tender import Tender
from loyalty_pos.gui.cashier.member_action import member_action
from loyalty_pos.gui.cashier.giving_actions import GivingActions
from loyalty_pos.gui.widgets.action_bar import ActionBar
from loyalty_pos.gui.widgets.fkey_button import FKeyButton
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.widgets.message_bar import Level
from loyalty_pos.services.sale import till
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.sale.checkout import Checkout, SaleResult, checkout
from loyalty_pos.services.sale.training import train_checkout
from loyalty_pos.gui.cashier.verify_dialog import VERIFY_CODES, VerifyDialog

if TYPE_CHECKING:
    from loyalty_pos.domain.members import Member
    from loyalty_pos.domain.sale_draft import SaleDraft
    from loyalty_pos.gui.cashier.sale_screen import SaleScreen

VOID_CONFIRM_MS = 5_000  # the second F12 must come soon, or it is a new question


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context: it cannot see a helper's.
    return QCoreApplication.translate("", text)


class SaleActions(QObject):
    def __init__(self, screen: SaleScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.bar = ActionBar(screen)
        self.bar.setObjectName("actionBar")
        add = self.bar.add
        self.find_member = add(FKeyButton("F2", _tr("Find member")))
        self.product = add(FKeyButton("F3", _tr("Product")))
        self.redeem_button = add(FKeyButton("F4", _tr("Redeem")))
        self.undo_reward = add(FKeyButton("F5", _tr("Undo reward")))
        self.discount_button = add(FKeyButton("F6", _tr("Discount")))
        self.enrol_button = add(FKeyButton("F7", _tr("Enrol")))
        self.return_button = add(FKeyButton("F8", _tr("Return")))
        self.cash = add(FKeyButton("F9", _tr("Pay cash"), role="primary"))
        self.card = add(FKeyButton("F10", _tr("Pay card"), role="primary"))
        self.void_button = add(FKeyButton("F12", _tr("New sale / void"), role="danger"))
        self.action_button = add(FKeyButton("Ctrl+E", _tr("Member action")))
        self.gift_cards = GivingActions(self)  # Ctrl+G gift card, Ctrl+D donate points
        self.find_member.clicked.connect(screen.member_area.focus_search)
        self.product.clicked.connect(screen.focus_product_entry)
        self.redeem_button.clicked.connect(self.redeem)
        self.undo_reward.clicked.connect(self.remove_last_reward)
        self.discount_button.clicked.connect(self.discount)
        self.enrol_button.clicked.connect(self.enrol)
        self.return_button.clicked.connect(lambda: self.open_return(None))
        self.cash.clicked.connect(lambda: self.pay(Tender.CASH))
        self.card.clicked.connect(lambda: self.pay(Tender.CARD))
        self.void_button.clicked.connect(self.void)
        self.action_button.clicked.connect(lambda: member_action(self))
        screen.receipt.print_requested.connect(self.print_receipt)
        self._paying = False
        self._void_armed = QElapsedTimer()
        self.dialog: QDialog | None = None  # the one open now, for tests and the scan router

    @property
    def actor(self) -> Actor:
        assert self.screen.actor is not None, "the sale screen is only shown to a signed-in cashier"
        return self.screen.actor

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is not dialog:
            return  # another dialog (the manager's PIN after the discount) took over
        self.dialog = None
        # Back to the till window explicitly: not every window manager hands the
        # keyboard back to the parent of a closed dialog.
        self.screen.window().activateWindow()
        self.screen.focus_product_entry()

    # -- rewards -----------------------------------------------------------------
    def redeem(self) -> None:
        from loyalty_pos.gui.cashier.redeem_dialog import RedeemDialog

        screen = self.screen
        if screen.completed:
            return
        member = screen.state.member
        if member is None:
            screen.messages.show_message(_tr("Identify the member first: scan the card or press F2."), Level.WARNING)
            return
        offer = screen.offer
        if offer is None or offer.member_id != member.member_id:
            screen.messages.show_message(_tr("Still loading the member's rewards; press F4 again in a moment."),
                                         Level.INFO)
            return
        dialog = RedeemDialog(offer.options, member_name=member.name, available_points=offer.available_points,
                              parent=screen)
        dialog.chosen.connect(self._redeem_chosen)
        self._open(dialog)

    def _redeem_chosen(self, request: RedemptionRequest) -> None:
        self.screen.add_redemption(request)

    def remove_last_reward(self) -> None:
        screen = self.screen
        if screen.completed or not screen.state.redemptions:
            screen.messages.show_message(_tr("No reward on this sale to take off."), Level.INFO, 3_000)
            return
        screen.set_state(screen.state.without_last_redemption())
        screen.messages.show_message(_tr("Last reward taken off the sale."), Level.INFO, 3_000)

    # -- manual discount -------------------------------------------------------------
    def discount(self) -> None:
        # A manager's approval is audited: in training it would leave a trace.
        if not self._not_in_training(_tr("A manager's approval")):
            return
        from loyalty_pos.gui.cashier.discount_dialog import DiscountDialog

        screen = self.screen
        if screen.completed or not screen.state.lines:
            screen.messages.show_message(_tr("Add a product first, then select its line for the discount."),
                                         Level.WARNING)
            return
        row = screen.basket.current_row()
        if row < 0:
            row = len(screen.state.lines) - 1
            screen.basket.select_row(row)
        line = screen.state.lines[row]
        dialog = DiscountDialog(line_name=line.product.name,
                                line_total=Money(line.gross, line.product.currency), parent=screen)
        dialog.entered.connect(lambda minor: self._discount_entered(row, line.product.code, minor))
        self._open(dialog)

    def _discount_entered(self, row: int, code: str, minor: int) -> None:
        if self.actor.is_manager:
            self._apply_discount(row, code, minor, self.actor.username)
            return
        from loyalty_pos.gui.widgets.approval_dialog import ApprovalDialog

        lines = self.screen.state.lines
        if row >= len(lines) or lines[row].product.code != code:
            self.screen.messages.show_error(_tr("The basket changed meanwhile; select the line and press F6 again."))
            return
        product = lines[row].product
        what = _tr("{amount} off {name}").format(amount=money_text(Money(minor, product.currency)), name=product.name)
        # The approval is for the sale's discount total with this line's new discount: checkout
        # refuses it for any other total, sale or action.
        state = self.screen.state
        total = state.with_discount(row, minor, self.actor.username).discount_total
        request = ApprovalRequest(ApprovalAction.DISCOUNT, total, state.sale_id)
        dialog = ApprovalDialog(self.screen.ctx, self.actor, self.screen, what=what, request=request)
        dialog.granted.connect(lambda approval: self._apply_discount(row, code, minor, approval.approver,
                                                                     approval.approval_id))
        self._open(dialog)

    def _apply_discount(self, row: int, code: str, minor: int, approver: str, approval: str | None = None) -> None:
        screen = self.screen
        lines = screen.state.lines
        if row >= len(lines) or lines[row].product.code != code:
            screen.messages.show_error(_tr("The basket changed meanwhile; select the line and press F6 again."))
            return
        screen.set_state(screen.state.with_discount(row, minor, approver, approval), lines_changed=True)
        screen.basket.select_row(row)
        screen.messages.show_message(_tr("Discount approved by {manager}.").format(manager=approver),
                                     Level.SUCCESS, 4_000)

    # -- paying -------------------------------------------------------------------------
    def set_paying(self, paying: bool) -> None:
        self._paying = paying
        for button in (self.cash, self.card):
            button.setEnabled(not paying)

    def pay(self, tender: Tender) -> None:
        screen = self.screen
        if self._paying or screen.completed:
            return
        if not screen.state.lines:
            screen.messages.show_message(_tr("The basket is empty: scan a product first."), Level.WARNING)
            return
        if screen.state.discount_needs_approval and not self.actor.is_manager and not screen.training:
            self._reapprove_then_pay(tender)
            return
        self.set_paying(True)
        cmd = self.gift_cards.with_payment(Checkout.for_draft(screen.state, tender))
        ctx, actor = screen.ctx, self.actor
        if screen.training:
            # A read like a quote's, never a change: nothing to commit, nobody to tell.
            screen.ctx.ops.run(screen, lambda: train_checkout(ctx.make_uow(readonly=True), cmd, actor=actor,
                                                              clock=ctx.clock),
                               on_done=self._trained, on_error=self._pay_failed)
            return
        screen.messages.show_message(_tr("Saving the sale…"), Level.INFO)
        screen.ctx.ops.change(
            screen,
            ctx.make_uow,
            lambda make_uow: checkout(make_uow(), cmd, actor=actor, clock=ctx.clock),
            on_done=self._paid,
            on_error=self._pay_failed,
        )

    def _reapprove_then_pay(self, tender: Tender) -> None:
        from loyalty_pos.gui.widgets.approval_dialog import ApprovalDialog

        state = self.screen.state
        currency = state.lines[0].product.currency
        what = _tr("the discounts now totalling {amount}").format(
            amount=money_text(Money(state.discount_total, currency)))
        request = ApprovalRequest(ApprovalAction.DISCOUNT, state.discount_total, state.sale_id)
        dialog = ApprovalDialog(self.screen.ctx, self.actor, self.screen, what=what, request=request)
        dialog.granted.connect(lambda approval: self._reapproved(approval, tender))
        self._open(dialog)

    def _reapproved(self, approval: Approval, tender: Tender) -> None:
        screen = self.screen
        if screen.state.discount_total != approval.amount_minor:
            screen.messages.show_error(_tr("The basket changed meanwhile; press pay again."))
            return
        screen.set_state(screen.state.with_discount_approval(approval.approver, approval.approval_id))
        self.pay(tender)

    def _paid(self, result: SaleResult) -> None:
        self.set_paying(False)
        screen = self.screen
        screen.show_receipt(result)
        note = _tr(" (it was already saved: nothing was charged twice)") if result.replayed else ""
        screen.messages.show_message(
            _tr("Sale saved, receipt {number}.").format(number=result.receipt.receipt_no) + note, Level.SUCCESS)

    def _trained(self, result: SaleResult) -> None:
        self.set_paying(False)
        self.screen.show_receipt(result)
        self.screen.messages.show_message(_tr("Training sale: nothing was saved."), Level.WARNING)

    def _pay_failed(self, error: LoyaltyError) -> None:
        # The sale keeps its id: paying again retries the same sale, never a second one.
        self.set_paying(False)
        screen = self.screen
        if error.code in VERIFY_CODES and screen.state.member is not None:
            self.ask_verification(error, screen.state)
            return
        if error.code == "approval_invalid":  # expired or refused: paying again asks a manager again
            screen.set_state(screen.state.with_discount_approval(screen.state.discount_approved_by or "", None))
        screen.messages.show_error(error)

    # -- a searched member proves who they are before spending points ----------------
    def ask_verification(self, asked: LoyaltyError, draft: SaleDraft) -> None:
        member = draft.member
        assert member is not None
        dialog = VerifyDialog(self.screen.ctx, self.actor, member_id=member.member_id, name=member.name, asked=asked,
                              parent=self.screen)
        dialog.verified.connect(lambda: self._verified(draft))
        dialog.rejected.connect(lambda: self._not_verified(draft, asked))
        self._open(dialog)

    def _verified(self, draft: SaleDraft) -> None:
        screen = self.screen
        screen.messages.show_message(_tr("Checked: {name}'s points can be spent.").format(
            name=draft.member.name if draft.member else ""), Level.SUCCESS, 4_000)
        if screen.state is draft:
            screen.set_state(draft)  # priced again, now with the proof

    def _not_verified(self, draft: SaleDraft, asked: LoyaltyError) -> None:
        screen = self.screen
        if screen.state is draft and asked.redemption is not None and asked.redemption < len(draft.redemptions):
            screen.set_state(draft.without_redemption(asked.redemption))
        screen.messages.show_error(_tr("Not redeemed: the member was not checked."))

    # -- voiding ---------------------------------------------------------------------
    def void(self) -> None:
        screen = self.screen
        if screen.completed or screen.state.is_empty:
            screen.new_sale()
            return
        if self._void_armed.isValid() and self._void_armed.elapsed() <= VOID_CONFIRM_MS:
            self._void_armed.invalidate()
            screen.new_sale()
            screen.messages.show_message(_tr("Sale voided. Nothing was saved."), Level.WARNING, 5_000)
            return
        self._void_armed.start()
        screen.messages.show_message(_tr("Void this sale? Press F12 again to confirm."), Level.WARNING,
                                     VOID_CONFIRM_MS)

    # -- dialogs owned by other screens ------------------------------------------------
    def _not_in_training(self, what: str) -> bool:
        if self.screen.training:
            self.screen.messages.show_message(
                _tr("{what} would be saved: not in training mode (Ctrl+Shift+T leaves it).").format(what=what),
                Level.WARNING)
        return not self.screen.training

    def enrol(self) -> None:
        if not self._not_in_training(_tr("An enrolment")):
            return
        from loyalty_pos.gui.cashier.enrol_dialog import EnrolDialog

        dialog = EnrolDialog(self.screen.ctx, self.actor, self.screen)
        dialog.enrolled.connect(self._enrolled)
        self._open(dialog)

    def _enrolled(self, member: Member) -> None:
        screen = self.screen
        ctx = screen.ctx
        screen.messages.show_message(_tr("{name} is enrolled.").format(name=member.name), Level.SUCCESS)
        ctx.ops.run(screen, lambda: till.member_summary(ctx.make_uow(readonly=True), member.id),
                    on_done=screen.identify, on_error=screen.messages.show_error, latest="member")

    def open_return(self, receipt_no: str | None) -> None:
        from loyalty_pos.gui.cashier.returns_dialog import ReturnsDialog

        screen = self.screen
        if screen.training and screen.sale_in_progress:
            # Its receipt takes the screen: the practice basket would be lost under it.
            screen.messages.show_message(_tr("Finish or void the training sale before a training return."),
                                         Level.WARNING)
            return
        dialog = ReturnsDialog(screen.ctx, self.actor, screen, receipt_no=receipt_no, training=screen.training)
        dialog.returned.connect(self._returned)
        self._open(dialog)

    def _returned(self, receipt: Receipt) -> None:
        if receipt.training:
            self.screen.show_receipt(SaleResult(receipt, replayed=False))
            self.screen.messages.show_message(_tr("Training return: nothing was saved."), Level.WARNING)
            return
        currency = receipt.currency
        self.screen.messages.show_message(
            _tr("Return {number} saved: refund {amount}.").format(
                number=receipt.receipt_no, amount=money_text(Money(-receipt.amount_due, currency))),
            Level.SUCCESS)


    # -- printing receipts -----------------------------------------------------------
    def print_receipt(self) -> None:
        """P on the receipt preview: the sale just paid, printed off the GUI thread."""
        from loyalty_pos.gui.cashier.receipt_printing import print_receipt_now

        screen = self.screen
        receipt = screen.receipt.receipt
        if not screen.completed or receipt is None:
            return
        screen.messages.show_message(_tr("Printing receipt {number}…").format(number=receipt.receipt_no), Level.INFO)
        ctx = screen.ctx
        ctx.ops.run(screen, lambda: print_receipt_now(ctx, receipt),
                    on_done=lambda where: self._printed(receipt.receipt_no, where),
                    on_error=screen.messages.show_error)

    def _printed(self, receipt_no: str, where: str) -> None:
        self.screen.messages.show_message(
            _tr("Receipt {number} printed to {where}.").format(number=receipt_no, where=where), Level.SUCCESS)

    def reprint(self) -> None:
        """Ctrl+R: a past receipt again, marked COPY."""
        from loyalty_pos.gui.cashier.receipt_printing import ReprintDialog

        dialog = ReprintDialog(self.screen.ctx, self.screen)
        dialog.reprinted.connect(self._printed)
        self._open(dialog)
