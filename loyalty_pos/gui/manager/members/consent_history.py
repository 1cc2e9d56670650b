"""The member's consent history under the profile: when each consent was given or
withdrawn, how, and who recorded it, newest first."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from loyalty_pos.domain.consents import ConsentKind, ConsentRecord, ConsentSource


class ConsentHistory(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("When"), self.tr("Consent"), self.tr("How"), self.tr("Recorded by")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)

    def show_records(self, records: list[ConsentRecord], zone: tzinfo) -> None:
        kinds = {ConsentKind.MARKETING: self.tr("Marketing"), ConsentKind.DATA_PROCESSING: self.tr("Data processing")}
        sources = {
            ConsentSource.TILL_ENROLMENT: self.tr("enrolment at the till"),
            ConsentSource.BACK_OFFICE: self.tr("changed by the shop"),
            ConsentSource.IMPORT: self.tr("imported"),
            ConsentSource.MEMBER_REQUEST: self.tr("asked by the member"),
            ConsentSource.ERASURE: self.tr("member erased"),
            ConsentSource.BEFORE_HISTORY: self.tr("held before consents were recorded"),
        }
        self.setRowCount(len(records))
        for row, record in enumerate(reversed(records)):
            given = self.tr("given") if record.granted else self.tr("withdrawn")
            cells = (record.at.astimezone(zone).strftime("%Y-%m-%d %H:%M"), f"{kinds[record.kind]}: {given}",
                     sources[record.source], record.actor or "—")
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))
