"""A manager looks a gift card up (scan or number), reads its balance and history, and voids
it with a reason. Opened from Reports > Gift cards: the list of every card and what it
holds is where a card to void is found, and where the void shows at once.

Enter looks the typed card up; once it is on screen, Enter voids it (the reason first).
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QWidget

from loyalty_pos.domain.errors import LoyaltyError, ValidationError
from loyalty_pos.domain.gift_cards import GiftCardEntry, GiftCardEntryKind, normal_gift_card_number
from loyalty_pos.domain.money import Money
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.members.action_dialog import ActionDialog
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.sale.gift_cards import GiftCardHistory, gift_card_history, void_gift_card

_NUMBER_CODES = {"bad_gift_card_number", "gift_card_unknown"}


class GiftCardVoidDialog(ActionDialog):
    """Accepts with the card's state after the void as ``result_value``."""

    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None, *, number: str = "",
                 zone: tzinfo = UTC) -> None:
        """``zone``: the shop's, which the card's times are shown in (the reports section knows it)."""
        actor.require_manager("Voiding a gift card")  # the screen, not only its service
        super().__init__(
            ctx, actor, parent, title=self.tr("Look up or void a gift card"),
            hint=self.tr("Scan the card or type its number and press Enter: its balance and history show. To void "
                         "it, type why and press Enter again: what is left leaves the card, and every till refuses "
                         "the card afterwards with your reason."),
            confirm=self.tr("Look up"),
        )
        self.setMinimumWidth(720)  # the history's five columns whole, the cashier's name too
        self.zone = zone
        self.shown: GiftCardHistory | None = None
        self.number = QLineEdit(self)
        self.number.setMaxLength(20)
        self.number.setPlaceholderText("GC0000000017")
        self.number_error = self.field(self.tr("&Card number"), self.number)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAccessibleName(self.tr("The card"))
        self.facts.hide()
        self.body.addWidget(self.facts)
        self.history = QTableWidget(0, 5, self)
        self.history.setAccessibleName(self.tr("The card's history"))
        # A void's reason is in the line above the table, whole: a column would elide it.
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Amount"), self.tr("Till"),
                                                self.tr("By")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setTabKeyNavigation(False)  # read-only: Tab leaves it
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the words; names and sums stay whole
        self.history.setMinimumHeight(160)
        self.history.hide()
        self.body.addWidget(self.history)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. reported lost by its holder, money refunded in cash"))
        self.reason_error = self.field(self.tr("&Reason for voiding"), self.reason)
        self.number.textEdited.connect(self._number_edited)
        self.reason.textEdited.connect(lambda _t: self.say(self.reason_error, None))
        self._show_step()
        if number:
            self.number.setText(number)
            self.submit()
        self.number.setFocus()

    # -- scans ---------------------------------------------------------------------------
    def accept_scanned_gift_card(self, text: str) -> bool:
        try:
            number = normal_gift_card_number(text)
        except ValidationError:
            return False
        self.number.setText(number)
        self._number_edited("")
        self.submit()
        return True

    # -- steps ---------------------------------------------------------------------------
    def _typed(self) -> str | None:
        try:
            return normal_gift_card_number(self.number.text())
        except ValidationError:
            return None

    def _voidable(self) -> bool:
        shown = self.shown
        return shown is not None and shown.state.number == self._typed() and not shown.state.voided \
            and shown.state.balance_minor > 0

    def _number_edited(self, _text: str) -> None:
        self.say(self.number_error, None)
        if self.shown is not None and self.shown.state.number != self._typed():
            self.shown = None
            self.facts.hide()
            self.history.hide()
        self._show_step()

    def _show_step(self) -> None:
        """The Enter button says what Enter does now; the reason is only asked for a card that
        can be voided."""
        voidable = self._voidable()
        label = self.tr("Look up")
        if voidable and self.shown is not None:
            label = self.tr("Void {amount}").format(amount=self._money(self.shown.state.balance_minor))
        key = self.confirm_button.text().split("\n")[0]  # the key's name as ActionDialog put it
        self.confirm_button.setText(f"{key}\n{label}")
        self.confirm_button.setAccessibleName(label)
        self.reason.setEnabled(voidable)

    def submit(self) -> None:
        if self._busy:
            return
        if self._voidable():
            self._void()
            return
        number = self._typed()
        if number is None:
            self.say(self.number_error, self.tr("A gift card number is GC and 10 digits, as printed on the card."))
            self.number.setFocus()
            return
        ctx, actor = self.ctx, self.actor
        self._set_busy(True)
        self.say(self.error, None)
        ctx.ops.run(self, lambda: gift_card_history(ctx.make_uow(readonly=True), number, actor=actor),
                    on_done=self._show, on_error=self._refused, latest="gift-card-void-lookup")

    def _void(self) -> None:
        reason = " ".join(self.reason.text().split())
        if not reason:
            self.say(self.reason_error, self.tr("Say why: the till shows the reason when the card is used."))
            self.reason.setFocus()
            return
        assert self.shown is not None
        ctx, actor, number = self.ctx, self.actor, self.shown.state.number
        self.call(lambda make_uow: void_gift_card(make_uow(), number=number, reason=reason, actor=actor,
                                                  clock=ctx.clock))

    # -- showing -------------------------------------------------------------------------
    def _money(self, minor: int) -> str:
        currency = self.shown.state.currency if self.shown is not None else None
        return money_text(Money(minor, currency or "NOK"))

    def _show(self, history: GiftCardHistory) -> None:
        self._set_busy(False)
        self.shown = history
        state = history.state
        day = self._day
        if state.voided_at is not None:
            said = self.tr("{card}: voided on {day}. {balance} on it now.").format(
                card=state.number, day=day(state.voided_at), balance=self._money(state.balance_minor))
            if state.void_reason:
                said += " " + self.tr("Reason: {reason}").format(reason=state.void_reason)
        elif state.balance_minor > 0:
            said = self.tr("{card}: {balance} left, sold on {day}. Type why it is voided, then press Enter to void "
                           "it.").format(card=state.number, balance=self._money(state.balance_minor),
                                         day=day(state.issued_at) if state.issued_at else "")
        else:
            said = self.tr("{card}: {balance} on it, nothing to void.").format(
                card=state.number, balance=self._money(state.balance_minor))
        self.facts.setText(said)
        self.facts.show()
        self._fill(history.entries)
        self._show_step()
        (self.reason if self._voidable() else self.number).setFocus()
        self.refit()

    def _day(self, at: datetime) -> str:
        return at.astimezone(self.zone).date().isoformat()

    def _fill(self, entries: tuple[GiftCardEntry, ...]) -> None:
        kinds = {
            GiftCardEntryKind.ISSUE: self.tr("Sold"),
            GiftCardEntryKind.TOP_UP: self.tr("Topped up"),
            GiftCardEntryKind.REDEEM: self.tr("Paid with"),
            GiftCardEntryKind.REFUND: self.tr("Given back (return)"),
            GiftCardEntryKind.VOID: self.tr("Voided"),
        }
        self.history.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            when = entry.at.astimezone(self.zone)
            cells = (f"{when:%Y-%m-%d %H:%M}", kinds[entry.kind], self._money(entry.amount_minor), entry.terminal_id,
                     entry.actor)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.history.setItem(row, column, item)
        self.history.setVisible(bool(entries))

    def error_label_for(self, error: LoyaltyError) -> QLabel:
        if error.code in _NUMBER_CODES:
            return self.number_error
        if error.code == "gift_card_void_reason":
            return self.reason_error
        return self.error

    def _refused(self, error: LoyaltyError) -> None:
        self._set_busy(False)
        self.say(self.error_label_for(error), error_text(error))
        self._show_step()

