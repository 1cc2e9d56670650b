"""One report's table: headers and rows of plain values, shown read-only.

The model keeps the raw values (ints stay ints) so an export writes numbers a
spreadsheet can add up, while the view shows them grouped as the shop's locale does (``12,345``, ``12 345``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from loyalty_pos.gui.widgets.locale_text import points_text

_Index = QModelIndex | QPersistentModelIndex
Cell = str | int


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[tuple[Cell, ...], ...] = ()

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
        width = len(headers)
        bad = [row for row in rows if len(row) != width]
        if bad:  # a short row would show as blank cells and export shifted columns
            raise ValueError(f"every row needs {width} cells, got {len(bad[0])}: {bad[0]!r}")
        self.beginResetModel()
        self._headers = tuple(headers)
        self._rows = tuple(tuple(row) for row in rows)
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def rows(self) -> tuple[tuple[Cell, ...], ...]:
        return self._rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return points_text(value) if isinstance(value, int) else value
        if role == Qt.ItemDataRole.EditRole:
            return value  # the raw value, for exports and sorting
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if isinstance(value, int) else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        return None
