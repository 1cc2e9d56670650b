"""Merge a duplicate member into the member on screen (who is kept)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.members.action_dialog import ActionDialog
from loyalty_pos.gui.manager.members.other_member import OtherMember
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.merge import merge_members
from loyalty_pos.services.ports import MemberSummary

_DUPLICATE_CODES = {"merge_same_member", "merge_duplicate_not_active"}


class MergeDialog(ActionDialog):
    """Accepts with the ``MergeResult`` as ``result_value``."""

    def __init__(self, ctx: TillContext, actor: Actor, keep: MemberSummary, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, actor, parent, title=self.tr("Merge a duplicate into {name}").format(name=keep.name),
            hint=self.tr("The duplicate's points (with their expiry dates) and cards move to {name}, and contact "
                         "details {name} lacks are copied. The duplicate is closed; its sales stay on its own "
                         "record. This cannot be undone.").format(name=keep.name),
            confirm=self.tr("Merge"),
        )
        self.keep = keep
        self.duplicate = OtherMember(ctx, self)
        self.duplicate_error = self.field(self.tr("&Duplicate"), self.duplicate)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.body.addWidget(self.outcome)
        self.duplicate.chosen.connect(self._chosen)
        self.duplicate.search.results_shown.connect(lambda shown: shown or self.refit())
        # After choosing, the keys go to the dialog so Enter merges (the search box
        # would otherwise take Enter as "search again").
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.duplicate.search.box.setFocus()

    def accept_scanned_card(self, text: str) -> bool:
        return self.duplicate.accept_scanned_card(text)

    def _chosen(self, member: MemberSummary) -> None:
        self.say(self.duplicate_error, None)
        self.outcome.setText(self.tr("{keep} has {points:,} points and will have {total:,} after the merge. "
                                     "Press Enter to merge, Esc to cancel.").format(
            keep=self.keep.name, points=self.keep.balance, total=self.keep.balance + member.balance))
        self.say(self.error, None)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        duplicate = self.duplicate.member
        if duplicate is None:
            self.say(self.duplicate_error, self.tr("Find the duplicate first: search, or scan its card."))
            self.duplicate.search.box.setFocus()
            return
        ctx, actor, keep_id, duplicate_id = self.ctx, self.actor, self.keep.member_id, duplicate.member_id
        self.call(lambda make_uow: merge_members(make_uow(), keep_id=keep_id, duplicate_id=duplicate_id, actor=actor,
                                                 clock=ctx.clock))

    def error_label_for(self, error: LoyaltyError) -> QLabel:
        return self.duplicate_error if error.code in _DUPLICATE_CODES else self.error
