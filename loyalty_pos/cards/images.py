"""The one renderer of QR and Code 128 images: card faces, card sheets and receipts.

Both images are drawn with a whole number of pixels per module and no
anti-aliasing: scaling them later must be by integer factors with nearest-
neighbour sampling (the card sheet and the receipt PDF do that), never smoothed.
"""

from __future__ import annotations

import io

import barcode
import qrcode
from PIL import Image, ImageDraw
from qrcode.constants import ERROR_CORRECT_M

from loyalty_pos.domain.errors import ValidationError

QR_QUIET_MODULES = 4  # ISO/IEC 18004 minimum quiet zone
CODE128_QUIET_MODULES = 10  # ISO/IEC 15417 minimum quiet zone
# A receipt number (R + 8 + - + 12) is at most 22 characters; longer text makes
# modules too narrow for a receipt's width.
MAX_CODE128_TEXT = 48


def qr_image(payload: str, *, box_size: int = 10, border: int = QR_QUIET_MODULES) -> Image.Image:
    """Black-on-white QR code (error correction M), ``box_size`` pixels per module.

    M survives a worn or scratched card corner (15 % damage) while our 37-character
    payload still fits version 2 (25 x 25 modules), so modules stay large.
    """
    if box_size < 1 or border < 0:
        raise ValueError("box_size must be >= 1 and border >= 0")
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box_size, border=border)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()  # includes the border as light modules
    return _paint_matrix(matrix, box_size)


def code128_modules(text: str) -> str:
    """The symbol as a string of "1" (bar) and "0" (space) modules, no quiet zones.

    python-barcode chooses the charsets (C for an all-digit card number, B for a
    receipt number such as ``R01-000123``) and the check character.
    """
    if not text or len(text) > MAX_CODE128_TEXT or not all(" " <= char <= "~" for char in text):
        raise ValidationError(
            code="barcode_text_invalid",
            template="A Code 128 barcode takes 1-{max_code128_text} printable ASCII characters, not {text!r}",
 max_code128_text=MAX_CODE128_TEXT, text=text,
        )
    return barcode.Code128(text).build()[0]


def code128_image(
    text: str,
    *,
    module_px: int = 2,
    height_px: int = 80,
    quiet_modules: int = CODE128_QUIET_MODULES,
) -> Image.Image:
    """Black bars on white without human-readable text, quiet zones included.

    The bars are painted here because python-barcode's ImageWriter positions them
    in floating-point millimetres, which gives bars of uneven pixel widths (and
    fails outright at 1 px per module).
    """
    if module_px < 1 or height_px < 1 or quiet_modules < 0:
        raise ValueError("module_px and height_px must be >= 1, quiet_modules >= 0")
    modules = code128_modules(text)
    width = (len(modules) + 2 * quiet_modules) * module_px
    image = Image.new("L", (width, height_px), 255)
    draw = ImageDraw.Draw(image)
    for index, module in enumerate(modules):
        if module == "1":
            left = (quiet_modules + index) * module_px
            draw.rectangle((left, 0, left + module_px - 1, height_px - 1), fill=0)
    return image


def qr_png_bytes(payload: str, *, box_size: int = 10) -> bytes:
    return png_bytes(qr_image(payload, box_size=box_size))


def png_bytes(image: Image.Image) -> bytes:
    """Lossless, so Qt (which loads images from bytes) gets every module as drawn."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _paint_matrix(matrix: list[list[bool]], box_size: int) -> Image.Image:
    side = len(matrix) * box_size
    image = Image.new("L", (side, side), 255)
    draw = ImageDraw.Draw(image)
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                x, y = col * box_size, row * box_size
                draw.rectangle((x, y, x + box_size - 1, y + box_size - 1), fill=0)
    return image
