"""F4: pick a reward for this sale; "pay with points" asks how many points.

Rewards that cannot be redeemed now are listed too, with the reason, so the
cashier can answer "why can't I have the mug?" without calling a manager.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.gui.models.rewards_model import RewardColumn, RewardsModel, option_status
from loyalty_pos.gui.widgets.dialog_parts import ENTER_KEYS, inline_error_label, key_button, set_inline_error
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.sale.till import RewardOption


class RedeemDialog(QDialog):
    chosen = Signal(object)  # RedemptionRequest

    def __init__(
        self, options: Sequence[RewardOption], *, member_name: str, available_points: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("redeemDialog")
        self.setWindowTitle(self.tr("Redeem a reward"))
        self.setModal(True)
        self.available_points = available_points
        self._asking_points_for: RewardOption | None = None

        title = QLabel(self.tr("Redeem for {name}").format(name=member_name), self)
        title.setFont(scaled_font(self.font(), 130, bold=True))
        self.available = QLabel(self.tr("{points} points available").format(points=f"{available_points:,}"), self)
        self.available.setObjectName("availablePoints")
        self.model = RewardsModel(self)
        self.model.set_rows(options)
        self.table = QTableView(self)
        self.table.setObjectName("rewardChoices")
        self.table.setAccessibleName(self.tr("Rewards"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        # Names whole, the reason takes what is left (cut at its end, whole in the tooltip).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RewardColumn.STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.doubleClicked.connect(lambda _index: self.pick())
        if self.model.rowCount():
            self.table.selectRow(0)

        self.points_label = QLabel(self)
        self.points = QLineEdit(self)
        self.points.setObjectName("redeemPoints")
        self.points.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,9}"), self.points))
        self.points.setPlaceholderText(self.tr("Points to pay with"))
        self.points.textEdited.connect(lambda _text: set_inline_error(self.error, None))
        self.error = inline_error_label(self)
        self.error.setObjectName("redeemError")

        self.cancel_button = key_button(self.tr("Esc"), self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.back)
        self.ok_button = key_button(self.tr("Enter"), self.tr("Redeem"), self, role="primary")
        self.ok_button.clicked.connect(self.pick)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.available)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.points_label)
        layout.addWidget(self.points)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self._show_points_entry(None)
        self.table.setFocus()

    # -- keyboard -----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in ENTER_KEYS:
            event.accept()
            self.pick()
            return
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.back()
            return
        super().keyPressEvent(event)

    def back(self) -> None:
        """Esc leaves the points field first, then the dialog."""
        if self._asking_points_for is not None:
            self._show_points_entry(None)
            self.table.setFocus()
            return
        self.reject()

    # -- choosing ----------------------------------------------------------------
    def current_option(self) -> RewardOption | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def pick(self) -> None:
        if self._asking_points_for is not None:
            self._submit_points(self._asking_points_for)
            return
        option = self.current_option()
        if option is None:
            set_inline_error(self.error, self.tr("This member has no rewards to choose from."))
            return
        if not option.available:
            set_inline_error(self.error, self.tr("{name} is not available: {reason}")
                             .format(name=option.name, reason=option_status(option)))
            return
        if option.points_entered:
            self._show_points_entry(option)
            return
        self.chosen.emit(RedemptionRequest(option.reward_id))
        self.accept()

    def _show_points_entry(self, option: RewardOption | None) -> None:
        self._asking_points_for = option
        asking = option is not None
        self.points_label.setVisible(asking)
        self.points.setVisible(asking)
        set_inline_error(self.error, None)
        if option is None:
            return
        self.points_label.setText(self.tr("{name}: how many points? (at least {minimum}, {available} available)")
                                  .format(name=option.name, minimum=f"{option.points_cost:,}",
                                          available=f"{self.available_points:,}"))
        self.points.clear()
        self.points.setFocus()

    def _submit_points(self, option: RewardOption) -> None:
        text = self.points.text().strip()
        points = int(text) if text.isdigit() else 0
        if points < option.points_cost:
            set_inline_error(self.error, self.tr("Enter at least {minimum} points.")
                             .format(minimum=f"{option.points_cost:,}"))
            return
        if points > self.available_points:
            # Refused here so the cashier can correct it at once; the service checks again.
            set_inline_error(self.error, self.tr("Only {available} points available; {points} is too many.")
                             .format(available=f"{self.available_points:,}", points=f"{points:,}"))
            self.points.selectAll()
            return
        self.chosen.emit(RedemptionRequest(option.reward_id, points=points))
        self.accept()
