"""The member's editable details: name, contact, birthday, consents and receipt language.

Checked with the same domain rules the service applies, every field at once, each
error under its field; what only the store knows (phone or email in use) comes
back from the service and lands on its field too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from loyalty_pos.domain.consents import ConsentSource
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.members import Consents, Member, normalise_email, normalise_name, normalise_phone
from loyalty_pos.domain.regions import LANGUAGES
from loyalty_pos.gui.cashier.birthday import parse_birthday
from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, set_inline_error
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.reflow_box import ReflowBox
from loyalty_pos.services.members.membership import UpdateMember

# Which field a service refusal belongs under.
_FIELD_OF_CODE = {
    "name_required": "name", "name_too_long": "name", "bad_phone": "phone", "phone_in_use": "phone",
    "bad_email": "email", "email_in_use": "email", "bad_birthday": "birthday",
}


class ProfileForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member: Member | None = None
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("mobile number"))
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.birthday = QLineEdit(self)
        self.birthday.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.marketing = QCheckBox(self.tr("Marketing offers"), self)
        self.data_processing = QCheckBox(self.tr("Data processing (required)"), self)
        self.errors = {name: inline_error_label(self) for name in ("name", "phone", "email", "birthday")}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        # Two fields a row: the back office is only ~700 px wide on a 1024 px till.
        cells = (
            (self.tr("&Name"), self.name, "name", 0, 0), (self.tr("&Phone"), self.phone, "phone", 0, 2),
            (self.tr("E&mail"), self.email, "email", 2, 0), (self.tr("Birt&hday"), self.birthday, "birthday", 2, 2),
        )
        for label, field, key, row, column in cells:
            grid.addWidget(QLabel(label, self, buddy=field), row, column)
            grid.addWidget(field, row, column + 1)
            grid.addWidget(self.errors[key], row + 1, column + 1)
            field.textEdited.connect(lambda _text, key=key: self._edited(key))
        # A changed consent is recorded with who asked for it: proof for the member and a regulator.
        self.consent_source = QComboBox(self)
        self.consent_source.addItem(self.tr("asked by the member"), ConsentSource.MEMBER_REQUEST)
        self.consent_source.addItem(self.tr("changed by the shop"), ConsentSource.BACK_OFFICE)
        # Side by side, or one over the other at a large text size (ReflowBox).
        consents = ReflowBox()
        consents.addWidget(self.marketing)
        consents.addWidget(self.data_processing, 1)
        consents_label = QLabel(self.tr("Consents"), self)
        consents_label.setWordWrap(True)  # the label column gives way to the fields, not the section
        grid.addWidget(consents_label, 4, 0)
        grid.addLayout(consents, 4, 1, 1, 3)
        # Their receipt prints in it; a member who chose none gets the till's.
        self.language = QComboBox(self)
        self.language.setObjectName("memberLanguage")
        self.language.addItem(self.tr("the till's language"), "")
        for language in LANGUAGES:
            self.language.addItem(language.name, language.tag)
        self.language.setAccessibleName(self.tr("Receipt language"))
        self.language.currentIndexChanged.connect(lambda _index: self.edited.emit())
        # On the consent source's row: a row more would squeeze the back office on a 768 px screen.
        for combo in (self.consent_source, self.language):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        source = ReflowBox()
        source.addWidget(self.consent_source)
        source.addWidget(QLabel(self.tr("Rec&eipts in"), self, buddy=self.language))
        source.addWidget(self.language, 1)
        change_label = QLabel(self.tr("A change is"), self)
        change_label.setWordWrap(True)
        grid.addWidget(change_label, 5, 0)
        grid.addLayout(source, 5, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for box in (self.marketing, self.data_processing):
            box.toggled.connect(lambda _on: self.edited.emit())
        self.setEnabled(False)

    def set_phone_example(self, example: str) -> None:
        """An example number of the shop's country (the section reads it off the GUI thread)."""
        if example:
            self.phone.setPlaceholderText(self.tr("e.g. {example}").format(example=example))

    def load(self, member: Member) -> None:
        self.member = member
        self.name.setText(member.name)
        self.phone.setText(member.phone or "")
        self.email.setText(member.email or "")
        self.birthday.setText(member.birthday.isoformat() if member.birthday else "")
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(member.preferred_language or ""), 0))
        self.language.blockSignals(False)
        for box, on in ((self.marketing, member.consents.marketing),
                        (self.data_processing, member.consents.data_processing)):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        for label in self.errors.values():
            set_inline_error(label, None)
        self.setEnabled(True)

    def clear(self) -> None:
        self.member = None
        for field in (self.name, self.phone, self.email, self.birthday):
            field.clear()
        self.setEnabled(False)

    def is_dirty(self) -> bool:
        member = self.member
        if member is None:
            return False
        return (
            self.name.text().strip() != member.name
            or self.phone.text().strip() != (member.phone or "")
            or self.email.text().strip() != (member.email or "")
            or self.birthday.text().strip() != (member.birthday.isoformat() if member.birthday else "")
            or self._consents() != member.consents
            or self.language.currentData() != (member.preferred_language or "")
        )

    def command(self, today: date) -> UpdateMember | None:
        """The update to save, or None after marking every field that needs fixing."""
        assert self.member is not None
        checks = {
            "name": lambda: normalise_name(self.name.text()),
            "phone": lambda: normalise_phone(self.phone.text()) if self.phone.text().strip() else None,
            "email": lambda: normalise_email(self.email.text()) if self.email.text().strip() else None,
            "birthday": lambda: parse_birthday(self.birthday.text(), day_first=True, today=today),
        }
        values: dict[str, object] = {}
        for key, check in checks.items():
            try:
                values[key] = check()
                set_inline_error(self.errors[key], None)
            except LoyaltyError as error:
                set_inline_error(self.errors[key], self._field_error(key, error))
        if len(values) < len(checks):
            return None
        return UpdateMember(self.member.id, values["name"], values["phone"], values["email"],  # type: ignore[arg-type]
                            values["birthday"], self._consents(),  # type: ignore[arg-type]
                            consent_source=ConsentSource(self.consent_source.currentData()),
                            preferred_language=str(self.language.currentData() or ""))

    def show_error(self, error: LoyaltyError) -> bool:
        """Put a service refusal under its field; False when it belongs to no field."""
        key = _FIELD_OF_CODE.get(error.code)
        if key is None:
            return False
        set_inline_error(self.errors[key], error_text(error))
        return True

    def _field_error(self, key: str, error: LoyaltyError) -> str:
        if key == "birthday":
            return self.tr("Type the birthday as YYYY-MM-DD (or DD.MM.YYYY).")
        return error_text(error)

    def _consents(self) -> Consents:
        return Consents(marketing=self.marketing.isChecked(), data_processing=self.data_processing.isChecked())

    def _edited(self, key: str) -> None:
        set_inline_error(self.errors[key], None)
        self.edited.emit()
