"""One report: a chart above its table (or beside it), and a summary line."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QMargins
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from loyalty_pos.gui.models.report_table_model import ReportTableModel


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
        self.model = ReportTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Numbers and their headers whole; the names column (``stretch``) takes what is left.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.model.modelReset.connect(lambda: self.table.horizontalHeader().setSectionResizeMode(
            stretch, QHeaderView.ResizeMode.Stretch) if self.model.columnCount() else None)
        body = QHBoxLayout() if side_by_side else QVBoxLayout()
        body.addWidget(self.chart_view, shares[0])
        body.addWidget(self.table, shares[1])
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.summary)
        self.body.addLayout(body, 1)

    def show_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def show_chart(self, chart: QChart) -> None:
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # a PNG/PDF must show the final bars
        chart.setMargins(QMargins(4, 4, 4, 4))
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        old.deleteLater()
