"""The Reports section of the back office: a date range, a page per report, exports.

Six service calls fill the pages, each on the worker and each replacing only its
own pages, so the quick reports show while a slower one is still counting. The From
and To dates are days on the shop's calendar (its time zone, read first on the
worker), so every tab and export counts a sale on the day it was made there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.calendar import day_range
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.reports_section.audience_tabs import CampaignLiftTab, HoldoutTab
from loyalty_pos.gui.manager.reports_section.export import write_csv, write_pdf
from loyalty_pos.gui.manager.reports_section.actions_tab import MemberActionsTab
from loyalty_pos.gui.manager.reports_section.giving_tabs import CharitiesTab, GiftCardsTab
from loyalty_pos.gui.manager.reports_section.prizes_tab import PrizesTab
from loyalty_pos.gui.manager.reports_section.counting_tabs import CountingTabs
from loyalty_pos.gui.manager.reports_section.price_rules_tab import PriceRulesTab
from loyalty_pos.gui.manager.reports_section.caps_tab import CapsTab
from loyalty_pos.gui.manager.reports_section.tab import ReportTab
from loyalty_pos.gui.manager.reports_section.unusual_tab import UnusualTab
from loyalty_pos.gui.manager.reports_section.tabs import (
    CampaignsTab,
    EndOfDayTab,
    FlowsTab,
    LiabilityTab,
    LiabilityTrendTab,
    RewardsTab,
    TierMovesTab,
    TiersTab,
    TopMembersTab,
)
from loyalty_pos.gui.operations import Changes
from loyalty_pos.services.shop.counting_reports import counting_report
from loyalty_pos.gui.widgets.action_bar import ActionBar
from loyalty_pos.gui.widgets.reflow_box import ReflowBox
from loyalty_pos.gui.widgets.day_edit import DayEdit
from loyalty_pos.gui.widgets.locale_text import shop_language
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.shop.action_report import member_action_report
from loyalty_pos.services.shop.campaign_report import (
    CampaignComparisons,
    HoldoutResults,
    campaign_comparison,
    holdout_results,
)
from loyalty_pos.services.shop.end_of_day import DayReport, day_report
from loyalty_pos.services.shop.unusual_report import unusual_activity
from loyalty_pos.services.shop.giving_reports import charity_report, gift_card_report
from loyalty_pos.services.shop.prize_report import PrizeLine, prize_report
from loyalty_pos.services.shop.reports import (
    CampaignResults,
    LiabilityTrend,
    ProgramReport,
    TierMovements,
    TopMember,
    campaign_results,
    liability_over_time,
    program_report,
    shop_calendar,
    tier_movements,
    top_members,
)
from loyalty_pos.services.shop.price_rule_report import price_rule_report
from loyalty_pos.services.shop.cap_report import cap_report

_PRESETS = (30, 90, 365)
# What another section changing invalidates here: balances, sales, tiers, the programme.
_STALE = Changes.BALANCE | Changes.SALES | Changes.MEMBER | Changes.PROGRAM | Changes.SETTINGS


class ReportsSection(QWidget):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor.require_manager("Reading the reports")
        self.ctx, self.actor = ctx, actor
        self.report: ProgramReport | None = None
        self.trend: LiabilityTrend | None = None
        self.moves: TierMovements | None = None
        self.campaigns: CampaignResults | None = None
        self.top: tuple[TopMember, ...] | None = None
        self.day: DayReport | None = None
        self.comparison: CampaignComparisons | None = None
        self.holdouts: HoldoutResults | None = None
        self.exported_to: Path | None = None
        self.headline = ""  # the range and its redemption rate: the status line, and a PDF's subtitle
        self._stale = False
        # The shop's calendar; UTC only until the worker has read the shop's time zone.
        self.zone: tzinfo = UTC
        self.today: date | None = None
        self._loaded_days: tuple[date, date] | None = None

        today = ctx.clock.now().astimezone(UTC).date()
        self.start = DayEdit(_qdate(today).addMonths(-12).addDays(1), self)
        self.end = DayEdit(_qdate(today), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.picker = QComboBox(self)  # nine tabs would not fit beside the back office's list
        self.pages = QStackedWidget(self)
        self.liability_tab = LiabilityTab(self)
        self.trend_tab = LiabilityTrendTab(self)
        self.flows_tab = FlowsTab(self)
        self.rewards_tab = RewardsTab(self)
        self.tiers_tab = TiersTab(self)
        self.moves_tab = TierMovesTab(self)
        self.top_tab = TopMembersTab(self)
        self.campaigns_tab = CampaignsTab(self)
        self.day_tab = EndOfDayTab(self)
        self.unusual_tab = UnusualTab(self)
        self.actions_tab = MemberActionsTab(self)
        self.gift_cards_tab, self.charities_tab = GiftCardsTab(self), CharitiesTab(self)
        self.gift_cards_tab.void_requested.connect(self.open_gift_card)
        self.prizes_tab = PrizesTab(self)
        self.prizes: tuple[PrizeLine, ...] | None = None
        self.lift_tab, self.holdout_tab = CampaignLiftTab(self), HoldoutTab(self)
        self.price_rules_tab = PriceRulesTab(self)
        self.caps_tab = CapsTab(self)
        for tab, title in ((self.liability_tab, self.tr("Liability and expiry")),
                           (self.trend_tab, self.tr("Liability over time")),
                           (self.flows_tab, self.tr("Issued vs redeemed")), (self.rewards_tab, self.tr("Rewards")),
                           (self.tiers_tab, self.tr("Tier mix")), (self.moves_tab, self.tr("Tier movements")),
                           (self.top_tab, self.tr("Top members")), (self.campaigns_tab, self.tr("Campaigns")),
                           (self.day_tab, self.tr("End of day")), (self.unusual_tab, self.tr("Unusual activity")),
                           (self.actions_tab, self.tr("Member actions")), (self.gift_cards_tab, self.tr("Gift cards")),
                           (self.charities_tab, self.tr("Charity donations")), (self.prizes_tab, self.tr("Prizes")),
                           (self.lift_tab, self.tr("Campaigns vs before")), (self.holdout_tab, self.tr("A/B holdout")),
                           (self.price_rules_tab, self.tr("Price rules")),
                           (self.caps_tab, self.tr("Points held back by caps"))):
            self.picker.addItem(title)
            self.pages.addWidget(tab)
        self.counting_tabs = CountingTabs(self)  # challenges, badges, paid memberships
        for tab, title in self.counting_tabs.titled():
            self.picker.addItem(title)
            self.pages.addWidget(tab)
        self.picker.setMaxVisibleItems(self.picker.count())
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # every name whole
        # The report beside its days, or over them when a large text size needs the width.
        picker_row = ReflowBox()
        report = QHBoxLayout()
        report.addWidget(QLabel(self.tr("&Report"), self, buddy=self.picker))
        report.addWidget(self.picker)
        report.addStretch(1)
        days = QHBoxLayout()
        for text, edit in ((self.tr("&From"), self.start), (self.tr("&To"), self.end)):
            label = QLabel(text, self, buddy=edit)
            # Its hint leaves no room for the mnemonic's underline: squeezed, "To" showed as "Tc".
            label.setMinimumWidth(label.sizeHint().width() + 6)
            days.addWidget(label)
            days.addWidget(edit)
        days.addStretch(1)
        picker_row.addLayout(report, 1)
        picker_row.addLayout(days)
        # Wraps into more rows at a large text size instead of cutting "Last 365 days".
        preset_row = ActionBar(self)
        self.preset_buttons: dict[int, QPushButton] = {}
        for number, days in enumerate(_PRESETS, start=1):
            button = QPushButton(self.tr("Alt+{n} Last {days} days").format(n=number, days=days), self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, d=days: self.set_preset(d))
            QShortcut(QKeySequence(f"Alt+{number}"), self, lambda d=days: self.set_preset(d))
            preset_row.add(button)
            self.preset_buttons[days] = button
        # Tab as the rows read: report, From, To, then the ranges, then the report itself.
        chain = [self.picker, self.start, self.end, *self.preset_buttons.values()]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

        self.export_path = QLineEdit(self)
        # The buttons beside it keep their whole names in every language; the path gives way
        # (it shows its end, the file's name) down to about fourteen characters.
        self.export_path.setMinimumWidth(self.export_path.fontMetrics().horizontalAdvance("x" * 14))
        self.csv_button = QPushButton(self.tr("Ctrl+E Export CSV"), self)
        self.pdf_button = QPushButton(self.tr("Ctrl+P Export PDF"), self)
        for button in (self.csv_button, self.pdf_button):
            button.setAutoDefault(False)
            button.setMinimumWidth(button.sizeHint().width())
        self.status = QLabel(self.tr("Loading…"), self)
        self.status.setWordWrap(True)
        export_row = QHBoxLayout()
        export_row.addWidget(QLabel(self.tr("&Save to"), self, buddy=self.export_path))
        export_row.addWidget(self.export_path, 1)
        # Beside the path, or under it when a large text size leaves too little room.
        export_buttons = ActionBar(self)
        export_buttons.add(self.csv_button)
        export_buttons.add(self.pdf_button)

        layout = QVBoxLayout(self)
        layout.addLayout(picker_row)
        layout.addWidget(preset_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addLayout(export_row)
        layout.addWidget(export_buttons)

        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.picker.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self.picker.currentIndexChanged.connect(self._suggest_path)
        self.start.dateChanged.connect(self.reload)
        self.end.dateChanged.connect(self.reload)
        ctx.ops.changed.connect(self._on_changed)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export_csv)
        QShortcut(QKeySequence("Ctrl+P"), self, self.export_pdf)
        # Ctrl+Tab steps through the reports wherever the focus is, as it would through tabs.
        QShortcut(QKeySequence("Ctrl+Tab"), self, lambda: self._step_tab(+1))
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self, lambda: self._step_tab(-1))
        QShortcut(QKeySequence("Ctrl+Backtab"), self, lambda: self._step_tab(-1))
        self._suggest_path()
        self._read_calendar()

    # -- the shell's hooks ---------------------------------------------------------------
    def activated(self) -> None:
        """Shown again: reload if a sale or another section changed the numbers meanwhile."""
        if self._stale:
            self.reload()
        self.picker.setFocus()

    def _on_changed(self, changes: Changes) -> None:
        if Changes.SETTINGS in changes:
            self._read_calendar()  # the time zone may have moved the shop's days
        elif changes & _STALE:
            self._stale = True
            if self.isVisible():
                self.reload()

    def _read_calendar(self) -> None:
        make_uow, now = self.ctx.make_uow, self.ctx.clock.now()
        self.ctx.ops.run(self, lambda: shop_calendar(make_uow(readonly=True), now), on_done=self._start_at,
                         on_error=self._refused, latest="reports-calendar")

    def _start_at(self, calendar: tuple[tzinfo, date]) -> None:
        """The same span of days, ending on the shop's today (the first time) and loaded."""
        zone, today = calendar
        first_time, self.zone = self.today is None, zone
        if first_time and today != _pydate(self.end.date()):
            span = self.start.date().daysTo(self.end.date())
            for edit, day in ((self.end, _qdate(today)), (self.start, _qdate(today).addDays(-span))):
                edit.blockSignals(True)
                edit.setDate(day)
                edit.blockSignals(False)
        self.today = today
        self._suggest_path()
        self.reload()

    # -- range and loading ------------------------------------------------------------------
    def set_preset(self, days: int) -> None:
        """The last ``days`` days, today included."""
        self.start.blockSignals(True)
        self.start.setDate(self.end.date().addDays(1 - days))
        self.start.blockSignals(False)
        self.reload()

    def date_range(self) -> tuple[datetime, datetime]:
        """The shop's days From to To, both included, as the store's half-open UTC range."""
        return day_range(_pydate(self.start.date()), _pydate(self.end.date()), self.zone)

    def loaded(self) -> bool:
        return None not in (self.report, self.trend, self.moves, self.campaigns, self.top, self.day, self.prizes,
                            self.comparison, self.holdouts)

    def reload(self, *_args: object) -> None:
        if self.today is None:
            return  # the shop's calendar is still being read; it reloads when it comes
        start, end = self.date_range()
        if end <= start:
            self.status.setText(self.tr("The start date must not be after the end date."))
            return
        self._loaded_days = (_pydate(self.start.date()), _pydate(self.end.date()))
        self._stale = False
        self.report = self.trend = self.moves = self.campaigns = self.top = self.day = None
        self.prizes = None
        self.comparison = self.holdouts = None
        self.status.setText(self.tr("Loading…"))
        now = self.ctx.clock.now()
        self._load("program", lambda uow: program_report(uow, start=start, end=end, now=now), self._show_report)
        self._load("trend", lambda uow: liability_over_time(uow, start=start, end=end), self._show_trend)
        self._load("moves", lambda uow: tier_movements(uow, start=start, end=end), self._show_moves)
        self._load("campaigns", lambda uow: campaign_results(uow, start=start, end=end), self._show_campaigns)
        self._load("top", lambda uow: top_members(uow, start=start, end=end), self._show_top)
        day = _pydate(self.end.date())
        self._load("day", lambda uow: day_report(uow, now=now, day=day), self._show_day)
        self._load("unusual", lambda uow: unusual_activity(uow, now=now),
                   lambda report: self.unusual_tab.show_report(report, self.zone))
        self._load("actions", lambda uow: member_action_report(uow, start=start, end=end, now=now),
                   self.actions_tab.show_report)
        self._load("gift-cards", lambda uow: gift_card_report(uow, start=start, end=end), self.gift_cards_tab.show_report)
        self._load("charities", lambda uow: charity_report(uow, start=start, end=end), self.charities_tab.show_totals)
        self._load("prizes", lambda uow: prize_report(uow, start=start, end=end), self._show_prizes)
        self._load("counting", lambda uow: counting_report(uow, start=start, end=end, now=now),
                   self.counting_tabs.show_report)
        self._load("comparison", lambda uow: campaign_comparison(uow, start=start, end=end), self._show_comparison)
        self._load("holdouts", lambda uow: holdout_results(uow, start=start, end=end), self._show_holdouts)
        self._load("price-rules", lambda uow: price_rule_report(uow, start=start, end=end),
                   self.price_rules_tab.show_report)
        self._load("points-caps", lambda uow: cap_report(uow, start=start, end=end), self.caps_tab.show_report)

    def open_gift_card(self, number: str = "") -> None:
        """Look up or void a card (gift_card_void_dialog); a void reloads the reports."""
        from loyalty_pos.gui.manager.gift_card_void_dialog import GiftCardVoidDialog

        dialog = GiftCardVoidDialog(self.ctx, self.actor, self, number=number, zone=self.zone)
        dialog.accepted.connect(self.reload)
        self.gift_card_dialog = dialog
        dialog.open()

    def _load(self, key: str, call: Callable[[Any], Any], show: Callable[[Any], None]) -> None:
        make_uow = self.ctx.make_uow
        self.ctx.ops.run(self, lambda: call(make_uow(readonly=True)), on_done=show, on_error=self._refused,
                         latest=f"reports-{key}")

    def _refused(self, error: LoyaltyError) -> None:
        self.status.setText(error.message)

    def _show_report(self, report: ProgramReport) -> None:
        self.report = report
        for tab in (self.liability_tab, self.flows_tab, self.rewards_tab, self.tiers_tab):
            tab.show_report(report)
        first, last = self._loaded_days or (report.start.date(), report.end.date())
        self.headline = self.tr("{start} to {end} ({zone} days): {rate} % of the points issued were redeemed, "
                                "by {members:,} member(s).").format(
            start=first.isoformat(), end=last.isoformat(), zone=self.zone,
            rate=report.redemption_rate_pct, members=report.members_redeeming)
        self.status.setText(self.headline)

    def _show_trend(self, trend: LiabilityTrend) -> None:
        self.trend = trend
        self.trend_tab.show_trend(trend)

    def _show_moves(self, moves: TierMovements) -> None:
        self.moves = moves
        self.moves_tab.show_moves(moves)

    def _show_top(self, top: tuple[TopMember, ...]) -> None:
        self.top = top
        self.top_tab.show_top(top)

    def _show_campaigns(self, results: CampaignResults) -> None:
        self.campaigns = results
        self.campaigns_tab.show_results(results)

    def _show_day(self, report: DayReport) -> None:
        self.day = report
        self.day_tab.show_day(report)

    def _show_prizes(self, lines: tuple[PrizeLine, ...]) -> None:
        self.prizes = lines
        self.prizes_tab.show_prizes(lines)

    def _show_comparison(self, results: CampaignComparisons) -> None:
        self.comparison = results
        self.lift_tab.show_comparison(results)

    def _show_holdouts(self, results: HoldoutResults) -> None:
        self.holdouts = results
        self.holdout_tab.show_holdouts(results)

    def _step_tab(self, step: int) -> None:
        self.picker.setCurrentIndex((self.picker.currentIndex() + step) % self.picker.count())

    # -- export -----------------------------------------------------------------------------
    def current_tab(self) -> ReportTab:
        return self.pages.currentWidget()  # type: ignore[return-value]

    def _suggest_path(self, *_args: object) -> None:
        base = self.ctx.receipts_dir.parent if self.ctx.receipts_dir else Path.home()
        day = self.ctx.clock.now().astimezone(self.zone).date().isoformat()
        self.export_path.setText(str(base / "reports" / f"{self.current_tab().slug}-{day}.csv"))

    def _target(self, suffix: str) -> Path:
        return Path(self.export_path.text().strip()).expanduser().with_suffix(suffix)

    def _ready(self) -> bool:
        if self.current_tab().model.columnCount():
            return True
        self.status.setText(self.tr("Wait for the report to load before exporting."))
        return False

    def export_csv(self) -> None:
        if not self._ready():
            return
        model, out = self.current_tab().model, self._target(".csv")
        headers, rows, language = model.headers(), model.rows(), shop_language()
        self.ctx.ops.run(self, lambda: write_csv(out, headers, rows, language=language, data_dir=self.ctx.data_dir),
                         on_done=self._exported, on_error=self._refused)

    def export_pdf(self) -> None:
        if not self._ready():
            return
        # Widgets can only be painted on the GUI thread, so the PDF is drawn here.
        out, tab = self._target(".pdf"), self.current_tab()
        try:
            write_pdf(out, self.picker.currentText(), self.headline, tab, data_dir=self.ctx.data_dir)
        except LoyaltyError as error:
            self._refused(error)
            return
        self._exported(out)

    def _exported(self, out: Path) -> None:
        self.exported_to = out
        self.status.setText(self.tr("Saved to {path}.").format(path=out))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
