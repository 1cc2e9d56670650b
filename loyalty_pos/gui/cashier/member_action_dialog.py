"""Ctrl+E: record what the member on the till did (a review, the newsletter ...) for points.

The list shows each running action with its points and what is left of the member's
limit, so a used-up action says so before the cashier picks it; the service still
refuses it with the reason if another till used it meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from loyalty_pos.gui.widgets.dialog_parts import ENTER_KEYS, key_button
from loyalty_pos.gui.widgets.locale_text import points_text
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.members.member_actions import ActionChoice, ActionChoices


class MemberActionDialog(QDialog):
    chosen = Signal(str)  # the campaign id of the action picked

    def __init__(self, choices: ActionChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberActionDialog")
        self.setWindowTitle(self.tr("Member action"))
        self.setModal(True)
        self._picked = False
        title = QLabel(self.tr("What did {name} do?").format(name=choices.member_name), self)
        title.setFont(scaled_font(self.font(), 130, bold=True))
        title.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("actionChoices")
        self.list.setAccessibleName(self.tr("Actions"))
        for choice in choices.choices:
            item = QListWidgetItem(self.choice_text(choice), self.list)
            item.setData(Qt.ItemDataRole.UserRole, choice.campaign_id)
            if choice.left == 0:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.empty = QLabel(self.tr("No action campaign is running for this member. A manager adds them in the "
                                    "back office under Campaigns."), self)
        self.empty.setWordWrap(True)
        self.empty.setVisible(not choices.choices)
        self.list.setVisible(bool(choices.choices))
        self.list.itemActivated.connect(lambda _item: self.pick())
        first = next((row for row in range(self.list.count())
                      if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled), None)
        if first is not None:
            self.list.setCurrentRow(first)
        self.pick_button = key_button(self.tr("Enter"), self.tr("Give the points"), self, role="primary")
        self.pick_button.clicked.connect(self.pick)
        self.pick_button.setEnabled(first is not None)
        cancel = key_button(self.tr("Esc"), self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.pick_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        # Wide enough for the longest line whole ("... (1 of 1 left this month)"), within a 1024-pixel till.
        widest = self.list.sizeHintForColumn(0) if self.list.count() else 0
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.resize(min(1000, max(520, widest + 80)), 360)
        self.list.setFocus()

    def choice_text(self, choice: ActionChoice) -> str:
        points = self.tr("+{points} points").format(points=points_text(choice.points))
        if choice.limit is None:
            return f"{choice.name} — {points}"
        left = {
            "": self.tr("{left} of {limit} left"),
            "day": self.tr("{left} of {limit} left today"),
            "week": self.tr("{left} of {limit} left this week"),
            "month": self.tr("{left} of {limit} left this month"),
            "year": self.tr("{left} of {limit} left this year"),
        }[choice.period].format(left=choice.left, limit=choice.limit)
        return f"{choice.name} — {points} ({left})"

    def pick(self) -> None:
        item = self.list.currentItem()
        # Enter reaches both the list (itemActivated) and the dialog: one press gives the points once.
        if self._picked or item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self._picked = True
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in ENTER_KEYS:
            self.pick()
            return
        super().keyPressEvent(event)
