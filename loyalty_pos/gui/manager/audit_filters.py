"""The audit log's filter row: person, action, a range of the shop's days, a key to find.

Every change narrows the log after a short pause, so stepping through dates or
typing a member number does not run a query per key; Enter in the key box runs it
at once. An open end of the date range reads "Any".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from loyalty_pos.gui.models.audit_model import action_text
from loyalty_pos.gui.widgets.day_edit import DayEdit
from loyalty_pos.gui.widgets.dialog_parts import ENTER_KEYS
from loyalty_pos.services.shop.audit_log import AuditChoices, AuditQuery

_PAUSE_MS = 300
_NO_DAY = QDate(2000, 1, 1)  # below any audit entry: the spin box shows "Any" there


class OptionalDayEdit(DayEdit):
    """A day or "Any". From "Any", ↑/↓ start at the shop's today; Delete goes back to "Any"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = QDate.currentDate()
        self.setMinimumDate(_NO_DAY)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setSpecialValueText(self.tr("Any"))
        self.setDate(_NO_DAY)
        self.setToolTip(self.tr("↑↓ change the day; Delete: any day"))

    def day(self) -> date | None:
        return None if self.date() == _NO_DAY else self.date().toPython()

    def clear_day(self) -> None:
        self.setDate(_NO_DAY)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt API
        if self.date() == _NO_DAY:
            self.setDate(self.today)
            self.setCurrentSection(QDateEdit.Section.DaySection)  # the next ↑↓ moves a day, not a year
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Delete and self.date() != _NO_DAY:
            self.clear_day()
            event.accept()
            return
        super().keyPressEvent(event)


class AuditFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Person"))
        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("Action"))
        self.first_day = OptionalDayEdit(self)
        self.first_day.setAccessibleName(self.tr("From day"))
        self.last_day = OptionalDayEdit(self)
        self.last_day.setAccessibleName(self.tr("To day"))
        self.key = QLineEdit(self)
        self.key.setClearButtonEnabled(True)
        self.key.setAccessibleName(self.tr("Key"))
        self.key.setPlaceholderText(self.tr("member, receipt, user…"))
        height = self.key.sizeHint().height()
        for widget in (self.person, self.action, self.first_day, self.last_day):
            widget.setMinimumHeight(height)
        for day in (self.first_day, self.last_day):  # a date is ten characters wide, never more
            day.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for combo in (self.person, self.action):  # long names elide rather than push the key box out
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
        self._fill(self.person, self.tr("Everyone"), [])
        self._fill(self.action, self.tr("All actions"), [])

        # The widest label, in a column the key box shares with four others: it may take a
        # second line (in Chinese or Norwegian at 1024x768) rather than lose its shortcut.
        key_label = QLabel(self.tr("&Key (Ctrl+F)"), self, buddy=self.key)
        key_label.setWordWrap(True)
        self._cells = [(QLabel(text, self, buddy=field), field) for text, field in (
            (self.tr("&Person"), self.person), (self.tr("A&ction"), self.action),
            (self.tr("F&rom"), self.first_day), (self.tr("T&o"), self.last_day))] + [(key_label, self.key)]
        # Room to type a receipt number or a name, before the columns share what is left.
        self._key_room = self.key.fontMetrics().horizontalAdvance("R01-000123 x")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(6)
        self._shape: list[int] = []
        self._place(self._arrangements()[0])

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(_PAUSE_MS)
        self._pause.timeout.connect(self.changed)
        self.person.currentIndexChanged.connect(self._pause.start)
        self.action.currentIndexChanged.connect(self._pause.start)
        self.first_day.dateChanged.connect(self._pause.start)
        self.last_day.dateChanged.connect(self._pause.start)
        self.key.textChanged.connect(self._pause.start)
        self.key.installEventFilter(self)

    def _row_width(self, cells: list[tuple[QLabel, QWidget]]) -> int:
        widths = [max(field.minimumSizeHint().width(), label.minimumSizeHint().width()) for label, field in cells]
        if any(field is self.key for _label, field in cells):
            widths[-1] = max(widths[-1], self._key_room)
        return sum(widths) + self._grid.horizontalSpacing() * (len(cells) - 1)

    def _arrangements(self) -> list[list[list[tuple[QLabel, QWidget]]]]:
        """All five in one row; else the person and action over the days and the key; else
        (a language whose "any day" is long) the days over the key."""
        cells = self._cells
        return [[cells], [cells[:2], cells[2:]], [cells[:2], cells[2:4], cells[4:]]]

    def _place(self, rows: list[list[tuple[QLabel, QWidget]]]) -> None:
        """The filters in ``rows``, so that no box is pushed out of the section at a large
        text size or on a narrow window."""
        shape = [len(row) for row in rows]
        if shape == self._shape:
            return
        self._shape = shape
        for label, field in self._cells:
            self._grid.removeWidget(label)
            self._grid.removeWidget(field)
        for row, cells in enumerate(rows):
            for column, (label, field) in enumerate(cells):
                self._grid.addWidget(label, 2 * row, column, Qt.AlignmentFlag.AlignBottom)
                self._grid.addWidget(field, 2 * row + 1, column)
        for column in range(5):
            self._grid.setColumnMinimumWidth(column, 0)
            self._grid.setColumnStretch(column, 0)
        # Two lines only where the key shares a row with four others; on a row of its own,
        # one (a grid row takes a bottom-aligned label's one-line height).
        self._cells[-1][0].setWordWrap(len(rows) == 1)
        key_column = len(rows[-1]) - 1
        self._grid.setColumnMinimumWidth(key_column, self._key_room)
        stretches = {0: 2, 1: 3, 4: 5} if len(rows) == 1 else {0: 1, 1: 1, 2: 2}
        for column, stretch in stretches.items():
            self._grid.setColumnStretch(column, stretch)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as the narrowest arrangement (the grid's own minimum holds the one it has)."""
        narrowest = max(self._row_width(row) for row in self._arrangements()[-1])
        return QSize(narrowest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        arrangements = self._arrangements()
        fitting = [rows for rows in arrangements
                   if max(self._row_width(row) for row in rows) <= self.width()]
        self._place(fitting[0] if fitting else arrangements[-1])

    def query(self) -> AuditQuery:
        return AuditQuery(actor=self.person.currentData(), action=self.action.currentData(),
                          first_day=self.first_day.day(), last_day=self.last_day.day(), key_text=self.key.text())

    def set_choices(self, choices: AuditChoices) -> None:
        """New people and actions appear; what the manager picked stays picked."""
        self.first_day.today = self.last_day.today = QDate(choices.today)
        for combo, everything, values, label in ((self.person, self.tr("Everyone"), choices.actors, str),
                                                 (self.action, self.tr("All actions"), choices.actions, action_text)):
            picked = combo.currentData()
            combo.blockSignals(True)
            self._fill(combo, everything, [(label(value), value) for value in values])
            index = combo.findData(picked)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def clear(self) -> None:
        for combo in (self.person, self.action):
            combo.setCurrentIndex(0)
        self.first_day.clear_day()
        self.last_day.clear_day()
        self.key.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.key and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in ENTER_KEYS:
                self._pause.stop()
                self.changed.emit()
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        combo.clear()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
