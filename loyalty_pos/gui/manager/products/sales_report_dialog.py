"""A register's sales CSV, row by row, before anything is stored: what each row would earn
or why it is refused; Enter imports the accepted rows (all at once), Esc imports nothing.
Shown again after the import, as the report of what was imported and what was refused."""

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

from loyalty_pos.domain.money import Money
from loyalty_pos.gui.widgets.dialog_parts import WorkingDialog, key_button
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.sale.sales_import import SalesImportReport


class SalesReportDialog(WorkingDialog):
    def __init__(self, path: Path, report: SalesImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("salesImportReport")
        self.report = report
        done = report.committed
        self.setWindowTitle(self.tr("Register sales — imported") if done else self.tr("Register sales — check"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        heading = self.tr("{file}: imported") if done else self.tr("{file}: nothing has been imported yet")
        title = QLabel(heading.format(file=path.name), self)
        title.setFont(scaled_font(self.font(), 125, bold=True))
        title.setWordWrap(True)
        verb = self.tr("imported") if done else self.tr("to import")
        summary = QLabel(self.tr("{accepted} {verb}, {refused} refused (the reason is on each row).")
                         .format(accepted=self._rows(report.imported), verb=verb, refused=report.refused), self)
        summary.setObjectName("salesImportSummary")
        summary.setWordWrap(True)

        self.table = QTableWidget(len(report.outcomes), 5, self)
        self.table.setObjectName("salesImportRows")
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Receipt"), self.tr("Amount"),
                                              self.tr("Points"), self.tr("Outcome")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet("QTableView { outline: 0; }")
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, outcome in enumerate(report.outcomes):
            amount = Money(outcome.amount_minor, report.currency).format() if outcome.amount_minor else ""
            cells = (str(outcome.line), outcome.receipt, amount,
                     f"{outcome.points_earned:,}" if outcome.imported else "",
                     (self.tr("imported") if done else self.tr("will be imported")) if outcome.imported
                     else self.tr("refused: {why}").format(why=outcome.message))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 2, 3):
                    item.setTextAlignment(right)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if report.outcomes:
            self.table.selectRow(0)

        self.cancel_button = key_button(self.tr("Esc"), self.tr("Close") if done else self.tr("Cancel — import nothing"),
                                        self)
        self.cancel_button.setMinimumWidth(240)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.import_button = key_button(self.tr("Enter"), self.tr("Import {rows}").format(rows=self._rows(report.imported)),
                                        self, role="primary")
        self.import_button.setMinimumWidth(240)
        self.import_button.setVisible(not done)
        self.import_button.setEnabled(not done and report.imported > 0)
        self.import_button.clicked.connect(self.submit)
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

    def _rows(self, count: int) -> str:
        return self.tr("1 row") if count == 1 else self.tr("{count} rows").format(count=f"{count:,}")

    def submit(self) -> None:
        if self.report.committed:
            self.reject()
        elif self.report.imported > 0:
            self.accept()
