"""QR and Code 128 images of a card, pixel-exact so every module stays crisp.

Both images are drawn with a whole number of pixels per module and no
anti-aliasing: scaling them later must be by integer factors with nearest-
neighbour sampling (the card sheet does that), never smoothed.
"""

from __future__ import annotations

import io

import barcode
import qrcode
from PIL import Image, ImageDraw
from qrcode.constants import ERROR_CORRECT_M

from loyalty_pos.domain.members import validate_card_number

QR_QUIET_MODULES = 4  # ISO/IEC 18004 minimum quiet zone
CODE128_QUIET_MODULES = 10  # ISO/IEC 15417 minimum quiet zone


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


def code128_image(
    card_number: str,
    *,
    module_px: int = 2,
    height_px: int = 80,
    quiet_modules: int = CODE128_QUIET_MODULES,
) -> Image.Image:
    """Code 128 (charset C for our all-digit numbers) without human-readable text.

    python-barcode computes the symbol (charset choice, check character); the bars
    are painted here because its ImageWriter positions them in floating-point
    millimetres, which gives bars of uneven pixel widths (and fails outright at
    1 px per module).
    """
    if module_px < 1 or height_px < 1 or quiet_modules < 0:
        raise ValueError("module_px and height_px must be >= 1, quiet_modules >= 0")
    number = validate_card_number(card_number)
    modules = barcode.Code128(number).build()[0]
    width = (len(modules) + 2 * quiet_modules) * module_px
    image = Image.new("L", (width, height_px), 255)
    draw = ImageDraw.Draw(image)
    for index, module in enumerate(modules):
        if module == "1":
            left = (quiet_modules + index) * module_px
            draw.rectangle((left, 0, left + module_px - 1, height_px - 1), fill=0)
    return image


def code128_module_count(card_number: str) -> int:
    """Modules of the symbol itself (no quiet zones): 123 for a 16-digit number."""
    return len(barcode.Code128(validate_card_number(card_number)).build()[0])


def qr_png_bytes(payload: str, *, box_size: int = 10) -> bytes:
    return _png(qr_image(payload, box_size=box_size))


def code128_png_bytes(card_number: str, *, module_px: int = 2, height_px: int = 80) -> bytes:
    return _png(code128_image(card_number, module_px=module_px, height_px=height_px))


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


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
