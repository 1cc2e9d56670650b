"""What was wrong in a products CSV, row by row, and the manager's choice: import the
good rows, or nothing (the file is fixed and imported again)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from loyalty_pos.gui.manager.products.row_report import lay_out_report, report_table
from loyalty_pos.gui.widgets.dialog_parts import WorkingDialog, key_button
from loyalty_pos.services.program.product_csv import ImportReport


def good_rows(report: ImportReport) -> int:
    """Rows with no problem: a row with three problems is still one bad row."""
    return report.rows - len({error.line for error in report.errors if error.column != "header"})


class ImportReportDialog(WorkingDialog):
    def __init__(self, path: Path, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Products import — problems found"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.good = good_rows(report)
        bad = report.rows - self.good
        if report.rows:
            text = self.tr("{rows} rows read: {good} good, {bad} with problems (listed below, with the line in the "
                           "file). Import the good rows now, or cancel, fix the file and import it again."
                           ).format(rows=report.rows, good=self.good, bad=bad)
        else:
            text = self.tr("The file cannot be imported as it is. Fix it and import it again.")
        summary = QLabel(text, self)

        headers = (self.tr("Line"), self.tr("Column"), self.tr("Problem"))
        rows = [(str(error.line), error.column, error.message) for error in report.errors]
        self.table = report_table(self, "importErrors", headers, rows)

        self.cancel_button = key_button(self.tr("Esc"), self.tr("Cancel — import nothing"), self)
        label = self.tr("Import the 1 good row") if self.good == 1 \
            else self.tr("Import the {good} good rows").format(good=self.good)
        self.import_button = key_button(self.tr("Enter"), label, self, role="primary")
        self.import_button.setEnabled(self.good > 0)
        self.cancel_button.clicked.connect(self.reject)
        self.import_button.clicked.connect(self.submit)
        lay_out_report(self, self.tr("{file}: nothing has been imported yet").format(file=path.name), summary,
                       self.table, self.cancel_button, self.import_button)

    def submit(self) -> None:
        if self.good > 0:
            self.accept()
