"""Page 5: the first manager, who signs in after setup and adds the rest of the staff.

The user name follows the name typed above it until the person edits it; the
PIN is typed twice and checked as it is left, so a weak PIN is refused on the spot.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from loyalty_pos.domain.pins import MAX_LENGTH
from loyalty_pos.domain.usernames import suggest_username
from loyalty_pos.gui.setup.draft import SetupDraft
from loyalty_pos.gui.setup.page import SetupPage

translate = QCoreApplication.translate


class ManagerPage(SetupPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("setup", "The first manager"),
            translate("setup", "Probably you. The manager signs in with a PIN, adds cashiers and other managers, "
                               "and changes the loyalty program."),
            parent,
        )
        self.full_name = self._line("managerName", self.tr("e.g. Siti Rahayu"))
        self.username = self._line("managerUsername", self.tr("typed at sign-in"))
        self.pin = self._line("pin", self.tr("4 to 12 digits"))
        self.pin_again = self._line("pinAgain", self.tr("the same PIN"))
        for edit in (self.pin, self.pin_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(MAX_LENGTH)
        self.add_field("manager_name", self.tr("Your &name"), self.full_name)
        self.add_field("manager_username", self.tr("&User name"), self.username,
                       self.tr("Letters, digits, dots or underscores."))
        self.add_field("pin", self.tr("&PIN"), self.pin,
                       self.tr("Not one digit repeated (0000) and not a row like 1234 or 9876."))
        self.add_field("pin_again", self.tr("PIN a&gain"), self.pin_again)
        self._username_typed = False
        self.full_name.textEdited.connect(self._name_typed)
        self.username.textEdited.connect(lambda _text: setattr(self, "_username_typed", True))
        for edit, key in ((self.full_name, "manager_name"), (self.username, "manager_username"),
                          (self.pin, "pin"), (self.pin_again, "pin_again")):
            edit.textEdited.connect(self.edited)
            edit.editingFinished.connect(lambda key=key: self.field_left.emit(key))

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _name_typed(self, text: str) -> None:
        if not self._username_typed:
            self.username.setText(suggest_username(text) if text.strip() else "")

    def read_into(self, draft: SetupDraft) -> None:
        draft.manager_name = self.full_name.text()
        draft.manager_username = self.username.text()
        draft.pin = self.pin.text()
        draft.pin_again = self.pin_again.text()
