"""Back office: the audit log — who did what, when — and whether anyone rewrote it.

The chain is verified each time the section opens (on a worker, with progress),
and the verdict stays on top of the log. The log itself is read newest first, a
keyset page at a time: a shop's log grows by thousands of entries a day.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontDatabase, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.audit_filters import AuditFilters
from loyalty_pos.gui.manager.chain_banner import ChainBanner
from loyalty_pos.gui.models.audit_model import AuditColumn, AuditModel, action_text
from loyalty_pos.gui.operations import Changes
from loyalty_pos.gui.widgets.dialog_parts import key_button
from loyalty_pos.gui.widgets.message_bar import MessageBar
from loyalty_pos.gui.widgets.section_heading import section_heading
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.ports import AuditRecord, Page
from loyalty_pos.services.shop.audit_log import AuditQuery, audit_choices, search_audit

_SIDE_BY_SIDE_PX = 1_000


class AuditSection(QWidget):
    page_size = 100

    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self._query = AuditQuery()
        self._generation = 0  # pages of an older query are dropped when they land
        self._opened = False
        self._stale = True
        self._searching = False  # no "load more" of the old list while its replacement is on the way
        self._split = False

        heading = section_heading(self.tr("Audit log"), self)
        self.banner = ChainBanner(ctx, actor, self)
        self.filters = AuditFilters(self)
        self.messages = MessageBar(self)

        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setTabKeyNavigation(False)  # read-only: Tab leaves the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().lineSpacing() + 12)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditColumn.KEY, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # both ends of a long key tell it apart

        self.entry = QPlainTextEdit(self)
        self.entry.setReadOnly(True)
        self.entry.setAccessibleName(self.tr("Selected entry"))
        self.entry.setPlaceholderText(self.tr("Choose an entry (↑↓) to read everything it recorded."))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(1, self.font().pointSize() - 3))
        self.entry.setFont(mono)
        self.entry.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.entry)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)

        self.shown = QLabel(self)
        self.shown.setProperty("muted", True)
        # "Newest 100 entries shown; more are older" is wider than the footer of a narrow back office.
        self.shown.setWordWrap(True)
        self.clear_button = key_button(self.tr("Ctrl+E"), self.tr("Clear filters"), self)
        self.more_button = key_button(self.tr("Ctrl+L"), self.tr("Load more"), self)
        footer = QHBoxLayout()
        footer.addWidget(self.shown, 1)
        footer.addWidget(self.clear_button)
        footer.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.filters)
        layout.addWidget(self.messages)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)

        for key, slot in (("Ctrl+R", self.banner.verify), ("Ctrl+L", self.load_more),
                          ("Ctrl+E", self.filters.clear), ("Ctrl+F", self._find_key)):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clear_button.clicked.connect(self.filters.clear)
        self.more_button.clicked.connect(self.load_more)
        self.filters.changed.connect(self.search)
        self.model.more_wanted.connect(self._fetch_page)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_entry(current))
        ctx.ops.changed.connect(self._changed)
        self._update_footer()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        # Beside the list where a whole key (a UUID) still fits in it, under it where not
        # (the back office over a 1024 px till leaves the section ~700 px).
        side_by_side = event.size().width() >= _SIDE_BY_SIDE_PX
        orientation = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        if orientation != self.splitter.orientation() or not self._split:
            self._split = True
            self.splitter.setOrientation(orientation)
            self.splitter.setSizes([800, 360] if side_by_side else [300, 200])

    # -- the shell's hooks ----------------------------------------------------------
    def activated(self) -> None:
        if not self._opened:
            self._opened = True
            self.banner.verify()
            self.filters.person.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._stale:  # the distinct people and actions cost a walk of the log: only after changes
            self._stale = False
            self._load_choices()
        self.search()  # newest first is one short keyset read; other tills may have written meanwhile

    # -- searching ---------------------------------------------------------------------
    def search(self) -> None:
        self._query = self.filters.query()
        self._generation += 1
        self._searching = True
        self.shown.setText(self.tr("Searching…"))
        self._fetch(None)

    def load_more(self) -> None:
        if not self._searching:
            self.model.fetchMore(QModelIndex())

    def _fetch_page(self, cursor: str) -> None:
        if self._searching:
            self.model.page_failed()  # asked by the view for the old list; it may ask again later
            return
        self.shown.setText(self.tr("Loading more…"))
        self._fetch(cursor)

    def _fetch(self, cursor: str | None) -> None:
        ctx, actor, query, generation, limit = self.ctx, self.actor, self._query, self._generation, self.page_size
        ctx.ops.run(
            self,
            lambda: search_audit(ctx.make_uow(readonly=True), query, actor=actor, cursor=cursor, limit=limit),
            on_done=lambda page: self._landed(page, generation, first=cursor is None),
            on_error=lambda error: self._refused(error, generation),
        )

    def _landed(self, page: Page[AuditRecord], generation: int, *, first: bool) -> None:
        if generation != self._generation:
            return
        if first:
            self._searching = False
            self.model.set_rows(page)
            if page.rows:
                self.table.selectRow(0)
            else:
                self.entry.clear()
        else:
            self.model.append_page(page)
        self._update_footer()

    def _refused(self, error: LoyaltyError, generation: int) -> None:
        if generation != self._generation:
            return
        if self._searching:  # the rows on show belong to other filters: do not pass them off as these
            self._searching = False
            self.model.set_rows(None)
            self.entry.clear()
        self.model.page_failed()
        self.messages.show_error(error)
        self._update_footer()

    def _load_choices(self) -> None:
        ctx, actor = self.ctx, self.actor
        ctx.ops.run(self, lambda: audit_choices(ctx.make_uow(readonly=True), actor=actor, clock=ctx.clock),
                    on_done=self.filters.set_choices, on_error=self.messages.show_error)

    def _changed(self, _changes: Changes) -> None:
        """Every change is audited: the log on show is out of date once anything changed."""
        self._stale = True
        if self.isVisible():
            self.activated()

    def _find_key(self) -> None:
        self.filters.key.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.key.selectAll()

    # -- showing -----------------------------------------------------------------------
    def _update_footer(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.shown.setText(self.tr("No entries match these filters."))
        elif self.model.has_more:
            self.shown.setText(self.tr("Newest {count} entries shown; more are older (Ctrl+L).").format(
                count=f"{count:,}"))
        elif count == 1:
            self.shown.setText(self.tr("The only matching entry is shown."))
        else:
            self.shown.setText(self.tr("All {count} matching entries shown.").format(count=f"{count:,}"))
        self.more_button.setEnabled(self.model.has_more)

    def _show_entry(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.entry.clear()
            return
        record = self.model.row(index.row())
        lines = [
            self.tr("Entry {seq} · {when}").format(seq=record.seq, when=record.at.strftime("%Y-%m-%d %H:%M:%S %Z")),
            self.tr("Person: {actor}").format(actor=record.actor),
            self.tr("Action: {action}").format(action=action_text(record.action)),
            "",
            json.dumps(record.details, indent=2, ensure_ascii=False, sort_keys=True),
            "",
            self.tr("Hash: {hash}").format(hash=record.hash),
            self.tr("Follows: {hash}").format(hash=record.prev_hash),
        ]
        self.entry.setPlainText("\n".join(lines))
