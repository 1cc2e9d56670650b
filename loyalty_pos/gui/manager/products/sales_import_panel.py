"""Sales rung up on the shop's own cash register, imported from its CSV export.

The file is first checked as a dry run (every row's outcome, nothing stored) and
shown row by row; confirming stores the accepted rows in one transaction and
shows the same report as what was imported and what was refused.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from loyalty_pos.domain.errors import LoyaltyError, ValidationError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.products.sales_report_dialog import SalesReportDialog
from loyalty_pos.gui.widgets.dialog_parts import key_button
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.sale.sales_import import SalesImportReport, import_sales


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ValidationError(code="file_unreadable", template="{path}: {reason}", path=path,
                              reason=error.strerror or error) from None


class SalesImportPanel(QWidget):
    def __init__(self, ctx: TillContext, actor: Actor, messages: MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.messages = ctx, actor, messages
        self.folder = Path.home()
        self.dialog: SalesReportDialog | None = None
        self.busy = False
        about = QLabel(self.tr(
            "Sales rung up on your own cash register earn points when their CSV export is imported. Columns: "
            "card or phone, amount, date, time (optional), receipt, register and category (optional). "
            "Semicolons and decimal commas are fine. A receipt already recorded is skipped; each row earns "
            "under the program in force on its date."), self)
        about.setWordWrap(True)
        about.setProperty("muted", True)
        self.import_button = key_button(self.tr("Ctrl+Shift+I"), self.tr("Import register sales…"), self)
        self.import_button.clicked.connect(self.choose_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(about)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def choose_file(self) -> None:
        if self.busy:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import register sales from CSV"), str(self.folder),
            self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.check_file(Path(path))

    # -- the work, given a path (tests come in here) ---------------------------------------
    def check_file(self, path: Path) -> None:
        self._run(path, commit=False)

    def _run(self, path: Path, *, commit: bool) -> None:
        if self.busy:
            return
        self.folder = path.parent
        self._set_busy(True)
        ctx, actor = self.ctx, self.actor

        def work(make_uow):  # type: ignore[no-untyped-def]  # ops.change's callable
            return import_sales(make_uow(), _read(path), actor=actor, clock=ctx.clock, commit=commit)

        self.ctx.ops.change(self, ctx.make_uow, work, on_done=lambda report: self._done(path, report),
                            on_error=self._failed)

    def _done(self, path: Path, report: SalesImportReport) -> None:
        self._set_busy(False)
        dialog = SalesReportDialog(path, report, self.window())
        self.dialog = dialog
        if not report.committed:
            dialog.accepted.connect(lambda: self._run(path, commit=True))
            dialog.rejected.connect(lambda: self.messages.show_message(
                self.tr("Nothing was imported from {file}.").format(file=path.name), Level.INFO))
        else:
            self.messages.show_message(
                self.tr("Register sales imported from {file}: {imported}; refused: {refused}.").format(
                    file=path.name, imported=report.imported, refused=report.refused),
                Level.WARNING if report.refused else Level.SUCCESS)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: SalesReportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _failed(self, error: LoyaltyError) -> None:
        self._set_busy(False)
        self.messages.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.import_button.setEnabled(not busy)
