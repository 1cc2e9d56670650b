"""Retention in the back office: list members inactive for N years, then erase them.

Enter lists; erasing needs the typed ERASE and runs off the GUI thread, 200 members
per transaction, with a bar and a Stop that ends it between chunks (the chunks done
stay erased, the rest untouched; running it again carries on).
"""

from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.privacy import MAX_RETENTION_YEARS
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.members.action_dialog import ActionDialog
from loyalty_pos.gui.manager.members.privacy_dialogs import CONFIRM_WORD
from loyalty_pos.gui.widgets.dialog_parts import key_button
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.retention import RetentionRun, erase_inactive, inactive_members
from loyalty_pos.services.ports import InactiveMember, Page

LISTED = 200  # rows shown; the erase covers every inactive member, listed or not
DEFAULT_YEARS = 3


class _Relay(QObject):
    moved = Signal(int)  # members erased so far


class RetentionDialog(ActionDialog):
    """Accepts with the ``RetentionRun`` as ``result_value``."""

    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, actor, parent, title=self.tr("Members inactive for years"),
            hint=self.tr("Members with no purchase and no points activity since the cut-off. Erasing removes "
                         "their personal data and forfeits their points, as Erase member does for one. Those "
                         "who shop while this runs are left alone."),
            confirm=self.tr("Erase all listed"),
        )
        self.confirm_button.setProperty("role", "danger")
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.moved.connect(self._progressed)
        self.found = 0
        self.years = QSpinBox(self)
        self.years.setRange(1, MAX_RETENTION_YEARS)
        self.years.setValue(DEFAULT_YEARS)
        self.years.setSuffix(self.tr(" year(s)"))
        self.years.valueChanged.connect(lambda _v: self._listed(None))
        self.field(self.tr("Inactive for at &least"), self.years)
        self.list_button = key_button(self.tr("F5"), self.tr("List"), self)
        self.list_button.setShortcut("F5")
        self.list_button.clicked.connect(self.list_members)
        self.body.addWidget(self.list_button)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Enrolled"), self.tr("Last activity")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(180)
        self.body.addWidget(self.table)
        self.word = QLineEdit(self)
        self.word.setPlaceholderText(CONFIRM_WORD)
        self.word_error = self.field(self.tr("Type {word} to erase them all").format(word=CONFIRM_WORD), self.word)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.body.addWidget(self.progress)
        self.stop_button = key_button(self.tr("F4"), self.tr("Stop"), self)
        self.stop_button.setShortcut("F4")
        self.stop_button.clicked.connect(self._cancel.set)
        self.stop_button.hide()
        self.body.addWidget(self.stop_button)
        self.setMinimumWidth(720)
        self._listed(None)
        self.years.setFocus()

    def list_members(self) -> None:
        ctx, years = self.ctx, self.years.value()
        ctx.ops.run(self, lambda: inactive_members(ctx.make_uow(readonly=True), years=years, clock=ctx.clock,
                                                   limit=LISTED),
                    on_done=self._listed, on_error=lambda error: self.say(self.error, error_text(error)),
                    latest="retention-list")

    def _listed(self, result: tuple[datetime, Page[InactiveMember]] | None) -> None:
        rows = result[1].rows if result is not None else ()
        self.found = len(rows)
        self.table.setRowCount(len(rows))
        for row, member in enumerate(rows):
            last = member.last_activity_at.strftime("%Y-%m-%d") if member.last_activity_at else self.tr("never")
            for column, text in enumerate((member.name, member.enrolled_at.strftime("%Y-%m-%d"), last)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if result is None:
            self.summary.setText(self.tr("Press F5 to list the members inactive that long."))
        elif not rows:
            self.summary.setText(self.tr("No member has been inactive since {day}.").format(
                day=result[0].strftime("%Y-%m-%d")))
        else:
            more = self.tr(" (the first {n} shown; all are erased)").format(n=LISTED) if result[1].next_cursor else ""
            self.summary.setText(self.tr("{n} member(s) inactive since {day}{more}.").format(
                n=len(rows), day=result[0].strftime("%Y-%m-%d"), more=more))
        self.confirm_button.setEnabled(bool(rows))

    def submit(self) -> None:
        if not self.found:
            self.list_members()
            return
        if self.word.text().strip() != CONFIRM_WORD:
            self.say(self.word_error, self.tr("Type {word} in capitals: erasing cannot be undone.").format(
                word=CONFIRM_WORD))
            self.word.setFocus()
            return
        ctx, actor, years, relay, cancel = self.ctx, self.actor, self.years.value(), self._relay, self._cancel
        cancel.clear()
        self.progress.setRange(0, self.found)
        self.progress.setValue(0)
        self.progress.show()
        self.stop_button.show()
        self.list_button.setEnabled(False)
        self.call(lambda make_uow: erase_inactive(make_uow, years=years, actor=actor, clock=ctx.clock,
                                                  progress=relay.moved.emit, cancelled=cancel.is_set))

    def _progressed(self, erased: int) -> None:
        self.progress.setMaximum(max(self.progress.maximum(), erased))
        self.progress.setValue(erased)

    def _refused(self, error: LoyaltyError) -> None:
        self.progress.hide()
        self.stop_button.hide()
        self.list_button.setEnabled(True)
        super()._refused(error)
        self.list_members()  # what is left after a stop

    @property
    def run(self) -> RetentionRun | None:
        return self.result_value
