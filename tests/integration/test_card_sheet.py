"""Card sheets: render real PDFs, rasterise them, and decode every code with zxing-cpp.

The first A4 page is saved to tests/artifacts/card_sheet_a4.png so a person can
look at the cards as a customer would receive them.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from PIL import Image

from loyalty_pos.cards.face import CardFace
from loyalty_pos.cards.payload import encode_qr_payload
from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.members import new_card_number
from loyalty_pos.printing.card_sheet import render_card_sheet
from loyalty_pos.printing.page_layout import (
    CARD_HEIGHT_MM,
    CARD_WIDTH_MM,
    MARK_WIDTH_MM,
    MIN_OUTER_MARGIN_MM,
    Box,
    mm,
    sheet_layout,
)

KEY = bytes(range(32))
OTHER_SHOPS_KEY = bytes(range(100, 132))
RASTER_DPI = 300
SCALE = 600 // RASTER_DPI  # layout dots per raster pixel
LOGO = Path(__file__).resolve().parents[2] / "resources" / "logo.png"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
NAMES = ["Anna Svensson", "Jean-Baptiste Émile de la Fontaine-Rousseau", None, "Bob Okafor", "Maria García"]


@pytest.fixture(scope="module")
def faces() -> list[CardFace]:
    rng = random.Random(7)
    return [CardFace(new_card_number(rng.randrange), NAMES[i % len(NAMES)]) for i in range(12)]


@pytest.fixture(scope="module")
def a4_sheet(tmp_path_factory: pytest.TempPathFactory, faces: list[CardFace]) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("sheet") / "cards-a4.pdf"
    pages = render_card_sheet(faces, out, paper="A4", shop_name="Corner Bakery", logo=LOGO, key=KEY)
    return out, pages


def _render(pdf_path: Path) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return [page.render(scale=RASTER_DPI / 72).to_pil() for page in pdf]
    finally:
        pdf.close()


def _raster(pdf_path: Path) -> list[Image.Image]:
    return [page.convert("L") for page in _render(pdf_path)]


def _cell(page: Image.Image, box: Box) -> Image.Image:
    # the card plus 1 mm: the Code 128 quiet zone reaches 1.6 mm from the card edge
    pad = mm(1.0)
    return _crop_dots(page, box.x - pad, box.y - pad, box.right + pad, box.bottom + pad)


def _crop_dots(page: Image.Image, x0: int, y0: int, x1: int, y1: int) -> Image.Image:
    """Crop a raster by layout coordinates (600 dpi dots), corners in any order."""
    return page.crop((min(x0, x1) // SCALE, min(y0, y1) // SCALE, max(x0, x1) // SCALE, max(y0, y1) // SCALE))


def _codes_of(faces: list[CardFace]) -> set[str]:
    return {f.card_number for f in faces} | {encode_qr_payload(f.card_number, KEY) for f in faces}


def _decode_cards(pdf_path: Path, paper: str, count: int) -> list[tuple[str, str]]:
    """(QR text, Code 128 text) of each card cell, in sheet order."""
    layout = sheet_layout(paper)  # type: ignore[arg-type]
    found = []
    for page in _raster(pdf_path):
        for box in layout.cards:
            if len(found) == count:
                break
            decoded = zxingcpp.read_barcodes(_cell(page, box))
            by_format = {d.format: d.text for d in decoded}
            assert len(decoded) == 2, [(d.format, d.text) for d in decoded]
            found.append((by_format[zxingcpp.BarcodeFormat.QRCode], by_format[zxingcpp.BarcodeFormat.Code128]))
    return found


def test_a4_sheet_of_12_cards_decodes_card_by_card(a4_sheet: tuple[Path, int], faces: list[CardFace]) -> None:
    out, pages = a4_sheet
    assert pages == 2  # 10 per A4 page
    assert len(pdfium.PdfDocument(str(out))) == 2
    ARTIFACTS.mkdir(exist_ok=True)
    _render(out)[0].save(ARTIFACTS / "card_sheet_a4.png")
    decoded = _decode_cards(out, "A4", len(faces))
    assert decoded == [(encode_qr_payload(f.card_number, KEY), f.card_number) for f in faces]
    # and what the till makes of it
    for qr_text, bars_text in decoded:
        assert classify_scan(qr_text, KEY).kind == "member_card"
        assert classify_scan(bars_text, KEY).kind == "member_card"


def test_second_page_holds_only_the_remaining_cards(a4_sheet: tuple[Path, int], faces: list[CardFace]) -> None:
    out, _ = a4_sheet
    second = _raster(out)[1]
    texts = {d.text for d in zxingcpp.read_barcodes(second)}
    assert texts == _codes_of(faces[10:])


def test_letter_sheet_holds_8_cards_a_page(tmp_path: Path, faces: list[CardFace]) -> None:
    out = tmp_path / "cards-letter.pdf"
    cards = faces[:9]
    pages = render_card_sheet(cards, out, paper="Letter", shop_name="Main Street Deli", logo=None, key=KEY)
    assert pages == 2
    pdf = pdfium.PdfDocument(str(out))
    assert [round(v) for v in pdf[0].get_size()] == [612, 792]  # 8.5 x 11 in, in points
    pdf.close()
    rasters = _raster(out)
    first_page = {d.text for d in zxingcpp.read_barcodes(rasters[0])}
    assert first_page == _codes_of(cards[:8])
    expected = [(encode_qr_payload(f.card_number, KEY), f.card_number) for f in cards]
    assert _decode_cards(out, "Letter", 9) == expected


def test_codes_are_big_enough_for_a_cheap_scanner(a4_sheet: tuple[Path, int]) -> None:
    out, _ = a4_sheet
    page = _raster(out)[0]
    px_per_mm = RASTER_DPI / 25.4
    decoded = zxingcpp.read_barcodes(_cell(page, sheet_layout("A4").cards[0]))
    qr = next(d for d in decoded if d.format == zxingcpp.BarcodeFormat.QRCode)
    bars = next(d for d in decoded if d.format == zxingcpp.BarcodeFormat.Code128)
    # QR: 25 modules found by zxing; with the 4-module quiet zone each side, 33 modules
    qr_side_mm = (qr.position.top_right.x - qr.position.top_left.x) / px_per_mm
    assert qr_side_mm * 33 / 25 >= 20.0
    # Code 128: bars 123 modules; the 10-module quiet zones make the symbol >= 45 mm
    bars_mm = (bars.position.top_right.x - bars.position.top_left.x) / px_per_mm
    assert bars_mm * 143 / 123 >= 45.0
    # bar height: the longest dark vertical run through the middle of the barcode
    cell = _cell(page, sheet_layout("A4").cards[0])
    x0, x1 = bars.position.top_left.x, bars.position.top_right.x
    y_mid = (bars.position.top_left.y + bars.position.bottom_left.y) // 2
    tallest = 0
    for x in range(x0, x1):
        if cell.getpixel((x, y_mid)) < 128:
            top = bottom = y_mid
            while top > 0 and cell.getpixel((x, top - 1)) < 128:
                top -= 1
            while bottom < cell.height - 1 and cell.getpixel((x, bottom + 1)) < 128:
                bottom += 1
            tallest = max(tallest, bottom - top + 1)
    assert tallest / px_per_mm >= 10.0


def test_codes_are_embedded_lossless_at_one_image_pixel_per_printer_dot(a4_sheet: tuple[Path, int]) -> None:
    out, _ = a4_sheet
    pdf = pdfium.PdfDocument(str(out))
    codes = 0
    for image in pdf[0].get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)):
        assert "DCTDecode" not in image.get_filters()  # JPEG would smear every module edge
        pixels = image.get_bitmap().to_pil().convert("L")
        if set(pixels.tobytes()) <= {0, 255}:  # the QR codes and barcodes (not the logo)
            codes += 1
            left, bottom, right, top = image.get_bounds()
            width_px, _ = image.get_px_size()
            assert (right - left) * 600 / 72 == pytest.approx(width_px, abs=0.05)
    pdf.close()
    assert codes == 20


def test_crop_marks_sit_outside_every_card_corner(a4_sheet: tuple[Path, int]) -> None:
    out, _ = a4_sheet
    page = _raster(out)[0]
    layout = sheet_layout("A4")

    def dark_between(x0: int, y0: int, x1: int, y1: int) -> bool:
        return min(_crop_dots(page, x0, y0, x1 + SCALE, y1 + SCALE).tobytes()) < 100

    near, far, across = mm(0.3), mm(2.0), mm(0.2)
    for box in layout.cards:
        corners = [(box.x, box.y, -1, -1), (box.right, box.y, 1, -1), (box.x, box.bottom, -1, 1), (box.right, box.bottom, 1, 1)]
        for cx, cy, sx, sy in corners:  # s = direction away from the card
            # a mark on the extension of the vertical edge, above/below the corner ...
            assert dark_between(cx - across, cy + sy * near, cx + across, cy + sy * far), (box, cx, cy)
            # ... and one on the extension of the horizontal edge, left/right of it
            assert dark_between(cx + sx * near, cy - across, cx + sx * far, cy + across), (box, cx, cy)
            # nothing printed on the card itself near the corner (it is cut there)
            inside = _crop_dots(page, cx - sx * SCALE, cy - sy * SCALE, cx - sx * mm(3), cy - sy * mm(3))
            assert min(inside.tobytes()) > 200, (box, cx, cy)


@pytest.mark.parametrize(("paper", "columns", "rows"), [("A4", 2, 5), ("Letter", 2, 4)])
def test_layout_geometry(paper: str, columns: int, rows: int) -> None:
    layout = sheet_layout(paper)  # type: ignore[arg-type]
    assert (layout.columns, layout.rows, layout.per_page) == (columns, rows, columns * rows)
    assert layout.page_count(0) == 1 and layout.page_count(10) == -(-10 // layout.per_page)
    margin = mm(MIN_OUTER_MARGIN_MM) - 1
    for box in layout.cards:
        assert (box.width, box.height) == (mm(CARD_WIDTH_MM), mm(CARD_HEIGHT_MM)) == (2022, 1275)
        assert box.x >= margin and box.y >= margin
        assert box.right <= layout.page_width - margin and box.bottom <= layout.page_height - margin
    # centred: equal outer margins within a dot
    assert abs(layout.cards[0].x - (layout.page_width - layout.cards[-1].right)) <= 2
    assert abs(layout.cards[0].y - (layout.page_height - layout.cards[-1].bottom)) <= 2
    half_pen = mm(MARK_WIDTH_MM) // 2 + 1
    for mark in layout.crop_marks:
        assert mark.x1 == mark.x2 or mark.y1 == mark.y2  # straight cut guides
        for box in layout.cards:  # no mark (with its pen width) touches any card
            overlaps = (
                mark.x1 - half_pen < box.right and mark.x2 + half_pen > box.x
                and mark.y1 - half_pen < box.bottom and mark.y2 + half_pen > box.y
            )
            assert not overlaps, (mark, box)


def test_another_shops_card_scanned_here_is_forged(tmp_path: Path, faces: list[CardFace]) -> None:
    out = tmp_path / "their-cards.pdf"
    render_card_sheet(faces[:2], out, paper="A4", shop_name="Other Shop", logo=None, key=OTHER_SHOPS_KEY)
    (qr_text, bars_text), _ = _decode_cards(out, "A4", 2)
    assert qr_text.split(":")[1] == faces[0].card_number  # right card number, their tag
    refused = classify_scan(qr_text, KEY)
    assert (refused.kind, refused.code) == ("refused", "forged")
    # the plain barcode carries no signature: the till accepts it and the store decides
    assert classify_scan(bars_text, KEY).value == faces[0].card_number


def test_refusals_leave_no_file_behind(tmp_path: Path, faces: list[CardFace]) -> None:
    out = tmp_path / "cards.pdf"
    with pytest.raises(ValidationError) as no_cards:
        render_card_sheet([], out, paper="A4", shop_name="Shop", logo=None, key=KEY)
    assert no_cards.value.code == "no_cards"
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("not a picture")
    with pytest.raises(ValidationError) as bad_logo:
        render_card_sheet(faces, out, paper="A4", shop_name="Shop", logo=not_an_image, key=KEY)
    assert bad_logo.value.code == "logo_unreadable"
    with pytest.raises(ValidationError) as bad_paper:
        render_card_sheet(faces, out, paper="A3", shop_name="Shop", logo=None, key=KEY)  # type: ignore[arg-type]
    assert bad_paper.value.code == "bad_paper"
    assert list(tmp_path.iterdir()) == [not_an_image]


def test_progress_is_reported_per_page(tmp_path: Path, faces: list[CardFace]) -> None:
    seen: list[tuple[int, int]] = []
    render_card_sheet(faces, tmp_path / "c.pdf", paper="A4", shop_name="Shop", logo=None, key=KEY,
                      progress=lambda done, total: seen.append((done, total)))
    assert seen == [(10, 12), (12, 12)]


def test_prints_without_a_display_or_an_application_object(tmp_path: Path) -> None:
    """What ``loyalty-pos cards print`` does over SSH: no Qt app, no DISPLAY, no platform set."""
    out = tmp_path / "headless.pdf"
    script = (
        "import sys; from pathlib import Path\n"
        "from loyalty_pos.cards.face import CardFace\n"
        "from loyalty_pos.printing.card_sheet import render_card_sheet\n"
        f"n = render_card_sheet([CardFace('9400123412341239', 'Ann')], Path({str(out)!r}), paper='A4',"
        f" shop_name='Shop', logo=None, key=bytes(32))\n"
        "sys.exit(0 if n == 1 else 1)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    texts = {d.text for d in zxingcpp.read_barcodes(_raster(out)[0])}
    assert texts == {"9400123412341239", encode_qr_payload("9400123412341239", bytes(32))}


def _page_text(pdf_path: Path) -> str:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ("Loyalty card", "Page 1 of 1")), ("nb", ("Fordelskort", "Side 1 av 1")),
    ("id", ("Kartu loyalitas", "Halaman 1 dari 1")),
])
def test_the_card_and_sheet_texts_are_in_the_shop_s_language(
        tmp_path: Path, faces: list[CardFace], language: str, expected: tuple[str, str]) -> None:
    out = tmp_path / "cards.pdf"
    render_card_sheet(faces[:2], out, paper="A4", shop_name="Corner Bakery", logo=LOGO, key=KEY, language=language)
    text = " ".join(_page_text(out).split())
    assert all(part in text for part in expected), text
