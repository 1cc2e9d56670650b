"""Page 6: the loyalty program to start with: simple points, points and tiers, or a stamp card.

Each choice says in the shop's own currency what a member gets, so the owner picks
by the numbers; everything can be edited later in the back office.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from loyalty_pos.domain.money import Money, currency_exponent
from loyalty_pos.domain.starter_programs import (
    MAX_ITEM_NAME,
    NO_STAMP_CATEGORY,
    STAMP_CATEGORY,
    STAMPS_FOR_A_FREE_ONE,
    STARTER_TITLES,
    Starter,
    everyday_amount,
)
from loyalty_pos.gui.setup.draft import SetupDraft
from loyalty_pos.gui.setup.page import SetupPage

translate = QCoreApplication.translate
_MNEMONICS = {Starter.SIMPLE: QT_TRANSLATE_NOOP("ProgramPage", "&Simple points"),
              Starter.TIERS: QT_TRANSLATE_NOOP("ProgramPage", "Points and &tiers"),
              Starter.STAMPS: QT_TRANSLATE_NOOP("ProgramPage", 'Stamp &card: "buy 9, the 10th free"')}


class ProgramPage(SetupPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("setup", "Loyalty program"),
            translate("setup", "A program to start with. Rewards, rules, tiers and campaigns can all be changed "
                               "later in the back office (Ctrl+Shift+B)."),
            parent,
        )
        assert set(_MNEMONICS) == set(STARTER_TITLES)
        self.choices: dict[Starter, QRadioButton] = {}
        self.descriptions: dict[Starter, QLabel] = {}
        self.group = QButtonGroup(self)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for index, starter in enumerate(Starter):
            button = QRadioButton(self.tr(_MNEMONICS[starter]), box)
            button.setObjectName(f"starter_{starter.value}")
            description = QLabel(box)
            description.setWordWrap(True)
            description.setProperty("muted", True)
            description.setContentsMargins(28, 0, 0, 6)
            column.addWidget(button)
            column.addWidget(description)
            self.group.addButton(button, index)
            self.choices[starter] = button
            self.descriptions[starter] = description
            self.chain(button)
        self.layout_.insertWidget(self.layout_.indexOf(self.intro) + 1, box)
        self.stamp_item = QLineEdit(self)
        self.stamp_item.setObjectName("stampItem")
        self.stamp_item.setMaxLength(MAX_ITEM_NAME + 20)
        self.stamp_item.setPlaceholderText(self.tr("e.g. Coffee"))
        self.stamp_price = QLineEdit(self)
        self.stamp_price.setObjectName("stampPrice")
        self.add_field("stamp_item", self.tr("&Item that earns a stamp"), self.stamp_item)
        self.add_field("stamp_price", self.tr("Its &price"), self.stamp_price)
        self.choices[Starter.SIMPLE].setChecked(True)
        self.group.idToggled.connect(lambda _id, _on: self._stamps_shown())
        self.group.idToggled.connect(lambda _id, _on: self.edited.emit())
        for edit, key in ((self.stamp_item, "stamp_item"), (self.stamp_price, "stamp_price")):
            edit.textEdited.connect(self.edited)
            edit.editingFinished.connect(lambda key=key: self.field_left.emit(key))
        self._stamps_shown()

    def chosen(self) -> Starter:
        return next(starter for starter, button in self.choices.items() if button.isChecked())

    def first_field(self) -> QWidget:
        return self.choices[self.chosen()]

    def _stamps_shown(self) -> None:
        stamps = self.chosen() is Starter.STAMPS
        for edit in (self.stamp_item, self.stamp_price):
            edit.setEnabled(stamps)

    def entered(self, draft: SetupDraft) -> None:
        unit = Money(everyday_amount(draft.currency), draft.currency).format()
        reward = Money(5 * everyday_amount(draft.currency), draft.currency).format()
        self.descriptions[Starter.SIMPLE].setText(self.tr(
            "1 point for every {unit} spent; 100 points take {reward} off a basket. Points expire 12 months "
            "after they were earned.").format(unit=unit, reward=reward))
        self.descriptions[Starter.TIERS].setText(self.tr(
            "The same points, plus Silver (25 % more points) and Gold (50 % more) for members whose spend over "
            "12 months reaches {silver} or {gold}.").format(
                silver=Money(500 * everyday_amount(draft.currency), draft.currency).format(),
                gold=Money(1_500 * everyday_amount(draft.currency), draft.currency).format()))
        self.descriptions[Starter.STAMPS].setText(self.tr(
            "A stamp for each item bought; {stamps} stamps make the next one free. The item is filed under "
            "\"{stamp_category}\"; file products that earn no stamps under \"{other}\".").format(
                stamps=STAMPS_FOR_A_FREE_ONE, stamp_category=STAMP_CATEGORY, other=NO_STAMP_CATEGORY))
        self.stamp_price.setPlaceholderText(self.tr("in {currency}, e.g. {example}").format(
            currency=draft.currency, example=_plain_amount(3 * everyday_amount(draft.currency), draft.currency)))

    def read_into(self, draft: SetupDraft) -> None:
        draft.starter = self.chosen()
        draft.stamp_item = self.stamp_item.text()
        draft.stamp_price = self.stamp_price.text()


def _plain_amount(minor: int, currency: str) -> str:
    """An amount as it is typed into a price field: "30.00", "30,000" is typed "30000"."""
    exponent = currency_exponent(currency)
    whole, fraction = divmod(minor, 10**exponent)
    return f"{whole}.{fraction:0{exponent}d}" if exponent else str(whole)
