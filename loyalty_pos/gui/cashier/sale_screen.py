"""The sale screen: member on the left, basket and totals on the right, F-keys below.

Holds the sale as one immutable :class:`SaleDraft`; every change replaces it and
asks for one fresh read of everything the screen shows (``refresh_sale``: the
priced sale, the member panel, the rewards list; ``latest="quote"``: an older
read landing late is dropped). Paying commits with the sale id drawn when the
sale started, so a retry after an error can never charge twice; the member panel
after the sale comes back with the receipt. Dialogs are opened with ``open()``
and answer through signals: the event loop — and the scanner — keep running.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.changes import Changes
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.pricing import PricedSale
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.sale_draft import SaleDraft
from loyalty_pos.domain.unusual_activity import LookupHow
from loyalty_pos.gui.cashier.basket_view import BasketView
from loyalty_pos.gui.cashier.member_area import MemberArea
from loyalty_pos.gui.cashier.paid_tier_dialog import install_paid_tier_key
from loyalty_pos.gui.cashier.product_entry import ProductEntry
from loyalty_pos.gui.cashier.receipt_preview import ReceiptPreview
from loyalty_pos.gui.cashier.sale_actions import SaleActions
from loyalty_pos.gui.cashier.sale_layout import lay_out_sale_screen
from loyalty_pos.gui.cashier.totals_panel import TotalsPanel, redeemed_text
from loyalty_pos.gui.cashier.training_mode import switch_training, training_banner
from loyalty_pos.gui.cashier.verify_dialog import VERIFY_CODES
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.language import spoken_language
from loyalty_pos.gui.models.basket_model import BasketModel
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar, error_text
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.ports import MemberSummary
from loyalty_pos.services.sale import till
from loyalty_pos.services.sale.checkout import Checkout, SaleResult, new_sale_id
from loyalty_pos.services.sale.fraud_checks import record_lookup
from loyalty_pos.services.sale.till import RewardsOffer, SaleView, TillMember


class SaleScreen(QWidget):
    sale_changed = Signal()  # for the customer display: member, points this sale, progress
    sale_completed = Signal(object)  # SaleResult

    def __init__(self, ctx: TillContext, messages: MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saleScreen")
        self.ctx = ctx
        self.messages = messages
        self.actor: Actor | None = None
        self.currency: str | None = None
        self.state = SaleDraft.start(new_sale_id())
        self.priced: PricedSale | None = None
        self.view: SaleView | None = None  # the latest read for this sale, for the customer display
        self.offer: RewardsOffer | None = None
        self.member_detail: TillMember | None = None
        self.completed = False  # paid; the receipt is on show until the next sale starts
        self.training = False  # sales are priced, never saved (Ctrl+Shift+T)

        self.member_area = MemberArea(ctx, messages, self)
        self.product_entry = ProductEntry(ctx, messages, self, member_hint=True)
        self.basket_model = BasketModel(self)
        self.basket = BasketView(self.basket_model, self)
        self.totals = TotalsPanel(None, self)
        self.receipt = ReceiptPreview(self)

        sale_page = QWidget(self)
        sale_layout = QVBoxLayout(sale_page)
        sale_layout.setContentsMargins(0, 0, 0, 0)
        sale_layout.setSpacing(8)
        sale_layout.addWidget(self.product_entry)
        sale_layout.addWidget(self.basket, 1)
        sale_layout.addWidget(self.totals)
        self.right = QStackedWidget(self)
        self.right.addWidget(sale_page)
        self.right.addWidget(self.receipt)

        self.training_banner = training_banner(self)

        self.actions = SaleActions(self)
        lay_out_sale_screen(self, banner=self.training_banner, member_area=self.member_area, sale=self.right,
                            bar=self.actions.bar)

        self.member_area.picked.connect(self._picked_by_search)
        self.member_area.search.cancelled.connect(self.focus_product_entry)
        self.product_entry.chosen.connect(self.add_product)
        self.basket_model.quantity_edited.connect(self._set_quantity)
        self.basket.step_requested.connect(lambda row, step: self._set_quantity(row, self.state.lines[row].quantity + step))
        self.basket.remove_requested.connect(self.remove_line)
        self.receipt.installEventFilter(self)
        self.product_entry.box.installEventFilter(self)
        self.basket.installEventFilter(self)
        self._announce: RedemptionRequest | None = None  # said "redeemed" once its quote succeeds
        self.paid_tier_key = install_paid_tier_key(self)  # Ctrl+M: a paid membership, between sales
        ctx.ops.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        # A manager changed the shop's settings (its time zone, say) in the back office:
        # the receipt on screen and the member panel follow without a new sign-in.
        if Changes.SETTINGS in changes and self.actor is not None:
            self._load_till_info()

    # -- the cashier's session --------------------------------------------------
    def start(self, actor: Actor, parked: SaleDraft | None = None) -> None:
        self.actor = actor
        self._load_till_info()
        if parked is not None and not parked.is_empty:
            self._reset_views()
            self.set_state(parked, lines_changed=True)
            if parked.member is not None:
                self.member_area.show_summary(parked.member)
            self.messages.show_message(self.tr("Welcome back: your parked sale is restored."), Level.INFO)
        else:
            self.new_sale()
        self.focus_product_entry()

    def park(self) -> SaleDraft | None:
        """The sale in progress, for the same cashier to pick up after unlocking."""
        return None if self.completed or self.state.is_empty else self.state

    @property
    def sale_in_progress(self) -> bool:
        return not self.completed and not self.state.is_empty

    def set_training(self, on: bool) -> bool:
        return switch_training(self, on)

    def new_sale(self) -> None:
        self._reset_views()
        self.completed = False
        self.state = SaleDraft.start(new_sale_id())
        self.priced = None
        self.basket_model.set_rows(())
        self.totals.show_empty(has_member=False)
        self.actions.set_paying(False)
        self.right.setCurrentWidget(self.right.widget(0))
        self.focus_product_entry()
        self.sale_changed.emit()

    def _reset_views(self) -> None:
        self.view = None
        self.offer = None
        self.member_detail = None
        self.member_area.reset()
        self.product_entry.reset()

    def focus_product_entry(self) -> None:
        if self.completed:
            self.receipt.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.product_entry.focus()

    def _load_till_info(self) -> None:
        ctx = self.ctx
        self.ctx.ops.run(self, lambda: till.till_info(ctx.make_uow(readonly=True)),
                         on_done=self._till_info, latest="till_info")

    def _till_info(self, info: till.TillInfo) -> None:
        self.currency = info.currency
        self.totals.currency = info.currency
        self.receipt.zone = info.zone
        self.member_area.panel.zone = info.zone
        if self.priced is None:
            self.totals.show_empty(has_member=self.state.member is not None)

    # -- what the router and the widgets ask for -------------------------------------
    def identify(self, member: MemberSummary) -> None:
        if self.completed:
            self.new_sale()
        if not till.is_active(member):
            self.messages.show_error(self.tr("{name}'s membership is {status}: no points on this sale.")
                                     .format(name=member.name, status=member.status))
            return
        if self.state.member is not None and self.state.member.member_id != member.member_id and self.state.redemptions:
            self.messages.show_message(self.tr("Rewards of the previous member were removed."), Level.WARNING)
        if self.state.member is None or self.state.member.member_id != member.member_id:
            self.view = self.member_detail = self.offer = None  # nothing of the previous member stays
        self.member_area.show_summary(member)
        self.set_state(self.state.with_member(till.sale_member(member)))
        self.messages.show_message(self.tr("Member: {name}").format(name=member.name), Level.SUCCESS, 3_000)
        # A scan must not pull the focus away from what the cashier is doing (a quantity
        # being typed would be committed half-done); only a finished search hands it back.
        focus = QApplication.focusWidget()
        if focus is None or self.member_area.isAncestorOf(focus) or not self.isAncestorOf(focus):
            self.focus_product_entry()

    def _picked_by_search(self, member: MemberSummary) -> None:
        """A member picked from a search is recorded as found so: before their points are
        spent the till asks for proof (fraud limits), and the manager's report counts it."""
        if self.actor is not None and not self.training and till.is_active(member):
            ctx, actor = self.ctx, self.actor
            ctx.ops.run(self, lambda: record_lookup(ctx.make_uow(), member_id=member.member_id, how=LookupHow.SEARCH,
                                                    actor=actor, clock=ctx.clock),
                        on_error=self.messages.show_error)
        self.identify(member)

    def add_product(self, product: Product) -> None:
        if self.completed:
            self.new_sale()
        if self.currency is not None and product.currency != self.currency:
            self.messages.show_error(self.tr("{name} is priced in {currency}; it cannot be sold here.")
                                     .format(name=product.name, currency=product.currency))
            return
        before = self.state.lines
        self.set_state(self.state.with_product(product), lines_changed=True)
        grown = len(self.state.lines) > len(before)
        # The line the scan went to is selected, so "+", "-" and a typed quantity act on it.
        changed = next((i for i, (old, new) in enumerate(zip(before, self.state.lines, strict=False)) if old != new), 0)
        self.basket.select_row(len(self.state.lines) - 1 if grown else changed)

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.state.lines):
            name = self.state.lines[row].product.name
            self.set_state(self.state.without_line(row), lines_changed=True)
            self.basket.select_row(min(row, len(self.state.lines) - 1))
            self.messages.show_message(self.tr("Removed {name}.").format(name=name), Level.INFO, 3_000)

    def add_redemption(self, request: RedemptionRequest) -> None:
        """Tried at once: if the quote refuses it, it is taken off again with the reason."""
        if self.completed:
            return
        self._announce = request
        self.set_state(self.state.with_redemption(request))

    def show_receipt(self, result: SaleResult) -> None:
        self.completed = True
        self.receipt.show_receipt(result.receipt)
        self.right.setCurrentWidget(self.receipt)
        self.receipt.setFocus(Qt.FocusReason.OtherFocusReason)
        self.offer = None  # it priced the basket just sold
        if result.member is not None:
            self._show_member(result.member)  # the balance after this sale, as the receipt has it
        self.sale_completed.emit(result)

    def _set_quantity(self, row: int, quantity: int) -> None:
        if 0 <= row < len(self.state.lines):
            self.set_state(self.state.with_quantity(row, quantity), lines_changed=True)
            self.basket.select_row(row)

    # -- state and quotes ---------------------------------------------------------------
    def set_state(self, state: SaleDraft, *, lines_changed: bool = False) -> None:
        self.state = state
        if lines_changed:
            self.basket_model.set_rows(state.lines, self.priced.lines if self.priced else (),
                                       self.priced.rule_discounts if self.priced else ())
        self._refresh()
        self.sale_changed.emit()

    def _refresh(self) -> None:
        draft = self.state
        if not draft.lines:
            self.priced = None
            self.totals.show_empty(has_member=draft.member is not None)
            if draft.member is None:
                return  # nothing to price and nobody to show
        else:
            self.totals.show_pending()
        ctx = self.ctx
        actor = self.actor
        # The till's number: an every-Nth-receipt instant win shows before the sale is paid.
        cmd = replace(Checkout.for_draft(draft), terminal_id=ctx.terminal_id)
        self.ctx.ops.run(self, lambda: till.refresh_sale(ctx.make_uow(readonly=True), cmd, clock=ctx.clock,
                                                         actor=actor),
                         on_done=lambda view: self._refreshed(draft, view),
                         on_error=lambda error: self._refresh_failed(draft, error), latest="quote")

    def _refreshed(self, draft: SaleDraft, view: SaleView) -> None:
        if draft is not self.state:
            return  # the sale moved on; its own read is on the way
        self.view = view
        priced = self.priced = view.priced
        if priced is not None:
            self.basket_model.set_priced(priced.lines, priced.rule_discounts)
            self.totals.show_quote(priced, has_member=draft.member is not None)
        if view.member is not None:
            self._show_member(view.member)
        if priced is not None:  # a reward added to an empty basket is announced once it is priced
            if self._announce is not None and self._announce in draft.redemptions:
                effect = priced.rewards[draft.redemptions.index(self._announce)] if len(priced.rewards) == len(draft.redemptions) else None
                text = (redeemed_text(effect, priced.currency, spoken_language()) if effect
                        else self._announce.reward_id)
                self.messages.show_message(self.tr("Redeemed: {what}").format(what=text), Level.SUCCESS, 4_000)
            self._announce = None
        self.sale_changed.emit()

    def _show_member(self, member: TillMember) -> None:
        if self.state.member is None or member.panel.member.id != self.state.member.member_id:
            return
        self.member_detail = member
        self.offer = member.rewards
        self.member_area.panel.show_member(member)

    def _drop_refused_line(self, draft: SaleDraft, error: LoyaltyError) -> bool:
        """A product this member may not buy yet (early access) leaves the basket with the
        reason, rather than leaving a sale that cannot be paid (domain/member_pricing.py)."""
        line_no = error.params.get("line_no") if error.code == "early_access" else None
        if not isinstance(line_no, int) or not 0 < line_no <= len(draft.lines):
            return False
        self.messages.show_error(self.tr("Not sold: {reason}").format(reason=error_text(error)))
        self.set_state(draft.without_line(line_no - 1), lines_changed=True)
        return True

    def _refresh_failed(self, draft: SaleDraft, error: LoyaltyError) -> None:
        if draft is not self.state:
            return
        self._announce = None
        if error.code in VERIFY_CODES and draft.member is not None:
            self.actions.ask_verification(error, draft)
            return
        refused = error.redemption
        if refused is not None and refused < len(draft.redemptions):
            # Pricing named the redemption it refused: taking it off restores a sellable basket.
            self.messages.show_error(self.tr("Not redeemed: {reason}").format(reason=error_text(error)))
            self.set_state(draft.without_redemption(refused))
            return
        if self._drop_refused_line(draft, error):
            return
        if draft.lines:
            self.totals.show_quote_failed()
        self.messages.show_error(error)

    # -- keys the screen handles itself ------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key, text = event.key(), event.text()
        if watched is self.receipt and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.new_sale()
            return True
        if watched is self.receipt and key == Qt.Key.Key_P:
            self.actions.print_receipt()
            return True
        if watched is self.product_entry.box and not self.product_entry.showing_results:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.state.lines:
                self.basket.setFocus(Qt.FocusReason.OtherFocusReason)
                if self.basket.current_row() < 0:
                    self.basket.select_row(len(self.state.lines) - 1)
                return True
            if text in ("+", "-") and not self.product_entry.box.text() and self.basket.current_row() >= 0:
                row = self.basket.current_row()
                self._set_quantity(row, self.state.lines[row].quantity + (1 if text == "+" else -1))
                return True
        if watched is self.basket and key == Qt.Key.Key_Escape:
            self.focus_product_entry()
            return True
        return super().eventFilter(watched, event)
