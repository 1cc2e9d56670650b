"""Settings' sync group: how this till stands with the chain's server, registering it
(server address and enrolment code), syncing now, and the settings sync follows: how
often, when the till counts as offline, and the offline redemption cap.

Registering and syncing call the sync client through the till's context (``sync_register``,
``sync_round``), off the GUI thread; the group's settings save with Ctrl+S like every group.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.language import spoken_language
from loyalty_pos.gui.manager.settings_form import SettingsPage
from loyalty_pos.gui.server_address_text import server_address_problem
from loyalty_pos.gui.sync_indicator import ago
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.i18n.sync_texts import last_error_text
from loyalty_pos.jobs.background_sync import SyncOutcome, sync_once
from loyalty_pos.services.shop.sync_status import (
    OFFLINE_AFTER_MINUTES,
    OFFLINE_REDEEM_CAP,
    SYNC_EVERY_SECONDS,
    SyncStatus,
    read_sync_status,
)

CODE_LENGTH = 12  # docs/SYNC_PROTOCOL.md: the enrolment code


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context: it cannot see a helper's.
    return QCoreApplication.translate("", text)


def describe(status: SyncStatus) -> str:
    link = status.link
    if not link.registered:
        return _tr("Not in a chain: this till keeps its members and program to itself.")
    role = {"joined": _tr("joined till (program and catalog from head office)"),
            "head_office": _tr("head office (authors the program and catalog)")}.get(link.chain_role, _tr("registered"))
    lines = [_tr("Terminal {terminal} at {url}, {role}.").format(terminal=link.terminal_id or "?",
                                                                  url=link.server_url, role=role),
             _tr("Last sync {ago}; {waiting} changes unsent.").format(ago=ago(link.last_sync_at, status.read_at),
                                                                       waiting=status.waiting)]
    if link.disconnected:
        lines.append(_tr("The chain disconnected this till: register it again with a new enrolment code."))
    elif link.last_error:
        lines.append(_tr("Last attempt failed: {error}").format(
            error=last_error_text(link.last_error, spoken_language())))
    if status.offline:
        lines.append(_tr("Counts as offline (no sync for {minutes} min): the offline redemption cap applies.").format(
            minutes=int(status.offline_after.total_seconds() // 60)))
    return "\n".join(lines)


class SyncPage(SettingsPage):
    def __init__(self, ctx: TillContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sync"), self.tr(
            "A chain's tills share members, points and cards through the chain's server. Register this till "
            "with the server's address and an enrolment code from head office (loyalty-pos serve add-terminal). "
            "Sales never wait for the server: changes are sent in the background."), parent)
        self.ctx = ctx
        self.status_note = self.note(self.tr("Status"), "")
        self.server_url = QLineEdit(self)
        self.server_url.setPlaceholderText(self.tr("https://chain.example.com"))
        self.server_url.setAccessibleName(self.tr("Server address"))
        self.form.addRow(self.tr("Server address"), self.server_url)
        self.code = QLineEdit(self)
        self.code.setMaxLength(CODE_LENGTH + 4)  # the code may be typed with dashes
        self.code.setPlaceholderText(self.tr("12 characters, from head office"))
        self.code.setAccessibleName(self.tr("Enrolment code"))
        self.form.addRow(self.tr("Enrolment code"), self.code)
        self.code.returnPressed.connect(self.register)  # the address, Tab, the code, Enter: no mouse
        self.register_button = QPushButton(self.tr("Register this till"), self)
        self.register_button.clicked.connect(self.register)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.clicked.connect(self.sync_now)
        row = QHBoxLayout()
        row.addWidget(self.register_button)
        row.addWidget(self.sync_button)
        row.addStretch(1)
        self.form.addRow("", row)
        self.result_note = self.note("", "")
        self.number(SYNC_EVERY_SECONDS, self.tr("Sync every"), 5, 3600, default=30, suffix=self.tr(" s"))
        self.number(OFFLINE_AFTER_MINUTES, self.tr("Offline after"), 1, 10_080, default=15,
                    suffix=self.tr(" min without a sync"))
        self.offline_cap = self.line(OFFLINE_REDEEM_CAP, self.tr("Offline redemption cap"),
                                     placeholder=self.tr("points per member per day; empty: the program's"),
                                     max_length=8)
        self.status: SyncStatus | None = None

    # -- status -------------------------------------------------------------------------
    def refresh_status(self) -> None:
        ctx = self.ctx
        self.ctx.ops.run(self, lambda: read_sync_status(ctx.make_uow(readonly=True), clock=ctx.clock),
                         on_done=self._show_status, latest="sync status")

    def _show_status(self, status: SyncStatus) -> None:
        self.status = status
        self.status_note.setText(describe(status))
        if status.link.server_url and not self.server_url.text():
            self.server_url.setText(status.link.server_url)
        self.sync_button.setEnabled(status.link.registered and self.ctx.sync_round is not None)

    # -- actions ------------------------------------------------------------------------
    def register(self) -> None:
        url, code = self.server_url.text().strip(), self.code.text().strip().replace("-", "").upper()
        problem = server_address_problem(url)
        if problem is None and len(code) != CODE_LENGTH:
            problem = self.tr("The enrolment code is 12 characters, as head office gave it")
        if problem is None and self.ctx.sync_register is None:
            problem = self.tr("This build of the till has no sync client")
        if problem is not None:
            self.show_error(problem)
            return
        self.show_error(None)
        ctx, register = self.ctx, self.ctx.sync_register
        assert register is not None
        self.register_button.setEnabled(False)
        self.result_note.setText(self.tr("Registering with {url}…").format(url=url))
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: register(make_uow, server_url=url, code=code, clock=ctx.clock),
                       on_done=self._registered, on_error=self._failed)

    def _registered(self, _result: object) -> None:
        self.register_button.setEnabled(True)
        self.code.clear()
        self.result_note.setText(self.tr("Registered. The first sync starts now."))
        self.sync_now()

    def _failed(self, error: LoyaltyError) -> None:
        self.register_button.setEnabled(True)
        self.result_note.setText("")
        self.show_error(error_text(error))
        self.refresh_status()

    def sync_now(self) -> None:
        ctx = self.ctx
        self.sync_button.setEnabled(False)
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: sync_once(make_uow, clock=ctx.clock, run_round=ctx.sync_round, force=True),
                       on_done=self._synced, on_error=self._failed)

    def _synced(self, outcome: SyncOutcome) -> None:
        if outcome.failed:
            self.result_note.setText(self.tr("Sync failed: {error}").format(error=outcome.error))
        elif outcome.ran:
            self.result_note.setText(self.tr("Synced."))
        self._show_status(outcome.status)
