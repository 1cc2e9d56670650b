"""The QtCharts a report draws: bars (up or across the page) and a pie."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from loyalty_pos.gui.widgets.theme import Colours, colours

# Which of the theme's series colours (Colours.series) a set is drawn in.
ISSUED, REDEEMED, EXPIRED = 0, 1, 2


def _mark(slot: int) -> QColor:
    series = colours().series
    return QColor(series[slot % len(series)])


def paint_chart(chart: QChart, c: Colours) -> None:
    """The chart on the theme's surface with its words in the theme's ink: QtCharts' own
    light theme would be a white patch with grey words in high contrast."""
    ink, rule = QColor(c.ink), QColor(c.border)
    chart.setBackgroundBrush(QColor(c.surface))
    chart.setBackgroundPen(QPen(rule))
    chart.setTitleBrush(ink)
    chart.legend().setLabelColor(ink)
    for axis in chart.axes():
        axis.setLabelsColor(ink)
        axis.setLinePenColor(rule)
        axis.setGridLineColor(rule)


def month_labels(months: list[str]) -> list[str]:
    """"2026-03" -> "Mar"; the first month, every January and a repeated month name also
    name the year, on a second line ("Jan<br>26": axis labels are rich text), so thirteen
    fit under a chart unelided and stay unique, as axis categories must."""
    labels: list[str] = []
    seen: set[str] = set()
    for index, month in enumerate(months):
        year, number = month.split("-")
        name = f"{date(int(year), int(number), 1):%b}"
        labels.append(f"{name}<br>{year[2:]}" if index == 0 or number == "01" or name in seen else name)
        seen.add(name)
    return labels


def bar_chart(title: str, categories: list[str], sets: list[tuple[str, int, list[int]]],
              *, horizontal: bool = False) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    series = QHorizontalBarSeries(chart) if horizontal else QBarSeries(chart)
    for label, slot, values in sets:
        bar_set = QBarSet(label, series)
        bar_set.setColor(_mark(slot))
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
    amounts.setRange(min(0, *(min(values, default=0) for _l, _c, values in sets)),
                     max(1, *(max(values, default=0) for _l, _c, values in sets)))
    _whole_ticks(amounts)
    chart.legend().setVisible(len(sets) > 1)
    return chart


def _whole_ticks(axis: QValueAxis) -> None:
    """Nice numbers, but never a tick between two whole numbers: counts are whole, and a
    0..2 axis with five ticks read "0, 0, 1, 1, 2" through the "%d" labels."""
    axis.applyNiceNumbers()
    span = round(axis.max() - axis.min())
    if 0 < span < axis.tickCount() - 1:
        axis.setTickCount(span + 1)


def pie_chart(title: str, slices: list[tuple[str, int]]) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    series = QPieSeries(chart)
    for slot, (label, count) in enumerate(slices):
        pie_slice = series.append(label, count)
        pie_slice.setLabelVisible(True)  # each slice named beside it: its colour is not all that tells it
        pie_slice.setColor(_mark(slot))
        pie_slice.setBorderColor(QColor(colours().surface))
        pie_slice.setLabelColor(QColor(colours().ink))
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def legend_bars(title: str, items: list[tuple[str, int]]) -> QChart:
    """One bar per item, named in the legend rather than on an axis: long names
    (campaigns) stay whole where an axis would elide them to "…"."""
    chart = QChart()
    chart.setTitle(title)
    series = QHorizontalBarSeries(chart)
    for slot, (name, value) in enumerate(reversed(items)):  # a horizontal series draws its first set lowest
        bar_set = QBarSet(name, series)
        bar_set.setColor(_mark(slot))
        bar_set.append([value])
        series.append(bar_set)
    chart.addSeries(series)
    amounts = QValueAxis(chart)
    amounts.setLabelFormat("%d")
    amounts.setRange(0, max(1, *(value for _name, value in items)) if items else 1)
    _whole_ticks(amounts)
    chart.addAxis(amounts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(amounts)
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignRight)
    small = legend.font()
    small.setPointSizeF(small.pointSizeF() * 0.85)  # five names stacked beside the bars, none elided
    legend.setFont(small)
    return chart
