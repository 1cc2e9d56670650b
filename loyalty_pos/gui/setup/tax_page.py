"""Page 4: whether the shop's shelf prices include tax (VAT/GST) or are before tax, and
whether the till rings up baskets or records what the shop's own cash register took.

The starter program counts points on the price as written either way; the mode
tells the till how to convert when a manager later bases points on the other one.
The till mode sits here because both answer how the shop prices and takes its sales.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QWidget

from loyalty_pos.domain.till_mode import TillMode
from loyalty_pos.gui.setup.draft import SetupDraft
from loyalty_pos.gui.setup.page import SetupPage

translate = QCoreApplication.translate


class TaxPage(SetupPage):
    def __init__(self, draft: SetupDraft, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("setup", "Prices and tax"),
            translate("setup", "How are the prices on your shelves and in your price list written?"),
            parent,
        )
        self.included = QRadioButton(self.tr("Prices &include tax (VAT, GST): the shelf price is what the "
                                             "customer pays"), self)
        self.included.setObjectName("taxIncluded")
        self.excluded = QRadioButton(self.tr("Prices &exclude tax: the price list is before VAT, GST or sales tax"),
                                     self)
        self.excluded.setObjectName("taxExcluded")
        group = QButtonGroup(self)
        for index, button in enumerate((self.included, self.excluded)):
            group.addButton(button, index)
            self.layout_.insertWidget(self.layout_.count() - 1, button)
            self.chain(button)
        note = QLabel(self.tr("Most shops in Europe and Asia price with tax included; many in the United States "
                              "price before tax. Points are counted on the price as written; a manager can base "
                              "them on the price with or without tax later, under Earning rules."), self)
        note.setWordWrap(True)
        note.setProperty("muted", True)
        self.layout_.insertWidget(self.layout_.count() - 1, note)
        (self.included if draft.prices_include_tax else self.excluded).setChecked(True)
        group.idToggled.connect(lambda _id, _on: self.edited.emit())
        question = QLabel(self.tr("And who rings the sale up?"), self)
        question.setObjectName("tillModeQuestion")
        self.layout_.insertWidget(self.layout_.count() - 1, question)
        self.basket = QRadioButton(self.tr("Ring up &baskets here: scan products, the till prices the sale"), self)
        self.basket.setObjectName("tillBasket")
        self.amount = QRadioButton(self.tr("Keep my own cash &register: the till records each sale's amount "
                                           "for points"), self)
        self.amount.setObjectName("tillAmount")
        modes = QButtonGroup(self)
        for index, button in enumerate((self.basket, self.amount)):
            modes.addButton(button, index)
            self.layout_.insertWidget(self.layout_.count() - 1, button)
            self.chain(button)
        (self.amount if draft.till_mode is TillMode.AMOUNT else self.basket).setChecked(True)
        modes.idToggled.connect(lambda _id, _on: self.edited.emit())

    def first_field(self) -> QWidget:
        return self.included if self.included.isChecked() else self.excluded

    def read_into(self, draft: SetupDraft) -> None:
        draft.prices_include_tax = self.included.isChecked()
        draft.till_mode = TillMode.AMOUNT if self.amount.isChecked() else TillMode.BASKET
