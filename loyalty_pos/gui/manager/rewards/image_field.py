"""A reward's picture: chosen from a file, stored inside the program as a small PNG.

The program travels to every till and the sync server as one document, so the
picture goes inside it (a data URI) rather than as a path that exists only on
this computer; it is shrunk to a thumbnail first to keep that document small.
"""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, set_inline_error
from loyalty_pos.services.program.reward_catalog import IMAGE_PREFIX, MAX_IMAGE_CHARS

_SIDES = (256, 192, 128, 96)  # tried largest first until the PNG fits
THUMB_PX = 72


def image_data_uri(path: str) -> str | None:
    """``path`` as a PNG data URI no larger than the program allows; None if unreadable."""
    image = QImage(path)
    if image.isNull():
        return None
    for side in _SIDES:
        scaled = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation) if max(image.width(), image.height()) > side else image
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        scaled.save(buffer, "PNG")
        uri = IMAGE_PREFIX + base64.b64encode(bytes(data.data())).decode("ascii")
        if len(uri) <= MAX_IMAGE_CHARS:
            return uri
    return None


def pixmap_of(uri: str | None) -> QPixmap | None:
    if not uri or not uri.startswith(IMAGE_PREFIX):
        return None
    pixmap = QPixmap()
    return pixmap if pixmap.loadFromData(base64.b64decode(uri[len(IMAGE_PREFIX):])) else None


class ImageField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: str | None = None
        self.thumb = QLabel(self)
        self.thumb.setObjectName("rewardImageThumb")
        # "No picture" in two lines at 150 % (taller still in a Chinese font) needs more than
        # 72 px: the square grows to its words.
        self.thumb.setText(self.tr("No\npicture"))
        side = max(THUMB_PX, self.thumb.sizeHint().width() + 12, self.thumb.sizeHint().height() + 12)
        self.thumb.setFixedSize(side, side)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The outline in the palette's text colour and the words in the theme's muted one, so
        # high contrast and a dark desktop palette show both.
        self.thumb.setStyleSheet("QLabel { border: 1px dashed palette(text); border-radius: 6px; }")
        self.thumb.setProperty("muted", True)
        self.choose_button = self._button(self.tr("Ctrl+I  Choose…"), "rewardImageChoose")
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = self._button(self.tr("Ctrl+Shift+I  Remove"), "rewardImageRemove")
        self.remove_button.clicked.connect(self.clear)
        self.error = inline_error_label(self)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self._paint()

    def _button(self, text: str, name: str) -> QPushButton:
        # One line, not a key_button's two: two of them sit beside a 72 px thumbnail.
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        return button

    def value(self) -> str | None:
        return self._value

    def set_value(self, value: str | None, *, edited: bool = False) -> None:
        self._value = value
        set_inline_error(self.error, None)
        self._paint()
        if edited:
            self.changed.emit()

    def clear(self) -> None:
        if self._value is not None:
            self.set_value(None, edited=True)

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the reward's picture"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        uri = image_data_uri(path)
        if uri is None:
            set_inline_error(self.error, self.tr("That file is not a picture this till can read."))
            return False
        self.set_value(uri, edited=True)
        return True

    def _paint(self) -> None:
        pixmap = pixmap_of(self._value)
        self.remove_button.setEnabled(pixmap is not None)
        if pixmap is None:
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(self.tr("No\npicture"))
            # A square, unless the words in the till's language need a little more width.
            self.thumb.setFixedWidth(max(THUMB_PX, self.thumb.sizeHint().width()))
            return
        self.thumb.setFixedWidth(THUMB_PX)
        self.thumb.setPixmap(pixmap.scaled(THUMB_PX - 4, THUMB_PX - 4, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
