"""Members → Needs attention: what the chain's tills did twice while offline, for the
manager to settle (services/members/attention.py). Nothing here is fixed on its own.

Up/Down choose a row; Enter opens its member in Members (to adjust points, or look);
Ctrl+M on a phone enrolled twice merges the later records into the first enrolled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.members.action_dialog import ActionDialog
from loyalty_pos.gui.widgets.dialog_parts import key_button
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.attention import (
    Attention,
    SharedPhone,
    needs_attention,
)
from loyalty_pos.services.members.merge import MergeResult, merge_members
from loyalty_pos.services.ports import UnitOfWork

MERGE_KEY = "Ctrl+M"


@dataclass(frozen=True, slots=True)
class _Row:
    member_id: str | None  # what Enter opens
    shared: SharedPhone | None = None  # what Ctrl+M merges


class AttentionDialog(ActionDialog):
    """Accepts with the member id to open as ``result_value``."""

    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, actor, parent, title=self.tr("Needs attention"),
            hint=self.tr("What the shop's tills did twice while they were offline, found after they synced. "
                         "Nothing here is corrected on its own: open the member to adjust their points, or "
                         "merge a member enrolled twice."),
            confirm=self.tr("Open member"),
        )
        self.rows: list[_Row] = []
        self.merged_note = ""  # what the last merge did, said above the list it changed
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Problem"), self.tr("Member"), self.tr("What happened")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(260)
        self.table.currentCellChanged.connect(lambda *_: self._set_actions())
        self.body.addWidget(self.table)
        self.merge_button = key_button(MERGE_KEY, self.tr("Merge into the first enrolled"), self)
        self.merge_button.clicked.connect(self.merge)
        QShortcut(MERGE_KEY, self, self.merge)
        buttons = self.layout().itemAt(self.layout().count() - 1).layout()  # ActionDialog's row: Esc ... Enter
        buttons.insertWidget(1, self.merge_button)
        self.cancel_button.setText(self.tr("Esc") + "\n" + self.tr("Close"))  # nothing to cancel here
        self.setMinimumWidth(900)
        self._set_actions()
        self.reload()

    def reload(self) -> None:
        ctx = self.ctx
        ctx.ops.run(self, lambda: needs_attention(ctx.make_uow(readonly=True)), on_done=self._listed,
                    on_error=lambda error: self.say(self.error, error_text(error)), latest="attention-list")

    def _listed(self, found: Attention) -> None:
        self.rows = []
        texts: list[tuple[str, str, str]] = []
        for owing in found.negative:
            self.rows.append(_Row(owing.member_id))
            texts.append((self.tr("Balance below zero"), owing.name,
                          self.tr("{points:,} points: offline tills together let them spend more than "
                                  "they had.").format(points=owing.balance)))
        for shared in found.shared_phones:
            self.rows.append(_Row(shared.keep.member_id, shared))
            others = ", ".join(holder.name for holder in shared.duplicates)
            texts.append((self.tr("Enrolled twice"), shared.keep.name,
                          self.tr("Phone {phone} is also enrolled as: {others}; Ctrl+M merges into "
                                  "this member (enrolled first).").format(phone=shared.phone, others=others)))
        for twice in found.over_returned:
            line = twice.line
            self.rows.append(_Row(line.member_id))
            texts.append((self.tr("Returned twice"), twice.member_name or self.tr("(no member)"),
                          self.tr("{name} on receipt {receipt}: {returned} of {sold} taken back at two offline "
                                  "tills; both refunds were paid.").format(
                              receipt=line.receipt_no, name=line.name, returned=line.returned, sold=line.sold)))
        self.table.setRowCount(len(texts))
        for row, values in enumerate(texts):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if texts:
            self.summary.setText(self.merged_note + self.tr("{n} to look at. Up and Down choose; Enter opens "
                                                            "the member.").format(n=len(texts)))
            self.table.setCurrentCell(0, 0)
            self.table.setFocus()
        else:
            self.summary.setText(self.merged_note + self.tr("Nothing needs attention: no balance below zero, no phone enrolled "
                                         "twice and no sale returned twice."))
        self._set_actions()
        self.refit()  # the summary may have grown a line

    def _current(self) -> _Row | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _set_actions(self) -> None:
        row = self._current()
        self.confirm_button.setEnabled(row is not None and row.member_id is not None)
        self.merge_button.setEnabled(row is not None and row.shared is not None)

    def submit(self) -> None:
        row = self._current()
        if row is None or row.member_id is None:
            return
        self.result_value = row.member_id
        self.accept()

    def merge(self) -> None:
        row = self._current()
        if row is None or row.shared is None or self._busy:
            return
        ctx, actor, shared = self.ctx, self.actor, row.shared

        def work(make_uow: Callable[..., UnitOfWork]) -> list[MergeResult]:
            return [merge_members(make_uow(), keep_id=shared.keep.member_id, duplicate_id=holder.member_id,
                                  actor=actor, clock=ctx.clock) for holder in shared.duplicates]

        self._set_busy(True)
        self.say(self.error, None)
        ctx.ops.change(self, ctx.make_uow, work, on_done=self._merged, on_error=self._refused)

    def _merged(self, results: list[MergeResult]) -> None:
        self._set_busy(False)
        self.merged_note = self.tr("Merged {n} record(s): {points:,} points moved. ").format(
            n=len(results), points=sum(result.points_moved for result in results))
        self.reload()

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if hasattr(self, "merge_button"):
            self.merge_button.setEnabled(not busy and (row := self._current()) is not None and row.shared is not None)
