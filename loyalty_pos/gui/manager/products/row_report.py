"""The shape both CSV import reports share: a heading naming the file, a summary, a
read-only table with a row per line of the file, and Esc / Enter buttons below."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.gui.widgets.theme import scaled_font

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def report_table(
    parent: QWidget, name: str, headers: Sequence[str], rows: Sequence[Sequence[str]],
    *, right_aligned: Collection[int] = (0,),
) -> QTableWidget:
    """Read-only, whole rows selected; the last column (the message) takes the spare width."""
    table = QTableWidget(len(rows), len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.setStyleSheet("QTableView { outline: 0; }")  # whole rows are selected: no cell focus frame
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in right_aligned:
                item.setTextAlignment(_RIGHT)
            table.setItem(row, column, item)
    header = table.horizontalHeader()
    last = len(headers) - 1
    for column in range(last):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if rows:
        table.selectRow(0)
    return table


def lay_out_report(
    dialog: QDialog, heading: str, summary: QLabel, table: QTableWidget, cancel: QPushButton, confirm: QPushButton
) -> None:
    """Heading, summary, table, then Esc left and Enter right; the table has the focus."""
    title = QLabel(heading, dialog)
    title.setFont(scaled_font(dialog.font(), 125, bold=True))
    title.setWordWrap(True)
    summary.setWordWrap(True)
    for button in (cancel, confirm):
        button.setMinimumWidth(240)
    buttons = QHBoxLayout()
    buttons.addWidget(cancel)
    buttons.addStretch(1)
    buttons.addWidget(confirm)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(10)
    layout.addWidget(title)
    layout.addWidget(summary)
    layout.addWidget(table, 1)
    layout.addLayout(buttons)
    dialog.resize(900, 560)
    table.setFocus()
