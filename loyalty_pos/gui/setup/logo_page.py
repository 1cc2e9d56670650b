"""Page 2: the shop's logo for member cards (optional) and where receipts print (optional).

The logo is read and scaled the moment its file is named, so a wrong file is
refused right under the field and the preview shows what the cards will carry.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.setup.draft import SetupDraft
from loyalty_pos.gui.setup.page import SetupPage
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.printing.logo import read_logo

translate = QCoreApplication.translate
PREVIEW_PX = 72


class LogoPage(SetupPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("setup", "Logo and receipts"),
            translate("setup", "Both are optional: without a logo, cards carry the shop's name only; without a "
                               "printer, receipts are saved as PDF files in the shop's data folder."),
            parent,
        )
        self._logo: bytes | None = None
        self._logo_problem: str | None = None
        self._read_path = ""
        self.path = QLineEdit(self)
        self.path.setObjectName("logoPath")
        self.path.setPlaceholderText(self.tr("a PNG file, e.g. /home/siti/logo.png"))
        self.path.setAccessibleName(self.tr("Logo file (optional)"))  # its row's label names the row
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._choose)
        self.preview = QLabel(self)
        self.preview.setObjectName("logoPreview")
        self.preview.setFixedSize(PREVIEW_PX, PREVIEW_PX)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A logo is drawn for paper (the card, the receipt): shown on paper in every theme.
        self.preview.setProperty("paper", True)
        self.preview.setStyleSheet("border: 1px dashed; border-radius: 6px;")
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.path, 1)
        line.addWidget(self.browse)
        line.addWidget(self.preview)
        self.add_field("logo", self.tr("&Logo (optional)"), row,
                       self.tr("Scaled to the member card's logo box (9 mm)."), focusable=False)
        self.inputs["logo"] = self.path  # a problem with the logo puts the cursor in its file name
        self.chain(self.path)
        self.chain(self.browse)
        self.printer = QLineEdit(self)
        self.printer.setObjectName("receiptPrinter")
        self.printer.setPlaceholderText(self.tr("leave empty for PDF files"))
        self.add_field("receipt_printer", self.tr("&Receipt printer (optional)"), self.printer,
                       self.tr("e.g. escpos-network:192.168.1.50, escpos-usb:04b8:0e15, system:Receipt printer"))
        self.path.editingFinished.connect(self._path_left)
        self.path.textEdited.connect(self.edited)
        self.printer.textEdited.connect(self.edited)
        self.printer.editingFinished.connect(lambda: self.field_left.emit("receipt_printer"))

    def first_field(self) -> QWidget:
        return self.path

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the shop's logo"), str(Path.home()),
                                                      self.tr("PNG pictures (*.png)"))
        if chosen:
            self.path.setText(chosen)
            self._path_left()
            self.path.setFocus()

    def _path_left(self) -> None:
        self._load(self.path.text().strip())
        self.field_left.emit("logo")

    def _load(self, text: str) -> None:
        """Read the file once per name typed (Enter and leaving the field both ask)."""
        if text == self._read_path:
            return
        self._read_path = text
        self._logo, self._logo_problem = None, None
        self.preview.clear()
        if not text:
            return
        try:
            self._logo = read_logo(Path(text).expanduser())
        except LoyaltyError as error:
            self._logo_problem = error_text(error)
            return
        picture = QPixmap()
        picture.loadFromData(self._logo, "PNG")
        self.preview.setPixmap(picture.scaled(PREVIEW_PX - 8, PREVIEW_PX - 8, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))

    def read_into(self, draft: SetupDraft) -> None:
        self._load(self.path.text().strip())
        draft.logo_path = self.path.text().strip()
        draft.logo_png = self._logo
        draft.page_problems.pop("logo", None)
        if self._logo_problem:
            draft.page_problems["logo"] = self._logo_problem
        draft.receipt_printer = self.printer.text().strip()
