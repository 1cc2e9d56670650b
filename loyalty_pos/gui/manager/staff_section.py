"""Back office: the shop's staff accounts — who may sign in, as what, and who is locked out.

The list is small (a shop has tens of people, not millions), so it is loaded whole.
Deactivating is one key and undone by the same key: it is reversible, so it asks
no question; the rules that protect the shop (not yourself, not the last manager)
are the service's, and its refusal is shown on the message line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.staff_dialogs import CreateStaffDialog, ResetPinDialog
from loyalty_pos.gui.manager.staff_link_dialog import StaffLinkDialog
from loyalty_pos.gui.models.report_table_model import ReportTableModel
from loyalty_pos.gui.operations import Changes
from loyalty_pos.gui.widgets.action_bar import ActionBar
from loyalty_pos.gui.widgets.dialog_parts import WorkingDialog, key_button
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar
from loyalty_pos.gui.widgets.section_heading import section_heading, section_intro
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.shop import auth
from loyalty_pos.services.shop.auth import StaffView


class StaffSection(QWidget):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.staff: list[StaffView] = []
        self._select_after_load: str | None = None

        heading = section_heading(self.tr("Staff"), self)
        intro = section_intro(self.tr("Who may sign in at the tills, and as what. ↑↓ choose a person; "
                                      "a deactivated account cannot sign in until it is reactivated."), self)
        self.messages = MessageBar(self)
        self.model = ReportTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Staff accounts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # read-only: Tab leaves the table
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().lineSpacing() + 16)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.model.modelReset.connect(  # the names take the room left; a reset forgets per-column modes
            lambda: header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch) if self.model.columnCount() else None)

        self.new_button = key_button(self.tr("Ctrl+N"), self.tr("New account"), self, role="primary")
        self.reset_button = key_button(self.tr("Ctrl+P"), self.tr("Reset PIN"), self)
        self.unlock_button = key_button(self.tr("Ctrl+U"), self.tr("Unlock"), self)
        self.active_button = key_button(self.tr("Del"), self.tr("Deactivate"), self, role="danger")
        self.link_button = key_button(self.tr("Ctrl+L"), self.tr("Own card"), self)
        # A row that wraps: at a large text size four buttons do not fit one row beside the nav.
        buttons = ActionBar(self)
        for button in (self.new_button, self.reset_button, self.unlock_button, self.link_button, self.active_button):
            button.setMinimumWidth(0)
            buttons.add(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.messages)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

        for key, slot, button in (("Ctrl+N", self.new_account, self.new_button),
                                  ("Ctrl+P", self.reset_pin, self.reset_button),
                                  ("Ctrl+U", self.unlock, self.unlock_button),
                                  ("Ctrl+L", self.link_member, self.link_button),
                                  ("Del", self.toggle_active, self.active_button)):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            button.clicked.connect(slot)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        ctx.ops.changed.connect(self._changed)
        self._update_buttons()

    # -- the shell's hooks ----------------------------------------------------------
    def activated(self) -> None:
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the list ---------------------------------------------------------------------
    def refresh(self) -> None:
        ctx, actor = self.ctx, self.actor
        ctx.ops.run(self, lambda: auth.list_staff(ctx.make_uow(readonly=True), actor=actor, clock=ctx.clock),
                    on_done=self._show, on_error=self.messages.show_error, latest=f"staff-list-{id(self)}")

    def selected(self) -> StaffView | None:
        row = self.table.currentIndex().row()
        return self.staff[row] if 0 <= row < len(self.staff) else None

    def _show(self, staff: list[StaffView]) -> None:
        keep = self._select_after_load or (self.selected().username if self.selected() else None)
        self._select_after_load = None
        self.staff = staff
        self.model.set_rows(
            [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Status"), self.tr("Locked until")],
            [(s.username, s.display_name, self._role_text(s.role),
              self.tr("Active") if s.active else self.tr("Deactivated"),
              s.locked_until.strftime("%H:%M") if s.locked_until else "") for s in staff],
        )
        row = next((n for n, s in enumerate(staff) if s.username == keep), 0)
        if staff:
            self.table.selectRow(row)
        self._update_buttons()

    def _role_text(self, role: Role) -> str:
        return self.tr("Manager") if role is Role.MANAGER else self.tr("Cashier")

    def _changed(self, changes: Changes) -> None:
        if Changes.STAFF in changes:
            self.refresh()

    def _update_buttons(self) -> None:
        staff = self.selected()
        self.reset_button.setEnabled(staff is not None)
        self.unlock_button.setEnabled(staff is not None and staff.locked_until is not None)
        self.active_button.setEnabled(staff is not None)
        self.link_button.setEnabled(staff is not None)
        reactivate = staff is not None and not staff.active
        # tr() outside the f-string: lupdate does not read inside its braces.
        action = self.tr("Reactivate") if reactivate else self.tr("Deactivate")
        self.active_button.setText(self.tr("Del") + "\n" + action)
        self.active_button.setProperty("role", None if reactivate else "danger")
        self.active_button.style().unpolish(self.active_button)
        self.active_button.style().polish(self.active_button)

    # -- actions ------------------------------------------------------------------------
    def new_account(self) -> None:
        dialog = CreateStaffDialog(self.ctx, self.actor, self)
        dialog.saved.connect(lambda username: self._done(
            username, self.tr("{username} can sign in now with the PIN you chose.").format(username=username)))
        self._open(dialog)

    def reset_pin(self) -> None:
        staff = self.selected()
        if staff is None:
            return
        dialog = ResetPinDialog(self.ctx, self.actor, staff, self)
        dialog.saved.connect(lambda username: self._done(
            username, self.tr("{username}'s PIN is changed; the old one no longer works.").format(username=username)))
        self._open(dialog)

    def unlock(self) -> None:
        staff = self.selected()
        if staff is None or staff.locked_until is None:
            return
        ctx, actor, username = self.ctx, self.actor, staff.username
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: auth.unlock(make_uow(), username=username, actor=actor, clock=ctx.clock),
                       on_done=lambda _r: self._done(username, self.tr("{username} may sign in again.").format(
                           username=username)),
                       on_error=self.messages.show_error)

    def link_member(self) -> None:
        staff = self.selected()
        if staff is None:
            return
        dialog = StaffLinkDialog(self.ctx, self.actor, staff, self)
        dialog.saved.connect(lambda username: self._done(
            username, self.tr("{username}'s own card is saved: the till refuses their points on it.").format(
                username=username)))
        self._open(dialog)

    def toggle_active(self) -> None:
        staff = self.selected()
        if staff is None:
            return
        ctx, actor, username, active = self.ctx, self.actor, staff.username, not staff.active
        message = (self.tr("{username} is active again and may sign in.") if active else
                   self.tr("{username} is deactivated and can no longer sign in. Del reactivates."))
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: auth.set_active(make_uow(), username=username, active=active, actor=actor,
                                                        clock=ctx.clock),
                       on_done=lambda _r: self._done(username, message.format(username=username)),
                       on_error=self.messages.show_error)

    def _open(self, dialog: WorkingDialog) -> None:
        dialog.finished.connect(lambda _result: (dialog.deleteLater(), self.table.setFocus()))
        dialog.open()

    def _done(self, username: str, message: str) -> None:
        self._select_after_load = username
        self.messages.show_message(message, Level.SUCCESS)
