"""The price rules report's tab: per member price and volume step over the range, the money it
took off and the bonus points it gave, most money first, with a total row."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from loyalty_pos.domain.money import Money
from loyalty_pos.gui.manager.reports_section.charts import legend_bars
from loyalty_pos.gui.manager.reports_section.tab import ReportTab
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.services.shop.price_rule_report import PriceRuleReport


class PriceRulesTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("price-rules", parent, shares=(3, 2))
        self.report: PriceRuleReport | None = None

    def kind_text(self, kind: str) -> str:
        return self.tr("Volume") if kind == "volume" else self.tr("Member price")

    def show_report(self, report: PriceRuleReport) -> None:
        self.report = report

        def money(minor: int) -> str:
            return money_text(Money(minor, report.currency))

        self.show_summary(self.tr("Money taken off by member prices and volume steps, and the bonus points volume "
                                  "steps gave, on the range's sales as their receipts show them: {money} and "
                                  "{points:,} points in all. Returns are not netted.").format(
            money=money(report.discount_minor), points=report.points))
        whole = 10 ** Money(0, report.currency).exponent  # bars in whole units: the axis reads "35", not "3500"
        self.show_chart(legend_bars(self.tr("Money off per rule ({currency})").format(currency=report.currency),
                                    [(row.name, row.total.discount_minor // whole) for row in report.rows]))
        rows: list[tuple[str | int, ...]] = [
            (row.name, self.kind_text(row.kind), row.total.sales, money(row.total.discount_minor), row.total.points)
            for row in report.rows
        ]
        if rows:
            rows.append((self.tr("All"), "", sum(row.total.sales for row in report.rows),
                         money(report.discount_minor), report.points))
        self.model.set_rows((self.tr("Rule"), self.tr("Kind"), self.tr("Sales"), self.tr("Money off"),
                             self.tr("Bonus points")), rows)
