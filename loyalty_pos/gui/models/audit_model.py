"""Audit log entries, newest first, one keyset page at a time."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP

from loyalty_pos.gui.models.paged import PagedTableModel
from loyalty_pos.services.ports import AuditRecord


class AuditColumn(enum.IntEnum):
    SEQ = 0
    WHEN = 1
    PERSON = 2
    ACTION = 3
    KEY = 4


_HEADERS = {AuditColumn.SEQ: "#", AuditColumn.WHEN: QT_TRANSLATE_NOOP("AuditModel", "When"), AuditColumn.PERSON: QT_TRANSLATE_NOOP("AuditModel", "Person"),
            AuditColumn.ACTION: QT_TRANSLATE_NOOP("AuditModel", "Action"), AuditColumn.KEY: QT_TRANSLATE_NOOP("AuditModel", "Key")}


def action_text(action: str) -> str:
    """``staff_created`` as a manager reads it."""
    return action.replace("_", " ")


class AuditModel(PagedTableModel[AuditRecord]):
    columns = AuditColumn

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():  # a long key is elided in its cell
            return self.cell(self.row(index.row()), AuditColumn(index.column()))
        return super().data(index, role)

    def header(self, column: AuditColumn) -> str:
        return QCoreApplication.translate("AuditModel", _HEADERS[column])

    def cell(self, item: AuditRecord, column: AuditColumn) -> str:
        if column is AuditColumn.SEQ:
            return str(item.seq)
        if column is AuditColumn.WHEN:
            return item.at.strftime("%Y-%m-%d %H:%M")  # in the shop's zone; seconds are in the entry's details
        if column is AuditColumn.PERSON:
            return item.actor
        if column is AuditColumn.ACTION:
            return action_text(item.action)
        return str(item.details.get("key", ""))

    def alignment(self, column: AuditColumn) -> Qt.AlignmentFlag:
        if column is AuditColumn.SEQ:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().alignment(column)
