"""A search box with a paged result table under it, driven from the keyboard.

Type (or press Enter) to search, Up/Down to move through the results without
leaving the box, Enter to pick, Esc to give up. The owner runs the searches
(through Operations) and fills the model; this widget only handles keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.models.paged import PagedTableModel
from loyalty_pos.gui.operations import Operations
from loyalty_pos.services.ports import Page

_TYPING_PAUSE_MS = 300  # search once the cashier pauses, not on every key
_NAVIGATION = {
    Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
}


class SearchList(QWidget):
    search_requested = Signal(str, bool)  # text, asked for with Enter (not a typing pause)
    results_shown = Signal(bool)
    picked = Signal(object)  # the row object
    cancelled = Signal()

    def __init__(
        self, model: PagedTableModel, placeholder: str, parent: QWidget | None = None, *,
        min_length: int = 2, visible_rows: int | None = 6,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.min_length = min_length
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(placeholder)
        self.box.setAccessibleName(placeholder)  # a screen reader does not read the placeholder
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Search results"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay in the box
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(model.lines_per_row > 1)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        row_height = self.table.fontMetrics().lineSpacing() * model.lines_per_row + 12
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        if visible_rows is not None:  # None: as tall as the layout lets it be
            self.table.setMaximumHeight(row_height * visible_rows + header.sizeHint().height() + 4)
        self.table.doubleClicked.connect(lambda index: self._pick(index.row()))
        self.status = QLabel(self)
        self.status.setProperty("muted", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        self._searched_for: str | None = None  # the text the shown results belong to
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(_TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._search_now)
        self.box.textEdited.connect(self._text_edited)
        model.modelReset.connect(self._rows_changed)
        model.rowsInserted.connect(self._rows_changed)
        self._show_results(False)

    # -- driven by the owner -------------------------------------------------------
    def set_page(self, text: str, page: Page, *, no_matches: str | None = None) -> None:
        """Results for ``text`` (dropped if the box has moved on); ``no_matches`` says
        what an empty page means when the owner knows better than "No matches"."""
        if text != self._query():
            return
        self._searched_for = text
        self.model.set_rows(page)
        if page.rows:
            self.table.selectRow(0)
            self.status.setText(self.tr("↑↓ choose · Enter picks · Esc cancels"))
        else:
            self.status.setText(no_matches or self.tr("No matches for “{text}”.").format(text=text))
        self._show_results(True)

    def load_more(
        self,
        ops: Operations,
        cursor: str,
        fetch: Callable[[str, str], Page],
        *,
        on_error: Callable[[LoyaltyError], None],
        latest: str,
    ) -> None:
        """Fetch the page after ``cursor`` of the search on show (on a worker); a page
        that lands after the cashier searched for something else is dropped."""
        text = self._searched_for
        if text is None:
            self.model.page_failed()
            return

        def landed(page: Page) -> None:
            if self._searched_for == text:
                self.model.append_page(page)

        ops.run(self, lambda: fetch(text, cursor), on_done=landed, on_error=on_error, latest=latest)

    def set_searching(self, text: str) -> None:
        self.status.setText(self.tr("Searching “{text}”…").format(text=text))
        self.status.setVisible(True)

    def reset(self) -> None:
        self._pause.stop()
        self.box.clear()
        self._searched_for = None
        self.model.set_rows(None)
        self._show_results(False)

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def current_row(self) -> int:
        selected = self.table.selectionModel().selectedRows()
        return selected[0].row() if selected else -1

    # -- keys -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in _NAVIGATION and self.model.rowCount() > 0:
                self._move(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter()
                return True
            if key == Qt.Key.Key_Escape:
                had_text = bool(self.box.text())
                self.reset()
                self.cancelled.emit()
                return had_text  # an empty box lets Esc travel on to the screen
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        count = self.model.rowCount()
        row = max(0, self.current_row())
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}[key]
        row = min(count - 1, max(0, row + step))
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _enter(self) -> None:
        query = self._query()
        if self._searched_for == query and self.current_row() >= 0:
            self._pick(self.current_row())
        else:
            self._search_now(entered=True)

    def _pick(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            item = self.model.row(row)
            self.picked.emit(item)

    def _text_edited(self, _text: str) -> None:
        self._searched_for = None
        self._pause.start()

    def _search_now(self, entered: bool = False) -> None:
        self._pause.stop()
        query = self._query()
        if len(query) < self.min_length:
            self.model.set_rows(None)
            self._show_results(False)
            if query:
                self.status.setText(self.tr("Type at least {n} characters.").format(n=self.min_length))
                self.status.setVisible(True)
            return
        self.set_searching(query)
        self.search_requested.emit(query, entered)

    def _query(self) -> str:
        return " ".join(self.box.text().split())

    def _rows_changed(self, *_args: object) -> None:
        self._show_results(self._searched_for is not None)

    def _show_results(self, shown: bool) -> None:
        has_rows = self.model.rowCount() > 0
        if self.table.isVisibleTo(self) != (shown and has_rows):
            self.table.setVisible(shown and has_rows)
            self.results_shown.emit(shown and has_rows)
        self.status.setVisible(bool(self.status.text()) and (shown or not has_rows))
        if shown and has_rows:
            self.status.setVisible(True)
        if not shown:
            self.status.setText("")
