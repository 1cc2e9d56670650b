"""Enrol a new member at the till in under 30 seconds, from the keyboard.

Name, phone, email, birthday (optional), consents, then the card: a pre-printed
card scanned now, or a new number to print later. Everything the cashier can get
wrong is said next to the field at once (all fields, not one at a time), using
the same domain rules the service applies; what only the store knows (phone,
email or card already in use) comes back from the service and lands on its field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal

from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.domain.errors import LoyaltyError, ValidationError
from loyalty_pos.domain.members import (
    Consents,
    Member,
    group_card_number,
    normalise_email,
    normalise_name,
    normalise_phone,
)
from loyalty_pos.gui.cashier.birthday import date_example, locale_is_day_first, parse_birthday
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.scan_text import refusal_text, scanned_what
from loyalty_pos.gui.widgets.dialog_parts import (
    DIALOG_ROOM_ON_SMALLEST_SCREEN,
    WorkingDialog,
    fit_height,
    inline_error_label,
    key_button,
    set_inline_error,
)
from loyalty_pos.gui.widgets.message_bar import MessageBar, error_text
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.membership import EnrolMember, enrol
from loyalty_pos.services.members.phones import shop_phone_example


_DIALOG_WIDTH = 900


class EnrolDialog(WorkingDialog):
    """Emits ``enrolled(Member)`` once the member is saved, then accepts."""

    enrolled = Signal(object)

    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.member: Member | None = None
        self._busy = False
        self._locale = QLocale()
        self._day_first = locale_is_day_first(self._locale)
        self.setModal(True)
        self.setWindowTitle(self.tr("Enrol a new member"))
        # Tick boxes a thumb (and a tired eye) can hit.
        self.setStyleSheet("QCheckBox::indicator, QRadioButton::indicator { width: 22px; height: 22px; }")

        title = QLabel(self.tr("Enrol a new member"), self)
        title.setFont(scaled_font(self.font(), 130, bold=True))

        self.name = self._line_edit(self.tr("First and last name"))
        self.phone = self._line_edit(self.tr("Mobile number"))
        # The example follows the shop's country, read off the GUI thread.
        ctx.ops.run(self, lambda: shop_phone_example(ctx.make_uow(readonly=True)), on_done=self._show_phone_example)
        self.email = self._line_edit(self.tr("name@example.com (optional)"))
        self.birthday = self._line_edit(self.tr("e.g. {example} (optional)").format(example=self._date_example()))
        self.birthday_hint = QLabel(self)
        self.birthday_hint.setProperty("muted", True)
        self.birthday.textChanged.connect(self._show_birthday_reading)
        self.referral = self._line_edit(self.tr("A friend's referral code (optional)"))
        self.referral.setMaxLength(16)
        self.errors: dict[str, QLabel] = {
            field: inline_error_label(self)
            for field in ("name", "phone", "email", "birthday", "consent", "card", "referral")
        }

        fields = QGridLayout()
        fields.setHorizontalSpacing(14)
        fields.setVerticalSpacing(4)
        fields.setColumnStretch(1, 1)
        rows = (
            (self.tr("&Name"), self.name, "name", None),
            (self.tr("&Phone"), self.phone, "phone", None),
            (self.tr("&Email"), self.email, "email", None),
            (self.tr("&Birthday"), self.birthday, "birthday", self.birthday_hint),
        )
        for index, (text, field, key, beside) in enumerate(rows):
            label = QLabel(text, self)
            label.setBuddy(field)
            fields.addWidget(label, index * 2, 0)
            if beside is None:
                fields.addWidget(field, index * 2, 1)
            else:
                line = QHBoxLayout()
                line.addWidget(field, 1)
                line.addWidget(beside, 1)
                fields.addLayout(line, index * 2, 1)
            fields.addWidget(self.errors[key], index * 2 + 1, 1)

        consents = QGroupBox(self.tr("Consents"), self)
        self.data_processing = QCheckBox(self.tr("&Data processing (required)"), consents)
        why = QLabel(
            self.tr("Needed to keep the member's card, points and contact details. Without it we cannot enrol."),
            consents,
        )
        why.setWordWrap(True)
        why.setProperty("muted", True)
        self.marketing = QCheckBox(self.tr("&Marketing offers (optional)"), consents)
        marketing_note = QLabel(self.tr("By email and SMS; the member can say no at any time."), consents)
        marketing_note.setWordWrap(True)
        marketing_note.setProperty("muted", True)
        self.data_processing.toggled.connect(lambda _on: set_inline_error(self.errors["consent"], None))
        consent_layout = QVBoxLayout(consents)
        consent_layout.setSpacing(4)
        consent_layout.addWidget(self.data_processing)
        consent_layout.addWidget(why)
        consent_layout.addWidget(self.errors["consent"])
        consent_layout.addSpacing(6)
        consent_layout.addWidget(self.marketing)
        consent_layout.addWidget(marketing_note)
        consent_layout.addStretch(1)

        card_box = QGroupBox(self.tr("Card"), self)
        self.issue_new = QRadioButton(self.tr("&Issue a new number, print later"), card_box)
        self.use_scanned = QRadioButton(self.tr("&Scan a pre-printed card now"), card_box)
        self.card_choice = QButtonGroup(self)
        self.card_choice.addButton(self.issue_new)
        self.card_choice.addButton(self.use_scanned)
        self.issue_new.setChecked(True)
        self.card = self._line_edit(self.tr("Scan the card, or type its 16 digits"))
        self.card.setMaxLength(64)
        self.card.textEdited.connect(self._card_typed)
        self.issue_new.toggled.connect(self._issue_new_chosen)
        card_layout = QVBoxLayout(card_box)
        card_layout.setSpacing(4)
        card_layout.addWidget(self.issue_new)
        card_layout.addWidget(self.use_scanned)
        card_layout.addWidget(self.card)
        card_layout.addWidget(self.errors["card"])
        card_layout.addStretch(1)

        groups = QHBoxLayout()
        groups.setSpacing(14)
        groups.addWidget(consents, 1)
        groups.addWidget(card_box, 1)
        # Side by side at the till's text size; one over the other where a larger text size
        # would cut the tick boxes' labels (they cannot wrap) at half the dialog's width.
        widest = max(box.sizeHint().width() for box in (self.data_processing, self.marketing, self.issue_new,
                                                         self.use_scanned))
        stacked = 2 * (widest + 40) + groups.spacing() > _DIALOG_WIDTH - 48
        if stacked:
            groups.setDirection(QBoxLayout.Direction.TopToBottom)

        self.message_bar = MessageBar(self)
        self.cancel_button = key_button(self.tr("Esc"), self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.enrol_button = key_button(self.tr("Enter"), self.tr("Enrol member"), self, role="primary")
        self.enrol_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.enrol_button)

        # Last, after the card: most members come without a friend's code, and Tab reaches it after the rest.
        referral_row = QGridLayout()
        referral_row.setHorizontalSpacing(14)
        referral_row.setColumnStretch(1, 1)
        referral_label = QLabel(self.tr("&Referral code"), self)
        referral_label.setBuddy(self.referral)
        referral_row.addWidget(referral_label, 0, 0)
        referral_row.addWidget(self.referral, 0, 1)
        referral_row.addWidget(self.errors["referral"], 1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addLayout(fields)
        if stacked:
            # One over the other they are taller than a 768-pixel screen leaves: they scroll,
            # and Tab scrolls the focused choice into view.
            holder = QWidget(self)
            groups.addLayout(referral_row)  # inside the scrolled part, under the card as Tab goes
            holder.setLayout(groups)
            scroll = QScrollArea(self)
            scroll.setObjectName("enrolChoices")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(holder)
            layout.addWidget(scroll, 100)  # before the spacer under the message bar
        else:
            layout.addLayout(groups)
            layout.addLayout(referral_row)
        layout.addWidget(self.message_bar)
        layout.addStretch(1)
        layout.addLayout(buttons)

        for first, second in (
            (self.name, self.phone), (self.phone, self.email), (self.email, self.birthday),
            (self.birthday, self.data_processing), (self.data_processing, self.marketing),
            (self.marketing, self.issue_new), (self.issue_new, self.use_scanned), (self.use_scanned, self.card),
            (self.card, self.referral),
        ):
            QWidget.setTabOrder(first, second)
        self.setMinimumWidth(_DIALOG_WIDTH)
        if stacked:
            # The rest of the dialog keeps its height; the choices get what a 1024x768 till
            # screen leaves (its frame taken off), and scroll within it.
            self.setMaximumHeight(DIALOG_ROOM_ON_SMALLEST_SCREEN[1])
        self.name.setFocus()

    def _show_phone_example(self, example: str) -> None:
        if example:
            self.phone.setPlaceholderText(self.tr("Mobile number, e.g. {example}").format(example=example))

    def _date_example(self) -> str:
        return date_example(day_first=self._day_first)

    def _line_edit(self, placeholder: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(placeholder)
        field.textEdited.connect(lambda _text, f=field: self._clear_error_of(f))
        return field

    # -- the card -----------------------------------------------------------------

    def accept_scanned_card(self, text: str) -> bool:
        """The main window routes every scan here while the dialog is open.

        A member card is assigned to this enrolment; anything else (a forged or
        damaged card, a product) is explained next to the card field. Either way
        the scan is dealt with here, so True: nothing else should act on it.
        """
        result = classify_scan(text, self.ctx.ring())
        if result.kind == "member_card":
            self.use_scanned.setChecked(True)
            self.card.setText(group_card_number(result.value))
            set_inline_error(self.errors["card"], None)
            return True
        if result.kind == "refused":
            set_inline_error(self.errors["card"], refusal_text(result))
        else:
            set_inline_error(
                self.errors["card"],
                self.tr("That was not a member card ({what}). Scan the card's QR code or barcode.").format(
                    what=scanned_what(result)
                ),
            )
        fit_height(self)
        return True

    def _card_typed(self, text: str) -> None:
        if text.strip():
            self.use_scanned.setChecked(True)

    def _issue_new_chosen(self, checked: bool) -> None:
        if checked:
            self.card.clear()
            set_inline_error(self.errors["card"], None)

    def _card_number(self) -> tuple[str | None, str | None]:
        """(card number, error) for the pre-printed card, or (None, None) for a new number."""
        if not self.use_scanned.isChecked():
            return None, None
        text = self.card.text().strip()
        if not text:
            return None, self.tr("Scan the card now, or choose \"Issue a new card number\".")
        result = classify_scan(text, self.ctx.ring(), typed=True)
        if result.kind == "member_card":
            return result.value, None
        if result.kind == "refused":
            return None, refusal_text(result)
        return None, self.tr("A card number has 16 digits.")

    # -- birthday -----------------------------------------------------------------

    def _read_birthday(self) -> date | None:
        return parse_birthday(self.birthday.text(), day_first=self._day_first, today=self.ctx.clock.now().date())

    def _show_birthday_reading(self, _text: str) -> None:
        # Saying the date in words settles 03/04 vs 04/03 before it is saved.
        try:
            born = self._read_birthday()
        except ValidationError:
            self.birthday_hint.clear()
            return
        self.birthday_hint.setText(
            "= " + self._locale.toString(QDate(born.year, born.month, born.day), "d MMMM yyyy") if born else ""
        )

    # -- submitting ---------------------------------------------------------------

    def _check(self) -> tuple[EnrolMember | None, dict[str, str]]:
        """The command, or the message for every field that needs fixing."""
        problems: dict[str, str] = {}
        name = phone = email = None
        born: date | None = None
        try:
            name = normalise_name(self.name.text())
        except ValidationError as error:
            problems["name"] = self._message_for(error)
        if self.phone.text().strip():
            try:
                phone = normalise_phone(self.phone.text())
            except ValidationError as error:
                problems["phone"] = self._message_for(error)
        if self.email.text().strip():
            try:
                email = normalise_email(self.email.text())
            except ValidationError as error:
                problems["email"] = self._message_for(error)
        try:
            born = self._read_birthday()
        except ValidationError as error:
            problems["birthday"] = self._birthday_message(error)
        if not self.data_processing.isChecked():
            problems["consent"] = self._message_for(ValidationError(code="consent_required", detail=""))
        card, card_problem = self._card_number()
        if card_problem:
            problems["card"] = card_problem
        if problems or name is None:
            return None, problems
        consents = Consents(marketing=self.marketing.isChecked(), data_processing=True)
        referral = self.referral.text().strip() or None
        return EnrolMember(name, phone, email, born, consents, card, referral_code=referral), {}

    def submit(self) -> None:
        if self._busy:
            return
        self.message_bar.clear()
        command, problems = self._check()
        for key, label in self.errors.items():
            set_inline_error(label, problems.get(key))
        fit_height(self)
        if command is None:
            self._focus_field(next(iter(problems), "name"))
            return
        self._set_busy(True)
        ctx, actor = self.ctx, self.actor
        ctx.ops.change(
            self,
            ctx.make_uow,
            lambda make_uow: enrol(make_uow(), command, actor=actor, clock=ctx.clock),
            on_done=self._on_enrolled,
            on_error=self._on_refused,
        )

    def _on_enrolled(self, member: Member) -> None:
        self._set_busy(False)
        self.member = member
        self.enrolled.emit(member)
        self.accept()

    def _on_refused(self, error: LoyaltyError) -> None:
        self._set_busy(False)
        field = self._field_of(error.code)
        if field is None:
            self.message_bar.show_error(error)
        else:
            set_inline_error(self.errors[field], self._message_for(error))
            self._focus_field(field)
        fit_height(self)

    @staticmethod
    def _field_of(code: str) -> str | None:
        if code.startswith("card_"):
            return "card"
        return {
            "name_required": "name", "name_too_long": "name",
            "bad_phone": "phone", "phone_in_use": "phone",
            "bad_email": "email", "email_in_use": "email",
            "bad_birthday": "birthday", "consent_required": "consent",
            "referral_code_unknown": "referral", "referral_to_self": "referral",
        }.get(code)

    def _message_for(self, error: LoyaltyError) -> str:
        messages = {
            "name_required": self.tr("Type the member's name."),
            "name_too_long": self.tr("A name has at most 120 characters."),
            "bad_phone": self.tr("Not a phone number: 6 to 15 digits, may start with +."),
            "phone_in_use": self.tr("This phone number already belongs to a member: find them instead."),
            "bad_email": self.tr("Not an email address (like name@example.com)."),
            "email_in_use": self.tr("This email already belongs to a member: find them instead."),
            "consent_required": self.tr("Tick data processing (Space or Alt+D): it is required to join."),
            "card_in_use": self.tr("This card already belongs to a member: use another card or issue a new number."),
            "card_bad_check_digit": self.tr("The card number's check digit is wrong: scan it again or retype it."),
        }
        return messages.get(error.code) or error_text(error)

    def _birthday_message(self, error: ValidationError) -> str:
        detail = error.params.get("detail")
        if detail == "in the future":
            return self.tr("A birthday cannot be in the future.")
        if detail == "no such day":
            return self.tr("That day does not exist: check the day and the month.")
        return self.tr("Type the birthday like {example}, or leave it empty.").format(example=self._date_example())

    def _focus_field(self, key: str) -> None:
        widget = {
            "name": self.name, "phone": self.phone, "email": self.email, "birthday": self.birthday,
            "consent": self.data_processing, "card": self.card, "referral": self.referral,
        }[key]
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def _clear_error_of(self, field: QLineEdit) -> None:
        key = {self.name: "name", self.phone: "phone", self.email: "email", self.birthday: "birthday",
               self.card: "card", self.referral: "referral"}.get(field)
        if key is not None:
            set_inline_error(self.errors[key], None)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.enrol_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    # -- keys -----------------------------------------------------------------------


