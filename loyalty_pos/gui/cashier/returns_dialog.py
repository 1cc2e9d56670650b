"""Returns: find the sale by receipt number, choose what comes back, see the points.

The refund and the points (earned points taken back, spent points restored) are
quoted live by the service as the quantities change, so what the cashier confirms
is exactly what the service computed. The return's UUID is made when the dialog
opens: Enter pressed twice, or a retry after an error, stores the return once.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.domain.approvals import ApprovalAction, ApprovalRequest
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.cashier.return_plan_panel import ReturnPlanPanel
from loyalty_pos.gui.models.return_lines_model import QuantityDelegate, ReturnColumn, ReturnLinesModel, rows_from_sale
from loyalty_pos.gui.scan_text import refusal_text
from loyalty_pos.gui.tender_names import tender_name
from loyalty_pos.gui.widgets.approval_dialog import ApprovalDialog
from loyalty_pos.gui.widgets.dialog_parts import (
    WorkingDialog,
    inline_error_label,
    key_button,
    set_inline_error,
)
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar, error_text
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.gui.widgets.scan_field import codes_only
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.sale.returns import ProcessReturn, ReturnQuote, process_return, quote_return
from loyalty_pos.services.sale.training import train_return

_RECEIPT_FIELD_ERRORS = ("receipt_unknown", "receipt_is_a_return", "not_found")


class ReturnsDialog(WorkingDialog):
    """Emits ``returned(Receipt)`` with the return's receipt, then accepts."""

    returned = Signal(object)

    def __init__(
        self, ctx: TillContext, actor: Actor, parent: QWidget | None = None, *, receipt_no: str | None = None,
        training: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.training = training  # priced and shown, never saved
        self.return_id = str(uuid.uuid4())
        self.quote: ReturnQuote | None = None  # the sale as loaded, then the latest plan
        self.approval: ApprovalDialog | None = None
        self._loaded_receipt: str | None = None
        self._quoted_lines: tuple[ReturnLine, ...] = ()
        self._quote_pending = False
        self._busy = False
        self.setModal(True)
        heading = self.tr("Return items — TRAINING, nothing is saved") if training else self.tr("Return items")
        self.setWindowTitle(heading)

        title = QLabel(heading, self)
        title.setFont(scaled_font(self.font(), 140, bold=True))
        receipt_label = QLabel(self.tr("&Receipt"), self)
        self.receipt = QLineEdit(self)
        self.receipt.setPlaceholderText(self.tr("Scan the receipt's barcode or type its number, e.g. R01-000123"))
        self.receipt.setAccessibleName(self.tr("Receipt number"))
        self.receipt.setMaxLength(32)
        codes_only(self.receipt)
        self.receipt.textEdited.connect(lambda _text: set_inline_error(self.receipt_error, None))
        receipt_label.setBuddy(self.receipt)
        self.find_button = key_button(self.tr("Enter"), self.tr("Find sale"), self)
        self.find_button.clicked.connect(self.load)
        self.receipt_error = inline_error_label(self)
        self.sale_info = QLabel(self)
        self.sale_info.setProperty("muted", True)
        self.sale_info.setWordWrap(True)
        self.sale_info.setVisible(False)

        self.model = ReturnLinesModel(self)
        self.model.quantities_changed.connect(self._quantities_changed)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Lines of the sale"))
        self.table.setAccessibleDescription(self.tr("Type how many of a line come back in its Return column"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ReturnColumn.TO_RETURN, QuantityDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ReturnColumn.PRODUCT, QHeaderView.ResizeMode.Stretch)
        for column in (ReturnColumn.PAID, ReturnColumn.SOLD, ReturnColumn.RETURNED, ReturnColumn.TO_RETURN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        keys_hint = QLabel(
            self.tr("↑ ↓ pick a line · type the quantity to return · + / − change it · F7 everything"), self
        )
        keys_hint.setProperty("muted", True)
        keys_hint.setWordWrap(True)

        self.plan = ReturnPlanPanel(self)

        self.message_bar = MessageBar(self)
        self.cancel_button = key_button(self.tr("Esc"), self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.all_button = key_button(self.tr("F7"), self.tr("Return everything"), self)
        self.all_button.clicked.connect(self.model.choose_everything)
        self.confirm_button = key_button(self.tr("Enter / F9"), self.tr("Refund"), self, role="primary")
        self.confirm_button.clicked.connect(self.confirm)
        for key, slot in (("F7", self.all_button.click), ("F9", self.confirm)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)

        receipt_row = QHBoxLayout()
        receipt_row.addWidget(receipt_label)
        receipt_row.addWidget(self.receipt, 1)
        receipt_row.addWidget(self.find_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addLayout(receipt_row)
        layout.addWidget(self.receipt_error)
        layout.addWidget(self.sale_info)
        layout.addWidget(self.table, 1)
        layout.addWidget(keys_hint)
        layout.addWidget(self.plan)
        layout.addWidget(self.message_bar)
        layout.addLayout(buttons)
        self.setMinimumSize(860, 640)

        self._show_plan(None)
        self.receipt.setFocus()
        if receipt_no:
            self.receipt.setText(receipt_no)
            self.load()

    # -- finding the sale ---------------------------------------------------------

    def accept_scanned_receipt(self, text: str) -> bool:
        """The main window routes every scan here while the dialog is open.

        A receipt is looked up; anything else is explained in the dialog. The scan
        is dealt with either way (True), and never lands in a field as text.
        """
        if self._busy:
            self.message_bar.show_message(self.tr("Saving the return; scan again in a moment."), Level.WARNING)
            return True
        result = classify_scan(text, self.ctx.ring())
        if result.kind == "receipt":
            self.receipt.setText(result.value)
            self.load()
        elif result.kind == "refused":
            self.message_bar.show_error(refusal_text(result))
        else:
            what = self.tr("a member card") if result.kind == "member_card" else self.tr("a product")
            self.message_bar.show_message(
                self.tr("That was {what}, not a receipt: scan the barcode at the bottom of the receipt.").format(
                    what=what
                ),
                Level.WARNING,
            )
        return True

    def load(self) -> None:
        text = self.receipt.text().strip().upper()
        if self._busy:
            return
        if not text:
            set_inline_error(self.receipt_error, self.tr("Scan the receipt or type its number."))
            self.receipt.setFocus()
            return
        set_inline_error(self.receipt_error, None)
        self.message_bar.clear()
        ctx = self.ctx
        ctx.ops.run(
            self,
            lambda: quote_return(ctx.make_uow(readonly=True), text),
            on_done=self._sale_loaded,
            on_error=self._load_failed,
            latest=f"returns-load-{id(self)}",
        )

    def _sale_loaded(self, quote: ReturnQuote) -> None:
        sale = quote.sale
        self.quote = quote
        self._loaded_receipt = sale.receipt_no
        self._quoted_lines = ()
        self.receipt.setText(sale.receipt_no)
        self.model.set_rows(rows_from_sale(sale.lines, quote.remaining, sale.currency))
        locale = QLocale()
        when = locale.toString(QDateTime(sale.at).toLocalTime(), "d MMM yyyy, HH:mm")
        member = sale.receipt.member_name if sale.receipt else None
        parts = [
            self.tr("Sold {when} by {cashier}").format(when=when, cashier=sale.actor),
            self.tr("paid {total} by {tender}").format(total=money_text(Money(sale.total_minor, sale.currency)),
                                                       tender=tender_name(sale.tender)),
            self.tr("member {name}").format(name=member) if member else self.tr("no member"),
        ]
        self.sale_info.setText(" · ".join(parts))
        self.sale_info.setVisible(True)
        first = next((row for row in range(self.model.rowCount()) if self.model.row(row).returnable > 0), None)
        if first is None:
            self.message_bar.show_message(
                self.tr("Everything on receipt {receipt} was already returned.").format(receipt=sale.receipt_no),
                Level.WARNING,
            )
            self.receipt.setFocus()
            self.receipt.selectAll()
            return
        self.table.setFocus()
        self.table.setCurrentIndex(self.model.index(first, ReturnColumn.TO_RETURN))

    def _load_failed(self, error: LoyaltyError) -> None:
        self.quote = None
        self._loaded_receipt = None
        self.model.set_rows([])
        self.sale_info.clear()
        self.sale_info.setVisible(False)
        set_inline_error(self.receipt_error, error_text(error))
        self.receipt.setFocus()
        self.receipt.selectAll()

    # -- the live plan --------------------------------------------------------------

    def chosen_lines(self) -> tuple[ReturnLine, ...]:
        return tuple(ReturnLine(line_no, quantity) for line_no, quantity in self.model.chosen())

    def _quantities_changed(self) -> None:
        lines = self.chosen_lines()
        if self._loaded_receipt is None or not lines:
            self._quote_pending = False
            self._show_plan(None)
            return
        self._quote_pending = True
        self.confirm_button.setEnabled(False)
        ctx, receipt_no = self.ctx, self._loaded_receipt
        ctx.ops.run(
            self,
            lambda: quote_return(ctx.make_uow(readonly=True), receipt_no, lines),
            on_done=lambda quote: self._plan_arrived(lines, quote),
            on_error=self._plan_failed,
            latest=f"returns-quote-{id(self)}",
        )

    def _plan_arrived(self, lines: tuple[ReturnLine, ...], quote: ReturnQuote) -> None:
        if lines != self.chosen_lines():
            return  # the cashier changed a quantity since; that quote is on its way
        self._quote_pending = False
        self.quote = quote
        self._quoted_lines = lines
        self._show_plan(quote)

    def _plan_failed(self, error: LoyaltyError) -> None:
        self._quote_pending = False
        self._quoted_lines = ()
        self._show_plan(None)
        self.message_bar.show_error(error)

    def _show_plan(self, quote: ReturnQuote | None) -> None:
        plan = quote.plan if quote is not None else None
        self.confirm_button.setEnabled(plan is not None)
        ask_manager = quote is not None and quote.needs_approval and not self.actor.is_manager and not self.training
        self.plan.show_quote(quote, ask_manager=ask_manager)

    # -- confirming -------------------------------------------------------------------

    def confirm(self) -> None:
        if self._busy or (self.approval is not None and self.approval.isVisible()):
            return
        lines = self.chosen_lines()
        if self._loaded_receipt is None:
            self.load()
            return
        if not lines:
            self.message_bar.show_message(
                self.tr("Choose what comes back: type a quantity on a line (F7 for everything)."), Level.WARNING
            )
            self.table.setFocus()
            return
        quote = self.quote
        if self._quote_pending or quote is None or quote.plan is None or lines != self._quoted_lines:
            return  # the refund on screen is not yet the one for these lines
        # No manager for a practice refund: an approval is audited, and no money leaves the drawer.
        if quote.needs_approval and not self.actor.is_manager and not self.training:
            self._ask_manager(quote.plan.refund_minor, money_text(Money(quote.plan.refund_minor, quote.sale.currency)))
            return
        self._process(approval=None)

    def _ask_manager(self, refund_minor: int, amount: str) -> None:
        # For this return id and exactly this refund: process_return uses it up, or refuses it.
        request = ApprovalRequest(ApprovalAction.RETURN, refund_minor, self.return_id)
        self.approval = ApprovalDialog(
            self.ctx, self.actor, self, what=self.tr("a refund of {amount}").format(amount=amount), request=request
        )
        self.approval.granted.connect(lambda approval: self._process(approval=approval.approval_id))
        self.approval.rejected.connect(self._approval_cancelled)
        self.approval.open()

    def _approval_cancelled(self) -> None:
        # Back to the lines, keyboard and all: not every window manager hands focus back.
        self.activateWindow()
        self.table.setFocus()

    def _process(self, *, approval: str | None) -> None:
        if self._busy or self._loaded_receipt is None:
            return
        quote = self.quote
        assert quote is not None
        command = ProcessReturn(
            return_id=self.return_id, receipt_no=self._loaded_receipt, lines=self._quoted_lines,
            approval=approval, tender=quote.sale.tender,
        )
        self._set_busy(True)
        ctx, actor = self.ctx, self.actor
        if self.training:
            ctx.ops.run(self, lambda: train_return(ctx.make_uow(readonly=True), command, actor=actor, clock=ctx.clock),
                        on_done=self._processed, on_error=self._process_failed)
            return
        ctx.ops.change(
            self,
            ctx.make_uow,
            lambda make_uow: process_return(make_uow(), command, actor=actor, clock=ctx.clock),
            on_done=self._processed,
            on_error=self._process_failed,
        )

    def _processed(self, receipt: Receipt) -> None:
        self._set_busy(False)
        self.returned.emit(receipt)
        self.accept()

    def _process_failed(self, error: LoyaltyError) -> None:
        self._set_busy(False)
        if error.code == "return_needs_approval" and self.quote is not None and self.quote.plan is not None:
            self._ask_manager(money_text(Money(self.quote.plan.refund_minor, self.quote.sale.currency)))
            return
        if error.code in _RECEIPT_FIELD_ERRORS:
            set_inline_error(self.receipt_error, error_text(error))
        else:
            self.message_bar.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.confirm_button.setEnabled(not busy and self.quote is not None and self.quote.plan is not None)
        self.cancel_button.setEnabled(not busy)
        self.find_button.setEnabled(not busy)
        self.table.setEnabled(not busy)

    # -- keys -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # + and - step the current line's quantity without opening an editor.
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {"+": 1, "=": 1, "-": -1}.get(event.text())
            index = self.table.currentIndex()
            if step is not None and index.isValid():
                self.model.set_quantity(index.row(), self.model.quantity(index.row()) + step)
                return True
        return super().eventFilter(watched, event)

    def submit(self) -> None:
        """Enter: load a newly typed receipt number, otherwise refund."""
        typed = self.receipt.text().strip().upper()
        if self.receipt.hasFocus() and typed != (self._loaded_receipt or ""):
            self.load()
        else:
            self.confirm()

