"""Print member cards: a PDF sheet of CR80 cards with crop marks (A4 or Letter).

Runs without a display: a QGuiApplication is created if none exists (see
``qt_app.ensure_gui_application``; headless Linux uses the offscreen platform).
The PDF is written at 600 dpi and must be printed at 100 % ("actual size");
each page says so in its footer, because "fit to page" shrinks the cards.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from loyalty_pos.cards.face import CardFace
from loyalty_pos.cards.key_ring import KeyRing
from loyalty_pos.cards.payload import encode_qr_payload
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.members import group_card_number
from loyalty_pos.i18n.catalogue import text
from loyalty_pos.printing.card_face import (
    SUBTLE,
    FaceStyle,
    default_style,
    draw_card_face,
    member_name_font,
    shop_name_font,
)
from loyalty_pos.printing.fonts import check_drawable, print_fonts
from loyalty_pos.printing.page_layout import DPI, MARK_WIDTH_MM, Paper, SheetLayout, mm, sheet_layout
from loyalty_pos.printing.qt_app import ensure_gui_application

_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}

ProgressCallback = Callable[[int, int], None]  # (cards done, cards total)


def render_card_sheet(
    cards: Sequence[CardFace],
    out: Path,
    *,
    paper: Paper,
    shop_name: str,
    logo: Path | bytes | None,  # a file, or the shop's own logo as PNG bytes
    key: bytes | KeyRing,
    progress: ProgressCallback | None = None,
    language: str = "en",
) -> int:
    """Write ``cards`` to the PDF ``out``; returns the number of pages.

    The file appears only when complete (written next to ``out``, then renamed),
    so a crash never leaves a half sheet that prints blank cards. ``progress`` may
    raise to stop the sheet (a cancelled print): the half-written file is removed.
    """
    if not cards:
        raise ValidationError(code="no_cards", template="There are no cards to print")
    if not shop_name.strip():
        raise ValidationError(code="shop_name_required", template="Cards need the shop's name")
    layout = sheet_layout(paper)
    # Payloads first: a bad card number is refused before any file is touched.
    payloads = [encode_qr_payload(face.card_number, key) for face in cards]
    ensure_gui_application()
    style = default_style(" ".join(shop_name.split()), _load_logo(logo), print_fonts(), language)
    _check_names(cards, style)

    partial = out.with_name(f".{out.name}.part")
    writer = _pdf_writer(partial, paper, shop_name)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the card sheet to {out}")
    pages = layout.page_count(len(cards))
    try:
        try:
            for page in range(pages):
                if page:
                    writer.newPage()
                start = page * layout.per_page
                end = start + layout.per_page
                chunk = list(zip(cards[start:end], payloads[start:end]))
                for box, (face, payload) in zip(layout.cards, chunk):
                    draw_card_face(painter, box, face, payload, style)
                _draw_crop_marks(painter, layout)
                _draw_footer(painter, layout, page + 1, pages, style)
                if progress is not None:
                    progress(start + len(chunk), len(cards))
        finally:
            painter.end()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if not partial.exists() or partial.stat().st_size == 0:
        raise OSError(f"cannot write the card sheet to {out}")
    os.replace(partial, out)
    return pages


def _check_names(cards: Sequence[CardFace], style: FaceStyle) -> None:
    """Every name must be drawable before the file is started (see printing/fonts.py)."""
    check_drawable(style.shop_name, shop_name_font(style), whose="The shop name")
    member_font = member_name_font(style)
    for face in cards:
        if face.member_name:
            check_drawable(face.member_name, member_font,
                           whose=f"The name on card {group_card_number(face.card_number)} ({face.member_name})")


def _pdf_writer(path: Path, paper: Paper, shop_name: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(_PAGE_SIZES[paper]))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    # No margins: the layout positions everything on the whole sheet itself.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(DPI)
    writer.setTitle(f"{shop_name} loyalty cards")
    writer.setCreator("loyalty-pos")
    return writer


def _load_logo(logo: Path | bytes | None) -> QImage | None:
    if logo is None:
        return None
    image = QImage.fromData(logo) if isinstance(logo, bytes) else QImage(str(logo))
    if image.isNull():
        raise ValidationError(
            code="logo_unreadable",
            template=("The logo stored with the shop cannot be read; use a PNG or JPEG file, or print without a logo"
                      if isinstance(logo, bytes) else
                      "The logo {path} cannot be read; use a PNG or JPEG file, or print without a logo"),
            path=str(logo),
        )
    return image


def _draw_crop_marks(painter: QPainter, layout: SheetLayout) -> None:
    pen = QPen(Qt.GlobalColor.black)
    pen.setWidth(max(1, mm(MARK_WIDTH_MM)))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # a square cap would poke into the card
    painter.setPen(pen)
    for mark in layout.crop_marks:
        painter.drawLine(mark.x1, mark.y1, mark.x2, mark.y2)
    painter.setPen(Qt.GlobalColor.black)


def _draw_footer(painter: QPainter, layout: SheetLayout, page: int, pages: int, style: FaceStyle) -> None:
    footer = layout.footer
    font = painter.font()
    font.setFamily(style.sans)
    font.setPixelSize(mm(2.2))
    font.setBold(False)
    painter.setFont(font)
    painter.setPen(SUBTLE)
    painter.drawText(
        QRect(footer.x, footer.y, footer.width, footer.height),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        text("card.sheet_footer", style.language, page=page, pages=pages),
    )
    painter.setPen(Qt.GlobalColor.black)
