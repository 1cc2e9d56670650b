"""The Challenges & badges tab: challenges ("buy 5 coffees a month", "visit 3 weeks in a
row"), badges (first purchase, 10 visits, 5 categories tried) and paid memberships (a
yearly fee for a tier), three short tables edited in place like the Tiers tab.

A kind, a period or a tier is picked from a list (F2 or typing opens it); categories and
product codes are typed in one column, separated by commas (the save tells them apart). Ctrl+Ins adds a row and Ctrl+Del removes one in
the table last worked in; Ctrl+T writes the selected row's name in the till's other languages. Saved to the draft with the other rules (Ctrl+S).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.badges import Badge, BadgeKind
from loyalty_pos.domain.challenges import Challenge, ChallengeKind
from loyalty_pos.domain.counting import Period
from loyalty_pos.domain.errors import LoyaltyError, ValidationError
from loyalty_pos.domain.paid_membership import PaidTier
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.slugs import unique_slug
from loyalty_pos.gui.manager.rules.table_parts import (
    add_row,
    cell_text,
    check_item,
    edit_table,
    is_checked,
    number_item,
    whole_number,
)
from loyalty_pos.gui.widgets.action_bar import ActionBar
from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, set_inline_error
from loyalty_pos.gui.widgets.fkey_button import FKeyButton
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.money_edit import amount_text, parse_typed

Counting = tuple[tuple[Challenge, ...], tuple[Badge, ...], tuple[PaidTier, ...]]
_ID = Qt.ItemDataRole.UserRole + 1  # a row's id, kept on its name cell so a rename keeps the id
_VALUE = Qt.ItemDataRole.UserRole  # a choice cell's value
_NAMES = Qt.ItemDataRole.UserRole + 2  # a row's names in other languages, kept on its name cell


class ChoiceDelegate(QStyledItemDelegate):
    """A cell picked from a list: the cell shows the label, keeps the value."""

    def __init__(self, choices: Callable[[], Sequence[tuple[str, object]]], parent: QObject) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self.choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(_VALUE))
        editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 - Qt API
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())
        model.setData(index, editor.currentData(), _VALUE)


def _choice(label: str, value: object) -> QTableWidgetItem:
    item = QTableWidgetItem(label)
    item.setData(_VALUE, value)
    return item


def _named(name: str, item_id: str, names: Mapping[str, str] | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(name)
    item.setData(_ID, item_id)
    item.setData(_NAMES, dict(names or {}))
    _show_names(item, dict(names or {}))
    return item


def _show_names(item: QTableWidgetItem, names: Mapping[str, str]) -> None:
    # The table has no room for a column per language: the name's tooltip lists them.
    item.setToolTip(" · ".join(f"{tag}: {text}" for tag, text in names.items()))


def _local_names(table: QTableWidget, row: int) -> dict[str, str]:
    names = table.item(row, 0).data(_NAMES)
    return {str(tag): str(text) for tag, text in names.items()} if isinstance(names, dict) else {}


def _names(text: str) -> frozenset[str]:
    return frozenset(part.strip() for part in text.split(",") if part.strip())


class CountingPage(QWidget):
    edited = Signal()

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.tier_choices: list[tuple[str, object]] = []
        # Values as plain text: a Python enum does not survive the trip through a cell's QVariant.
        self.challenge_kinds = [(self.tr("Buys per period"), ChallengeKind.COUNT.value),
                                (self.tr("Visits in a row"), ChallengeKind.STREAK.value)]
        self.periods = [(self.tr("week"), Period.WEEK.value), (self.tr("month"), Period.MONTH.value),
                        (self.tr("year"), Period.YEAR.value)]
        self.badge_kinds = [(self.tr("Visits"), BadgeKind.VISITS.value),
                            (self.tr("Categories tried"), BadgeKind.CATEGORIES.value)]

        # One column names what counts, categories and product codes alike (the save tells them
        # apart by the catalogue): two columns did not fit a 1024 px back office.
        self.challenges = edit_table([self.tr("Name"), self.tr("Kind"), self.tr("Target"), self.tr("Period"),
                                      self.tr("Counts"), self.tr("Points"), self.tr("On")], self, stretch=4)
        self.challenges.horizontalHeaderItem(4).setToolTip(self.tr("Categories or product codes, separated by "
                                                                   "commas; empty: every purchase"))
        self.challenges.setObjectName("challengesTable")
        # The name keeps a readable width; the categories take what is left at 1024 px.
        self.challenges.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.challenges.setColumnWidth(0, 170)
        self.challenges.setItemDelegateForColumn(1, ChoiceDelegate(lambda: self.challenge_kinds, self))
        self.challenges.setItemDelegateForColumn(3, ChoiceDelegate(lambda: self.periods, self))
        self.badges = edit_table([self.tr("Name"), self.tr("Counts"), self.tr("Threshold"), self.tr("On")], self)
        self.badges.setObjectName("badgesTable")
        self.badges.setItemDelegateForColumn(1, ChoiceDelegate(lambda: self.badge_kinds, self))
        self.paid = edit_table([self.tr("Name"), self.tr("Tier"), self.tr("Fee ({currency})").format(currency=currency),
                                self.tr("Months"), self.tr("On sale")], self)
        self.paid.setObjectName("paidTiersTable")
        self.paid.setItemDelegateForColumn(1, ChoiceDelegate(lambda: self.tier_choices, self))
        self.error = inline_error_label(self)
        self.names_dialog: QWidget | None = None
        self.last_table: QTableWidget = self.challenges
        self.add_button = FKeyButton("Ctrl+Ins", self.tr("Add row"), self)
        self.remove_button = FKeyButton("Ctrl+Del", self.tr("Remove row"), self)
        self.names_button = FKeyButton("Ctrl+T", self.tr("Names in other languages…"), self)
        self.names_button.setAccessibleName(self.tr("Names in other languages of the selected row"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.names_button.clicked.connect(self.edit_names)
        explain = QLabel(self.tr("A challenge pays its bonus points once per period (or each time the visits in a "
                                 "row reach the target); badges are awarded once; a paid membership puts the "
                                 "member in its tier and the yearly review leaves them there until it ends. The "
                                 "fee is taken on the shop's register."), self)
        explain.setWordWrap(True)
        explain.setProperty("muted", True)
        buttons = ActionBar(self)
        buttons.add(self.add_button)
        buttons.add(self.remove_button)
        buttons.add(self.names_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        for text, table in ((self.tr("&Challenges"), self.challenges), (self.tr("Ba&dges"), self.badges),
                            (self.tr("Paid &memberships"), self.paid)):
            layout.addWidget(QLabel(text, self, buddy=table))
            layout.addWidget(table, 1)
            table.setAccessibleName(text.replace("&", ""))
            table.itemChanged.connect(self.edited)
            table.installEventFilter(self)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @property
    def first_field(self) -> QWidget:
        return self.challenges

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QTableWidget):
            self.last_table = watched
        return super().eventFilter(watched, event)

    # -- filling -------------------------------------------------------------------
    def load(self, program: Program) -> None:
        self.tier_choices = [(tier.name, tier.code) for tier in program.tiers.tiers]
        for table in (self.challenges, self.badges, self.paid):
            table.blockSignals(True)
            table.setRowCount(0)
        for c in program.challenges:
            self._challenge_row(c.id, c.name, c.kind, str(c.target), c.period,
                                ", ".join([*sorted(c.categories), *sorted(c.products)]), str(c.bonus_points), c.active,
                                c.names)
        for b in program.badges:
            self._badge_row(b.id, b.name, b.kind, str(b.threshold), b.active, b.names)
        for p in program.paid_tiers:
            self._paid_row(p.id, p.name, p.tier_code, amount_text(p.fee_minor, self.currency), str(p.months), p.active,
                           p.names)
        for table in (self.challenges, self.badges, self.paid):
            table.blockSignals(False)
        set_inline_error(self.error, None)

    def _label(self, choices: Sequence[tuple[str, object]], value: object) -> str:
        return next((label for label, choice in choices if choice == value), str(value))

    def _challenge_row(self, item_id: str, name: str, kind: ChallengeKind, target: str, period: Period,
                       counts: str, bonus: str, active: bool, names: Mapping[str, str] | None = None) -> None:
        add_row(self.challenges, [_named(name, item_id, names),
                                  _choice(self._label(self.challenge_kinds, kind.value), kind.value),
                                  number_item(target), _choice(self._label(self.periods, period.value), period.value),
                                  QTableWidgetItem(counts), number_item(bonus),
                                  check_item(active, "")])

    def _badge_row(self, item_id: str, name: str, kind: BadgeKind, threshold: str, active: bool,
                   names: Mapping[str, str] | None = None) -> None:
        add_row(self.badges, [_named(name, item_id, names), _choice(self._label(self.badge_kinds, kind.value), kind.value),
                              number_item(threshold), check_item(active, "")])

    def _paid_row(self, item_id: str, name: str, tier_code: str, fee: str, months: str, active: bool,
                  names: Mapping[str, str] | None = None) -> None:
        add_row(self.paid, [_named(name, item_id, names), _choice(self._label(self.tier_choices, tier_code), tier_code),
                            number_item(fee), number_item(months), check_item(active, "")])

    # -- row actions ---------------------------------------------------------------
    def add_row(self) -> None:
        table = self.last_table
        if table is self.challenges:
            self._challenge_row("", "", ChallengeKind.COUNT, "5", Period.MONTH, "", "50", True)
        elif table is self.badges:
            self._badge_row("", "", BadgeKind.VISITS, "10", True)
        else:
            top = self.tier_choices[-1][1] if self.tier_choices else ""
            self._paid_row("", "", str(top), "", "12", True)
        row = table.rowCount() - 1
        table.setCurrentCell(row, 0)
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        table.editItem(table.item(row, 0))
        self.edited.emit()

    def edit_names(self) -> None:
        """The selected row's name in the till's other languages, in a dialog over the tab."""
        from loyalty_pos.gui.manager.rules.row_names_dialog import RowNamesDialog

        table = self.last_table
        row = table.currentRow()
        if row < 0 or table.item(row, 0) is None:
            set_inline_error(self.error, self.tr("Pick a row first: its names in other languages are edited."))
            return
        dialog = RowNamesDialog(cell_text(table, row, 0), _local_names(table, row), self)
        self.names_dialog = dialog  # for tests and the accessibility checks
        dialog.accepted.connect(lambda: self._names_chosen(table, row, dialog.value()))
        # Back to the row, once the dialog has let go of the focus (Esc too).
        dialog.finished.connect(lambda _result: self._back_to(table))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _back_to(self, table: QTableWidget) -> None:
        table.window().activateWindow()
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _names_chosen(self, table: QTableWidget, row: int, names: dict[str, str]) -> None:
        if row < table.rowCount() and table.item(row, 0) is not None:
            table.item(row, 0).setData(_NAMES, names)
            _show_names(table.item(row, 0), names)
            self.edited.emit()

    def remove_row(self) -> None:
        table = self.last_table
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self.edited.emit()

    # -- reading back ----------------------------------------------------------------
    def _value(self, table: QTableWidget, row: int, column: int, choices: Sequence[tuple[str, object]]) -> str:
        """A picked cell's value, found by the label it shows (each list's labels differ)."""
        text = cell_text(table, row, column)
        found = next((value for label, value in choices if label == text), table.item(row, column).data(_VALUE))
        return str(found)

    def _number(self, table: QTableWidget, row: int, column: int, what: str) -> int:
        value = whole_number(cell_text(table, row, column))
        if value is None:
            name = cell_text(table, row, 0) or self.tr("row {row}").format(row=row + 1)
            raise ValidationError(code="bad_number", detail=self.tr("{name}: {what} is a whole number.").format(
                name=name, what=what))
        return value

    def _ids(self, table: QTableWidget, fallback: str) -> list[str]:
        kept = {str(table.item(row, 0).data(_ID)) for row in range(table.rowCount()) if table.item(row, 0).data(_ID)}
        ids = []
        for row in range(table.rowCount()):
            item_id = table.item(row, 0).data(_ID)
            if not item_id:  # a new row: an id from its name, the first time it is saved
                item_id = unique_slug(cell_text(table, row, 0), kept | set(ids), fallback=fallback)
            ids.append(str(item_id))
        return ids

    def collect(self) -> Counting | None:
        set_inline_error(self.error, None)
        try:
            challenges = tuple(
                Challenge(item_id, cell_text(self.challenges, row, 0),
                          ChallengeKind(self._value(self.challenges, row, 1, self.challenge_kinds)),
                          self._number(self.challenges, row, 2, self.tr("the target")),
                          Period(self._value(self.challenges, row, 3, self.periods)),
                          frozenset(), _names(cell_text(self.challenges, row, 4)),
                          self._number(self.challenges, row, 5, self.tr("the bonus points")),
                          is_checked(self.challenges, row, 6), _local_names(self.challenges, row))
                for row, item_id in enumerate(self._ids(self.challenges, "challenge")))
            badges = tuple(
                Badge(item_id, cell_text(self.badges, row, 0), BadgeKind(self._value(self.badges, row, 1, self.badge_kinds)),
                      self._number(self.badges, row, 2, self.tr("the threshold")), is_checked(self.badges, row, 3),
                      _local_names(self.badges, row))
                for row, item_id in enumerate(self._ids(self.badges, "badge")))
            paid = tuple(
                PaidTier(item_id, cell_text(self.paid, row, 0), self._value(self.paid, row, 1, self.tier_choices),
                         parse_typed(cell_text(self.paid, row, 2), self.currency).minor,
                         self._number(self.paid, row, 3, self.tr("the months")), is_checked(self.paid, row, 4),
                         _local_names(self.paid, row))
                for row, item_id in enumerate(self._ids(self.paid, "membership")))
        except LoyaltyError as error:
            self.show_error(error)
            return None
        return challenges, badges, paid

    def show_error(self, error: LoyaltyError) -> bool:
        if error.code in ("bad_challenge", "bad_badge", "bad_paid_tier", "bad_number", "bad_amount", "amount_empty",
                          "unknown_counted", "unknown_tier", "duplicate_id"):
            set_inline_error(self.error, error_text(error))
            return True
        return False
