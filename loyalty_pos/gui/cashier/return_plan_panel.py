"""What a return gives back and takes back, as the service quoted it.

Money back (and to which tender), earned points taken back, spent points
restored, the net change to the member's balance, and two warnings: a refund
that needs a manager's PIN, and a balance that cannot cover the points.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from loyalty_pos.domain.money import Money
from loyalty_pos.gui.tender_names import tender_name
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.widgets.theme import scaled_font, set_banner
from loyalty_pos.services.sale.returns import ReturnQuote


class ReturnPlanPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("panel", True)
        self.refund_caption = QLabel(self.tr("Refund"), self)
        self.refund = QLabel(self)
        self.refund.setFont(scaled_font(self.font(), 160, bold=True))
        self.points_taken = QLabel(self)
        self.points_restored = QLabel(self)
        self.points_change = QLabel(self)
        for line in (self.points_taken, self.points_restored, self.points_change):
            line.setWordWrap(True)  # whole at the largest text size, not cut at the panel's edge
        self.approval_note = QLabel(
            self.tr("A refund this large needs a manager's PIN (asked when you confirm)."), self
        )
        self.approval_note.setWordWrap(True)
        self.approval_note.setProperty("muted", True)
        self.flag_warning = QLabel(self)
        self.flag_warning.setWordWrap(True)
        set_banner(self.flag_warning, "warning")  # the theme's warning colours: high contrast recolours it

        money_row = QHBoxLayout()
        money_row.setSpacing(16)
        money_row.addWidget(self.refund_caption)
        money_row.addWidget(self.refund)
        money_row.addStretch(1)
        points_row = QHBoxLayout()
        points_row.setSpacing(28)
        for label in (self.points_taken, self.points_restored, self.points_change):
            points_row.addWidget(label)
        points_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(6)
        layout.addLayout(money_row)
        layout.addLayout(points_row)
        layout.addWidget(self.approval_note)
        layout.addWidget(self.flag_warning)
        self.show_quote(None, ask_manager=False)

    def show_quote(self, quote: ReturnQuote | None, *, ask_manager: bool) -> None:
        """``ask_manager``: the refund needs approval and the person at the till is not a manager."""
        plan = quote.plan if quote is not None else None
        self.approval_note.setVisible(plan is not None and ask_manager)
        self.flag_warning.setVisible(plan is not None and plan.flagged)
        if plan is None or quote is None:
            self.refund.setText("—")
            self._points(self.tr("Choose what comes back to see the refund and the points."))
            return
        self.refund.setText(
            self.tr("{amount} to {tender}").format(
                amount=money_text(Money(plan.refund_minor, quote.sale.currency)), tender=tender_name(quote.sale.tender)
            )
        )
        if quote.sale.member_id is None:
            self._points(self.tr("No member on this sale: no points change."))
            return
        if plan.points_to_take < plan.points_reversed:
            taken = self.tr("Points taken back: {taken} of {reversed}").format(
                taken=plan.points_to_take, reversed=plan.points_reversed
            )
        else:
            taken = self.tr("Points taken back: {points}").format(points=plan.points_to_take)
        self._points(
            taken,
            self.tr("Points restored: {points}").format(points=plan.points_restored),
            self.tr("Balance change: {change}").format(change=f"{plan.points_change:+d}".replace("-", "−")),
        )
        if plan.flagged and plan.points_to_take < plan.points_reversed:
            self.flag_warning.setText(
                self.tr(
                    "The member's balance cannot cover the {reversed} points earned on these items: "
                    "only {taken} are taken back, and the balance is flagged for a manager."
                ).format(reversed=plan.points_reversed, taken=plan.points_to_take)
            )
        elif plan.flagged:
            self.flag_warning.setText(
                self.tr(
                    "The member's balance cannot cover the {reversed} points earned on these items: "
                    "it goes below zero, and is flagged for a manager."
                ).format(reversed=plan.points_reversed)
            )

    def _points(self, taken: str, restored: str = "", change: str = "") -> None:
        self.points_taken.setText(taken)
        self.points_restored.setText(restored)
        self.points_change.setText(change)
