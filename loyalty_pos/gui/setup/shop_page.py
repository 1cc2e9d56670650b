"""Page 1: the shop's name (printed on receipts and member cards) and its address."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from loyalty_pos.domain.shop_profile import MAX_ADDRESS_LINE, MAX_NAME
from loyalty_pos.gui.setup.draft import SetupDraft
from loyalty_pos.gui.setup.page import SetupPage


translate = QCoreApplication.translate


class ShopPage(SetupPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("setup", "Your shop"),
            translate("setup", "Welcome to loyalty-pos. Seven short steps set up your shop; nothing is stored "
                               "until the last one. First: the name customers see on receipts and member cards, "
                               "and the shop's address."),
            parent,
        )
        self.name = self._line("shopName", MAX_NAME, self.tr("e.g. Kopi Kita"))
        self.street = self._line("street", MAX_ADDRESS_LINE, self.tr("Street and number"))
        self.town = self._line("town", MAX_ADDRESS_LINE, self.tr("Postcode and town"))
        self.add_field("name", self.tr("&Shop name"), self.name)
        self.add_field("address", self.tr("&Address (optional)"), self.street)
        self.chain(self.town)
        self.form.addRow("", self.town)
        self.town.setAccessibleName(self.tr("Postcode and town"))
        for edit, key in ((self.name, "name"), (self.street, "address"), (self.town, "address")):
            edit.textEdited.connect(self.edited)
            edit.editingFinished.connect(lambda key=key: self.field_left.emit(key))

    def _line(self, name: str, limit: int, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(limit + 20)  # a few over, so the limit is explained rather than typed into a wall
        edit.setPlaceholderText(placeholder)
        return edit

    def read_into(self, draft: SetupDraft) -> None:
        draft.name = self.name.text()
        draft.address = tuple(line for line in (self.street.text(), self.town.text()) if line.strip())
