"""Receipt PDFs through Qt: rendered, rasterised with pdfium, the receipt-number
barcode decoded with zxing-cpp and the text read back out of the PDF.

The rendered receipt is saved to tests/artifacts/receipt_pdf.png so a person can
look at it as a customer would.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtPrintSupport import QPrinter

from loyalty_pos.cards.images import code128_image
from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.printing.printer_errors import PrinterUnavailable
from loyalty_pos.printing.receipt_pdf import print_on, print_receipt, render_receipt_pdf
from loyalty_pos.printing.qt_app import ensure_gui_application
from tests.unit.test_receipt_text import OSLO, nok_return, nok_sale

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
RASTER_DPI = 300
POINTS_PER_MM = 72 / 25.4


def _pages(pdf_path: Path) -> list[tuple[float, float, str, Image.Image]]:
    """(width mm, height mm, text, greyscale raster) of each page."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        out = []
        for page in pdf:
            width, height = page.get_size()
            text = page.get_textpage().get_text_range()
            raster = page.render(scale=RASTER_DPI / 72).to_pil().convert("L")
            out.append((width / POINTS_PER_MM, height / POINTS_PER_MM, text, raster))
        return out
    finally:
        pdf.close()


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines()]


def test_sale_receipt_pdf_is_80mm_wide_and_its_barcode_and_text_read_back(tmp_path: Path) -> None:
    out = tmp_path / "receipt.pdf"
    render_receipt_pdf(nok_sale(), out, tz=OSLO)
    pages = _pages(out)
    assert len(pages) == 1
    width_mm, height_mm, text, raster = pages[0]
    assert width_mm == pytest.approx(80.0, abs=0.1)
    assert 120 < height_mm < 250  # as tall as the content, like paper torn off a roll
    ARTIFACTS.mkdir(exist_ok=True)
    raster.save(ARTIFACTS / "receipt_pdf.png")

    lines = _lines(text)
    assert "Corner Bakery" in lines
    assert "Receipt R01-000123 23/11/2026" in lines  # English dates as en_GB writes them (QLocale)
    assert "Points earned +97" in lines
    assert "Base 1 pt per NOK 1 89" in lines
    assert "Balance 1,234 points" in lines
    assert "TOTAL NOK 89.70" in lines
    assert "120 points expire on 01/01/2027" in lines
    assert "Member Ada •••• 1239" in lines

    decoded = zxingcpp.read_barcodes(raster)
    assert [(d.format, d.text) for d in decoded] == [(zxingcpp.BarcodeFormat.Code128, "R01-000123")]
    # The barcode is at the bottom, under the text, and the till's scanner takes it as a receipt.
    assert decoded[0].position.top_left.y > raster.height * 0.8
    scan = classify_scan(decoded[0].text, bytes(32))
    assert (scan.kind, scan.value) == ("receipt", "R01-000123")


def test_return_receipt_pdf(tmp_path: Path) -> None:
    out = tmp_path / "return.pdf"
    render_receipt_pdf(nok_return(), out, tz=OSLO)
    (_, _, text, raster), = _pages(out)
    lines = _lines(text)
    assert "RETURN" in lines
    assert "Return of receipt R01-000123" in lines
    assert "REFUND -NOK 19.90" in lines
    assert "Points restored +100" in lines
    assert [d.text for d in zxingcpp.read_barcodes(raster)] == ["R01-000130"]


def test_a_longer_receipt_makes_a_taller_page(tmp_path: Path) -> None:
    short, long = tmp_path / "short.pdf", tmp_path / "long.pdf"
    sale = nok_sale()
    render_receipt_pdf(sale, short)
    render_receipt_pdf(replace(sale, lines=sale.lines * 10), long)
    (_, short_mm, _, _), = _pages(short)
    (_, long_mm, _, long_raster), = _pages(long)
    # 20 more item rows (two rows each for the 2 x oat milk and the discounted lines)
    assert long_mm > short_mm + 60
    assert [d.text for d in zxingcpp.read_barcodes(long_raster)] == ["R01-000123"]
    assert not list(tmp_path.glob(".*.part"))  # no half-written file left behind


def test_print_on_a_qprinter_uses_the_same_layout(tmp_path: Path) -> None:
    ensure_gui_application()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_on(printer, nok_sale(), tz=OSLO, reprint=True)
    (width_mm, _, text, raster), = _pages(tmp_path / "printed.pdf")
    assert width_mm == pytest.approx(80.0, abs=0.1)
    assert "COPY - NOT A NEW SALE" in _lines(text)
    assert [d.text for d in zxingcpp.read_barcodes(raster)] == ["R01-000123"]


def test_an_unknown_system_printer_is_refused_with_a_clear_message() -> None:
    with pytest.raises(PrinterUnavailable) as refused:
        print_receipt(nok_sale(), "No Such Printer 9000")
    assert refused.value.code == "printer_unavailable"
    assert refused.value.message.startswith("Printer 'No Such Printer 9000' is not available: no printer has that name")


def test_receipt_number_barcode_image_decodes_and_odd_text_is_refused() -> None:
    image = code128_image("RSHOP12-000123", module_px=2, height_px=60)
    assert [d.text for d in zxingcpp.read_barcodes(image)] == ["RSHOP12-000123"]
    for text in ("", "Ø1-000001", "R01\n000001", "R" * 49):
        with pytest.raises(ValidationError) as refused:
            code128_image(text)
        assert refused.value.code == "barcode_text_invalid"
