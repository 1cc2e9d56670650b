"""The Limits tab: the program's fraud limits (domain.fraud_limits), saved into the draft
with the other rules and reaching the till when it is published.

Caps in points (0 = no cap), the second manager's threshold, what a member found by
search must prove, and the thresholds of the unusual patterns the report lists. The
member's daily earning cap stays on the Earning tab, where stored programs keep it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.fraud_limits import MAX_PHONE_DIGITS, MAX_WINDOW_MINUTES, MIN_PHONE_DIGITS, FraudLimits, Verification
from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, set_inline_error
from loyalty_pos.gui.widgets.long_choices import fit_long_choices
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.reflow_box import ReflowBox

_CAP_MAX = 10_000_000


class LimitsPage(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member_redeem = self._cap()
        self.terminal_earn = self._cap()
        self.terminal_redeem = self._cap()
        self.sale_earn = self._cap()
        self.sale_redeem = self._cap()
        self.second_manager = self._cap()
        self.second_manager.setSpecialValueText(self.tr("Never"))
        self.verify = QComboBox(self)
        for verification, text in (
            (Verification.OFF, self.tr("Nothing (a search is enough)")),
            (Verification.PHONE_DIGITS, self.tr("The last digits of their phone")),
            (Verification.BIRTH_DATE, self.tr("Their birth date")),
        ):
            self.verify.addItem(text, verification)
        fit_long_choices(self.verify)
        self.verify.currentIndexChanged.connect(self.edited)
        self.verify.currentIndexChanged.connect(self._verification_changed)
        self.digits = QSpinBox(self)
        self.digits.setRange(MIN_PHONE_DIGITS, MAX_PHONE_DIGITS)
        self.digits.setSuffix(self.tr(" digits"))
        self.digits.valueChanged.connect(self.edited)
        self.pattern_window = QSpinBox(self)
        self.pattern_window.setRange(1, MAX_WINDOW_MINUTES)
        self.pattern_window.setSuffix(self.tr(" minutes"))
        self.pattern_window.valueChanged.connect(self.edited)
        self.member_redemptions = self._threshold()
        self.cashier_redemptions = self._threshold()
        self.cashier_lookups = self._threshold()
        self.error = inline_error_label(self)

        caps = QGroupBox(self.tr("Caps (0 = no cap)"), self)
        caps_form = self._form(caps, (
            (self.tr("Points &redeemed per member a day"), self.member_redeem),
            (self.tr("Points earned on &this till a day"), self.terminal_earn),
            (self.tr("Points redeemed on this till a &day"), self.terminal_redeem),
            (self.tr("Points earned on one s&ale"), self.sale_earn),
            (self.tr("Points redeemed on &one sale"), self.sale_redeem),
        ))
        note = QLabel(self.tr("The daily earning cap per member is on the Earning tab. Member caps count every "
                              "till's points this till has received; a till offline sees only its own."), caps)
        note.setWordWrap(True)
        note.setProperty("muted", True)
        caps_form.addRow(note)
        checks = QGroupBox(self.tr("Checks"), self)
        self._form(checks, (
            (self.tr("A points adjustment above this needs a second &manager"), self.second_manager),
            (self.tr("A member found by search (not by card) must pro&ve, before spending points"), self.verify),
            (self.tr("Phone digits as&ked"), self.digits),
        ))
        patterns = QGroupBox(self.tr("Unusual activity (0 = not watched)"), self)
        self._form(patterns, (
            (self.tr("Counted &within"), self.pattern_window),
            (self.tr("Redemptions by one mem&ber"), self.member_redemptions),
            (self.tr("Redemptions rung up by one &cashier"), self.cashier_redemptions),
            (self.tr("Different members looked &up by one cashier"), self.cashier_lookups),
        ))
        right = QVBoxLayout()
        right.addWidget(checks)
        right.addWidget(patterns)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(caps)
        left.addWidget(self.error)
        left.addStretch(1)
        # Side by side, or one under the other when a large text size needs the width; the
        # whole page scrolls on a small till screen rather than squeezing its rows.
        content = QWidget(self)
        columns = ReflowBox(content)
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _form(self, box: QGroupBox, rows: tuple[tuple[str, QWidget], ...]) -> QFormLayout:
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for text, field in rows:
            label = QLabel(text, box, buddy=field)
            # Only the long questions wrap: a wrapped label in a form under-reports its height,
            # and the short ones then overlap their fields at a large text size.
            label.setWordWrap(len(text) > 40)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        return form

    def _cap(self) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, _CAP_MAX)
        spin.setSpecialValueText(self.tr("No cap"))
        spin.setSuffix(self.tr(" points"))
        spin.setGroupSeparatorShown(True)
        spin.setMaximumWidth(260)
        spin.valueChanged.connect(self.edited)
        return spin

    def _threshold(self) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, 1000)
        spin.setSpecialValueText(self.tr("Not watched"))
        spin.setMaximumWidth(260)
        spin.valueChanged.connect(self.edited)
        return spin

    def _verification_changed(self) -> None:
        self.digits.setEnabled(self.verify.currentData() is Verification.PHONE_DIGITS)

    @property
    def first_field(self) -> QWidget:
        return self.member_redeem

    def _spins(self) -> tuple[QSpinBox, ...]:
        return (self.member_redeem, self.terminal_earn, self.terminal_redeem, self.sale_earn, self.sale_redeem,
                self.second_manager, self.digits, self.pattern_window, self.member_redemptions, self.cashier_redemptions,
                self.cashier_lookups)

    def load(self, limits: FraudLimits) -> None:
        widgets = (*self._spins(), self.verify)
        blocked = [widget.blockSignals(True) for widget in widgets]
        for spin, value in ((self.member_redeem, limits.member_redeem_per_day),
                            (self.terminal_earn, limits.terminal_earn_per_day),
                            (self.terminal_redeem, limits.terminal_redeem_per_day),
                            (self.sale_earn, limits.earn_per_sale), (self.sale_redeem, limits.redeem_per_sale),
                            (self.second_manager, limits.second_manager_above),
                            (self.member_redemptions, limits.member_redemptions),
                            (self.cashier_redemptions, limits.cashier_redemptions),
                            (self.cashier_lookups, limits.cashier_lookups)):
            spin.setValue(value or 0)
        self.digits.setValue(limits.phone_digits)
        self.pattern_window.setValue(limits.window_minutes)
        self.verify.setCurrentIndex(self.verify.findData(limits.verify_searched))
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self._verification_changed()
        set_inline_error(self.error, None)

    def collect(self) -> FraudLimits | None:
        """The limits as typed, or None after saying what is wrong."""
        set_inline_error(self.error, None)

        def cap(spin: QSpinBox) -> int | None:
            return spin.value() or None

        try:
            return FraudLimits(
                member_redeem_per_day=cap(self.member_redeem), terminal_earn_per_day=cap(self.terminal_earn),
                terminal_redeem_per_day=cap(self.terminal_redeem), earn_per_sale=cap(self.sale_earn),
                redeem_per_sale=cap(self.sale_redeem), second_manager_above=cap(self.second_manager),
                verify_searched=self.verify.currentData(), phone_digits=self.digits.value(),
                window_minutes=self.pattern_window.value(), member_redemptions=cap(self.member_redemptions),
                cashier_redemptions=cap(self.cashier_redemptions),
                cashier_lookups=cap(self.cashier_lookups),
            )
        except LoyaltyError as error:
            set_inline_error(self.error, error_text(error))
            return None

    def has_errors(self) -> bool:
        return self.error.isVisibleTo(self)

    def show_error(self, error: LoyaltyError) -> bool:
        if error.code not in ("bad_limit", "bad_pattern_threshold", "bad_phone_digits", "bad_pattern_window"):
            return False
        set_inline_error(self.error, error_text(error))
        return True
