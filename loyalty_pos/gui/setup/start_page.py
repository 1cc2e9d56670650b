"""The first page when the till can reach a chain: create a new shop, or join a chain
whose head office already set the shop up (its profile, staff, program and catalog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from loyalty_pos.gui.setup.draft import SetupDraft
from loyalty_pos.gui.setup.page import SetupPage

translate = QCoreApplication.translate


class StartPage(SetupPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("setup", "Welcome"),
            translate("setup", "Is this till a new shop, or one more till of a chain whose head office is already "
                               "set up?"),
            parent,
        )
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.group = QButtonGroup(self)
        self.create = QRadioButton(self.tr("&Create a new shop"), box)
        self.create.setObjectName("startCreate")
        self.join = QRadioButton(self.tr("&Join a chain"), box)
        self.join.setObjectName("startJoin")
        notes = (self.tr("Seven short steps: the shop's name, region, tax, first manager and a loyalty program."),
                 self.tr("The chain server's address and an enrolment code from head office; the shop, its staff, "
                         "card keys, program, products and members come from the chain."))
        for index, (button, note) in enumerate(zip((self.create, self.join), notes, strict=True)):
            label = QLabel(note, box)
            label.setWordWrap(True)
            label.setProperty("muted", True)
            label.setContentsMargins(28, 0, 0, 8)
            column.addWidget(button)
            column.addWidget(label)
            self.group.addButton(button, index)
            self.chain(button)
        self.create.setChecked(True)
        self.layout_.insertWidget(self.layout_.indexOf(self.intro) + 1, box)

    @property
    def joining(self) -> bool:
        return self.join.isChecked()

    def first_field(self) -> QWidget:
        return self.join if self.joining else self.create

    def read_into(self, draft: SetupDraft) -> None:
        """Nothing of the new shop is chosen here."""
