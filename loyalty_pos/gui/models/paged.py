"""A table model filled one service page at a time.

The view asks for more (``canFetchMore``/``fetchMore``) when scrolled near the
end; the model only *announces* it wants the next page (``more_wanted``) — the
widget that owns it runs the service call through Operations and hands the page
back with ``append_page``. So a model never touches a service or a thread.
"""

from __future__ import annotations

import enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from loyalty_pos.services.ports import Page

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel, Generic[T]):
    more_wanted = Signal(str)  # the cursor of the next page

    columns: type[enum.IntEnum]
    lines_per_row = 1  # lines of text in a cell, for the view's row height

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._next_cursor: str | None = None
        self._loading = False

    # -- filling ---------------------------------------------------------------
    def set_rows(self, page: Page[T] | None) -> None:
        self.beginResetModel()
        self._rows = list(page.rows) if page else []
        self._next_cursor = page.next_cursor if page else None
        self._loading = False
        self.endResetModel()

    def append_page(self, page: Page[T]) -> None:
        self._loading = False
        self._next_cursor = page.next_cursor
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    def page_failed(self) -> None:
        """Let the view ask again later instead of waiting forever."""
        self._loading = False

    def row(self, index: int) -> T:
        return self._rows[index]

    @property
    def has_more(self) -> bool:
        return self._next_cursor is not None

    # -- Qt model API ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self._next_cursor is not None and not self._loading

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802 - Qt API
        if self.canFetchMore(parent) and self._next_cursor is not None:
            self._loading = True
            self.more_wanted.emit(self._next_cursor)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(self.columns(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self.columns(index.column())
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        return None

    # -- for subclasses --------------------------------------------------------
    def header(self, column: Any) -> str:
        raise NotImplementedError

    def cell(self, item: T, column: Any) -> str:
        raise NotImplementedError

    def alignment(self, column: Any) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
