"""Block a card (lost or stolen; reason required) or re-issue one (the old stops at once)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.members import Card, CardStatus, Member, group_card_number
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.members.action_dialog import ActionDialog
from loyalty_pos.gui.widgets.scan_field import codes_only
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.cards import block_card, issue_card
from loyalty_pos.services.ports import UnitOfWork


class BlockCardDialog(ActionDialog):
    def __init__(self, ctx: TillContext, actor: Actor, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, actor, parent, title=self.tr("Block a card of {name}").format(name=member.name),
            hint=self.tr("A blocked card is refused at the till from the next scan on. Re-issue a card "
                         "(Ctrl+Shift+I) so the member can keep collecting."),
            confirm=self.tr("Block card"),
        )
        self.card = QComboBox(self)
        for card in member.cards:
            if card.status is CardStatus.ACTIVE:
                self.card.addItem(group_card_number(card.number), card.number)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. lost, stolen, damaged"))
        self.field(self.tr("&Card"), self.card)
        self.reason_error = self.field(self.tr("&Reason"), self.reason)
        self.reason.textEdited.connect(lambda _t: self.say(self.reason_error, None))
        self.reason.setFocus()

    def submit(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.say(self.reason_error, self.tr("Say why the card is blocked."))
            self.reason.setFocus()
            return
        ctx, actor, number = self.ctx, self.actor, self.card.currentData()
        self.call(lambda make_uow: block_card(make_uow(), card_number=number, reason=reason, actor=actor,
                                              clock=ctx.clock))

    def error_label_for(self, error: LoyaltyError) -> QLabel:
        return self.reason_error if error.code == "reason_required" else self.error


class ReissueCardDialog(ActionDialog):
    """Accepts with the new ``Card`` as ``result_value``."""

    def __init__(self, ctx: TillContext, actor: Actor, member: Member, parent: QWidget | None = None) -> None:
        old = member.active_card
        stops = (self.tr("Card {number} stops working at once.").format(number=group_card_number(old.number))
                 if old else self.tr("The member has no working card now."))
        super().__init__(
            ctx, actor, parent, title=self.tr("Re-issue the card of {name}").format(name=member.name),
            hint=stops + " " + self.tr("Scan a pre-printed card to hand over now, or leave the field empty for a "
                                       "new number to print later."),
            confirm=self.tr("Re-issue"),
        )
        self.member = member
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Pre-printed card number (optional)"))
        codes_only(self.number)
        self.number_error = self.field(self.tr("New &card"), self.number)
        self.number.textEdited.connect(lambda _t: self.say(self.number_error, None))
        self.number.setFocus()

    def accept_scanned_card(self, text: str) -> bool:
        scan = classify_scan(text, self.ctx.ring())
        if scan.kind != "member_card":
            return False
        self.number.setText(scan.value)
        self.say(self.number_error, None)
        return True

    def submit(self) -> None:
        typed = self.number.text().strip() or None
        ctx, actor, member_id = self.ctx, self.actor, self.member.id

        def work(make_uow: Callable[..., UnitOfWork]) -> Card:
            return issue_card(make_uow(), member_id=member_id, actor=actor, clock=ctx.clock, card_number=typed)

        self.call(work)

    def error_label_for(self, error: LoyaltyError) -> QLabel:
        return self.number_error if error.code.startswith("card_") else self.error
