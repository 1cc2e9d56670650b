"""The Tiers tab: what qualifies a member (spend or points over a window), when
downgrades are reviewed, and the tiers themselves, lowest first.

Thresholds are shown the way the basis counts them: money in the shop currency
for a spend basis ("5,000.00"), whole points otherwise.
"""

from __future__ import annotations

import calendar

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.errors import LoyaltyError, ValidationError
from loyalty_pos.domain.program import Tier, TierBasis, TierPolicy
from loyalty_pos.gui.manager.rules.table_parts import add_row, cell_text, edit_table, number_item, whole_number
from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, set_inline_error
from loyalty_pos.gui.widgets.fkey_button import FKeyButton
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.action_bar import ActionBar
from loyalty_pos.gui.widgets.money_edit import amount_text, parse_typed

_CODE, _NAME, _THRESHOLD, _MULTIPLIER, _PERKS = range(5)
_PERK_SEPARATOR = ";"


class TiersPage(QWidget):
    edited = Signal()

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.basis = QComboBox(self)
        self.basis.addItem(self.tr("Spend"), TierBasis.SPEND)
        self.basis.addItem(self.tr("Points earned"), TierBasis.POINTS)
        self.window_months = QSpinBox(self)
        self.window_months.setRange(1, 36)
        self.window_months.setSuffix(self.tr(" months"))
        self.review_day = QSpinBox(self)
        self.review_day.setRange(1, 31)
        self.review_month = QComboBox(self)
        locale = QLocale()
        for month in range(1, 13):
            self.review_month.addItem(locale.standaloneMonthName(month) or calendar.month_name[month], month)
        self.grace = QSpinBox(self)
        self.grace.setRange(0, 365)
        self.grace.setSuffix(self.tr(" days"))
        self.policy_error = inline_error_label(self)

        self.table = edit_table([self.tr("Code"), self.tr("Name"), "", self.tr("Multiplier %"),
                                 self.tr("Perks (separate with ;)")], self, stretch=_PERKS)
        self.table.setObjectName("tiersTable")
        self.table_error = inline_error_label(self)
        self.add_button = FKeyButton("Ctrl+Ins", self.tr("Add tier"), self)
        self.remove_button = FKeyButton("Ctrl+Del", self.tr("Remove tier"), self)
        self.up_button = FKeyButton("Alt+Up", self.tr("Move up"), self)
        self.down_button = FKeyButton("Alt+Down", self.tr("Move down"), self)
        self.add_button.clicked.connect(self.add_tier)
        self.remove_button.clicked.connect(self.remove_tier)
        self.up_button.clicked.connect(lambda: self.move_tier(-1))
        self.down_button.clicked.connect(lambda: self.move_tier(+1))

        # Two rows of two, each label over its field: beside each other they did not fit a
        # 1024x768 back office at 150 % text.
        review = QHBoxLayout()
        review.addWidget(self.review_day)
        review.addWidget(self.review_month, 1)
        policy = QGridLayout()
        policy.setHorizontalSpacing(14)
        policy.setVerticalSpacing(2)
        for text, field, row, column in ((self.tr("&Qualify by"), self.basis, 0, 0),
                                         (self.tr("over the &last"), self.window_months, 0, 1),
                                         (self.tr("Yearly &review on"), self.review_day, 2, 0),
                                         (self.tr("&Grace after review"), self.grace, 2, 1)):
            label = QLabel(text, self, buddy=field)
            label.setWordWrap(True)  # a long one (Indonesian) takes two lines, not the page's width
            policy.addWidget(label, row, column)
        policy.addWidget(self.basis, 1, 0)
        policy.addWidget(self.window_months, 1, 1)
        policy.addLayout(review, 3, 0)
        policy.addWidget(self.grace, 3, 1)
        policy.setColumnStretch(0, 1)
        policy.setColumnStretch(1, 1)
        explain = QLabel(self.tr("Members move up at once when they qualify; they move down only at the yearly "
                                 "review, after the grace days. The first tier starts at 0."), self)
        explain.setWordWrap(True)
        explain.setProperty("muted", True)
        buttons = ActionBar(self)  # wraps into two rows at a large text size
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.add(button)
        layout = QVBoxLayout(self)
        layout.addLayout(policy)
        layout.addWidget(self.policy_error)
        layout.addWidget(explain)
        layout.addWidget(QLabel(self.tr("Tiers, &lowest first"), self, buddy=self.table))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.table_error)
        layout.addWidget(buttons)

        for spin in (self.window_months, self.review_day, self.grace):
            spin.valueChanged.connect(self.edited)
        self.review_month.currentIndexChanged.connect(self.edited)
        self.basis.currentIndexChanged.connect(self._basis_changed)
        self.table.itemChanged.connect(self.edited)
        self._basis = TierBasis.SPEND
        self._show_threshold_header()

    @property
    def first_field(self) -> QWidget:
        return self.basis

    # -- filling -----------------------------------------------------------------
    def load(self, policy: TierPolicy) -> None:
        widgets = [self.basis, self.window_months, self.review_day, self.review_month, self.grace, self.table]
        blocked = [widget.blockSignals(True) for widget in widgets]
        self._basis = policy.basis
        self.basis.setCurrentIndex(self.basis.findData(policy.basis))
        self.window_months.setValue(policy.window_months)
        self.review_day.setValue(policy.review_day)
        self.review_month.setCurrentIndex(self.review_month.findData(policy.review_month))
        self.grace.setValue(policy.grace_days)
        self.table.setRowCount(0)
        for tier in policy.tiers:
            self._append(tier.code, tier.name, self._threshold_text(tier.threshold), f"{tier.multiplier_pct} %",
                         f"{_PERK_SEPARATOR} ".join(tier.perks))
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self._show_threshold_header()
        self.clear_errors()

    def _append(self, code: str, name: str, threshold: str, multiplier: str, perks: str, at: int | None = None) -> None:
        add_row(self.table, [QTableWidgetItem(code), QTableWidgetItem(name), number_item(threshold),
                             number_item(multiplier), QTableWidgetItem(perks)], at)

    def _threshold_text(self, threshold: int) -> str:
        return amount_text(threshold, self.currency) if self._basis is TierBasis.SPEND else f"{threshold:,}"

    def _show_threshold_header(self) -> None:
        text = (self.tr("From ({currency})").format(currency=self.currency) if self._basis is TierBasis.SPEND
                else self.tr("From (points)"))
        self.table.setHorizontalHeaderItem(_THRESHOLD, QTableWidgetItem(text))

    def _basis_changed(self) -> None:
        """Keep each threshold's number: 5,000.00 of spend becomes 500,000 points (what
        the basis counts in), which the manager then sets as they mean it."""
        thresholds = []
        for row in range(self.table.rowCount()):
            try:
                thresholds.append(self._threshold(row))
            except LoyaltyError:
                thresholds.append(None)
        self._basis = self.basis.currentData()
        self.table.blockSignals(True)
        for row, value in enumerate(thresholds):
            if value is not None:
                self.table.item(row, _THRESHOLD).setText(self._threshold_text(value))
        self.table.blockSignals(False)
        self._show_threshold_header()
        self.edited.emit()

    # -- row actions --------------------------------------------------------------
    def add_tier(self) -> None:
        at = self.table.rowCount()
        self._append("", "", "", "100 %", "", at)
        self.table.setCurrentCell(at, _CODE)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table.editItem(self.table.item(at, _CODE))
        self.edited.emit()

    def remove_tier(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def move_tier(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        column = max(0, self.table.currentColumn())
        self.table.blockSignals(True)
        texts = [cell_text(self.table, row, c) for c in range(self.table.columnCount())]
        self.table.removeRow(row)
        self._append(*texts, at=target)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, column)
        self.edited.emit()

    # -- reading back ------------------------------------------------------------
    def clear_errors(self) -> None:
        set_inline_error(self.policy_error, None)
        set_inline_error(self.table_error, None)

    def _threshold(self, row: int) -> int:
        text = cell_text(self.table, row, _THRESHOLD)
        if self._basis is TierBasis.SPEND:
            return parse_typed(text, self.currency).minor
        points = whole_number(text)
        if points is None:
            raise ValidationError(code="bad_threshold", detail=self.tr("{text!r} is not a number of points")
                                  .format(text=text))
        return points

    def _tier(self, row: int) -> Tier:
        code = cell_text(self.table, row, _CODE)
        label = code or self.tr("row {row}").format(row=row + 1)
        try:
            threshold = self._threshold(row)
        except LoyaltyError as error:
            raise ValidationError(code="bad_threshold", detail=self.tr("Tier {tier}: {problem}")
                                  .format(tier=label, problem=error_text(error))) from None
        multiplier = whole_number(cell_text(self.table, row, _MULTIPLIER))
        if multiplier is None:
            raise ValidationError(code="bad_multiplier", detail=self.tr(
                "Tier {tier}: the multiplier is a whole percent, such as 125.").format(tier=label))
        perks = tuple(p.strip() for p in cell_text(self.table, row, _PERKS).split(_PERK_SEPARATOR) if p.strip())
        return Tier(code, cell_text(self.table, row, _NAME), threshold, multiplier, perks)

    def collect(self) -> TierPolicy | None:
        self.clear_errors()
        try:
            tiers = tuple(self._tier(row) for row in range(self.table.rowCount()))
            if any(not tier.code or not tier.name for tier in tiers):
                raise ValidationError(code="tier_needs_name", detail=self.tr("Every tier needs a code and a name."))
            self._check_order(tiers)
            return TierPolicy(
                tiers=tiers, basis=self._basis, window_months=self.window_months.value(),
                review_month=self.review_month.currentData(), review_day=self.review_day.value(),
                grace_days=self.grace.value(),
            )
        except LoyaltyError as error:
            self.show_error(error)
            self.table.setFocus()
            return None

    def _check_order(self, tiers: tuple[Tier, ...]) -> None:
        """The domain refuses the same; here the message names the tiers to fix."""
        if tiers and tiers[0].threshold != 0:
            raise ValidationError(code="bad_tier_order", detail=self.tr(
                "The first tier, {tier}, must start at 0.").format(tier=tiers[0].name))
        for lower, higher in zip(tiers, tiers[1:]):
            if higher.threshold <= lower.threshold:
                raise ValidationError(code="bad_tier_order", detail=self.tr(
                    "{higher} must start above {lower} ({threshold}): tiers go from lowest to highest.").format(
                        higher=higher.name, lower=lower.name, threshold=self._threshold_text(lower.threshold)))

    def show_error(self, error: LoyaltyError) -> bool:
        """Policy problems under the policy fields, everything else about tiers under the table."""
        if error.code in ("bad_window", "bad_grace", "bad_review_date"):
            set_inline_error(self.policy_error, error_text(error))
            return True
        if error.code in ("bad_tier_order", "duplicate_tier", "no_tiers", "bad_tier", "tier_needs_name",
                          "bad_tier_code", "tier_in_use", "bad_threshold", "bad_multiplier"):
            set_inline_error(self.table_error, error_text(error))
            return True
        return False
