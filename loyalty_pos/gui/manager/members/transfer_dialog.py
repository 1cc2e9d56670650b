"""Household pooling: move points in steps of 1,000 to another member."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.members.action_dialog import ActionDialog
from loyalty_pos.gui.manager.members.other_member import OtherMember
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.points import TRANSFER_STEP, transfer_points
from loyalty_pos.services.ports import MemberSummary

_POINTS_CODES = {"transfer_step", "insufficient_points", "points_not_positive"}
_RECEIVER_CODES = {"transfer_same_member", "member_not_active"}


class TransferDialog(ActionDialog):
    """Accepts with (giver's, receiver's) new balances as ``result_value``."""

    def __init__(self, ctx: TillContext, actor: Actor, giver: MemberSummary, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, actor, parent, title=self.tr("Transfer points from {name}").format(name=giver.name),
            hint=self.tr("{name} has {points:,} points. Points go in steps of {step:,} and keep their expiry "
                         "dates.").format(name=giver.name, points=giver.balance, step=TRANSFER_STEP),
            confirm=self.tr("Transfer"),
        )
        self.giver = giver
        self.receiver = OtherMember(ctx, self)
        self.points = QLineEdit(self)
        self.points.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,7}"), self.points))
        self.points.setPlaceholderText(self.tr("e.g. {step}").format(step=TRANSFER_STEP))
        self.receiver_error = self.field(self.tr("&To member"), self.receiver)
        self.points_error = self.field(self.tr("&Points"), self.points)
        self.receiver.chosen.connect(self._chosen)
        self.receiver.search.results_shown.connect(lambda shown: shown or self.refit())
        self.points.textEdited.connect(lambda _t: self.say(self.points_error, None))
        self.receiver.search.box.setFocus()

    def accept_scanned_card(self, text: str) -> bool:
        return self.receiver.accept_scanned_card(text)

    def _chosen(self, _member: MemberSummary) -> None:
        self.say(self.receiver_error, None)
        self.points.setFocus()

    def submit(self) -> None:
        receiver = self.receiver.member
        points = int(self.points.text()) if self.points.text().isdigit() else 0
        self.say(self.receiver_error, None if receiver else self.tr("Choose who receives the points."))
        self.say(self.points_error, None if points else self.tr("Type the points to transfer."))
        if receiver is None or not points:
            (self.receiver.search.box if receiver is None else self.points).setFocus()
            return
        ctx, actor, giver_id, receiver_id = self.ctx, self.actor, self.giver.member_id, receiver.member_id
        self.call(lambda make_uow: transfer_points(make_uow(), from_member_id=giver_id, to_member_id=receiver_id,
                                                   points=points, actor=actor, clock=ctx.clock))

    def error_label_for(self, error: LoyaltyError) -> QLabel:
        if error.code in _POINTS_CODES:
            return self.points_error
        if error.code in _RECEIVER_CODES:
            return self.receiver_error
        return self.error
