"""Receipts through Qt: an 80 mm receipt-shaped PDF, or a system printer.

Both print the rows of ``receipt_text.receipt_lines`` in a monospace font sized
so the row width (42 columns) fills the 72 mm between the margins, then a Code
128 barcode of the receipt number, which the till's scanner reads to find the
sale for a return or a reprint. The page is as tall as the content, like a
receipt torn off a roll.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from datetime import UTC, tzinfo
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRect, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from loyalty_pos.cards.images import (
    CODE128_QUIET_MODULES,
    code128_image,
    code128_modules,
    png_bytes,
)
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.printing.fonts import print_fonts
from loyalty_pos.printing.printer_errors import PrinterUnavailable
from loyalty_pos.printing.qt_app import ensure_gui_application
from loyalty_pos.printing.receipt_text import WIDTH_PDF, ReceiptRow, receipt_lines

PDF_DPI = 600
PAGE_WIDTH_MM = 80.0
SIDE_MARGIN_MM = 4.0  # thermal heads leave ~4 mm unprinted each side of 80 mm paper
TOP_MARGIN_MM = 5.0
BOTTOM_MARGIN_MM = 10.0  # room to tear off without cutting into the barcode
BARCODE_GAP_MM = 4.0
BARCODE_HEIGHT_MM = 12.0
BARCODE_TEXT_GAP_MM = 1.0
MODULE_MM = 0.33  # 13 mil: read by every handheld scanner at the till
LINE_SPACING = 1.1  # a little air between rows; monospace line spacing is tight
_PROBE_PX = 1000  # font size at which the column width is measured, then scaled down


@dataclass(frozen=True, slots=True)
class _Geometry:
    """Where everything goes, in device dots at ``dpi``."""

    dpi: int
    left: int
    width: int  # content width
    top: int
    font: QFont
    line_height: int
    ascent: int
    module_px: int  # 0: the barcode would not fit, print without it
    barcode_modules: int
    barcode_height: int
    barcode_top: int
    page_height: int

    @property
    def page_height_mm(self) -> float:
        return self.page_height * 25.4 / self.dpi


def render_receipt_pdf(receipt: Receipt, out: Path, *, tz: tzinfo = UTC, reprint: bool = False,
                       language: str = "en") -> None:
    """Write the receipt to the PDF ``out``.

    The file appears only when complete (written next to ``out``, then renamed),
    so an e-mailed or archived receipt is never half a page.
    """
    ensure_gui_application()
    rows = receipt_lines(receipt, width=WIDTH_PDF, tz=tz, reprint=reprint, language=language)
    partial = out.with_name(f".{out.name}.part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_DPI)
    writer.setTitle(f"Receipt {receipt.receipt_no}")
    writer.setCreator("loyalty-pos")
    try:
        started = _draw(writer, PDF_DPI, rows, receipt.receipt_no)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if not started or not partial.exists() or partial.stat().st_size == 0:
        raise OSError(f"cannot write the receipt to {out}")
    os.replace(partial, out)


def print_receipt(receipt: Receipt, printer_name: str | None, *, tz: tzinfo = UTC, reprint: bool = False,
                  language: str = "en") -> None:
    """Print on a printer installed in the system (``None``: the default printer).

    The page is 80 mm wide and as tall as the receipt; a roll printer's driver
    takes that as is, an office printer puts it in the top-left corner of a sheet.
    """
    ensure_gui_application()
    info = _printer_info(printer_name)
    print_on(QPrinter(info, QPrinter.PrinterMode.HighResolution), receipt, tz=tz, reprint=reprint, language=language)


def print_on(printer: QPrinter, receipt: Receipt, *, tz: tzinfo = UTC, reprint: bool = False,
             language: str = "en") -> None:
    """Print on a QPrinter set up by the caller (e.g. chosen in a QPrintDialog)."""
    ensure_gui_application()
    printer.setFullPage(True)
    printer.setDocName(f"Receipt {receipt.receipt_no}")
    rows = receipt_lines(receipt, width=WIDTH_PDF, tz=tz, reprint=reprint, language=language)
    if not _draw(printer, printer.resolution(), rows, receipt.receipt_no):
        raise PrinterUnavailable(printer=printer.printerName() or printer.outputFileName(), template=(
            "Printer {printer} is not available: the print job could not be started. "
            "Check that it is on and connected, then reprint."))


def _printer_info(printer_name: str | None) -> QPrinterInfo:
    if printer_name is None:
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise PrinterUnavailable(template=(
                "Printer (default) is not available: no default printer is set up on this computer. "
                "Check that it is on and connected, then reprint."))
        return info
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        installed = ", ".join(QPrinterInfo.availablePrinterNames())
        if not installed:
            raise PrinterUnavailable(printer=repr(printer_name), template=(
                "Printer {printer} is not available: no printer has that name (installed: none). "
                "Check that it is on and connected, then reprint."))
        raise PrinterUnavailable(printer=repr(printer_name), installed=installed, template=(
            "Printer {printer} is not available: no printer has that name (installed: {installed}). "
            "Check that it is on and connected, then reprint."))
    return info


def _draw(device: QPagedPaintDevice, dpi: int, rows: list[ReceiptRow], receipt_no: str) -> bool:
    """Size the page to the content and paint it; False if the device refused to start."""
    geometry = _geometry(device, dpi, rows, receipt_no)
    _set_page(device, geometry)
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        _paint(painter, geometry, rows, receipt_no)
    finally:
        painter.end()
    return True


def _dots(mm: float, dpi: int) -> int:
    return round(mm * dpi / 25.4)


def _font(device: QPagedPaintDevice, content_width: int) -> tuple[QFont, QFontMetricsF]:
    """The bundled monospace font (a till without fonts drew boxes), sized so WIDTH_PDF
    columns fill ``content_width``."""
    font = QFont(print_fonts().mono)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    font.setPixelSize(_PROBE_PX)
    column = QFontMetricsF(font, device).horizontalAdvance("0" * WIDTH_PDF)
    font.setPixelSize(max(1, math.floor(_PROBE_PX * content_width / column)))
    return font, QFontMetricsF(font, device)


def _geometry(device: QPagedPaintDevice, dpi: int, rows: list[ReceiptRow], receipt_no: str) -> _Geometry:
    left = _dots(SIDE_MARGIN_MM, dpi)
    width = _dots(PAGE_WIDTH_MM - 2 * SIDE_MARGIN_MM, dpi)
    top = _dots(TOP_MARGIN_MM, dpi)
    font, metrics = _font(device, width)
    line_height = math.ceil(metrics.lineSpacing() * LINE_SPACING)
    text_height = sum(line_height * (2 if row.style == "double" else 1) for row in rows)
    modules = len(code128_modules(receipt_no)) + 2 * CODE128_QUIET_MODULES
    # Whole dots per module, as close to 0.33 mm as the device allows, never wider than the paper.
    module_px = min(max(1, _dots(MODULE_MM, dpi)), width // modules)
    barcode_top = top + text_height + _dots(BARCODE_GAP_MM, dpi)
    barcode_height = _dots(BARCODE_HEIGHT_MM, dpi)
    bottom = barcode_top + barcode_height + _dots(BARCODE_TEXT_GAP_MM, dpi) + line_height
    if module_px == 0:
        bottom = barcode_top
    return _Geometry(
        dpi=dpi, left=left, width=width, top=top, font=font, line_height=line_height,
        ascent=math.ceil(metrics.ascent()), module_px=module_px, barcode_modules=modules,
        barcode_height=barcode_height, barcode_top=barcode_top,
        page_height=bottom + _dots(BOTTOM_MARGIN_MM, dpi),
    )


def _set_page(device: QPagedPaintDevice, geometry: _Geometry) -> None:
    size = QPageSize(QSizeF(PAGE_WIDTH_MM, geometry.page_height_mm), QPageSize.Unit.Millimeter,
                     "Receipt", QPageSize.SizeMatchPolicy.ExactMatch)
    device.setPageSize(size)
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def _paint(painter: QPainter, geometry: _Geometry, rows: list[ReceiptRow], receipt_no: str) -> None:
    painter.setPen(Qt.GlobalColor.black)
    y = geometry.top
    for row in rows:
        y = _paint_row(painter, geometry, row, y)
    if geometry.module_px:
        _paint_barcode(painter, geometry, receipt_no)


def _paint_row(painter: QPainter, geometry: _Geometry, row: ReceiptRow, y: int) -> int:
    height = geometry.line_height
    if row.style == "rule":
        pen = QPen(Qt.GlobalColor.black)
        pen.setWidth(max(1, _dots(0.2, geometry.dpi)))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        middle = y + height // 2
        painter.drawLine(geometry.left, middle, geometry.left + geometry.width, middle)
        painter.setPen(Qt.GlobalColor.black)
        return y + height
    font = QFont(geometry.font)
    font.setBold(row.style == "bold")
    painter.setFont(font)
    if row.style == "double":
        # Double height, same width: what an ESC/POS printer does with ESC ! 0x10.
        painter.save()
        painter.translate(geometry.left, y)
        painter.scale(1.0, 2.0)
        painter.drawText(QPointF(0, geometry.ascent), row.text)
        painter.restore()
        return y + 2 * height
    painter.drawText(QPointF(geometry.left, y + geometry.ascent), row.text)
    return y + height


def _paint_barcode(painter: QPainter, geometry: _Geometry, receipt_no: str) -> None:
    bars = code128_image(receipt_no, module_px=geometry.module_px, height_px=geometry.barcode_height)
    image = QImage.fromData(png_bytes(bars), "PNG")
    x = geometry.left + (geometry.width - image.width()) // 2
    # One image pixel per device dot and no smoothing: every module keeps whole, equal dots.
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.drawImage(QRect(x, geometry.barcode_top, image.width(), image.height()), image)
    font = QFont(geometry.font)
    font.setBold(False)
    painter.setFont(font)
    text_top = geometry.barcode_top + geometry.barcode_height + _dots(BARCODE_TEXT_GAP_MM, geometry.dpi)
    painter.drawText(QRect(geometry.left, text_top, geometry.width, geometry.line_height),
                     int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), receipt_no)
