"""Code 128 images of arbitrary short ASCII text (receipt numbers).

``loyalty_pos.cards.images.code128_image`` only takes Luhn-checked card
numbers; a receipt number (``R01-000123``) needs charset B, so this module
paints any printable-ASCII text the same pixel-exact way: whole pixels per
module, no anti-aliasing, so a later integer scale keeps every bar crisp.
"""

from __future__ import annotations

import io

import barcode
from PIL import Image, ImageDraw

from loyalty_pos.domain.errors import ValidationError

QUIET_MODULES = 10  # ISO/IEC 15417 minimum quiet zone
MAX_TEXT_LENGTH = 48


def code128_modules(text: str) -> str:
    """The symbol as a string of "1" (bar) and "0" (space) modules, no quiet zones."""
    if not text or len(text) > MAX_TEXT_LENGTH or not all(" " <= char <= "~" for char in text):
        raise ValidationError(
            code="barcode_text_invalid",
            detail=f"A Code 128 barcode takes 1-{MAX_TEXT_LENGTH} printable ASCII characters, not {text!r}",
        )
    return barcode.Code128(text).build()[0]


def code128_image(text: str, *, module_px: int = 2, height_px: int = 80,
                  quiet_modules: int = QUIET_MODULES) -> Image.Image:
    """Black bars on white, ``module_px`` pixels per module, quiet zones included."""
    if module_px < 1 or height_px < 1 or quiet_modules < 0:
        raise ValueError("module_px and height_px must be >= 1, quiet_modules >= 0")
    modules = code128_modules(text)
    image = Image.new("L", ((len(modules) + 2 * quiet_modules) * module_px, height_px), 255)
    draw = ImageDraw.Draw(image)
    for index, module in enumerate(modules):
        if module == "1":
            left = (quiet_modules + index) * module_px
            draw.rectangle((left, 0, left + module_px - 1, height_px - 1), fill=0)
    return image


def code128_png(text: str, *, module_px: int = 2, height_px: int = 80) -> bytes:
    buffer = io.BytesIO()
    code128_image(text, module_px=module_px, height_px=height_px).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
