"""Renders installer/icon/loyalty-pos.svg into the icon files the installers use.

Writes installer/icon/loyalty-pos-<N>.png for every size a desktop asks for, and
installer/icon/loyalty-pos.ico (Windows: the .exe, the shortcuts, the uninstaller)
holding each size as drawn at that size, not one picture scaled down. Run it after
changing the SVG:

    python installer/make_icon.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parent / "icon"
SOURCE = ICON_DIR / "loyalty-pos.svg"
# The hicolor theme's usual sizes; Windows' .ico takes the same up to 256.
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICON_DIR / f"loyalty-pos-{size}.png"


def render(size: int) -> Image.Image:
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pictures = {size: render(size) for size in SIZES}
    for size, picture in pictures.items():
        picture.save(png_path(size), optimize=True)
    largest = pictures[max(SIZES)]
    largest.save(ICON_DIR / "loyalty-pos.ico", sizes=[(size, size) for size in SIZES],
                 append_images=[pictures[size] for size in SIZES if size != max(SIZES)])
    print(f"wrote {len(SIZES)} PNGs and loyalty-pos.ico to {ICON_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
