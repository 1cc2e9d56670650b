"""Import and export of the product list as CSV, with progress while a file is worked on.

An import is first tried whole (``all_or_nothing``): a clean file is saved at
once; a file with bad rows saves nothing and shows the row-by-row report, from
which the manager may import the good rows (a second pass in ``good_rows``) or
cancel with nothing imported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.products.import_report_dialog import ImportReportDialog
from loyalty_pos.gui.widgets.action_bar import ActionBar
from loyalty_pos.gui.widgets.dialog_parts import key_button
from loyalty_pos.gui.widgets.locale_text import shop_language
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar
from loyalty_pos.output_files import write_output
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.program.product_csv import (
    ImportMode,
    ImportReport,
    export_products,
    import_products,
)


class CsvPanel(QWidget):
    # Emitted from the worker thread; Qt queues it onto the GUI thread.
    progress_heard = Signal(str, int, int)  # stage, done, total

    def __init__(self, ctx: TillContext, actor: Actor, messages: MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.messages = ctx, actor, messages
        self.folder = Path.home()
        self.report_dialog: ImportReportDialog | None = None
        self.busy = False
        self.import_button = key_button(self.tr("Ctrl+I"), self.tr("Import CSV…"), self)
        self.export_button = key_button(self.tr("Ctrl+E"), self.tr("Export CSV…"), self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("csvProgress")
        self.bar.setTextVisible(False)
        self.label = QLabel(self)
        self.label.setObjectName("csvProgressText")
        self.label.setProperty("muted", True)
        self.label.setWordWrap(True)
        # Side by side, or one over the other when a large text size leaves the list narrow.
        buttons = ActionBar(self)
        for button in (self.import_button, self.export_button):
            button.setMinimumWidth(0)
            buttons.add(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)
        self._set_busy(False)
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button.clicked.connect(self.choose_export_file)
        self.progress_heard.connect(self._progress, Qt.ConnectionType.QueuedConnection)

    # -- the keys' path: a file dialog first -------------------------------------------
    def choose_import_file(self) -> None:
        if self.busy:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import products from CSV"), str(self.folder), self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def choose_export_file(self) -> None:
        if self.busy:
            return
        day = self.ctx.clock.now().astimezone().date()
        suggested = self.folder / f"products-{day.isoformat()}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export products to CSV"), str(suggested), self.tr("CSV files (*.csv)"))
        if path:
            target = Path(path)
            self.export_to(target if target.suffix else target.with_suffix(".csv"))

    # -- the work, given a path (tests come in here) ---------------------------------------
    def import_file(self, path: Path, mode: ImportMode = "all_or_nothing") -> None:
        if self.busy:
            return
        self.folder = path.parent
        self._set_busy(True, self.tr("Reading {file}…").format(file=path.name))
        ctx, actor, heard = self.ctx, self.actor, self.progress_heard
        self.ctx.ops.change(
            self,
            ctx.make_uow,
            lambda make_uow: import_products(make_uow(), path, mode=mode, actor=actor, clock=ctx.clock,
                                             progress=heard.emit),
            on_done=lambda report: self._imported(path, report),
            on_error=self._failed,
        )

    def export_to(self, path: Path) -> None:
        if self.busy:
            return
        self.folder = path.parent
        self._set_busy(True, self.tr("Writing {file}…").format(file=path.name))
        ctx = self.ctx
        language = shop_language()  # read here: QLocale's default is the GUI thread's to ask
        self.ctx.ops.run(
            self, lambda: write_output(path, ctx.data_dir, lambda partial: export_products(ctx.make_uow(readonly=True),
                                                                                           partial, language=language)),
            on_done=lambda count: self._exported(path, count), on_error=self._failed,
        )

    # -- results ----------------------------------------------------------------------
    def _progress(self, stage: str, done: int, total: int) -> None:
        if not self.busy:
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        text = self.tr("Checking rows: {done} of {total}") if stage == "checking" \
            else self.tr("Saving products: {done} of {total}")
        self.label.setText(text.format(done=done, total=total))

    def _imported(self, path: Path, report: ImportReport) -> None:
        self._set_busy(False)
        if report.ok:
            self.messages.show_message(self.tr("Products imported from {file}: {saved}.").format(
                saved=report.saved, file=path.name), Level.SUCCESS)
        elif report.mode == "good_rows":
            self.messages.show_message(
                self.tr("Products imported from {file}: {saved}. Rows left out, with problems: {bad}.").format(
                    saved=report.saved, file=path.name, bad=report.rows - report.saved), Level.WARNING)
        else:
            self._ask_about(path, report)

    def _ask_about(self, path: Path, report: ImportReport) -> None:
        dialog = ImportReportDialog(path, report, self.window())
        self.report_dialog = dialog
        dialog.accepted.connect(lambda: self.import_file(path, "good_rows"))
        dialog.rejected.connect(lambda: self.messages.show_message(
            self.tr("Import cancelled: nothing was imported from {file}.").format(file=path.name), Level.INFO))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: ImportReportDialog) -> None:
        if self.report_dialog is dialog:
            self.report_dialog = None
        dialog.deleteLater()

    def _exported(self, path: Path, count: int) -> None:
        self._set_busy(False)
        self.messages.show_message(self.tr("Products exported to {path}: {count}.").format(count=count, path=path),
                                   Level.SUCCESS)

    def _failed(self, error: LoyaltyError) -> None:
        self._set_busy(False)
        self.messages.show_error(error)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.bar.setRange(0, 0)  # moving until the first count arrives
        self.bar.setVisible(busy)
        self.label.setText(text)
        self.label.setVisible(busy)
        self.import_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
