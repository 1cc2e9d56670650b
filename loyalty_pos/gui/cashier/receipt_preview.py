"""After payment: what the customer just got, on screen, before the next sale.

The cashier reads it out ("you earned 12 points, 140 to your free coffee") and
presses Enter for the next customer; P (or the button) prints the receipt.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from loyalty_pos.domain.money import Money
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.gui.widgets.dialog_parts import key_button
from loyalty_pos.gui.widgets.theme import scaled_font


def _money(minor: int, currency: str) -> str:
    return escape(Money(minor, currency).format())


class ReceiptPreview(QFrame):
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptPreview")
        self.setProperty("panel", True)
        self.receipt: Receipt | None = None
        self.headline = QLabel(self)
        self.headline.setObjectName("receiptHeadline")
        self.headline.setFont(scaled_font(self.font(), 140, bold=True))
        self.headline.setStyleSheet("color: #116329;")
        self.headline.setWordWrap(True)
        self.loyalty = QLabel(self)
        self.loyalty.setObjectName("receiptLoyalty")
        self.loyalty.setTextFormat(Qt.TextFormat.RichText)
        self.loyalty.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setObjectName("receiptBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.body)
        scroll.viewport().setStyleSheet("background: #ffffff;")
        self.hint = QLabel(self.tr("Enter or Esc: next sale"), self)
        self.hint.setObjectName("receiptHint")
        self.hint.setFont(scaled_font(self.font(), 120, bold=True))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("background: #ddf4ff; color: #0a3069; border-radius: 6px; padding: 8px;")
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
        layout.addWidget(self.loyalty)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)

    def show_receipt(self, receipt: Receipt) -> None:
        self.receipt = receipt
        currency = receipt.currency
        tender = receipt.tender.title()
        self.headline.setText(
            self.tr("Paid {amount} ({tender}) · receipt {number}").format(
                amount=Money(receipt.amount_due, currency).format(), tender=tender, number=receipt.receipt_no)
        )
        self.loyalty.setText(self._loyalty_html(receipt))
        self.loyalty.setVisible(receipt.balance is not None)
        self.body.setText(self._lines_html(receipt))

    def _loyalty_html(self, receipt: Receipt) -> str:
        if receipt.balance is None:
            return ""
        rows = [
            (self.tr("Points earned"), f"<b style='color:#116329'>+{receipt.points_earned:,}</b>"),
            *((f"&nbsp;&nbsp;{escape(line.label)}", f"{line.points:+,}") for line in receipt.points_lines),
        ]
        if receipt.points_redeemed:
            rows.append((self.tr("Points redeemed"), f"−{receipt.points_redeemed:,}"))
        rows.append((self.tr("New balance"), f"<span style='font-size:150%'><b>{receipt.balance:,}</b></span>"))
        if receipt.expiring_points and receipt.expiring_at is not None:
            rows.append((self.tr("Expiring"), self.tr("{points} on {date}").format(
                points=f"{receipt.expiring_points:,}", date=receipt.expiring_at.strftime("%d %b %Y"))))
        if receipt.next_reward_name:
            rows.append((self.tr("Next reward"), self.tr("{name}: {points} points to go").format(
                name=escape(receipt.next_reward_name), points=f"{receipt.next_reward_points_needed:,}")))
        if receipt.next_tier_name:
            if receipt.tier_basis == "spend":
                needed = _money(receipt.next_tier_needed, receipt.currency)
                text = self.tr("{tier}: spend {amount} more").format(tier=escape(receipt.next_tier_name), amount=needed)
            else:
                text = self.tr("{tier}: {points} more points").format(
                    tier=escape(receipt.next_tier_name), points=f"{receipt.next_tier_needed:,}")
            rows.append((self.tr("Next tier"), text))
        name = escape(receipt.member_name or "")
        table = "".join(f"<tr><td>{label}</td><td align='right'>{value}</td></tr>" for label, value in rows)
        return (f"<p><b>{self.tr('Member')}: {name}</b></p>"
                f"<table width='100%' cellspacing='0' cellpadding='2'>{table}</table>")

    def _lines_html(self, receipt: Receipt) -> str:
        currency = receipt.currency
        rows = []
        for line in receipt.lines:
            discount = f"<br><span style='color:#57606a'>−{_money(line.discount, currency)}</span>" if line.discount else ""
            rows.append(
                f"<tr><td>{line.quantity} × {escape(line.name)}{discount}</td>"
                f"<td align='right'>{_money(line.net, currency)}</td></tr>"
            )
        for reward in receipt.rewards:
            rows.append(f"<tr><td><i>{escape(reward.description)} ({reward.points:,} pts)</i></td>"
                        f"<td align='right'>−{_money(reward.amount, currency)}</td></tr>")
        totals = [(self.tr("Total"), receipt.total)]
        if receipt.store_credit:
            totals.append((self.tr("Paid with points"), -receipt.store_credit))
        totals.append((self.tr("Paid"), receipt.amount_due))
        for label, amount in totals:
            rows.append(f"<tr><td><b>{label}</b></td><td align='right'><b>{_money(amount, currency)}</b></td></tr>")
        return f"<table width='100%' cellspacing='0' cellpadding='2'>{''.join(rows)}</table>"
