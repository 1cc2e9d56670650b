"""The Expiry tab: when points lapse, and what a return does when points are already spent."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from loyalty_pos.domain.ledger import ExpiryPolicy
from loyalty_pos.domain.program import NegativeBalancePolicy
from loyalty_pos.gui.widgets.long_choices import fit_long_choices


class ExpiryPage(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.after_earning = self._months_spin()
        self.inactivity = self._months_spin()
        self.negative = QComboBox(self)
        self.negative.addItem(self.tr("Take back what is left, stop at 0 and flag the member"),
                              NegativeBalancePolicy.REVERSE_TO_ZERO_AND_FLAG)
        self.negative.addItem(self.tr("Take back everything (the balance may go below 0)"),
                              NegativeBalancePolicy.ALLOW_DEBT)
        self.negative.currentIndexChanged.connect(self.edited)
        fit_long_choices(self.negative)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for text, field in ((self.tr("Points expire this long &after they are earned"), self.after_earning),
                            (self.tr("All points expire after this long &without activity"), self.inactivity),
                            (self.tr("When a &return takes back points the member has already spent"),
                             self.negative)):
            label = QLabel(text, self, buddy=field)
            label.setWordWrap(True)  # a question as long as these breaks lines at a large text size
            form.addRow(label, field)
        note = QLabel(self.tr("0 months = never. Points already earned keep the expiry date they were given; "
                              "the new rule applies to points earned after publishing."), self)
        note.setWordWrap(True)
        note.setProperty("muted", True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)

    def _months_spin(self) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, 120)
        spin.setSpecialValueText(self.tr("Never"))
        spin.setSuffix(self.tr(" months"))
        spin.setMaximumWidth(220)
        spin.valueChanged.connect(self.edited)
        return spin

    @property
    def first_field(self) -> QWidget:
        return self.after_earning

    def load(self, expiry: ExpiryPolicy, negative: NegativeBalancePolicy) -> None:
        widgets = (self.after_earning, self.inactivity, self.negative)
        blocked = [widget.blockSignals(True) for widget in widgets]
        self.after_earning.setValue(expiry.months_after_earning or 0)
        self.inactivity.setValue(expiry.inactivity_months or 0)
        self.negative.setCurrentIndex(self.negative.findData(negative))
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)

    def collect(self) -> tuple[ExpiryPolicy, NegativeBalancePolicy]:
        policy = ExpiryPolicy(months_after_earning=self.after_earning.value() or None,
                              inactivity_months=self.inactivity.value() or None)
        return policy, self.negative.currentData()
