"""The gift-card liability and the donations per charity, as report tabs.

Charts count whole units of the currency (rounded half up): a bar's height needs no
cents, and the table beside it has the exact amounts.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from loyalty_pos.domain.money import Money, Rounding, currency_exponent, divide
from loyalty_pos.gui.manager.reports_section.charts import legend_bars
from loyalty_pos.gui.manager.reports_section.tab import ReportTab
from loyalty_pos.gui.widgets.fkey_button import FKeyButton
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.services.ports import CharityTotal, GiftCardRow
from loyalty_pos.services.shop.giving_reports import GiftCardReport


def _whole(minor: int, currency: str) -> int:
    return divide(minor, 10 ** currency_exponent(currency), Rounding.HALF_UP)


class GiftCardsTab(ReportTab):
    # A card to look up or void: the row's number, or "" to scan or type one.
    void_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("gift-cards", parent, shares=(2, 3), stretch=0)
        self.void_button = FKeyButton("Ctrl+G", self.tr("Look up or void a gift card"), self)
        self.void_button.setAccessibleName(self.tr("Look up or void a gift card"))
        self.void_button.clicked.connect(lambda: self.void_requested.emit(self._row_number()))
        self.body.addWidget(self.void_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Enter (or a double click) on a card's row opens that card.
        self.table.activated.connect(lambda index: self.void_requested.emit(self._row_number(index)))

    def _row_number(self, index: QModelIndex | None = None) -> str:
        index = index if index is not None else self.table.currentIndex()
        if not index.isValid():
            return ""
        return str(self.model.index(index.row(), 0).data() or "")

    def show_report(self, report: GiftCardReport) -> None:
        def money(minor: int) -> str:
            return money_text(Money(minor, report.currency))

        summary = self.tr("{cards:,} card(s) hold {owed}: what the shop owes their holders now, whatever the range. "
                          "In the range: {sold:,} card(s) sold, {loaded} put on cards, {paid} paid with them, "
                          "{voided} voided.").format(
            cards=report.cards_with_money, owed=money(report.outstanding_minor), sold=report.cards_sold,
            loaded=money(report.loaded_minor), paid=money(report.redeemed_minor), voided=money(report.voided_minor))
        if report.overspent:
            summary += " " + self.tr("{count:,} card(s) went below zero when offline tills spent the same money; "
                                     "they are listed first: settle each with its holder.").format(
                count=len(report.overspent))
        if report.more_cards:
            summary += " " + self.tr("The table lists the first {count:,} cards by number; the totals count all.") \
                .format(count=len(report.cards))
        self.show_summary(summary)
        self.show_chart(legend_bars(self.tr("Gift card money in the range ({currency})").format(
            currency=report.currency), [
            (self.tr("Put on cards"), _whole(report.loaded_minor, report.currency)),
            (self.tr("Paid with cards"), _whole(report.redeemed_minor, report.currency)),
            (self.tr("Voided"), _whole(report.voided_minor, report.currency)),
        ]))
        listed = {row.number for row in report.overspent}
        rows = [*report.overspent, *(row for row in report.cards if row.number not in listed)]

        def cells(row: GiftCardRow) -> tuple[str, ...]:
            note = self.tr("below zero: settle") if row.balance_minor < 0 else ""
            sold = row.issued_at.date().isoformat() if row.issued_at else ""
            return (row.number, money(row.balance_minor), money(row.loaded_minor), money(row.spent_minor), sold,
                    row.last_at.date().isoformat(), note)

        self.model.set_rows((self.tr("Card"), self.tr("Balance"), self.tr("Put on"), self.tr("Spent"),
                             self.tr("Sold on"), self.tr("Last used"), self.tr("Note")), [cells(row) for row in rows])


class CharitiesTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("charities", parent, shares=(3, 2), stretch=0)

    def show_totals(self, totals: tuple[CharityTotal, ...]) -> None:
        by_currency: dict[str, int] = {}
        for row in totals:
            by_currency[row.currency] = by_currency.get(row.currency, 0) + row.amount_minor
        given = ", ".join(money_text(Money(amount, currency)) for currency, amount in by_currency.items())
        if totals:
            self.show_summary(self.tr("{donations:,} donation(s) in the range gave {points:,} points, {money}: what "
                                      "the shop pays the charities, at the rate each had when the points were "
                                      "given.").format(donations=sum(row.donations for row in totals),
                                                       points=sum(row.points for row in totals), money=given))
        else:
            self.show_summary(self.tr("No points were given to a charity in the range."))
        self.show_chart(legend_bars(self.tr("Money given per charity"),
                                    [(row.charity_name, _whole(row.amount_minor, row.currency)) for row in totals]))
        self.model.set_rows((self.tr("Charity"), self.tr("Donations"), self.tr("Points"), self.tr("Money")),
                            [(row.charity_name, row.donations, row.points,
                              money_text(Money(row.amount_minor, row.currency))) for row in totals])


