"""Paint the front of one CR80 member card with a QPainter, in printer dots.

Layout (millimetres from the card's top-left corner, 85.60 x 53.98):
header band 4.5-13.5 (logo, shop name, "Loyalty card"), member name at ~18,
and a bottom band 31-49 holding the Code 128 barcode with the grouped card
number under it (left) and the QR code (right). The codes are drawn as images
at whole printer dots per module with no smoothing, so every module is crisp.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from loyalty_pos.cards.face import CardFace
from loyalty_pos.cards.images import (
    CODE128_QUIET_MODULES,
    QR_QUIET_MODULES,
    code128_image,
    png_bytes,
    qr_png_bytes,
)
from loyalty_pos.domain.members import group_card_number
from loyalty_pos.i18n.catalogue import text
from loyalty_pos.printing.fonts import PrintFonts
from loyalty_pos.printing.page_layout import Box, mm

PADDING_MM = 5.0
LOGO_MM = 9.0
HEADER_TOP_MM = 4.5
MEMBER_NAME_TOP_MM = 17.0
# 17 dots at 600 dpi = 0.72 mm per QR module: a 25-module (version 2) code is
# 18 mm of modules, 23.75 mm with its quiet zone.
QR_DOTS_PER_MODULE = 17
# 9 dots = 0.381 mm (15 mil) per Code 128 module: comfortably above what cheap
# CCD scanners resolve; 123 modules + quiet zones = 54.5 mm.
BARCODE_DOTS_PER_MODULE = 9
NUMBER_GAP_MM = 0.8
NUMBER_TEXT_MM = 3.6
SHOP_NAME_MM = 4.4
MEMBER_NAME_MM = 3.9
SUBTLE = QColor(85, 85, 85)


@dataclass(frozen=True, slots=True)
class FaceStyle:
    """Shop-wide parts of every card on a sheet, prepared once."""

    shop_name: str
    logo: QImage | None
    sans: str  # font family
    mono: str
    language: str = "en"  # the shop's: a card outlives any till's choice


def default_style(shop_name: str, logo: QImage | None, fonts: PrintFonts, language: str = "en") -> FaceStyle:
    return FaceStyle(shop_name=shop_name, logo=logo, sans=fonts.sans, mono=fonts.mono, language=language)


def shop_name_font(style: FaceStyle) -> QFont:
    return _font(style.sans, SHOP_NAME_MM, bold=True)


def member_name_font(style: FaceStyle) -> QFont:
    return _font(style.sans, MEMBER_NAME_MM, bold=False)


def draw_card_face(painter: QPainter, box: Box, face: CardFace, payload: str, style: FaceStyle) -> None:
    painter.save()
    # Without this hint Qt's PDF engine stores images as JPEG: grey smears at
    # every bar edge, and ten times the file size.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
    painter.translate(box.x, box.y)
    qr_modules = _draw_qr(painter, box, payload)
    _draw_header(painter, box, style)
    if face.member_name:
        _draw_text_fitted(
            painter,
            QRect(mm(PADDING_MM), mm(MEMBER_NAME_TOP_MM), box.width - 2 * mm(PADDING_MM), mm(5.5)),
            face.member_name,
            member_name_font(style),
            min_mm=2.6,
        )
    _draw_barcode(painter, box, face.card_number, qr_modules.top(), style)
    painter.restore()


def _draw_header(painter: QPainter, box: Box, style: FaceStyle) -> None:
    left = mm(PADDING_MM)
    top = mm(HEADER_TOP_MM)
    logo_side = mm(LOGO_MM)
    if style.logo is not None:
        # The logo is a picture, not a code: smooth scaling is right here.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        scaled = style.logo.scaled(
            logo_side, logo_side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        centred = QPoint(left + (logo_side - scaled.width()) // 2, top + (logo_side - scaled.height()) // 2)
        painter.drawImage(centred, scaled)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        left += logo_side + mm(2.5)
    width = box.width - mm(PADDING_MM) - left
    name_font = shop_name_font(style)
    _draw_text_fitted(painter, QRect(left, top - mm(0.3), width, mm(5.6)), style.shop_name, name_font, min_mm=2.8)
    painter.setPen(SUBTLE)
    painter.setFont(_font(style.sans, 2.7, bold=False))
    painter.drawText(
        QRect(left, top + mm(5.4), width, mm(3.6)),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        text("card.loyalty_card", style.language),
    )
    painter.setPen(Qt.GlobalColor.black)


def _draw_qr(painter: QPainter, box: Box, payload: str) -> QRect:
    """Draw the QR at the bottom right; returns where its modules (inside the quiet zone) are."""
    image = _crisp(QImage.fromData(qr_png_bytes(payload, box_size=1)), QR_DOTS_PER_MODULE)
    quiet = QR_QUIET_MODULES * QR_DOTS_PER_MODULE
    # Align the dark modules (not the white quiet zone) with the padding.
    x = box.width - mm(PADDING_MM) - (image.width() - quiet)
    y = box.height - mm(PADDING_MM) - (image.height() - quiet)
    painter.drawImage(QPoint(x, y), image)
    return QRect(x + quiet, y + quiet, image.width() - 2 * quiet, image.height() - 2 * quiet)


def _draw_barcode(painter: QPainter, box: Box, card_number: str, bars_top: int, style: FaceStyle) -> None:
    """Bars level with the QR's top modules, the grouped number under them."""
    number_height = mm(NUMBER_TEXT_MM + 0.6)
    bars_height = box.height - mm(PADDING_MM) - number_height - mm(NUMBER_GAP_MM) - bars_top
    one_px = QImage.fromData(png_bytes(code128_image(card_number, module_px=1, height_px=1)))
    image = _crisp(one_px, BARCODE_DOTS_PER_MODULE, height=bars_height)
    quiet = CODE128_QUIET_MODULES * BARCODE_DOTS_PER_MODULE
    bars_left = mm(PADDING_MM)
    painter.drawImage(QPoint(bars_left - quiet, bars_top), image)
    bars_width = image.width() - 2 * quiet
    painter.setFont(_font(style.mono, NUMBER_TEXT_MM, bold=True))
    painter.drawText(
        QRect(bars_left, bars_top + bars_height + mm(NUMBER_GAP_MM), bars_width, number_height),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
        group_card_number(card_number),
    )


def _crisp(image: QImage, dots_per_module: int, *, height: int | None = None) -> QImage:
    """Scale a 1-pixel-per-module image to whole dots per module, nearest-neighbour.

    ``height`` stretches a one-row barcode to its bar height; a QR is scaled
    the same in both directions.
    """
    if image.isNull():
        raise RuntimeError("could not decode a generated code image (Qt PNG support missing?)")
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return gray.scaled(
        image.width() * dots_per_module,
        image.height() * dots_per_module if height is None else height,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


def _font(family: str, size_mm: float, *, bold: bool) -> QFont:
    font = QFont(family)
    font.setPixelSize(mm(size_mm))
    font.setBold(bold)
    return font


def _draw_text_fitted(painter: QPainter, rect: QRect, text: str, font: QFont, *, min_mm: float) -> None:
    """Shrink long text down to ``min_mm`` high, then elide it: never overflow into the codes."""
    size = font.pixelSize()
    while size > mm(min_mm) and QFontMetrics(font, painter.device()).horizontalAdvance(text) > rect.width():
        size -= max(1, size // 20)
        font.setPixelSize(size)
    painter.setFont(font)
    shown = QFontMetrics(font, painter.device()).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
