"""The shop's own logo, made to fit where printing puts it: the card face's logo box.

Setup reads the owner's PNG once and stores it already scaled to that box at the
printer resolution (9 mm at 600 dpi), so every card sheet afterwards paints it
without resampling a camera-sized picture, and the database holds tens of KB, not MB.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.shop_logo import is_png
from loyalty_pos.printing.card_face import LOGO_MM
from loyalty_pos.printing.page_layout import mm
from loyalty_pos.printing.qt_app import ensure_gui_application

MAX_FILE_BYTES = 20 * 1024 * 1024  # a logo bigger than this is a wrong file, not a logo


def logo_box_dots() -> int:
    return mm(LOGO_MM)


def read_logo(path: Path) -> bytes:
    """The PNG at ``path``, scaled down to the logo box, as PNG bytes; a clear refusal otherwise."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refused(path, f"it is {size // (1024 * 1024)} MB; a logo is a small PNG picture")
        data = path.read_bytes()
    except OSError as error:
        raise _refused(path, error.strerror or str(error)) from None
    return fit_logo(data, name=str(path))


def fit_logo(data: bytes, *, name: str = "the logo") -> bytes:
    if not is_png(data):
        raise _refused(name, "it is not a PNG file (save the logo as PNG and choose that file)")
    ensure_gui_application()
    image = QImage.fromData(QByteArray(data), "PNG")
    if image.isNull() or image.width() == 0 or image.height() == 0:
        raise _refused(name, "the picture in it cannot be read")
    side = logo_box_dots()
    if image.width() > side or image.height() > side:
        image = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return png_bytes(image)


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _refused(name: object, reason: str) -> ValidationError:
    return ValidationError(code="logo_refused", template="The logo {name} cannot be used: {reason}.",
                           name=name, reason=reason)
