"""Editable tables of the rules screen: keyboard-friendly cells, whole-number parsing.

The rules' tables are short (a shop's categories, its tiers), so a QTableWidget
edited in place is the simplest fit; values are read back and checked on save.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from loyalty_pos.domain.errors import ValidationError


_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def edit_table(headers: list[str], parent: QWidget, *, stretch: int = 0) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    # Typing on a cell starts editing it, as in a spreadsheet; Enter/F2 too.
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.DoubleClicked
    )
    table.setTabKeyNavigation(False)  # Tab leaves the table for the next field
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 14)
    return table


def add_row(table: QTableWidget, items: list[QTableWidgetItem], at: int | None = None) -> None:
    row = table.rowCount() if at is None else at
    table.insertRow(row)
    for column, item in enumerate(items):
        table.setItem(row, column, item)


def fixed_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def number_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(_NUMBER_ALIGN)
    return item


def percent_item(pct: int) -> QTableWidgetItem:
    return number_item(f"{pct} %")


def check_item(checked: bool, label: str) -> QTableWidgetItem:
    item = QTableWidgetItem(label)
    item.setFlags((item.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def is_checked(table: QTableWidget, row: int, column: int) -> bool:
    item = table.item(row, column)
    return item is not None and item.checkState() == Qt.CheckState.Checked


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def whole_number(text: str) -> int | None:
    """A typed whole number of 0 or more ("1 500", "1,500" and "150 %" are fine); None otherwise."""
    cleaned = text.replace("%", "").replace(",", "").replace(" ", "").replace("\u00a0", "")
    return int(cleaned) if cleaned.isdigit() else None


def percent_of(text: str, name: str) -> int:
    """A multiplier cell's whole percent, or a ValidationError naming the row."""
    pct = whole_number(text)
    if pct is None:
        raise ValidationError(code="bad_multiplier", detail=QCoreApplication.translate(
            "RulesSection", "{name}: the multiplier is a whole percent, such as 150.").format(name=name))
    return pct
