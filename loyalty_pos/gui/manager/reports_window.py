"""The manager's reports: liability, issued vs redeemed, rewards, tiers, top members.

One service call (``program_report``) on a worker fills every tab; each tab is a
chart above a table, and the table is what CSV export writes. A PDF holds the tab's
chart as drawn on screen and its table as text, so it stays legible when printed.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, QRect, Qt
from PySide6.QtGui import QFont, QKeySequence, QPageSize, QPainter, QPdfWriter, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.money import Money
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.models.report_table_model import Cell, ReportTableModel
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.reports import ProgramReport, program_report

_PRESETS = (30, 90, 365)
_EXPIRY_DAYS = (30, 60, 90)
_ISSUED, _REDEEMED, _EXPIRED = "#1f6feb", "#bf8700", "#8c959f"


class ReportTab(QWidget):
    """A chart above its table (or beside it, for bars listed down the page, which need
    ~30 pixels a name before QtCharts stops eliding them); ``slug`` names the tab in
    export file names."""

    def __init__(self, slug: str, parent: QWidget | None = None, *, side_by_side: bool = False,
                 shares: tuple[int, int] = (5, 3)) -> None:
        super().__init__(parent)
        self.slug = slug
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.chart_view = QChartView(QChart(), self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(200)
        self.model = ReportTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Numbers and their headers whole; the names column takes what is left.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.model.modelReset.connect(lambda: self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch) if self.model.columnCount() else None)
        body = QHBoxLayout() if side_by_side else QVBoxLayout()
        body.addWidget(self.chart_view, shares[0])
        body.addWidget(self.table, shares[1])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)

    def show_chart(self, chart: QChart) -> None:
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # a PNG/PDF must show the final bars
        chart.setMargins(QMargins(4, 4, 4, 4))
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        old.deleteLater()


class ReportsWindow(QDialog):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor.require_manager("Reading the reports")
        self.ctx, self.actor = ctx, actor
        self.report: ProgramReport | None = None
        self.exported_to: Path | None = None
        self.setWindowTitle(self.tr("Reports"))
        today = ctx.clock.now().astimezone(UTC).date()
        self.start = QDateEdit(_qdate(today).addMonths(-12).addDays(1), self)
        self.end = QDateEdit(_qdate(today), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        range_row = QHBoxLayout()
        range_row.addWidget(QLabel(self.tr("&From"), self, buddy=self.start))
        range_row.addWidget(self.start)
        range_row.addSpacing(12)
        to_label = QLabel(self.tr("&To"), self, buddy=self.end)
        to_label.setMinimumWidth(to_label.sizeHint().width() + 6)
        range_row.addWidget(to_label)
        range_row.addWidget(self.end)
        self.preset_buttons: dict[int, QPushButton] = {}
        for days in _PRESETS:
            button = QPushButton(self.tr("Last {days} days").format(days=days), self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, d=days: self.set_preset(d))
            range_row.addWidget(button)
            self.preset_buttons[days] = button
        range_row.addStretch(1)

        self.tabs = QTabWidget(self)
        self.liability_tab = ReportTab("liability", self, shares=(1, 1))
        self.flows_tab = ReportTab("issued-vs-redeemed", self)
        self.rewards_tab = ReportTab("rewards", self, side_by_side=True, shares=(2, 3))
        self.tiers_tab = ReportTab("tiers", self)
        self.top_tab = ReportTab("top-members", self, side_by_side=True, shares=(1, 1))
        for tab, title in ((self.liability_tab, self.tr("Liability")), (self.flows_tab, self.tr("Issued vs redeemed")),
                           (self.rewards_tab, self.tr("Rewards")), (self.tiers_tab, self.tr("Tiers")),
                           (self.top_tab, self.tr("Top members"))):
            self.tabs.addTab(tab, title)
        self.liability_tab.summary.show()
        self.liability_points = QLabel(self)
        self.liability_money = QLabel(self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        for label in (self.liability_points, self.liability_money):
            label.setFont(big)
        figures = QHBoxLayout()
        figures.addWidget(self.liability_points)
        figures.addSpacing(24)
        figures.addWidget(self.liability_money)
        figures.addStretch(1)
        self.liability_tab.layout().insertLayout(0, figures)  # type: ignore[union-attr]

        self.export_path = QLineEdit(self)
        self.export_path.setMinimumWidth(220)
        self.csv_button = QPushButton(self.tr("Export CSV (Ctrl+E)"), self)
        self.pdf_button = QPushButton(self.tr("Export PDF (Ctrl+P)"), self)
        close = QPushButton(self.tr("Close (Esc)"), self)
        for button in (self.csv_button, self.pdf_button, close):
            button.setAutoDefault(False)
        self.status = QLabel(self.tr("Loading…"), self)
        self.status.setWordWrap(True)
        export_row = QHBoxLayout()
        export_row.addWidget(QLabel(self.tr("&Save to"), self, buddy=self.export_path))
        export_row.addWidget(self.export_path, 1)
        export_row.addWidget(self.csv_button)
        export_row.addWidget(self.pdf_button)
        export_row.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(range_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(export_row)
        self.resize(980, 700)

        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        close.clicked.connect(self.reject)
        self.tabs.currentChanged.connect(self._suggest_path)
        self.start.dateChanged.connect(self.reload)
        self.end.dateChanged.connect(self.reload)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export_csv)
        QShortcut(QKeySequence("Ctrl+P"), self, self.export_pdf)
        # Ctrl+Tab must switch tabs wherever the focus is, not only on the tab bar.
        QShortcut(QKeySequence("Ctrl+Tab"), self, lambda: self._step_tab(+1))
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self, lambda: self._step_tab(-1))
        QShortcut(QKeySequence("Ctrl+Backtab"), self, lambda: self._step_tab(-1))
        self._suggest_path()
        self.reload()

    # -- range and loading ------------------------------------------------------------
    def set_preset(self, days: int) -> None:
        """The last ``days`` days, today included."""
        end = self.end.date()
        self.start.blockSignals(True)
        self.start.setDate(end.addDays(1 - days))
        self.start.blockSignals(False)
        self.reload()

    def date_range(self) -> tuple[datetime, datetime]:
        """Whole UTC days, the end date included: the store's ranges are half-open."""
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        begin = datetime(start.year, start.month, start.day, tzinfo=UTC)
        return begin, datetime(end.year, end.month, end.day, tzinfo=UTC) + timedelta(days=1)

    def reload(self, *_args: object) -> None:
        start, end = self.date_range()
        if end <= start:
            self.status.setText(self.tr("The start date must not be after the end date."))
            return
        ctx, now = self.ctx, self.ctx.clock.now()
        self.status.setText(self.tr("Loading…"))
        ctx.ops.run(self, lambda: program_report(ctx.make_uow(readonly=True), start=start, end=end, now=now),
                    on_done=self._show, on_error=self._refused, latest="reports-window")

    def _refused(self, error: LoyaltyError) -> None:
        self.status.setText(error.message)

    def _show(self, report: ProgramReport) -> None:
        self.report = report
        self._show_liability(report)
        self._show_flows(report)
        self._show_rewards(report)
        self._show_tiers(report)
        self._show_top(report)
        self.status.setText(self.tr("{start} to {end}: redemption rate {rate} % of points issued; "
                                    "{members:,} member(s) redeemed.").format(
            start=report.start.date().isoformat(), end=(report.end - timedelta(days=1)).date().isoformat(),
            rate=report.redemption_rate_pct, members=report.members_redeeming))

    # -- the tabs -----------------------------------------------------------------------
    def _show_liability(self, report: ProgramReport) -> None:
        owed = report.liability
        value, per = owed.point_value
        self.liability_points.setText(self.tr("{points:,} points open").format(points=owed.points))
        self.liability_money.setText(self.tr("worth {money}").format(money=Money(owed.value_minor, owed.currency).format()))
        basis = (self.tr("per point") if per == 1 else self.tr("per {per:,} points").format(per=per))
        self.liability_tab.summary.setText(self.tr("Valued at {value} {basis}, what the shop pays out for them. "
                                                   "Liability is as of now, whatever the date range.")
                                           .format(value=Money(value, owed.currency).format(), basis=basis))
        labels = [self.tr("Next {days} days").format(days=days) for days in _EXPIRY_DAYS]
        points = [owed.expiring[days] for days in _EXPIRY_DAYS]
        chart = _bar_chart(self.tr("Points expiring"), labels, [(self.tr("Points expiring"), _REDEEMED, points)])
        self.liability_tab.show_chart(chart)
        rows: list[Sequence[Cell]] = [(self.tr("Open points"), owed.points),
                                      (self.tr("Value ({currency}, minor units)").format(currency=owed.currency),
                                       owed.value_minor)]
        rows += [(self.tr("Expiring within {days} days").format(days=days), owed.expiring[days])
                 for days in _EXPIRY_DAYS]
        self.liability_tab.model.set_rows((self.tr("Measure"), self.tr("Points / value")), rows)

    def _show_flows(self, report: ProgramReport) -> None:
        months = [_short_month(f.month) for f in report.flows]
        chart = _bar_chart(self.tr("Points per month"), months, [
            (self.tr("Issued"), _ISSUED, [f.issued for f in report.flows]),
            (self.tr("Redeemed"), _REDEEMED, [f.redeemed for f in report.flows]),
            (self.tr("Expired"), _EXPIRED, [f.expired for f in report.flows]),
        ])
        self.flows_tab.show_chart(chart)
        self.flows_tab.model.set_rows(
            (self.tr("Month"), self.tr("Issued"), self.tr("Redeemed"), self.tr("Expired")),
            [(f.month, f.issued, f.redeemed, f.expired) for f in report.flows])

    def _show_rewards(self, report: ProgramReport) -> None:
        # Largest at the top: a horizontal bar series draws its first category lowest.
        ordered = list(reversed(report.redemptions))
        chart = _bar_chart(self.tr("Points redeemed per reward"), [r.name for r in ordered],
                           [(self.tr("Points"), _ISSUED, [r.points for r in ordered])], horizontal=True)
        self.rewards_tab.show_chart(chart)
        self.rewards_tab.model.set_rows(
            (self.tr("Reward"), self.tr("Redemptions"), self.tr("Points"), self.tr("Share %")),
            [(r.name, r.count, r.points, r.share_pct) for r in report.redemptions])

    def _show_tiers(self, report: ProgramReport) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Active members per tier"))
        series = QPieSeries(chart)
        for name, count in report.tier_mix.items():
            pie_slice = series.append(f"{name}: {count:,}", count)
            pie_slice.setLabelVisible(True)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tiers_tab.show_chart(chart)
        self.tiers_tab.model.set_rows((self.tr("Tier"), self.tr("Active members")), list(report.tier_mix.items()))

    def _show_top(self, report: ProgramReport) -> None:
        ordered = list(reversed(report.top_members))
        chart = _bar_chart(self.tr("Points earned in the range"), [name for _id, name, _points in ordered],
                           [(self.tr("Points earned"), _ISSUED, [points for _id, _name, points in ordered])],
                           horizontal=True)
        self.top_tab.show_chart(chart)
        self.top_tab.model.set_rows((self.tr("Name"), self.tr("Points earned"), self.tr("Member id")),
                                    [(name, points, member_id) for member_id, name, points in report.top_members])
        self.top_tab.table.setColumnHidden(2, True)  # the id is for the export, not for reading

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    # -- export -------------------------------------------------------------------------
    def current_tab(self) -> ReportTab:
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def _suggest_path(self, *_args: object) -> None:
        base = self.ctx.receipts_dir.parent if self.ctx.receipts_dir else Path.home()
        day = self.ctx.clock.now().astimezone(UTC).date().isoformat()
        self.export_path.setText(str(base / "reports" / f"{self.current_tab().slug}-{day}.csv"))

    def _target(self, suffix: str) -> Path:
        return Path(self.export_path.text().strip()).expanduser().with_suffix(suffix)

    def export_csv(self) -> None:
        if self.report is None:
            self.status.setText(self.tr("Wait for the report to load before exporting."))
            return
        model, out = self.current_tab().model, self._target(".csv")
        headers, rows = model.headers(), model.rows()
        self.ctx.ops.run(self, lambda: _write_csv(out, headers, rows), on_done=self._exported, on_error=self._refused)

    def export_pdf(self) -> None:
        if self.report is None:
            self.status.setText(self.tr("Wait for the report to load before exporting."))
            return
        # Widgets can only be painted on the GUI thread, so the PDF is drawn here.
        out, tab = self._target(".pdf"), self.current_tab()
        try:
            _write_pdf(out, self.tabs.tabText(self.tabs.currentIndex()).replace("&", ""),
                       self.status.text(), tab)
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


def _short_month(month: str) -> str:
    """"2026-03" -> "Mar 26": thirteen of them fit side by side at 1024 pixels."""
    year, number = month.split("-")
    return f"{date(int(year), int(number), 1):%b} {year[2:]}"


def _bar_chart(title: str, categories: list[str], sets: list[tuple[str, str, list[int]]],
               *, horizontal: bool = False) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    series = QHorizontalBarSeries(chart) if horizontal else QBarSeries(chart)
    for label, colour, values in sets:
        bar_set = QBarSet(label, series)
        bar_set.setColor(colour)
        bar_set.append(values)
        series.append(bar_set)
    chart.addSeries(series)
    names = QBarCategoryAxis(chart)
    names.append(categories)
    if not horizontal and len(categories) > 8:  # a year of "Nov 25" labels side by side, not elided to "No…"
        small = names.labelsFont()
        small.setPointSizeF(small.pointSizeF() * 0.7)
        names.setLabelsFont(small)
    amounts = QValueAxis(chart)
    amounts.setLabelFormat("%d")
    category_side, amount_side = ((Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom) if horizontal
                                  else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft))
    chart.addAxis(names, category_side)
    chart.addAxis(amounts, amount_side)
    series.attachAxis(names)
    series.attachAxis(amounts)
    # At least 0..1: an empty range still draws its axes instead of a collapsed plot.
    amounts.setRange(0, max(1, *(max(values, default=0) for _l, _c, values in sets)))
    amounts.applyNiceNumbers()
    chart.legend().setVisible(len(sets) > 1)
    return chart


def _unwritable(out: Path, error: OSError) -> LoyaltyError:
    return LoyaltyError(code="report_unwritable", template="Cannot write {path}: {reason}.",
                        path=str(out), reason=error.strerror or str(error))


def _write_csv(out: Path, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> Path:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(headers)
            writer.writerows(rows)
    except OSError as error:
        raise _unwritable(out, error) from None
    return out


def _write_pdf(out: Path, title: str, subtitle: str, tab: ReportTab) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _unwritable(out, error) from None
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    writer.setTitle(title)
    painter = QPainter()
    if not painter.begin(writer):
        raise LoyaltyError(code="report_unwritable", template="Cannot write {path}: {reason}.",
                           path=str(out), reason="the PDF could not be opened for writing")
    try:
        _paint_report(painter, writer, title, subtitle, tab)
    finally:
        painter.end()


def _paint_report(painter: QPainter, writer: QPdfWriter, title: str, subtitle: str, tab: ReportTab) -> None:
    page = painter.viewport()
    margin = writer.resolution() // 2  # half an inch
    width = page.width() - 2 * margin
    y = margin
    font = QFont("Sans Serif", 16, QFont.Weight.Bold)
    painter.setFont(font)
    line = painter.fontMetrics().height()
    painter.drawText(QRect(margin, y, width, line), Qt.AlignmentFlag.AlignLeft, title)
    y += line
    painter.setFont(QFont("Sans Serif", 9))
    line = painter.fontMetrics().height()
    for text in (subtitle, tab.summary.text() if tab.summary.isVisible() else ""):
        if text:
            box = painter.boundingRect(QRect(margin, y, width, page.height()), Qt.TextFlag.TextWordWrap, text)
            painter.drawText(box, Qt.TextFlag.TextWordWrap, text)
            y += box.height() + line // 2
    image = tab.chart_view.grab()
    if not image.isNull():
        height = width * image.height() // image.width()
        painter.drawPixmap(QRect(margin, y, width, height), image)
        y += height + line
    _paint_table(painter, writer, tab.model, margin, y, width)


def _paint_table(painter: QPainter, writer: QPdfWriter, model: ReportTableModel, left: int, top: int,
                 width: int) -> None:
    """Rows as text in equal columns, numbers right-aligned, continued on new pages."""
    headers, rows = model.headers(), model.rows()
    if not headers:
        return
    column = width // len(headers)
    line = painter.fontMetrics().height() * 5 // 4
    bottom = painter.viewport().height() - left
    y = top

    def draw_row(cells: Sequence[Cell], bold: bool) -> None:
        font = painter.font()
        font.setBold(bold)
        painter.setFont(font)
        for i, cell in enumerate(cells):
            align = Qt.AlignmentFlag.AlignRight if isinstance(cell, int) else Qt.AlignmentFlag.AlignLeft
            text = f"{cell:,}" if isinstance(cell, int) else str(cell)
            painter.drawText(QRect(left + i * column + 8, y, column - 16, line),
                             align | Qt.AlignmentFlag.AlignVCenter, text)

    draw_row(headers, True)
    y += line
    painter.drawLine(left, y, left + width, y)
    for cells in rows:
        if y + line > bottom:
            writer.newPage()
            y = left  # the same margin at the top of a new page
            draw_row(headers, True)
            y += line
        draw_row(cells, False)
        y += line
