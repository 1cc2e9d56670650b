"""Print member cards, with a preview: the print queue or blank cards (back office).

The sheet is rendered on a worker thread into a temporary PDF; the preview shows
its first page; saving copies the PDF where the manager says and marks the queued
cards printed — only then, so a sheet that never reached paper is printed again.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.cards.face import CardFace
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.printing.card_sheet import render_card_sheet
from loyalty_pos.resources import resource_path
from loyalty_pos.services.members import card_printing
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.cards import mark_printed
from loyalty_pos.services.shop.profile import shop_logo
from loyalty_pos.services.shop.shop import shop_name

_QUEUE_PAGE = 500
_PREVIEW_HEIGHT = 520


@dataclass(frozen=True)
class _Sheet:
    pdf: Path
    pages: int
    queued: tuple[str, ...]  # card numbers to mark printed once saved
    blank: int


class CardsSection(QWidget):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor.require_manager("Printing member cards")
        self.ctx, self.actor = ctx, actor
        self.sheet: _Sheet | None = None
        self._scratch = tempfile.TemporaryDirectory(prefix="loyalty-cards-")
        heading = QLabel(self.tr("Print member cards"), self)
        heading.setFont(scaled_font(self.font(), 125, bold=True))
        intro = QLabel(self.tr("Cards of new members wait in the print queue until a sheet of them is saved; "
                               "blank pre-numbered cards are handed out at enrolment."), self)
        intro.setWordWrap(True)
        intro.setProperty("muted", True)
        self.queue = QRadioButton(self.tr("&Cards waiting to be printed"), self)
        self.queue.setChecked(True)
        self.blank = QRadioButton(self.tr("&Blank numbered cards"), self)
        self.blank_count = QSpinBox(self)
        self.blank_count.setRange(1, 10_000)
        self.blank_count.setValue(10)
        self.blank_count.setEnabled(False)
        self.paper = QComboBox(self)
        self.paper.addItems(["A4", "Letter"])
        default_dir = (ctx.receipts_dir.parent if ctx.receipts_dir else Path.home()) / "cards"
        self.out = QLineEdit(str(default_dir / f"cards-{datetime.now():%Y%m%d-%H%M}.pdf"), self)
        self.preview = QLabel(self.tr("Press F5 to see the sheet before printing."), self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setFixedSize(QSize(_PREVIEW_HEIGHT * 210 // 297 + 8, _PREVIEW_HEIGHT + 8))
        self.preview.setStyleSheet("background: #ffffff; border: 1px solid #d0d7de;")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("F5\nPreview"), self)
        self.save_button = QPushButton(self.tr("F9\nSave PDF to print"), self)
        self.save_button.setEnabled(False)

        # Labels above fields: the column beside an A4 preview is narrow at 1024x768.
        form = QGridLayout()
        form.addWidget(self.queue, 0, 0, 1, 2)
        form.addWidget(self.blank, 1, 0, 1, 2)
        form.addWidget(QLabel(self.tr("&How many"), self, buddy=self.blank_count), 2, 0)
        form.addWidget(self.blank_count, 2, 1)
        form.addWidget(QLabel(self.tr("&Paper"), self, buddy=self.paper), 3, 0)
        form.addWidget(self.paper, 3, 1)
        form.addWidget(QLabel(self.tr("Save &to"), self, buddy=self.out), 4, 0, 1, 2)
        form.addWidget(self.out, 5, 0, 1, 2)
        form.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        left = QVBoxLayout()
        left.addWidget(heading)
        left.addWidget(intro)
        left.addLayout(form)
        left.addWidget(self.status)
        left.addStretch(1)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.preview)

        self.blank.toggled.connect(self.blank_count.setEnabled)
        self.preview_button.clicked.connect(self.make_preview)
        self.save_button.clicked.connect(self.save)
        for key, slot in (("F5", self.make_preview), ("F9", self.save)):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for widget in (self.queue, self.blank, self.blank_count, self.paper):
            signal = getattr(widget, "toggled", None) or getattr(widget, "valueChanged", None) \
                or widget.currentIndexChanged  # type: ignore[attr-defined]
            signal.connect(self._forget_preview)

    def activated(self) -> None:
        (self.blank if self.blank.isChecked() else self.queue).setFocus()

    # -- preview ---------------------------------------------------------------
    def _forget_preview(self, *_args: object) -> None:
        self.sheet = None
        self.save_button.setEnabled(False)

    def make_preview(self) -> None:
        ctx, paper = self.ctx, self.paper.currentText()
        blank = self.blank_count.value() if self.blank.isChecked() else 0
        pdf = Path(self._scratch.name) / f"sheet-{id(object())}.pdf"
        self.status.setText(self.tr("Preparing the sheet…"))
        ctx.ops.run(self, lambda: _render(ctx, paper=paper, blank=blank, pdf=pdf),
                    on_done=self._show, on_error=self._refused, latest="card-preview")

    def _show(self, sheet: _Sheet | None) -> None:
        if sheet is None:
            self.status.setText(self.tr("Nothing to print: every active member card has been printed already."))
            return
        document = QPdfDocument(self)
        document.load(str(sheet.pdf))
        size = document.pagePointSize(0)  # fit the page (A4 or Letter) in the preview box
        width = round(_PREVIEW_HEIGHT * size.width() / size.height()) if size.height() else _PREVIEW_HEIGHT
        image = document.render(0, QSize(width, _PREVIEW_HEIGHT))
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.sheet = sheet
        self.save_button.setEnabled(True)
        cards = len(sheet.queued) + sheet.blank
        self.status.setText(self.tr("{cards} card(s) on {pages} page(s). Print at 100 % (actual size).")
                            .format(cards=cards, pages=sheet.pages))

    def _refused(self, error: LoyaltyError) -> None:
        self.status.setText(error.message)

    # -- save ------------------------------------------------------------------
    def save(self) -> None:
        if self.sheet is None:
            self.status.setText(self.tr("Preview the sheet first (F5)."))
            return
        sheet, out, ctx, actor = self.sheet, Path(self.out.text().strip()).expanduser(), self.ctx, self.actor
        ctx.ops.run(self, lambda: _save(ctx, actor, sheet, out), on_done=self._saved, on_error=self._refused)

    def _saved(self, out: Path) -> None:
        self.status.setText(self.tr("Saved to {path}.").format(path=out))
        self.saved_to = out
        self.save_button.setEnabled(False)
        self.sheet = None


def _render(ctx: TillContext, *, paper: str, blank: int, pdf: Path) -> _Sheet | None:
    """On a worker: collect the faces, then draw the sheet."""
    faces: list[CardFace] = []
    queued: list[str] = []
    if blank:
        faces = card_printing.blank_card_numbers(ctx.make_uow(readonly=True), blank)
    else:
        cursor: str | None = None
        while True:
            page = card_printing.cards_awaiting_print(ctx.make_uow(readonly=True), cursor=cursor, limit=_QUEUE_PAGE)
            faces.extend(page.rows)
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        queued = [face.card_number for face in faces]
    if not faces:
        return None
    uow = ctx.make_uow(readonly=True)
    with uow:
        name = shop_name(uow)
    logo = shop_logo(ctx.make_uow(readonly=True)) or resource_path("logo.png")
    pages = render_card_sheet(faces, pdf, paper=paper, shop_name=name, logo=logo,  # type: ignore[arg-type]
                              key=ctx.key)
    return _Sheet(pdf, pages, tuple(queued), blank)


def _save(ctx: TillContext, actor: Actor, sheet: _Sheet, out: Path) -> Path:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sheet.pdf, out)
    except OSError as error:
        raise LoyaltyError(code="card_sheet_unwritable", template="Cannot write {path}: {reason}.",
                           path=str(out), reason=error.strerror or str(error)) from None
    if sheet.queued:
        mark_printed(ctx.make_uow(), list(sheet.queued), actor=actor, clock=ctx.clock)
    return out
