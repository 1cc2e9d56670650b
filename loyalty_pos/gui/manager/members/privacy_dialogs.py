"""A member's privacy rights in the back office: export their data, erase them.

Erasing cannot be undone, so the dialog says what goes and what stays and the
manager types ERASE; Enter alone never erases anyone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QWidget

from loyalty_pos.domain.members import Member
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.members.action_dialog import ActionDialog
from loyalty_pos.jobs.member_export import export_member
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.erasure import erase_member

CONFIRM_WORD = "ERASE"


def default_export_path(member: Member) -> Path:
    return Path.home() / f"member-{member.id[:8]}.pdf"


class ExportDialog(ActionDialog):
    """Accepts with the path written as ``result_value``."""

    def __init__(self, ctx: TillContext, actor: Actor, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, actor, parent, title=self.tr("Export the data of {name}").format(name=member.name),
            hint=self.tr("Everything held about the member: profile, consents, cards, points history, purchases "
                         "and receipts. A file ending in .pdf is a readable document to hand over; any other "
                         "name gets JSON. The export is recorded in the audit log."),
            confirm=self.tr("Export"),
        )
        self.member = member
        self.path = QLineEdit(str(default_export_path(member)), self)
        self.path_error = self.field(self.tr("&File"), self.path)
        self.path.textEdited.connect(lambda _t: self.say(self.path_error, None))
        self.path.setFocus()
        self.path.selectAll()

    def submit(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.say(self.path_error, self.tr("Say where to write the file."))
            return
        out = Path(text).expanduser()
        if not out.parent.is_dir():
            self.say(self.path_error, self.tr("There is no folder {folder}.").format(folder=str(out.parent)))
            return
        ctx, actor, member_id = self.ctx, self.actor, self.member.id
        self.call(lambda make_uow: (export_member(make_uow, member_id, out, actor=actor, clock=ctx.clock,
                                                         data_dir=ctx.data_dir), out)[1])


class EraseDialog(ActionDialog):
    """Accepts with the ``Erasure`` as ``result_value``."""

    def __init__(self, ctx: TillContext, actor: Actor, member: Member, balance: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, actor, parent, title=self.tr("Erase {name} for good").format(name=member.name),
            hint=self.tr("Name, phone, email, birthday and consents are removed from the member and from "
                         "anything waiting to sync (receipts never hold them). Their {points:,} points are "
                         "forfeited and every card stops working. Sales, points history and totals stay, under "
                         "the member id only. This cannot be undone: export the data first if the member asked "
                         "for a copy.").format(points=balance),
            confirm=self.tr("Erase member"),
        )
        self.member = member
        self.confirm_button.setProperty("role", "danger")
        self.word = QLineEdit(self)
        self.word.setPlaceholderText(CONFIRM_WORD)
        self.word_error = self.field(self.tr("Type {word} to confirm").format(word=CONFIRM_WORD), self.word)
        self.word.textEdited.connect(lambda _t: self.say(self.word_error, None))
        self.word.setFocus()

    def submit(self) -> None:
        if self.word.text().strip() != CONFIRM_WORD:
            self.say(self.word_error, self.tr("Type {word} in capitals: erasing cannot be undone.").format(
                word=CONFIRM_WORD))
            self.word.setFocus()
            return
        ctx, actor, member_id = self.ctx, self.actor, self.member.id
        self.call(lambda make_uow: erase_member(make_uow(), member_id, actor=actor, clock=ctx.clock))
