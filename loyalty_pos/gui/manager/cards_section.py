"""Print member cards, with a preview: the print queue or blank cards (back office).

The sheet is rendered on a worker thread into a temporary PDF by the card-printing
job (the same workflow as ``loyalty-pos cards print``); the preview shows its first
page; saving hands the PDF over where the manager says and marks the queued cards
printed — only then, so a sheet that never reached paper is printed again.
"""

from __future__ import annotations

import tempfile
import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.widgets.reflow_box import ReflowBox
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.jobs.card_printing import (
    CardPrintingCancelled,
    CardSheet,
    CardShop,
    hand_over,
    prepare_sheet,
)
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.shop.shop import card_paper

_PREVIEW_HEIGHT = 520


class _ProgressRelay(QObject):
    """Carries the job's progress from the worker to the section (a queued signal)."""

    moved = Signal(str, int, int)


class CardsSection(QWidget):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor.require_manager("Printing member cards")
        self.ctx, self.actor = ctx, actor
        self.shop = CardShop(ctx.make_uow, ctx.ring(), ctx.clock, actor, data_dir=ctx.data_dir)
        self.sheet: CardSheet | None = None
        self._cancel = threading.Event()  # of the preview being prepared
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
        self._paper_read = False
        default_dir = (ctx.receipts_dir.parent if ctx.receipts_dir else Path.home()) / "cards"
        self.out = QLineEdit(str(default_dir / f"cards-{datetime.now():%Y%m%d-%H%M}.pdf"), self)
        self.preview = QLabel(self.tr("Press F5 to see the sheet before printing."), self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setFixedSize(QSize(_PREVIEW_HEIGHT * 210 // 297 + 8, _PREVIEW_HEIGHT + 8))
        # Paper-white with black ink in every theme (theme.py's paper); the border in the ink.
        self.preview.setProperty("paper", True)
        self.preview.setStyleSheet("border: 1px solid;")
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
        # One above the other, each the column's width: side by side, the column beside the
        # A4 preview cannot hold both in Indonesian at 1024x768.
        buttons = QVBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        left = QVBoxLayout()
        left.addWidget(heading)
        left.addWidget(intro)
        left.addLayout(form)
        left.addWidget(self.status)
        left.addStretch(1)
        left.addLayout(buttons)
        # The A4 preview beside the form, or under it when a large text size needs the width.
        layout = ReflowBox(self)
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
        if not self._paper_read:  # the shop's sheet first; a choice made here then stays
            ctx = self.ctx
            ctx.ops.run(self, lambda: card_paper(ctx.make_uow(readonly=True)), on_done=self._paper_setting,
                        latest=f"card-paper-{id(self)}")

    def _paper_setting(self, paper: str) -> None:
        self._paper_read = True
        self.paper.setCurrentText(paper)

    # -- preview ---------------------------------------------------------------
    def _forget_preview(self, *_args: object) -> None:
        self._cancel.set()  # a sheet for the old choice is no longer wanted
        self.sheet = None
        self.save_button.setEnabled(False)

    def make_preview(self) -> None:
        self._cancel.set()
        cancel = self._cancel = threading.Event()
        shop, paper = self.shop, self.paper.currentText()
        blank = self.blank_count.value() if self.blank.isChecked() else None
        pdf = Path(self._scratch.name) / f"sheet-{id(object())}.pdf"
        relay = _ProgressRelay()
        relay.moved.connect(self._progress)
        self.status.setText(self.tr("Preparing the sheet…"))
        self.ctx.ops.run(self, lambda: prepare_sheet(shop, pdf, new=blank, paper=paper,  # type: ignore[arg-type]
                                                      progress=relay.moved.emit, cancelled=cancel.is_set),
                         on_done=self._show, on_error=self._refused, latest="card-preview")

    def _progress(self, _stage: str, done: int, total: int) -> None:
        if self.sheet is None:
            self.status.setText(self.tr("Preparing the sheet… page {done} of {total}").format(done=done, total=total))

    def _show(self, sheet: CardSheet | None) -> None:
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
        self.status.setText(self.tr("{cards} card(s) on {pages} page(s). Print at 100 % (actual size).")
                            .format(cards=sheet.cards, pages=sheet.pages))

    def _refused(self, error: LoyaltyError) -> None:
        if isinstance(error, CardPrintingCancelled):
            self.status.setText(self.tr("The choice changed; press F5 for a new preview."))
            return
        self.status.setText(error.message)

    # -- save ------------------------------------------------------------------
    def save(self) -> None:
        if self.sheet is None:
            self.status.setText(self.tr("Preview the sheet first (F5)."))
            return
        sheet, out, shop = self.sheet, Path(self.out.text().strip()).expanduser(), self.shop

        def save_and_record() -> Path:
            hand_over(shop, sheet, out)
            return out

        self.ctx.ops.run(self, save_and_record, on_done=self._saved, on_error=self._refused)

    def _saved(self, out: Path) -> None:
        self.status.setText(self.tr("Saved to {path}.").format(path=out))
        self.saved_to = out
        self.save_button.setEnabled(False)
        self.sheet = None
