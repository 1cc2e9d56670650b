"""Add or take away points by hand; the reason is mandatory and goes on the statement."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from loyalty_pos.domain.approvals import Approval, ApprovalAction, ApprovalRequest
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.members.action_dialog import ActionDialog
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.ports import MemberSummary

_POINTS_CODES = {"zero_points", "insufficient_points", "points_not_positive"}


class AdjustDialog(ActionDialog):
    """Accepts with the member's new balance as ``result_value``."""

    def __init__(self, ctx: TillContext, actor: Actor, member: MemberSummary, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, actor, parent, title=self.tr("Adjust points of {name}").format(name=member.name),
            hint=self.tr("{name} has {points:,} points. Type +250 to add or -250 to take away; the reason is shown "
                         "on the member's statement and in the audit log.").format(name=member.name,
                                                                                  points=member.balance),
            confirm=self.tr("Adjust"),
        )
        self.member = member
        self.points = QLineEdit(self)
        self.points.setValidator(QRegularExpressionValidator(QRegularExpression(r"[+-]?[0-9]{0,7}"), self.points))
        self.points.setPlaceholderText(self.tr("e.g. +250 or -250"))
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. receipt lost, points not earned on R01-000123"))
        self.points_error = self.field(self.tr("&Points"), self.points)
        self.reason_error = self.field(self.tr("&Reason"), self.reason)
        self.points.textEdited.connect(lambda _t: self.say(self.points_error, None))
        self.reason.textEdited.connect(lambda _t: self.say(self.reason_error, None))
        # A second manager's approval, for exactly these points (fraud limits: large adjustments).
        self.approval: Approval | None = None
        self._asked = 0  # the points of the last try, which a second manager approves
        self.points.setFocus()

    def submit(self) -> None:
        text = self.points.text().strip().lstrip("+")
        points = int(text) if text.lstrip("-").isdigit() else 0
        reason = self.reason.text().strip()
        self.say(self.points_error, None if points else self.tr("Type the points to add (+250) or take away (-250)."))
        self.say(self.reason_error, None if reason else self.tr("Say why: an adjustment needs a reason."))
        if not points or not reason:
            (self.points if not points else self.reason).setFocus()
            return
        ctx, actor, member_id = self.ctx, self.actor, self.member.member_id
        approval = self.approval.approval_id if self.approval and self.approval.amount_minor == abs(points) else None
        self._asked = points
        self.call(lambda make_uow: adjust_points(make_uow(), member_id=member_id, points=points, reason=reason,
                                                 actor=actor, clock=ctx.clock, approval=approval))

    def _refused(self, error: LoyaltyError) -> None:
        super()._refused(error)
        if error.code in ("second_manager_needed", "second_manager_same", "approval_invalid"):
            self.approval = None
        if error.code == "second_manager_needed":
            self._ask_second_manager(self._asked)

    def _ask_second_manager(self, points: int) -> None:
        from loyalty_pos.gui.widgets.approval_dialog import ApprovalDialog

        what = self.tr("adjusting {name}'s points by {points:+,}").format(name=self.member.name, points=points)
        request = ApprovalRequest(ApprovalAction.POINTS_ADJUSTMENT, abs(points), self.member.member_id)
        dialog = ApprovalDialog(self.ctx, self.actor, self, what=what, request=request)
        dialog.granted.connect(self._second_manager_approved)
        self.second_manager = dialog
        dialog.open()

    def _second_manager_approved(self, approval: Approval) -> None:
        self.approval = approval
        self.submit()

    def error_label_for(self, error: LoyaltyError) -> QLabel:
        if error.code in _POINTS_CODES:
            return self.points_error
        if error.code == "reason_required":
            return self.reason_error
        return self.error
