"""Member search results: enough to pick the right person in a queue.

Two columns of two lines each — name over phone and the card's last four
digits; points — because at 1024 px four side-by-side columns squeeze the
name, the one thing the cashier reads first.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from loyalty_pos.gui.models.paged import PagedTableModel
from loyalty_pos.services.ports import MemberSummary


class MemberColumn(enum.IntEnum):
    MEMBER = 0
    POINTS = 1


_HEADERS = {MemberColumn.MEMBER: QT_TRANSLATE_NOOP("MemberResultsModel", "Member"),
            MemberColumn.POINTS: QT_TRANSLATE_NOOP("MemberResultsModel", "Points")}


class MemberResultsModel(PagedTableModel[MemberSummary]):
    columns = MemberColumn
    lines_per_row = 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            item = self.row(index.row())
            return "\n".join(part for part in (item.name, item.phone, item.email) if part)
        return super().data(index, role)

    def header(self, column: MemberColumn) -> str:
        return QCoreApplication.translate("MemberResultsModel", _HEADERS[column])

    def cell(self, item: MemberSummary, column: MemberColumn) -> str:
        if column is MemberColumn.MEMBER:
            # The card's last four digits tell two namesakes apart without showing the card.
            details = [part for part in (item.phone or item.email, "…" + item.card_number[-4:] if item.card_number
                                         else None) if part]
            return f"{item.name}\n{'  ·  '.join(details)}"
        return f"{item.balance:,}"

    def alignment(self, column: MemberColumn) -> Qt.AlignmentFlag:
        if column is MemberColumn.POINTS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().alignment(column)
