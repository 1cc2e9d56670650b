"""Reports → Unusual activity: the patterns the program's fraud limits watch that reached
their thresholds in the last days (services.shop.unusual_report), busiest first."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtWidgets import QWidget

from loyalty_pos.domain.unusual_activity import Pattern
from loyalty_pos.gui.manager.reports_section.charts import legend_bars
from loyalty_pos.gui.manager.reports_section.tab import ReportTab
from loyalty_pos.services.shop.unusual_report import REPORT_DAYS, UnusualReport, UnusualRow


class UnusualTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("unusual-activity", parent, shares=(2, 3), stretch=1)

    def _pattern(self, pattern: Pattern) -> str:
        return {
            Pattern.MEMBER_REDEMPTIONS: self.tr("Member: redeems often"),
            Pattern.CASHIER_REDEMPTIONS: self.tr("Cashier: many rewards"),
            Pattern.CASHIER_LOOKUPS: self.tr("Cashier: many lookups"),
        }[pattern]

    def show_report(self, report: UnusualReport, zone: tzinfo) -> None:
        if not report.watching:
            summary = self.tr("No pattern is watched: set the thresholds under Earning rules & tiers → Limits.")
        elif not report.rows:
            summary = self.tr("Nothing unusual in the last {days} days (whatever the date range).").format(
                days=REPORT_DAYS)
        else:
            summary = self.tr("{count:,} pattern(s) reached their threshold within {minutes} minutes in the last "
                              "{days} days (whatever the date range). Each is listed once, at its busiest "
                              "window.").format(count=len(report.rows), minutes=report.rows[0].window_minutes,
                                                days=REPORT_DAYS)
        self.show_summary(summary)
        self.show_chart(legend_bars(self.tr("Count at the busiest window"),
                                    [(row.name, row.count) for row in report.rows]))
        self.model.set_rows(
            (self.tr("Who"), self.tr("Pattern"), self.tr("Count"), self.tr("Threshold"), self.tr("When")),
            [(row.name, self._pattern(row.pattern), row.count, row.threshold, self._when(row, zone))
             for row in report.rows])

    def _when(self, row: UnusualRow, zone: tzinfo) -> str:
        first, last = row.first_at.astimezone(zone), row.last_at.astimezone(zone)
        # The year is the report's (the last days): the month and day are what tell rows apart.
        end = f"{last:%H:%M}" if last.date() == first.date() else f"{last:%m-%d %H:%M}"
        return f"{first:%m-%d %H:%M}–{end}"
