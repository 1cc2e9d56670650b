"""A report's table as CSV, and its chart and table as a PDF that stays legible printed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.manager.reports_section.tab import ReportTab
from loyalty_pos.gui.models.report_table_model import Cell, ReportTableModel
from loyalty_pos.i18n.csv_files import write_csv as write_locale_csv
from loyalty_pos.output_files import check_output, write_output


def write_csv(out: Path, headers: Sequence[str], rows: Sequence[Sequence[Cell]], *, language: str = "en",
              data_dir: Path | None = None) -> Path:
    """``data_dir``: the shop's folder, whose files no report may overwrite; ``language``:
    whose spreadsheets must open it (its separator and decimal mark)."""
    write_output(out, data_dir, lambda partial: write_locale_csv(partial, headers, rows, language))
    return out


def write_pdf(out: Path, title: str, subtitle: str, tab: ReportTab, *, data_dir: Path | None = None) -> None:
    check_output(out, data_dir)  # before painting: refused at once, not after the pages are drawn
    write_output(out, data_dir, lambda partial: _paint_pdf(partial, title, subtitle, tab))


def _paint_pdf(out: Path, title: str, subtitle: str, tab: ReportTab) -> None:
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


def _text(cell: Cell) -> str:
    return f"{cell:,}" if isinstance(cell, int) else str(cell)


def _column_widths(painter: QPainter, headers: Sequence[str], rows: Sequence[Sequence[Cell]], width: int,
                   gap: int) -> list[int]:
    """Each column as wide as its widest text, in a font made smaller (down to 6 pt) until
    every column fits the page."""
    font = QFont(painter.font())
    while True:
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        needed = [painter.fontMetrics().horizontalAdvance(header) for header in headers]
        painter.setFont(font)
        metrics = painter.fontMetrics()
        for cells in rows:
            needed = [max(have, metrics.horizontalAdvance(_text(cell))) for have, cell in zip(needed, cells)]
        needed = [have + gap for have in needed]
        if sum(needed) <= width or font.pointSizeF() <= 6:
            return needed
        font.setPointSizeF(font.pointSizeF() - 0.5)


def _paint_table(painter: QPainter, writer: QPdfWriter, model: ReportTableModel, left: int, top: int,
                 width: int) -> None:
    """Rows as text, numbers right-aligned, continued on new pages."""
    headers, rows = model.headers(), model.rows()
    if not headers:
        return
    gap = painter.fontMetrics().height()
    columns = _column_widths(painter, headers, rows, width, gap)
    line = painter.fontMetrics().height() * 5 // 4
    bottom = painter.viewport().height() - left
    y = top

    def draw_row(cells: Sequence[Cell], bold: bool) -> None:
        font = painter.font()
        font.setBold(bold)
        painter.setFont(font)
        x = left
        for cell, column in zip(cells, columns):
            align = Qt.AlignmentFlag.AlignRight if isinstance(cell, int) else Qt.AlignmentFlag.AlignLeft
            painter.drawText(QRect(x + gap // 2, y, column - gap, line), align | Qt.AlignmentFlag.AlignVCenter,
                             _text(cell))
            x += column

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
