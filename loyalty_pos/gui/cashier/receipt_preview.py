"""After payment: what the customer just got, on screen, before the next sale.

The cashier reads it out ("you earned 12 points, 140 to your free coffee") and
presses Enter for the next customer; P (or the button) prints the receipt. The
paper part is ``printing.receipt_text``'s rows, as the PDF prints them, so the
screen and the printed receipt never say different things.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.money import Money
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.gui.cashier.slip_text import slip_headline
from loyalty_pos.gui.language import spoken_language
from loyalty_pos.gui.tender_names import tender_heading
from loyalty_pos.gui.widgets.dialog_parts import key_button
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.widgets.theme import colours, scaled_font, set_banner, set_tone
from loyalty_pos.printing.receipt_text import WIDTH_PDF, ReceiptRow, receipt_lines


class ReceiptPreview(QFrame):
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptPreview")
        self.setProperty("panel", True)
        self.receipt: Receipt | None = None
        self.rows: list[ReceiptRow] = []
        self.zone: tzinfo = UTC  # the shop's, once the till has read its settings
        self.headline = QLabel(self)
        self.headline.setObjectName("receiptHeadline")
        self.headline.setFont(scaled_font(self.font(), 140, bold=True))
        set_tone(self.headline, "success")
        self.headline.setWordWrap(True)
        self.paper = QLabel(self)
        self.paper.setObjectName("receiptPaper")
        self.paper.setTextFormat(Qt.TextFormat.RichText)
        # Left-aligned: centring would centre each row on its own and break the columns.
        self.paper.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(1, self.font().pointSize() * 90 // 100))
        self.paper.setFont(mono)
        scroll = QScrollArea(self)
        # Paper-white with black ink in every theme (theme.py's paper), as it prints; set
        # before setWidget, which polishes the label: a property set after is not seen.
        scroll.viewport().setProperty("paper", True)
        self.paper.setProperty("paper", True)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.paper)
        # The end of the receipt (totals, points, balance) is what the cashier reads out;
        # the lines above it were on screen during the sale.
        bar = scroll.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, high: bar.setValue(high))
        self.hint = QLabel(self.tr("Enter or Esc: next sale"), self)
        self.hint.setObjectName("receiptHint")
        self.hint.setFont(scaled_font(self.font(), 120, bold=True))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_banner(self.hint, "info")
        self.print_button = key_button("P", self.tr("Print receipt"), self)
        self.print_button.setObjectName("printReceipt")
        self.print_button.clicked.connect(self.print_requested)
        footer = QHBoxLayout()
        footer.setSpacing(8)
        footer.addWidget(self.hint, 1)
        footer.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.headline)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)

    def show_receipt(self, receipt: Receipt) -> None:
        self.receipt = receipt
        amount = money_text(Money(receipt.amount_due - receipt.gift_card_paid, receipt.currency))
        tender = tender_heading(receipt.tender)
        if receipt.is_slip:
            self.headline.setText(slip_headline(receipt))
        elif receipt.gift_card_paid and not receipt.training:
            self.headline.setText(self.tr("Paid {amount} ({tender}) and {card} by gift card · receipt {number}").format(
                amount=amount, tender=tender, number=receipt.receipt_no,
                card=money_text(Money(receipt.gift_card_paid, receipt.currency))))
        elif receipt.training:
            # Never "Paid": the cashier must not take the money for a practice sale.
            self.headline.setText(self.tr("TRAINING — not a sale: {amount} ({tender})").format(
                amount=amount, tender=tender))
        elif receipt.paid_on_register:
            # A paid membership: this till took no money, the shop's register takes it.
            self.headline.setText(self.tr("Take {amount} on the register · receipt {number}").format(
                amount=amount, number=receipt.receipt_no))
        else:
            self.headline.setText(self.tr("Paid {amount} ({tender}) · receipt {number}").format(
                amount=amount, tender=tender, number=receipt.receipt_no))
        set_tone(self.headline, "warning" if receipt.training else "success")
        # The cashier's language: the printed copy speaks the member's (gui/cashier/receipt_printing.py).
        self.rows = receipt_lines(receipt, width=WIDTH_PDF, tz=self.zone, language=spoken_language())
        self.paper.setText(_paper_html(self.rows, self.paper.font().family()))

def _paper_html(rows: list[ReceiptRow], family: str) -> str:
    # One <pre>: the rows are already laid out in columns with spaces.
    lines = []
    for row in rows:
        text = escape(row.text)
        if row.style in ("bold", "double"):
            text = f"<b>{text}</b>"
        elif row.style == "rule":
            text = f"<span style='color:{colours().paper_muted}'>{text}</span>"
        lines.append(text)
    return f"<pre style=\"font-family: '{escape(family)}'\">" + "\n".join(lines) + "</pre>"
