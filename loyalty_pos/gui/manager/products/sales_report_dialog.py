"""A register's sales CSV, row by row, before anything is stored: what each row would earn
or why it is refused; Enter imports the accepted rows (all at once), Esc imports nothing.
Shown again after the import, as the report of what was imported and what was refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from loyalty_pos.domain.money import Money
from loyalty_pos.gui.manager.products.row_report import lay_out_report, report_table
from loyalty_pos.gui.widgets.dialog_parts import WorkingDialog, key_button
from loyalty_pos.gui.widgets.locale_text import money_text
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
        verb = self.tr("imported") if done else self.tr("to import")
        summary = QLabel(self.tr("{accepted} {verb}, {refused} refused (the reason is on each row).")
                         .format(accepted=self._rows(report.imported), verb=verb, refused=report.refused), self)
        summary.setObjectName("salesImportSummary")

        rows = []
        for outcome in report.outcomes:
            amount = money_text(Money(outcome.amount_minor, report.currency)) if outcome.amount_minor else ""
            rows.append((str(outcome.line), outcome.receipt, amount,
                         f"{outcome.points_earned:,}" if outcome.imported else "",
                         (self.tr("imported") if done else self.tr("will be imported")) if outcome.imported
                         else self.tr("refused: {why}").format(why=outcome.message)))
        headers = (self.tr("Line"), self.tr("Receipt"), self.tr("Amount"), self.tr("Points"), self.tr("Outcome"))
        self.table = report_table(self, "salesImportRows", headers, rows, right_aligned=(0, 2, 3))

        self.cancel_button = key_button(self.tr("Esc"), self.tr("Close") if done else self.tr("Cancel — import nothing"),
                                        self)
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = key_button(self.tr("Enter"), self.tr("Import {rows}").format(rows=self._rows(report.imported)),
                                        self, role="primary")
        self.import_button.setVisible(not done)
        self.import_button.setEnabled(not done and report.imported > 0)
        self.import_button.clicked.connect(self.submit)
        lay_out_report(self, heading.format(file=path.name), summary, self.table, self.cancel_button,
                       self.import_button)

    def _rows(self, count: int) -> str:
        return self.tr("1 row") if count == 1 else self.tr("{count} rows").format(count=f"{count:,}")

    def submit(self) -> None:
        if self.report.committed:
            self.reject()
        elif self.report.imported > 0:
            self.accept()
