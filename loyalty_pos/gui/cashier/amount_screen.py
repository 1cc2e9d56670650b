"""The amount-only sale screen, for shops whose own cash register rings the sale up.

Member on the left (scan, or F2 to search), and on the right what the register
took: its total, a category, its receipt number. Enter records the sale through
the same checkout as a basket. A reward (F4) cannot change what the register
charged, so the money it takes off is shown big, for the cashier to key into the
register. After recording, the loyalty slip is on show (P prints it). In training
(Ctrl+Shift+T, as on the basket till) the same keys give a slip marked TRAINING and
nothing is recorded.

It answers the main window as the basket screen does (identify, start, park,
new sale, the same F-key actions for redeeming, enrolling, returns and reprints)
so scans, locking and the customer display work the same in both modes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.pricing import PricedSale
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.sale_draft import SaleDraft
from loyalty_pos.gui.cashier.member_area import MemberArea
from loyalty_pos.gui.cashier.receipt_preview import ReceiptPreview
from loyalty_pos.gui.cashier.sale_actions import SaleActions
from loyalty_pos.gui.cashier.sale_layout import lay_out_sale_screen
from loyalty_pos.gui.cashier.training_mode import switch_training, training_banner
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar, error_text
from loyalty_pos.gui.widgets.money_edit import MoneyEdit
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.ports import MemberSummary
from loyalty_pos.services.sale import till
from loyalty_pos.services.sale.amount_till import (
    AmountEntry,
    AmountTill,
    open_amount_till,
    quote_amount,
    record_amount_sale,
    register_discount,
    train_amount_sale,
)
from loyalty_pos.services.sale.checkout import SaleResult, new_sale_id
from loyalty_pos.services.sale.till import RewardsOffer, SaleView, TillMember

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AmountScreen(QWidget):
    sale_changed = Signal()
    sale_completed = Signal(object)  # SaleResult

    def __init__(self, ctx: TillContext, messages: MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amountScreen")
        self.ctx = ctx
        self.messages = messages
        self.actor: Actor | None = None
        self.till: AmountTill | None = None
        self.state = SaleDraft.start(new_sale_id())  # the member and rewards; it never holds lines
        self.view: SaleView | None = None
        self.offer: RewardsOffer | None = None
        self.priced: PricedSale | None = None
        self.completed = False
        self._recording = False
        self.training = False  # amounts are priced, never recorded (Ctrl+Shift+T)
        # What was typed into a parked sale, by sale id: the draft holds no amount.
        self._parked_fields: dict[str, tuple[str, str, str]] = {}

        self.member_area = MemberArea(ctx, messages, self)
        self.receipt = ReceiptPreview(self)
        self.amount = MoneyEdit("XXX", self)
        self.amount.setObjectName("registerAmount")
        self.amount.setFont(scaled_font(self.font(), 200, bold=True))
        self.category = QComboBox(self)
        self.category.setObjectName("amountCategory")
        self.register_receipt = QLineEdit(self)
        self.register_receipt.setObjectName("registerReceipt")
        self.register_receipt.setMaxLength(40)
        self.discount = QLabel(self)
        self.discount.setObjectName("registerDiscount")
        self.discount.setFont(scaled_font(self.font(), 200, bold=True))
        self.discount.setWordWrap(True)
        self.points = QLabel(self)
        self.points.setObjectName("amountPoints")
        self.points.setFont(scaled_font(self.font(), 130))
        self.hint = QLabel(self._hint_text(), self)
        self.hint.setProperty("muted", True)
        self.hint.setWordWrap(True)

        form_page = QWidget(self)
        form = QFormLayout()
        self.amount_label = QLabel(self.tr("&Amount"), self)
        self.amount_label.setBuddy(self.amount)
        form.addRow(self.amount_label, self.amount)
        category_label = QLabel(self.tr("Ca&tegory"), self)
        category_label.setBuddy(self.category)
        form.addRow(category_label, self.category)
        receipt_label = QLabel(self.tr("Register &receipt no."), self)
        receipt_label.setBuddy(self.register_receipt)
        form.addRow(receipt_label, self.register_receipt)
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(form)
        form_layout.addWidget(self.hint)
        form_layout.addWidget(self.points)
        form_layout.addWidget(self.discount)
        form_layout.addStretch(1)
        self.right = QStackedWidget(self)
        self.right.addWidget(form_page)
        self.right.addWidget(self.receipt)

        self.training_banner = training_banner(self)
        self.actions = SaleActions(self)  # type: ignore[arg-type]  # the basket screen's shape, see the docstring
        # What has no meaning without a basket: its keys die with the hidden buttons.
        for button in (self.actions.product, self.actions.discount_button, self.actions.cash, self.actions.card):
            button.hide()
        lay_out_sale_screen(self, banner=self.training_banner, member_area=self.member_area, sale=self.right,
                            bar=self.actions.bar)

        self.member_area.picked.connect(self.identify)
        self.member_area.search.cancelled.connect(self.focus_product_entry)
        for field in (self.amount, self.register_receipt, self.category, self.receipt):
            field.installEventFilter(self)
        self.amount.textEdited.connect(lambda _text: self._changed())
        self.category.currentIndexChanged.connect(lambda _index: self._changed())

    # -- the cashier's session (as the basket screen) ------------------------------------
    def start(self, actor: Actor, parked: SaleDraft | None = None) -> None:
        self.actor = actor
        ctx = self.ctx
        self.ctx.ops.run(self, lambda: open_amount_till(ctx.make_uow()), on_done=self._opened, latest="amount_till")
        self.new_sale()
        if parked is None:
            return
        amount, category, receipt = self._parked_fields.pop(parked.sale_id, ("", "", ""))
        self.amount.setText(amount)
        self.register_receipt.setText(receipt)
        if category:
            self.category.setCurrentText(category)
        if parked.member is not None:
            self.member_area.show_summary(parked.member)
        self.set_state(parked)
        self.messages.show_message(self.tr("Welcome back: your parked sale is restored."), Level.INFO)

    def _opened(self, opened: AmountTill) -> None:
        self.till = opened
        self.amount.currency = opened.currency
        self.amount_label.setText(self.tr("&Amount ({currency})").format(currency=opened.currency))
        self.receipt.zone = opened.zone
        chosen = self.category.currentText()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItems(list(opened.categories))
        if chosen in opened.categories:
            self.category.setCurrentText(chosen)
        self.category.blockSignals(False)
        if self.sale_in_progress:
            self._changed()  # a restored sale is quoted once the till can price it

    def park(self) -> SaleDraft | None:
        """The sale in progress with what was typed for it, for the same cashier after unlocking."""
        if not self.sale_in_progress:
            return None
        self._parked_fields[self.state.sale_id] = (self.amount.text(), self.category.currentText(),
                                                   self.register_receipt.text())
        return self.state

    @property
    def sale_in_progress(self) -> bool:
        return not self.completed and (not self.state.is_empty or bool(self.amount.text().strip()))

    def set_training(self, on: bool) -> bool:
        switched = switch_training(self, on)
        self.hint.setText(self._hint_text())
        return switched

    def _hint_text(self) -> str:
        if self.training:
            return self.tr("Type the register's total, then Enter for the practice slip: nothing is recorded.")
        return self.tr("Type the register's total, then Enter to record the sale for points.")

    def new_sale(self) -> None:
        self.completed = False
        self.state = SaleDraft.start(new_sale_id())
        self.view = self.offer = self.priced = None
        self.member_area.reset()
        self.amount.clear()
        self.register_receipt.clear()
        if self.category.count():
            self.category.setCurrentIndex(0)
        self._show_quote()
        self.right.setCurrentIndex(0)
        self.focus_product_entry()
        self.sale_changed.emit()

    def focus_product_entry(self) -> None:
        """The amount field is this screen's first stop, as the product entry is a basket's."""
        if self.completed:
            self.receipt.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.amount.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what the router and the actions ask for ----------------------------------------
    def identify(self, member: MemberSummary) -> None:
        if self.completed:
            self.new_sale()
        if not till.is_active(member):
            self.messages.show_error(self.tr("{name}'s membership is {status}: no points on this sale.")
                                     .format(name=member.name, status=member.status))
            return
        if self.state.member is None or self.state.member.member_id != member.member_id:
            self.view = self.offer = None
        self.member_area.show_summary(member)
        self.set_state(self.state.with_member(till.sale_member(member)))
        self.messages.show_message(self.tr("Member: {name}").format(name=member.name), Level.SUCCESS, 3_000)
        self.focus_product_entry()

    def add_product(self, product: Product) -> None:
        self.messages.show_message(self.tr("This till records amounts: ring {name} up on the cash register.")
                                   .format(name=product.name), Level.WARNING)

    def add_redemption(self, request: RedemptionRequest) -> None:
        if not self.completed:
            self.set_state(self.state.with_redemption(request))

    def set_state(self, state: SaleDraft, *, lines_changed: bool = False) -> None:
        del lines_changed  # an amount sale has no lines to redraw
        self.state = state
        self._changed()

    # -- quoting and recording -------------------------------------------------------------
    def _entry(self) -> AmountEntry | None:
        try:
            amount = self.amount.minor() if self.amount.text().strip() else 0
        except LoyaltyError:
            return None
        member = self.state.member
        return AmountEntry(self.state.sale_id, member.member_id if member else None, amount,
                           category=self.category.currentText() or None,
                           register_receipt=self.register_receipt.text().strip() or None,
                           redemptions=self.state.redemptions)

    def _changed(self) -> None:
        entry, opened = self._entry(), self.till
        self.sale_changed.emit()
        if opened is None or entry is None or (entry.member_id is None and entry.amount_minor <= 0):
            self.priced = None
            self._show_quote()
            return
        ctx, state = self.ctx, self.state
        self.ctx.ops.run(self, lambda: quote_amount(ctx.make_uow(readonly=True), entry, opened, clock=ctx.clock),
                         on_done=lambda view: self._quoted(state, view),
                         on_error=lambda error: self._quote_failed(state, error), latest="quote")

    def _quoted(self, state: SaleDraft, view: SaleView) -> None:
        if state is not self.state:
            return
        self.view = view
        self.priced = view.priced
        if view.member is not None:
            self._show_member(view.member)
        self._show_quote()
        self.sale_changed.emit()

    def _quote_failed(self, state: SaleDraft, error: LoyaltyError) -> None:
        if state is not self.state:
            return
        refused = error.redemption
        if refused is not None and refused < len(state.redemptions):
            self.messages.show_error(self.tr("Not redeemed: {reason}").format(reason=error_text(error)))
            self.set_state(state.without_redemption(refused))
            return
        self.messages.show_error(error)

    def _show_member(self, member: TillMember) -> None:
        if self.state.member is None or member.panel.member.id != self.state.member.member_id:
            return
        self.offer = member.rewards
        self.member_area.panel.show_member(member)

    def _show_quote(self) -> None:
        priced, currency = self.priced, self.amount.currency
        if priced is None:
            self.points.clear()
            self.discount.clear()
            return
        self.points.setText(self.tr("Earns {points} points").format(points=f"{priced.points_earned:,}")
                            if self.state.member is not None else "")
        off = register_discount(priced)
        self.discount.setText(self.tr("Key a discount of {amount} into the register")
                              .format(amount=money_text(Money(off, currency))) if off else "")

    def record(self) -> None:
        entry, opened = self._entry(), self.till
        if self._recording or self.completed or opened is None:
            return
        if entry is None or entry.amount_minor <= 0:
            self.messages.show_message(self.tr("Type the amount the register charged."), Level.WARNING)
            self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._recording = True
        ctx, actor = self.ctx, self.actor
        assert actor is not None
        if self.training:
            # A read like a quote's: nothing to commit, nobody to tell.
            self.ctx.ops.run(self, lambda: train_amount_sale(ctx.make_uow(readonly=True), entry, opened, actor=actor,
                                                             clock=ctx.clock),
                             on_done=self._trained, on_error=self._record_failed)
            return
        self.messages.show_message(self.tr("Recording the sale…"), Level.INFO)
        self.ctx.ops.change(self, ctx.make_uow,
                            lambda make_uow: record_amount_sale(make_uow(), entry, opened, actor=actor,
                                                                clock=ctx.clock),
                            on_done=self._recorded, on_error=self._record_failed)

    def _recorded(self, result: SaleResult) -> None:
        self._recording = False
        self.completed = True
        self.receipt.show_receipt(result.receipt)
        self.right.setCurrentWidget(self.receipt)
        self.receipt.setFocus(Qt.FocusReason.OtherFocusReason)
        self.offer = None
        if result.member is not None:
            self._show_member(result.member)
        self.messages.show_message(self.tr("Recorded: {points} points earned. P prints the loyalty slip.")
                                   .format(points=f"{result.receipt.points_earned:,}"), Level.SUCCESS)
        self.sale_completed.emit(result)

    def _trained(self, result: SaleResult) -> None:
        self._recording = False
        self.completed = True
        self.receipt.show_receipt(result.receipt)
        self.right.setCurrentWidget(self.receipt)
        self.receipt.setFocus(Qt.FocusReason.OtherFocusReason)
        self.messages.show_message(self.tr("Training sale: nothing was recorded. P prints the slip marked TRAINING."),
                                   Level.WARNING)

    def _record_failed(self, error: LoyaltyError) -> None:
        self._recording = False
        self.messages.show_error(error)

    # -- keys ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.receipt and key in (*_ENTER, Qt.Key.Key_Escape):
            self.new_sale()
            return True
        if watched is self.receipt and key == Qt.Key.Key_P:
            self.actions.print_receipt()
            return True
        if watched in (self.amount, self.register_receipt, self.category) and key in _ENTER:
            self.record()
            return True
        return super().eventFilter(watched, event)
