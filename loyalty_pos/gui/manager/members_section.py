"""Members in the back office: find (search or scan), read and edit a profile, its
statement, cards and consent history, and the manager's point corrections, transfers,
merges, data exports, erasure and retention; and what the chain's offline tills did twice
(Needs attention).

Every read and write runs through ``ctx.ops``; each dialog is window-modal and
opened (never exec'd), so scans keep arriving: the section hands them to the
open dialog (the other member of a transfer or merge, a card to re-issue).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.members import Member, MemberStatus
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.members.action_dialog import ActionDialog
from loyalty_pos.gui.manager.members.adjust_dialog import AdjustDialog
from loyalty_pos.gui.manager.members.attention_dialog import AttentionDialog
from loyalty_pos.gui.manager.members.card_dialogs import BlockCardDialog, ReissueCardDialog
from loyalty_pos.gui.manager.members.consent_history import ConsentHistory
from loyalty_pos.gui.manager.members.member_facts import CardsTable, MemberHeader
from loyalty_pos.gui.manager.members.member_search import MemberSearch
from loyalty_pos.gui.manager.members.merge_dialog import MergeDialog
from loyalty_pos.gui.manager.members.privacy_dialogs import EraseDialog, ExportDialog
from loyalty_pos.gui.manager.members.profile_form import ProfileForm
from loyalty_pos.gui.manager.members.retention_dialog import RetentionDialog
from loyalty_pos.gui.manager.members.statement_model import StatementModel, StatementView
from loyalty_pos.gui.manager.members.transfer_dialog import TransferDialog
from loyalty_pos.gui.operations import Changes
from loyalty_pos.gui.scan_text import outcome_text
from loyalty_pos.gui.widgets.action_bar import ActionBar
from loyalty_pos.gui.widgets.fkey_button import FKeyButton
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar
from loyalty_pos.gui.widgets.tab_titles import TitlesFitWidth
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.cards import ScanOutcome, resolve_scan
from loyalty_pos.services.members.consents import consent_history
from loyalty_pos.services.members.profile import MemberProfile, load_profile, statement_lines
from loyalty_pos.services.members.membership import member_summary_from, update_member
from loyalty_pos.services.members.phones import shop_phone_example
from loyalty_pos.services.ports import MemberSummary, Page

STATEMENT_PAGE = 100
_WATCHED = Changes.MEMBER | Changes.BALANCE | Changes.CARDS | Changes.SALES


class MembersSection(QWidget):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor.require_manager("Managing members")
        self.ctx, self.actor = ctx, actor
        self.profile: MemberProfile | None = None
        self.dialog: ActionDialog | None = None

        self.search = MemberSearch(ctx, self, visible_rows=None)
        self.header = MemberHeader(self)
        self.form = ProfileForm(self)
        ctx.ops.run(self, lambda: shop_phone_example(ctx.make_uow(readonly=True)), on_done=self.form.set_phone_example)
        self.cards = CardsTable(self)
        self.consents = ConsentHistory(self)
        self.statement = StatementModel(self)
        self.table = StatementView(self.statement, self)
        self.message = MessageBar(self)

        self.buttons = {
            "find": FKeyButton("Ctrl+F", self.tr("Find member"), self),
            "save": FKeyButton("Ctrl+S", self.tr("Save profile"), self, role="primary"),
            "adjust": FKeyButton("Ctrl+Shift+A", self.tr("Adjust points"), self),
            "transfer": FKeyButton("Ctrl+T", self.tr("Transfer"), self),
            "merge": FKeyButton("Ctrl+M", self.tr("Merge duplicate"), self),
            "block": FKeyButton("Ctrl+B", self.tr("Block card"), self, role="danger"),
            "reissue": FKeyButton("Ctrl+Shift+I", self.tr("Re-issue card"), self),
            "export": FKeyButton("Ctrl+E", self.tr("Export data"), self),
            "erase": FKeyButton("Ctrl+Shift+E", self.tr("Erase member"), self, role="danger"),
            "retention": FKeyButton("Ctrl+Shift+N", self.tr("Inactive members"), self),
            "attention": FKeyButton("Ctrl+Shift+K", self.tr("Needs attention"), self),
        }
        actions = {
            "find": self.search.focus, "save": self.save, "adjust": self.adjust, "transfer": self.transfer,
            "merge": self.merge, "block": self.block_card, "reissue": self.reissue_card,
            "export": self.export_data, "erase": self.erase, "retention": self.retention,
            "attention": self.attention,
        }
        for name, button in self.buttons.items():
            button.clicked.connect(actions[name])

        self._layout()
        self.search.picked.connect(self._picked)
        self.header.open_member.connect(self.open_member)
        self.statement.more_wanted.connect(self._more_statement)
        ctx.ops.changed.connect(self._changed)
        self._set_actions()

    def _layout(self) -> None:
        self.profile_panel = QFrame(self)
        self.profile_panel.setProperty("panel", True)
        # Two pages under the header: at 1024 x 768 the statement would get two rows
        # if it shared the height with the form and the cards.
        profile_page = QWidget(self)
        profile_layout = QVBoxLayout(profile_page)
        profile_layout.setContentsMargins(10, 10, 10, 10)
        profile_layout.addWidget(self.form)
        profile_layout.addWidget(self.cards)
        profile_layout.addStretch(1)
        self.pages = QTabWidget(self)
        self.pages.addTab(self.table, self.tr("S&tatement, newest first"))
        self.pages.addTab(profile_page, self.tr("Pro&file && cards"))
        self.pages.addTab(self.consents, self.tr("C&onsent history"))
        self.pages.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        TitlesFitWidth(self.pages)
        details = QVBoxLayout(self.profile_panel)
        details.setContentsMargins(8, 8, 8, 8)  # the tabs' titles need the width at 150 % text
        details.setSpacing(6)
        details.addWidget(self.header)
        details.addWidget(self.pages, 1)
        self.bar = ActionBar(self)
        for button in self.buttons.values():
            self.bar.add(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.profile_panel, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        # While results are on show they take the profile's place; picking one brings it back.
        self.search.results_shown.connect(lambda shown: self.profile_panel.setVisible(not shown))
        self.setTabOrder(self.search.box, self.table)
        self.form.edited.connect(self._set_actions)
        for field in (self.form.name, self.form.phone, self.form.email, self.form.birthday):
            field.returnPressed.connect(self.save)  # Enter submits the form, as Ctrl+S does

    # -- the shell's hooks -------------------------------------------------------------
    def activated(self) -> None:
        if self.profile is not None and not self.form.is_dirty():
            self.open_member(self.profile.panel.member.id)
        self.search.focus()

    def has_unsaved_changes(self) -> bool:
        return self.form.is_dirty()

    def accept_scanned_card(self, text: str) -> bool:
        if self.dialog is not None:
            handler = getattr(self.dialog, "accept_scanned_card", None)
            return bool(handler is not None and handler(text))
        if classify_scan(text, self.ctx.ring()).kind not in ("member_card", "refused"):
            return False
        ctx = self.ctx
        ctx.ops.run(self, lambda: resolve_scan(ctx.make_uow(readonly=True), text, key=ctx.ring()),
                    on_done=self._scanned, on_error=self.message.show_error, latest="members-scan")
        return True

    # -- loading -------------------------------------------------------------------------
    def open_member(self, member_id: str) -> None:
        ctx = self.ctx
        ctx.ops.run(self, lambda: load_profile(ctx.make_uow(readonly=True), member_id, clock=ctx.clock),
                    on_done=self._show_profile, on_error=self.message.show_error, latest="members-profile")

    def _picked(self, summary: MemberSummary) -> None:
        self.search.reset()
        self.open_member(summary.member_id)

    def _scanned(self, outcome: ScanOutcome) -> None:
        if outcome.member is not None:
            self.open_member(outcome.member.member_id)
        else:
            self.message.show_error(outcome_text(outcome, self.tr("This scan is not a member card.")))

    def _show_profile(self, profile: MemberProfile) -> None:
        same = self.profile is not None and self.profile.panel.member.id == profile.panel.member.id
        self.profile = profile
        member = profile.panel.member
        if not (same and self.form.is_dirty()):  # never wipe what the manager is typing
            self.form.load(member)
        self.form.setEnabled(member.status is MemberStatus.ACTIVE)
        self.header.show_profile(profile)
        self.cards.show_cards(member, profile)
        self.statement.zone = profile.zone
        self._set_actions()
        ctx, member_id = self.ctx, member.id
        ctx.ops.run(self, lambda: statement_lines(ctx.make_uow(readonly=True), member_id, limit=STATEMENT_PAGE),
                    on_done=self.statement.set_rows, on_error=self.message.show_error, latest="members-statement")
        ctx.ops.run(self, lambda: consent_history(ctx.make_uow(readonly=True), member_id),
                    on_done=lambda records: self.consents.show_records(records, profile.zone),
                    on_error=self.message.show_error, latest="members-consents")

    def _more_statement(self, cursor: str) -> None:
        if self.profile is None:
            self.statement.page_failed()
            return
        ctx, member_id = self.ctx, self.profile.panel.member.id

        def landed(page: Page) -> None:
            if self.profile is not None and self.profile.panel.member.id == member_id:
                self.statement.append_page(page)

        def failed(error: LoyaltyError) -> None:
            self.statement.page_failed()
            self.message.show_error(error)

        ctx.ops.run(self, lambda: statement_lines(ctx.make_uow(readonly=True), member_id, cursor=cursor,
                                                  limit=STATEMENT_PAGE),
                    on_done=landed, on_error=failed, latest="members-statement-more")

    def _changed(self, changes: Changes) -> None:
        if self.profile is not None and changes & _WATCHED and self.isVisible():
            self.open_member(self.profile.panel.member.id)

    def _set_actions(self) -> None:
        status = self.profile.panel.member.status if self.profile is not None else None
        active = status is MemberStatus.ACTIVE
        # A blocked member can still ask for their data or to be erased; an erased one only for what is left.
        erasable = status in (MemberStatus.ACTIVE, MemberStatus.BLOCKED)
        for name, button in self.buttons.items():
            if name in ("find", "retention", "attention"):
                button.setEnabled(True)
            elif name == "export":
                button.setEnabled(status is not None and status is not MemberStatus.MERGED)
            elif name == "erase":
                button.setEnabled(erasable)
            else:
                button.setEnabled(active)

    # -- actions -------------------------------------------------------------------------
    def _summary(self) -> MemberSummary:
        assert self.profile is not None
        return member_summary_from(self.profile.panel.member, self.profile.panel.balance)

    def save(self) -> None:
        if self.profile is None:
            return
        if not self.form.is_dirty():
            self.message.show_message(self.tr("Nothing to save: the profile is as stored."), Level.INFO)
            return
        command = self.form.command(self.ctx.clock.now().astimezone(self.profile.zone).date())
        if command is None:
            self.pages.setCurrentIndex(1)  # where the errors are
            return
        ctx, actor = self.ctx, self.actor

        def saved(member: Member) -> None:
            self.form.member = member  # the reload that follows then sees nothing unsaved
            self.message.show_message(self.tr("Profile saved."), Level.SUCCESS)
            self._set_actions()

        def refused(error: LoyaltyError) -> None:
            if self.form.show_error(error):
                self.pages.setCurrentIndex(1)
            else:
                self.message.show_error(error)

        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: update_member(make_uow(), command, actor=actor, clock=ctx.clock),
                       on_done=saved, on_error=refused)

    def adjust(self) -> None:
        self._open_dialog(AdjustDialog(self.ctx, self.actor, self._summary(), self),
                          lambda balance: self.tr("Points adjusted: the member now has {points:,}.").format(
                              points=balance))

    def transfer(self) -> None:
        self._open_dialog(TransferDialog(self.ctx, self.actor, self._summary(), self),
                          lambda balances: self.tr("Transferred: {giver:,} points left here, {receiver:,} "
                                                   "with the receiver.").format(giver=balances[0],
                                                                                receiver=balances[1]))

    def merge(self) -> None:
        self._open_dialog(MergeDialog(self.ctx, self.actor, self._summary(), self),
                          lambda result: self.tr("Merged: {points:,} points and {cards} card(s) moved here; now "
                                                 "{balance:,} points.").format(
                              points=result.points_moved, cards=len(result.cards_moved),
                              balance=result.balance_after))

    def block_card(self) -> None:
        assert self.profile is not None
        member = self.profile.panel.member
        if member.active_card is None:
            self.message.show_message(self.tr("{name} has no working card to block.").format(name=member.name),
                                      Level.WARNING)
            return
        self._open_dialog(BlockCardDialog(self.ctx, self.actor, member, self),
                          lambda card: self.tr("Card {number} blocked.").format(number=card.number))

    def reissue_card(self) -> None:
        assert self.profile is not None
        self._open_dialog(ReissueCardDialog(self.ctx, self.actor, self.profile.panel.member, self),
                          lambda card: self.tr("New card {number} issued; the old card no longer works.").format(
                              number=card.number))

    def export_data(self) -> None:
        assert self.profile is not None
        self._open_dialog(ExportDialog(self.ctx, self.actor, self.profile.panel.member, self),
                          lambda out: self.tr("The member's data was written to {file}.").format(file=str(out)))

    def erase(self) -> None:
        assert self.profile is not None
        self._open_dialog(EraseDialog(self.ctx, self.actor, self.profile.panel.member, self.profile.panel.balance,
                                      self),
                          lambda done: self.tr("Member erased: {points:,} points forfeited, {cards} card(s) "
                                               "blocked, {receipts:,} receipt(s) anonymised.").format(
                              points=done.points_forfeited, cards=len(done.cards_blocked), receipts=done.receipts)
                          if not done.already_erased else self.tr("This member was already erased: nothing "
                                                                  "changed."))

    def retention(self) -> None:
        self._open_dialog(RetentionDialog(self.ctx, self.actor, self),
                          lambda run: self.tr("{n:,} inactive member(s) erased; {points:,} points forfeited.").format(
                              n=run.erased, points=run.points_forfeited))

    def attention(self) -> None:
        """The chain's problems for a manager; Enter there opens the member here."""
        dialog = AttentionDialog(self.ctx, self.actor, self)
        self._open_dialog(dialog, lambda _member_id: "")
        dialog.accepted.connect(lambda: self.open_member(dialog.result_value))

    def _open_dialog(self, dialog: ActionDialog, success: Callable[[Any], str]) -> None:
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def finished(code: int) -> None:
            self.dialog = None
            if code == QDialog.DialogCode.Accepted and (said := success(dialog.result_value)):
                self.message.show_message(said, Level.SUCCESS)
            dialog.deleteLater()
            self.window().activateWindow()  # the modal dialog took the activation with it
            self.search.focus()

        dialog.finished.connect(finished)
        dialog.open()
