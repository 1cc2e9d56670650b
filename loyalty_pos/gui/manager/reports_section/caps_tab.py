"""Reports → Points held back by caps: per day, till and cap, the sales a fraud-limit cap
trimmed, the points asked and given, and whom it held back most (services.shop.cap_report)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from loyalty_pos.gui.manager.reports_section.charts import legend_bars
from loyalty_pos.gui.manager.reports_section.tab import ReportTab
from loyalty_pos.services.shop.cap_report import CapReport, CapRow


class CapsTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("points-caps", parent, shares=(2, 3), stretch=6)
        self.report: CapReport | None = None

    def cap_text(self, rule: str) -> str:
        # Short: the table's columns fit a till's 1024-pixel screen whole.
        return {
            "daily_cap": self.tr("Member daily"),
            "terminal_cap": self.tr("Till daily"),
            "sale_cap": self.tr("Per sale"),
        }.get(rule, rule)

    def show_report(self, report: CapReport) -> None:
        self.report = report
        if report.rows:
            self.show_summary(self.tr("Caps held back {points:,} points on {sales:,} sales in the range, as their "
                                      "receipts said. A sale two caps trimmed counts under the tighter one. Set the "
                                      "caps under Earning rules & tiers → Limits.").format(
                points=report.held_back, sales=report.sales))
        else:
            self.show_summary(self.tr("No cap trimmed a sale's points in the range."))
        held: dict[str, int] = {}
        for row in report.rows:
            held[row.rule] = held.get(row.rule, 0) + row.held_back
        self.show_chart(legend_bars(self.tr("Points held back per cap"),
                                    [(self.cap_text(rule), points) for rule, points in held.items()]))
        self.model.set_rows(
            (self.tr("Day"), self.tr("Till"), self.tr("Cap"), self.tr("Sales"), self.tr("Asked"), self.tr("Given"),
             self.tr("Members")),
            [(row.day.isoformat(), row.terminal_id, self.cap_text(row.rule), row.sales, row.asked, row.given,
              self.members_text(row)) for row in report.rows])

    def members_text(self, row: CapRow) -> str:
        # One column for how many and whom it held back most: a ninth would not fit a till's screen.
        if row.members == 1:
            return row.most_held
        return self.tr("{count:,}, most: {name}").format(count=row.members, name=row.most_held)
