"""The reports on challenges, badges and paid memberships: three tabs over one read
(services/shop/counting_reports.py), each a chart above its table, exported like the others."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from loyalty_pos.domain.money import Money
from loyalty_pos.gui.manager.reports_section.charts import ISSUED, REDEEMED, bar_chart, legend_bars
from loyalty_pos.gui.manager.reports_section.tab import ReportTab
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.services.shop.counting_reports import CountingReport


class ChallengesTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("challenges", parent, shares=(3, 2))

    def title(self) -> str:
        return self.tr("Challenges")

    def show_report(self, report: CountingReport) -> None:
        self.show_summary(self.tr("Completions and their points in the range. Where members stand is as of now, in "
                                  "each challenge's current period (or run of visits): how many members have 1, 2 "
                                  "… of the target."))
        self.show_chart(legend_bars(self.tr("Completions per challenge"),
                                    [(row.challenge.name, row.completions) for row in report.challenges]))
        self.model.set_rows(
            (self.tr("Challenge"), self.tr("Completions"), self.tr("Points"), self.tr("Members"),
             self.tr("Under way now"), self.tr("Where they stand")),
            [(row.challenge.name, row.completions, row.points, row.members, sum(row.progress),
              " · ".join(f"{step}/{row.challenge.target}: {count}" for step, count in enumerate(row.progress, 1)))
             for row in report.challenges])


class BadgesTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("badges", parent, shares=(3, 2))

    def title(self) -> str:
        return self.tr("Badges")

    def show_report(self, report: CountingReport) -> None:
        self.show_summary(self.tr("Members holding each badge today, and the badges awarded in the range."))
        self.show_chart(bar_chart(self.tr("Badges"), [row.name for row in report.badges], [
            (self.tr("Holders"), ISSUED, [row.holders for row in report.badges]),
            (self.tr("Awarded in the range"), REDEEMED, [row.awarded for row in report.badges]),
        ]))
        self.model.set_rows((self.tr("Badge"), self.tr("Holders"), self.tr("Awarded in the range")),
                            [(row.name, row.holders, row.awarded) for row in report.badges])


class PaidTiersTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("paid-memberships", parent, shares=(3, 2))

    def title(self) -> str:
        return self.tr("Paid memberships")

    def show_report(self, report: CountingReport) -> None:
        self.show_summary(self.tr("Sold and their fees in the range (taken on the shop's register); active and "
                                  "lapsed members as of today."))
        self.show_chart(bar_chart(self.tr("Paid memberships"), [row.name for row in report.paid_tiers], [
            (self.tr("Active"), ISSUED, [row.active for row in report.paid_tiers]),
            (self.tr("Lapsed"), REDEEMED, [row.lapsed for row in report.paid_tiers]),
        ]))
        self.model.set_rows(
            (self.tr("Membership"), self.tr("Sold"), self.tr("Revenue"), self.tr("Active"), self.tr("Lapsed")),
            [(row.name, row.sold, money_text(Money(row.revenue_minor, report.currency)), row.active, row.lapsed)
             for row in report.paid_tiers])


class CountingTabs:
    """The three tabs, added to the reports section's list after its own."""

    def __init__(self, parent: QWidget) -> None:
        self.challenges = ChallengesTab(parent)
        self.badges = BadgesTab(parent)
        self.paid = PaidTiersTab(parent)
        self.report: CountingReport | None = None

    def titled(self) -> list[tuple[ReportTab, str]]:
        return [(tab, tab.title()) for tab in (self.challenges, self.badges, self.paid)]

    def show_report(self, report: CountingReport) -> None:
        self.report = report
        for tab in (self.challenges, self.badges, self.paid):
            tab.show_report(report)
