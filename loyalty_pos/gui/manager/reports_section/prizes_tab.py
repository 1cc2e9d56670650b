"""The prizes report's tab: partner codes, giveaway entries and winners, instant wins and
mystery draws, one table a spreadsheet can filter by its first column."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from loyalty_pos.gui.manager.reports_section.charts import legend_bars
from loyalty_pos.gui.manager.reports_section.tab import ReportTab
from loyalty_pos.services.shop.prize_report import PrizeLine, PrizeRow


class PrizesTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        # The count beside what it counts; the names give way before it does.
        super().__init__("prizes", parent, shares=(2, 3), stretch=2)

    def _what(self, row: PrizeRow) -> str:
        return {
            PrizeRow.CODES_HANDED_OUT: self.tr("Partner codes handed out"),
            PrizeRow.CODES_LEFT: self.tr("Partner codes left"),
            PrizeRow.ENTRIES: self.tr("Giveaway entries"),
            PrizeRow.WINNER: self.tr("Giveaway winner"),
            PrizeRow.INSTANT_WIN: self.tr("Instant wins"),
            PrizeRow.MYSTERY: self.tr("Mystery draws"),
            PrizeRow.CODES_POOL: self.tr("Partner codes in the chain's pool"),
        }[row]

    def show_prizes(self, lines: tuple[PrizeLine, ...]) -> None:
        summary = self.tr("Instant wins and mystery draws in the range; partner codes and giveaways as they "
                          "stand now. A giveaway's seed shows as its fingerprint until the draw.")
        if any(line.row is PrizeRow.CODES_POOL for line in lines):
            summary += " " + self.tr("In a chain: codes handed out and giveaway entries are every till's as of the "
                                     "last sync; codes left are this till's; the pool is what no till holds yet.")
        self.show_summary(summary)
        counted = [line for line in lines if line.row is not PrizeRow.WINNER]  # a winner's place is no count
        self.show_chart(legend_bars(self.tr("Prizes"), [
            (" · ".join(part for part in (self._what(line.row), line.subject, line.outcome) if part), line.count)
            for line in counted]))
        self.model.set_rows(
            (self.tr("What"), self.tr("Count or place"), self.tr("Reward or campaign"), self.tr("Outcome"),
             self.tr("Seed")),
            [(self._what(line.row), line.count, line.subject, line.outcome, line.detail) for line in lines])
