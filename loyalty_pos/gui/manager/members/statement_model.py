"""A member's ledger statement, newest first, one service page at a time, and its view."""

from __future__ import annotations

import enum
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from loyalty_pos.domain.ledger import EntryKind
from loyalty_pos.gui.models.paged import PagedTableModel
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.members.profile import StatementLine


class StatementColumn(enum.IntEnum):
    """Two lines a cell (kind over who, receipt over expiry): seven facts fit in the
    ~700 px the back office leaves a section on a 1024 px till."""

    DATE = 0
    KIND = 1
    POINTS = 2
    REASON = 3
    REFERENCE = 4


_C = "StatementModel"
_HEADERS = {
    StatementColumn.DATE: QT_TRANSLATE_NOOP("StatementModel", "Date"), StatementColumn.KIND: QT_TRANSLATE_NOOP("StatementModel", "Kind · by"),
    StatementColumn.POINTS: QT_TRANSLATE_NOOP("StatementModel", "Points"), StatementColumn.REASON: QT_TRANSLATE_NOOP("StatementModel", "Reason"),
    StatementColumn.REFERENCE: QT_TRANSLATE_NOOP("StatementModel", "Receipt · expires"),
}
_KINDS = {
    EntryKind.EARN: QT_TRANSLATE_NOOP("StatementModel", "Earned"), EntryKind.REDEEM: QT_TRANSLATE_NOOP("StatementModel", "Redeemed"),
    EntryKind.EXPIRE: QT_TRANSLATE_NOOP("StatementModel", "Expired"), EntryKind.REVERSE: QT_TRANSLATE_NOOP("StatementModel", "Return"),
    EntryKind.ADJUST: QT_TRANSLATE_NOOP("StatementModel", "Adjustment"), EntryKind.TRANSFER: QT_TRANSLATE_NOOP("StatementModel", "Transfer"),
    EntryKind.BONUS: QT_TRANSLATE_NOOP("StatementModel", "Bonus"),
}


class StatementModel(PagedTableModel[StatementLine]):
    columns = StatementColumn

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.zone: tzinfo = UTC

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():  # the reason may be elided
            return self.cell(self.row(index.row()), StatementColumn.REASON) or None
        return super().data(index, role)

    def header(self, column: StatementColumn) -> str:
        # "Kind · by" heads a cell of two lines, kind over who: on two lines too, the
        # headings leave the Reason column room to show its own (at 150 % in Indonesian
        # "Struk · kedaluwarsa" on one line left "Alasan" cut to "Ala").
        return QCoreApplication.translate(_C, _HEADERS[column]).replace(" · ", "\n")

    def _local(self, moment: datetime | None, pattern: str) -> str:
        return moment.astimezone(self.zone).strftime(pattern) if moment else ""

    def cell(self, item: StatementLine, column: StatementColumn) -> str:
        entry = item.entry
        if column is StatementColumn.DATE:
            return self._local(entry.at, "%Y-%m-%d\n%H:%M")
        if column is StatementColumn.KIND:
            return f"{QCoreApplication.translate(_C, _KINDS[entry.kind])}\n{entry.actor}"
        if column is StatementColumn.POINTS:
            return f"{entry.points:+,}"
        if column is StatementColumn.REASON:
            if item.reason:
                return item.reason
            if entry.reward_id:
                return QCoreApplication.translate("StatementModel", "reward {reward}").format(reward=entry.reward_id)
            return ""
        # A sale shows its receipt number; a transfer or merge the reference its entries share.
        reference = item.receipt_no or (entry.sale_ref[:8] if entry.sale_ref else "")
        expires = self._local(entry.expires_at, "%Y-%m-%d")
        if expires:
            expires = QCoreApplication.translate("StatementModel", "expires {day}").format(day=expires)
        return f"{reference}\n{expires}".strip("\n")

    def alignment(self, column: StatementColumn) -> Qt.AlignmentFlag:
        if column is StatementColumn.POINTS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().alignment(column)


class StatementView(QTableView):
    def __init__(self, model: StatementModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(self.tr("Points statement"))
        self.setTabKeyNavigation(False)  # read-only: Tab leaves the table
        self.verticalHeader().setVisible(False)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Read, not worked: a smaller type lets every column fit in ~700 px.
        self.setFont(scaled_font(self.font(), 80))
        # Half the theme's cell padding: five columns at 150 % in Indonesian were 7 px too
        # many for a whole reason beside a whole receipt heading.
        self.setStyleSheet("QTableView::item { padding: 0px 4px; }")
        header = self.horizontalHeader()
        self._size_headings()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StatementColumn.REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(StatementColumn.REFERENCE, QHeaderView.ResizeMode.Fixed)
        # Two lines a row (see StatementColumn); a long reason wraps onto the second.
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 8)
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self.fit_columns)

    def _size_headings(self) -> None:
        """Headings at the table's (smaller) size. Through a style sheet: the theme's bold
        headings rule gives a header the application's size whatever its setFont said, and
        at 150 % those headings pushed Reason off the table."""
        self.horizontalHeader().setStyleSheet(
            f"QHeaderView, QHeaderView::section {{ font-size: {max(1, self.font().pointSize())}pt; }}")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a text size changed while the till runs
            self._size_headings()
            self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """The Reason column keeps at least its heading and a quarter of the table; the
        receipt column gives way (eliding) when the rest would push Reason off the edge,
        as it did at 150 %: no sideways scrolling, so a column past the edge is lost."""
        header = self.horizontalHeader()
        width = self.viewport().width()
        others = sum(header.sectionSize(column) for column in (StatementColumn.DATE, StatementColumn.KIND,
                                                               StatementColumn.POINTS))
        reason = max(header.sectionSizeFromContents(StatementColumn.REASON).width(), width // 4)
        heading = header.sectionSizeFromContents(StatementColumn.REFERENCE).width()
        wanted = max(self.sizeHintForColumn(StatementColumn.REFERENCE), heading)
        header.resizeSection(StatementColumn.REFERENCE, max(heading, min(wanted, width - others - reason)))
