"""Live totals and "points this sale" with one line per earning rule.

Fed by the latest quote; while a quote is in flight the old figures stay,
dimmed, so the cashier never reads a total that belongs to another basket.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from loyalty_pos.domain.money import Money
from loyalty_pos.domain.pricing import PricedSale
from loyalty_pos.domain.rewards import RewardEffect
from loyalty_pos.domain.win_back_offer import is_win_back
from loyalty_pos.gui.language import spoken_language
from loyalty_pos.gui.widgets.locale_text import money_text, numbers
from loyalty_pos.i18n.points_labels import points_label
from loyalty_pos.i18n.reward_descriptions import reward_description
from loyalty_pos.gui.widgets.theme import scaled_font, set_tone

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TotalsPanel(QFrame):
    def __init__(self, currency: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totals")
        self.setProperty("panel", True)
        self.currency = currency
        self._breakdown: list[tuple[str, str]] = []

        self.subtotal = self._value()
        self.discount = self._value()
        self.points_paid = self._value()
        self.total = QLabel(self)
        self.total.setObjectName("total")
        self.total.setFont(scaled_font(self.font(), 210, bold=True))
        self.total.setAlignment(_RIGHT)
        self.total_caption = QLabel(self.tr("To pay"), self)
        self.total_caption.setFont(scaled_font(self.font(), 120, bold=True))
        self.total_caption.setAlignment(_RIGHT)

        self.points = QLabel(self)
        self.points.setObjectName("pointsThisSale")
        self.points.setFont(scaled_font(self.font(), 120, bold=True))
        self.points.setWordWrap(True)
        self.breakdown = QLabel(self)
        self.breakdown.setObjectName("pointsBreakdown")
        self.breakdown.setTextFormat(Qt.TextFormat.RichText)
        self.breakdown.setWordWrap(True)
        self.redeemed = QLabel(self)
        self.redeemed.setObjectName("redeemed")
        self.redeemed.setWordWrap(True)
        self.redeemed.setTextFormat(Qt.TextFormat.RichText)

        money = QGridLayout()
        money.setHorizontalSpacing(12)
        money.setVerticalSpacing(2)
        self._discount_caption = QLabel(self.tr("Discounts"), self)
        self._points_paid_caption = QLabel(self.tr("Paid with points"), self)
        rows = [
            (QLabel(self.tr("Subtotal"), self), self.subtotal),
            (self._discount_caption, self.discount),
            (self._points_paid_caption, self.points_paid),
        ]
        for row, (caption, value) in enumerate(rows):
            money.addWidget(caption, row, 0)
            money.addWidget(value, row, 1)
        money.addWidget(self.total_caption, len(rows), 0, 1, 2)
        money.addWidget(self.total, len(rows) + 1, 0, 1, 2)
        money.setColumnStretch(1, 1)
        money.setRowStretch(len(rows) + 2, 1)

        points = QVBoxLayout()
        points.setSpacing(2)
        points.addWidget(self.points)
        points.addWidget(self.breakdown)
        points.addWidget(self.redeemed)
        points.addStretch(1)

        # Points beside the money, not under it: at 768 px high every line the totals
        # take is a basket line the cashier cannot see.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(18)
        layout.addLayout(points, 3)
        layout.addLayout(money, 2)
        self.show_empty(has_member=False)

    def _value(self) -> QLabel:
        label = QLabel(self)
        label.setAlignment(_RIGHT)
        return label

    def _money(self, minor: int) -> str:
        # Before the program is read the currency is unknown; show the number alone.
        return money_text(Money(minor, self.currency)) if self.currency else "—"

    def show_quote_failed(self) -> None:
        """The figures on show are for an older basket: keep them grey, the message bar says why."""
        self._set_stale(True)

    def show_empty(self, *, has_member: bool) -> None:
        self._set_stale(False)
        self.subtotal.setText(self._money(0))
        for caption, value in ((self._discount_caption, self.discount), (self._points_paid_caption, self.points_paid)):
            caption.setVisible(False)
            value.setVisible(False)
        self.total.setText(self._money(0))
        self._show_points_caption(self.tr("Points this sale: 0") if has_member else self.tr("No member: no points"),
                                  has_member)
        self._breakdown = []
        self.breakdown.setText("")
        self.breakdown.setVisible(False)
        self.redeemed.setVisible(False)

    def show_pending(self) -> None:
        self._set_stale(True)

    def show_quote(self, priced: PricedSale, *, has_member: bool) -> None:
        self._set_stale(False)
        self.currency = priced.currency
        self.subtotal.setText(self._money(priced.gross_minor))
        self._show_optional(self._discount_caption, self.discount, -priced.discount_minor)
        self._show_optional(self._points_paid_caption, self.points_paid, -priced.store_credit_minor)
        self.total.setText(self._money(priced.amount_due_minor))
        if not has_member:
            self._show_points_caption(self.tr("No member: no points"), False)
            self._breakdown = []
            self.breakdown.setVisible(False)
        else:
            self._show_points_caption(
                self.tr("Points this sale: +{points}").format(points=f"{priced.points_earned:,}"), True)
            # The cashier reads the lines in the till's language, numbers as the shop writes them.
            language, written = spoken_language(), numbers()
            self._breakdown = [
                (points_label(line.rule, line.facts, line.label, currency=priced.currency, language=language,
                              numbers=written),
                 f"{'+' if line.points >= 0 else '-'}{written.integer(abs(line.points))}")
                for line in priced.breakdown
            ]
            rows = "".join(
                f"<tr><td>{escape(label)}</td><td align='right'>{points}</td></tr>" for label, points in self._breakdown
            )
            self.breakdown.setText(f"<table width='100%' cellspacing='0' cellpadding='1'>{rows}</table>")
            self.breakdown.setVisible(bool(priced.breakdown))
        if priced.rewards or priced.instant_wins:
            language, written = spoken_language(), numbers()
            spent_points = self.tr("−{points} pts")  # outside the f-string, where lupdate reads it
            rows = "".join(
                f"<tr><td>{escape(redeemed_text(effect, priced.currency, language))}</td><td align='right'>"
                f"{escape(spent_points.format(points=written.integer(effect.points)))}</td></tr>"
                for effect in priced.rewards
            )
            rows += instant_win_rows(priced, language)
            # tr() outside the f-string: lupdate does not read inside its braces.
            spent = self.tr("Points spent") if priced.rewards else self.tr("This sale won")
            self.redeemed.setText(
                f"<b>{spent}</b><table width='100%' cellspacing='0' cellpadding='1'>{rows}</table>"
            )
            self.redeemed.setVisible(True)
        else:
            self.redeemed.setVisible(False)

    def breakdown_lines(self) -> list[str]:
        """The breakdown as the cashier reads it, one "label: +points" per rule."""
        return [f"{label}: {points}" for label, points in self._breakdown]

    def _show_points_caption(self, text: str, member: bool) -> None:
        self.points.setText(text)
        set_tone(self.points, "success" if member else "stale")

    def _show_optional(self, caption: QLabel, value: QLabel, minor: int) -> None:
        caption.setVisible(minor != 0)
        value.setVisible(minor != 0)
        value.setText(self._money(minor))

    def _set_stale(self, stale: bool) -> None:
        # Grey while a newer quote is on its way: visible, but clearly not final.
        set_tone(self.total, "stale" if stale else "")


def instant_win_rows(priced: PricedSale, language: str) -> str:
    """A row per reward the sale won: the cashier tells the customer, nothing is spent."""
    won = QCoreApplication.translate("TotalsPanel", "Instant win: {what}")
    welcomed = QCoreApplication.translate("TotalsPanel", "Welcome back: {what}")
    free = QCoreApplication.translate("TotalsPanel", "free")
    rows = []
    for effect in priced.instant_wins:
        what = redeemed_text(effect, priced.currency, language)
        label = (welcomed if is_win_back(effect.won_by) else won).format(what=what)  # a welcome back's reward
        rows.append(f"<tr><td><b>{escape(label)}</b></td><td align='right'>{escape(free)}</td></tr>")
    return "".join(rows)


def redeemed_text(effect: RewardEffect, currency: str, language: str) -> str:
    """What a redeemed reward did, in the till's language with the shop's numbers."""
    return reward_description(effect.facts, effect.description, amount_minor=effect.amount_minor,
                              points=effect.points, currency=currency, language=language, numbers=numbers())
