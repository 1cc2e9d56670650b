"""Printing receipts from the till: the work run off the GUI thread, and the reprint dialog.

The destination is the shop's ``receipt_printer`` setting, read at every print
(a manager may change the printer while the till is open); unset, receipts are
PDF files in the till's receipts directory. Printing never blocks the till: a
thermal printer that is off times out on a worker thread, and the cashier is
told in the message bar, not in a box that must be clicked away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.scan_text import refusal_text
from loyalty_pos.gui.widgets.dialog_parts import (
    ENTER_KEYS,
    fit_height,
    inline_error_label,
    key_button,
    set_inline_error,
)
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.gui.widgets.scan_field import codes_only
from loyalty_pos.printing.printer_errors import PrinterUnavailable
from loyalty_pos.printing.receipt_output import ReceiptOutput, parse_output, pdf_output, print_to
from loyalty_pos.services.sale.receipt_language import receipt_to_print
from loyalty_pos.services.sale.reprint import receipt_for
from loyalty_pos.services.shop.shop import receipt_printer, shop_zone


def print_receipt_now(ctx: TillContext, receipt: Receipt, *, reprint: bool = False) -> str:
    """On a worker thread: print ``receipt`` where the shop prints, in its member's language
    (else the till's); returns where it went."""
    uow = ctx.make_uow(readonly=True)
    with uow:
        setting = receipt_printer(uow)
        zone = shop_zone(uow)
    printed, language = receipt_to_print(ctx.make_uow(readonly=True), receipt)
    return print_to(_output(ctx, setting), printed, tz=zone, reprint=reprint, language=language)


def reprint_receipt_now(ctx: TillContext, receipt_no: str) -> tuple[str, str]:
    """On a worker thread: the stored receipt of ``receipt_no``, printed as a COPY.

    Returns (receipt number as stored, where it went); an unknown number is the
    service's NotFound, untouched, so the dialog can show it.
    """
    receipt = receipt_for(ctx.make_uow(readonly=True), receipt_no)
    return receipt.receipt_no, print_receipt_now(ctx, receipt, reprint=True)


def _output(ctx: TillContext, setting: str | None) -> ReceiptOutput:
    if setting:
        return parse_output(setting)
    if ctx.receipts_dir is None:
        raise PrinterUnavailable(printer="(none)", reason="no receipt printer or receipts directory is set up")
    return pdf_output(str(ctx.receipts_dir))


class ReprintDialog(QDialog):
    """Ctrl+R: a past receipt's number, typed or scanned, then Enter prints a COPY."""

    reprinted = Signal(str, str)  # receipt number, where it went

    def __init__(self, ctx: TillContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reprintDialog")
        self.setWindowTitle(self.tr("Reprint a receipt"))
        self.setModal(True)
        self.ctx = ctx
        self._busy = False
        title = QLabel(self.tr("Reprint a receipt"), self)
        title.setFont(scaled_font(self.font(), 130, bold=True))
        hint = QLabel(self.tr("Scan the barcode at the bottom of the receipt, or type its number "
                              "(e.g. R01-000123) and press Enter. The copy is marked COPY."), self)
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        self.number = QLineEdit(self)
        self.number.setObjectName("reprintNumber")
        self.number.setMaxLength(64)
        codes_only(self.number)
        self.number.setPlaceholderText(self.tr("Receipt number"))
        self.number.setFont(scaled_font(self.font(), 130))
        self.number.textEdited.connect(lambda _text: set_inline_error(self.error, None))
        self.error = inline_error_label(self)
        cancel = key_button(self.tr("Esc"), self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        self.ok = key_button(self.tr("Enter"), self.tr("Reprint"), self, role="primary")
        self.ok.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.number)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.number.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in ENTER_KEYS:
            event.accept()
            self.submit()
            return
        super().keyPressEvent(event)

    def accept_scanned_receipt(self, text: str) -> bool:
        """The main window routes scans here while the dialog is open; a receipt is reprinted."""
        result = classify_scan(text, self.ctx.ring())
        if result.kind == "receipt":
            self.number.setText(result.value)
            self.submit()
        elif result.kind == "refused":
            set_inline_error(self.error, refusal_text(result))
        else:
            set_inline_error(self.error,
                             self.tr("That was not a receipt: scan the barcode at the bottom of the receipt."))
        fit_height(self)
        return True

    def submit(self) -> None:
        number = self.number.text().strip()
        if self._busy:
            return
        if not number:
            set_inline_error(self.error, self.tr("Scan the receipt or type its number."))
            return
        self._set_busy(True)
        set_inline_error(self.error, None)
        ctx = self.ctx
        ctx.ops.run(self, lambda: reprint_receipt_now(ctx, number), on_done=self._done, on_error=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok.setEnabled(not busy)

    def _done(self, result: tuple[str, str]) -> None:
        self._set_busy(False)
        self.reprinted.emit(*result)
        self.accept()

    def _failed(self, error: LoyaltyError) -> None:
        # Stays open: the cashier corrects the number, or fixes the printer and presses Enter again.
        self._set_busy(False)
        set_inline_error(self.error, error_text(error))
        fit_height(self)  # a printer's reason can take two lines; never clip it
        self.number.selectAll()
        self.number.setFocus(Qt.FocusReason.OtherFocusReason)
