"""One report: a chart above its table (or beside it), and a summary line."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QEvent, QMargins, QObject
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.gui.manager.reports_section.charts import paint_chart
from loyalty_pos.gui.models.report_table_model import ReportTableModel
from loyalty_pos.gui.widgets.theme import colours

# A table this short is read whole (liability's five measures, the campaigns): the chart
# gives up the height. A longer one keeps at least ROWS_IN_VIEW rows and scrolls to the rest.
ROWS_WHOLE = 5
ROWS_IN_VIEW = 3


class ReportTab(QWidget):
    """Bars listed down the page sit beside their table: they need ~30 pixels a name
    before QtCharts stops eliding them. ``slug`` names the tab in export file names."""

    def __init__(self, slug: str, parent: QWidget | None = None, *, side_by_side: bool = False,
                 shares: tuple[int, int] = (5, 3), stretch: int = 0) -> None:
        super().__init__(parent)
        self.slug = slug
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.chart_view = QChartView(QChart(), self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(200)
        self.chart_view.setAccessibleName(self.tr("Chart"))
        self.model = ReportTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Report table"))
        self.table.setTabKeyNavigation(False)  # read-only: Tab leaves the table
        self.table.verticalHeader().hide()
        # Numbers and their headers whole; the names column (``stretch``) takes what is left.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.model.modelReset.connect(lambda: self.table.horizontalHeader().setSectionResizeMode(
            stretch, QHeaderView.ResizeMode.Stretch) if self.model.columnCount() else None)
        self.model.modelReset.connect(self._fit_rows)
        self.table.installEventFilter(self)  # a new width may bring or take the sideways scroll bar
        body = QHBoxLayout() if side_by_side else QVBoxLayout()
        body.addWidget(self.chart_view, shares[0])
        body.addWidget(self.table, shares[1])
        self.body = QVBoxLayout(self)
        # Flush with the section's controls: the style's margins cost the chart the height
        # it needs at 1024x768 once a short table shows all its rows.
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.summary)
        self.body.addLayout(body, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return super().eventFilter(watched, event)

    def _fit_rows(self) -> None:
        """Tall enough for its rows whole (see ``ROWS_WHOLE``), above the sideways scroll bar
        of a table wider than the page (the campaigns' eight columns): that bar hid the last row."""
        table, header = self.table, self.table.horizontalHeader()
        count = self.model.rowCount()
        rows = count if count <= ROWS_WHOLE else ROWS_IN_VIEW
        columns = range(self.model.columnCount())
        # From the table's own width: on its resize the viewport has not followed yet.
        room = table.width() - 2 * table.frameWidth()
        if count > rows:
            room -= table.verticalScrollBar().sizeHint().width()
        wide = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns
                   if not table.isColumnHidden(c)) > room
        bar = table.horizontalScrollBar().sizeHint().height() if wide else 0
        table.setMinimumHeight(header.sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
                               + bar + 2 * table.frameWidth())

    def show_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def show_chart(self, chart: QChart) -> None:
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # a PNG/PDF must show the final bars
        chart.setMargins(QMargins(4, 4, 4, 4))
        paint_chart(chart, colours())
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        old.deleteLater()
