"""The Gift cards & charity tab: the charities members can give points to, at what rate,
and the rules for the shop's gift cards. Saved into the draft with the other tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.charity import Charity
from loyalty_pos.domain.errors import LoyaltyError, ValidationError
from loyalty_pos.domain.gift_cards import GiftCardSettings
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.program import Program
from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, set_inline_error
from loyalty_pos.gui.widgets.fkey_button import FKeyButton
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.money_edit import MoneyEdit, amount_text, parse_typed

_NAME, _POINTS, _VALUE, _ACTIVE = range(4)


class GivingPage(QWidget):
    edited = Signal()

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.ids: list[str] = []  # each row's charity id ("" for a row added here)
        charities = QGroupBox(self.tr("Charities"), self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("charitiesTable")
        self.table.setAccessibleName(self.tr("Charities"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Points"),
                                              self.tr("give ({currency})").format(currency=currency),
                                              self.tr("Offered")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self._changed())
        self.add_button = FKeyButton("Ctrl+N", self.tr("Add a charity"), self)
        self.add_button.clicked.connect(self.add_charity)
        table_label = QLabel(self.tr("&Charities: a row says how many points give how much money. Untick "
                                     "\"Offered\" to stop offering one; its donations stay in the reports."),
                             self, buddy=self.table)
        table_label.setWordWrap(True)
        box = QVBoxLayout(charities)
        box.addWidget(table_label)
        box.addWidget(self.table)
        box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

        cards = QGroupBox(self.tr("Gift cards"), self)
        # The words in a label that wraps: a checkbox's own text never does, and at a large
        # text size it pushed the page wider than the back office.
        self.sell = QCheckBox(self)
        self.sell.setAccessibleName(self.tr("Sell gift cards and take them as payment"))
        sell_label = QLabel(self.tr("&Sell gift cards and take them as payment"), self, buddy=self.sell)
        sell_label.setWordWrap(True)
        self.max_load = MoneyEdit(currency, self)
        self.max_load.setAccessibleName(self.tr("Most put on a card at once"))
        self.offline_cap = MoneyEdit(currency, self)
        self.offline_cap.setAccessibleName(self.tr("Most a card pays a day on a till that has not synced"))
        self.offline_cap.setPlaceholderText(self.tr("no limit"))
        form = QFormLayout(cards)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        sell_row = QHBoxLayout()
        sell_row.addWidget(self.sell)
        sell_row.addWidget(sell_label, 1)
        form.addRow(sell_row)
        for text, field in ((self.tr("&Most put on a card at once"), self.max_load),
                            (self.tr("Most a card pays a day on a till that has not &synced (empty: no limit)"),
                             self.offline_cap)):
            label = QLabel(text, self, buddy=field)
            label.setWordWrap(True)
            form.addRow(label, field)
        note = QLabel(self.tr("The till is not the shop's register: the money taken for a card is also keyed into "
                              "the register. A card's money is paid back to it when a sale it paid is returned."), self)
        note.setWordWrap(True)
        note.setProperty("muted", True)
        form.addRow(note)
        for widget in (self.max_load, self.offline_cap):
            widget.textEdited.connect(lambda _text: self._changed())
        self.sell.toggled.connect(lambda _on: self._changed())
        self.error = inline_error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(charities, 1)
        layout.addWidget(cards)
        layout.addWidget(self.error)

    @property
    def first_field(self) -> QWidget:
        return self.table

    def _changed(self) -> None:
        set_inline_error(self.error, None)
        self.edited.emit()

    def _row(self, name: str, points: int, value_minor: int, active: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, _NAME, QTableWidgetItem(name))
        self.table.setItem(row, _POINTS, QTableWidgetItem(str(points)))
        self.table.setItem(row, _VALUE, QTableWidgetItem(amount_text(value_minor, self.currency)))
        offered = QTableWidgetItem()
        offered.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        offered.setCheckState(Qt.CheckState.Checked if active else Qt.CheckState.Unchecked)
        self.table.setItem(row, _ACTIVE, offered)

    def add_charity(self) -> None:
        self.ids.append("")
        self._row("", 100, Money(100, self.currency).minor, True)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, _NAME)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.editItem(self.table.item(row, _NAME))
        self._changed()

    def load(self, program: Program) -> None:
        blocked = [w.blockSignals(True) for w in (self.table, self.max_load, self.offline_cap, self.sell)]
        self.table.setRowCount(0)
        self.ids = [charity.id for charity in program.charities]
        for charity in program.charities:
            self._row(charity.name, charity.points_per_value, charity.value_minor, charity.active)
        rules = program.gift_card_rules
        self.sell.setChecked(rules.enabled)
        self.max_load.set_minor(rules.max_load_minor)
        if rules.offline_spend_cap_minor is None:
            self.offline_cap.clear()
        else:
            self.offline_cap.set_minor(rules.offline_spend_cap_minor)
        for widget, was in zip((self.table, self.max_load, self.offline_cap, self.sell), blocked, strict=True):
            widget.blockSignals(was)
        set_inline_error(self.error, None)

    def collect(self) -> tuple[tuple[Charity, ...], GiftCardSettings] | None:
        """The tab's charities and gift-card rules, or None with the problem shown under the tab."""
        try:
            charities = []
            for row, charity_id in enumerate(self.ids):
                points_text = self.table.item(row, _POINTS).text().strip()
                if not points_text.isdigit():
                    raise ValidationError(code="bad_charity_rate",
                                          template="A charity's rate is money above 0 for points above 0")
                value = parse_typed(self.table.item(row, _VALUE).text(), self.currency).minor
                charities.append(Charity(charity_id, self.table.item(row, _NAME).text().strip(), int(points_text),
                                         value, self.table.item(row, _ACTIVE).checkState() == Qt.CheckState.Checked))
            cap = self.offline_cap.minor() if self.offline_cap.text().strip() else None
            rules = GiftCardSettings(enabled=self.sell.isChecked(), offline_spend_cap_minor=cap,
                                     max_load_minor=self.max_load.minor())
        except LoyaltyError as error:
            self.show_error(error)
            return None
        return tuple(charities), rules

    def show_error(self, error: LoyaltyError) -> bool:
        if not error.code.startswith(("bad_charity", "duplicate_charity", "bad_gift_card", "bad_amount",
                                      "amount_", "negative_amount")):
            return False
        set_inline_error(self.error, error_text(error))
        return True

    def has_errors(self) -> bool:
        return self.error.isVisibleTo(self)
