"""What was wrong in a products CSV, row by row, and the manager's choice: import the
good rows, or nothing (the file is fixed and imported again)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.gui.widgets.dialog_parts import WorkingDialog, key_button
from loyalty_pos.gui.widgets.theme import scaled_font
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
        title = QLabel(self.tr("{file}: nothing has been imported yet").format(file=path.name), self)
        title.setFont(scaled_font(self.font(), 125, bold=True))
        title.setWordWrap(True)
        if report.rows:
            text = self.tr("{rows} rows read: {good} good, {bad} with problems (listed below, with the line in the "
                           "file). Import the good rows now, or cancel, fix the file and import it again."
                           ).format(rows=report.rows, good=self.good, bad=bad)
        else:
            text = self.tr("The file cannot be imported as it is. Fix it and import it again.")
        summary = QLabel(text, self)
        summary.setWordWrap(True)

        self.table = QTableWidget(len(report.errors), 3, self)
        self.table.setObjectName("importErrors")
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Problem")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet("QTableView { outline: 0; }")  # whole rows are selected: no cell focus frame
        for row, error in enumerate(report.errors):
            line = QTableWidgetItem(str(error.line))
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, line)
            self.table.setItem(row, 1, QTableWidgetItem(error.column))
            self.table.setItem(row, 2, QTableWidgetItem(error.message))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if report.errors:
            self.table.selectRow(0)

        self.cancel_button = key_button(self.tr("Esc"), self.tr("Cancel — import nothing"), self)
        self.cancel_button.setMinimumWidth(240)
        label = self.tr("Import the 1 good row") if self.good == 1 \
            else self.tr("Import the {good} good rows").format(good=self.good)
        self.import_button = key_button(self.tr("Enter"), label, self, role="primary")
        self.import_button.setMinimumWidth(240)
        self.import_button.setEnabled(self.good > 0)
        self.cancel_button.clicked.connect(self.reject)
        self.import_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self.table.setFocus()

    def submit(self) -> None:
        if self.good > 0:
            self.accept()
