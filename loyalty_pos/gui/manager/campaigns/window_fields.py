"""A campaign's time window, products and per-tier factors: the part of the campaign form
that makes "happy hour 15–17 on weekdays, triple for gold".

Weekdays and hours are the shop's local time (the till prices campaigns in the shop's
zone); no weekday ticked means every day, "All day" means no hours. Products are typed
as codes (a scanner types one too), beside the form's categories. A tier's factor left
at "As the campaign" follows the campaign's own multiplier or bonus.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from loyalty_pos.domain.program import Campaign, CampaignKind, Tier


class WindowFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignWindow")
        self.days: dict[int, QCheckBox] = {}
        # Two rows of days (Mon-Thu, Fri-Sun): one row of seven is wider than the form at 150 % text.
        days_row = QGridLayout()
        days_row.setHorizontalSpacing(4)
        days_row.setVerticalSpacing(0)
        # The till's language names the days (tr), as every other text of the form.
        short = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                 self.tr("Sun"))
        long = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"), self.tr("Friday"),
                self.tr("Saturday"), self.tr("Sunday"))
        for day in range(1, 8):
            box = QCheckBox(short[day - 1], self)
            box.setAccessibleName(long[day - 1])
            box.toggled.connect(self.changed)
            self.days[day] = box
            days_row.addWidget(box, (day - 1) // 4, (day - 1) % 4)
        days_row.setColumnStretch(4, 1)
        self.hour_from = QSpinBox(self)
        self.hour_from.setRange(0, 23)
        self.hour_from.setSuffix(":00")
        self.hour_from.setAccessibleName(self.tr("From hour"))
        self.hour_until = QSpinBox(self)
        self.hour_until.setRange(0, 24)
        self.hour_until.setSuffix(":00")
        self.hour_until.setSpecialValueText(self.tr("All day"))  # 0: no hours
        self.hour_until.setAccessibleName(self.tr("Until hour"))
        hours_row = QHBoxLayout()
        self.hours_label = QLabel(self.tr("&Hours"), self, buddy=self.hour_from)
        hours_row.addWidget(self.hours_label)
        hours_row.addWidget(self.hour_from)
        hours_row.addWidget(QLabel("–", self))
        hours_row.addWidget(self.hour_until)
        hours_row.addStretch(1)
        self.products = QLineEdit(self)
        self.products.setPlaceholderText(self.tr("Product codes, comma between"))
        self.products.setAccessibleName(self.tr("On products"))
        self.products_label = QLabel(self.tr("On &products"), self, buddy=self.products)
        self.tier_grid = QGridLayout()
        self.tier_grid.setHorizontalSpacing(8)
        self.tier_factors: dict[str, QSpinBox] = {}
        self.days_label = QLabel(self.tr("&Weekdays (none: every day)"), self, buddy=self.days[1])
        self.tiers_label = QLabel(self.tr("Per tier (%)"), self)
        for spin in (self.hour_from, self.hour_until):
            spin.valueChanged.connect(self.changed)
        self.products.textEdited.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.days_label)
        layout.addLayout(days_row)
        layout.addLayout(hours_row)
        products_row = QHBoxLayout()
        products_row.addWidget(self.products_label)
        products_row.addWidget(self.products, 1)
        layout.addLayout(products_row)
        layout.addWidget(self.tiers_label)
        layout.addLayout(self.tier_grid)

    @property
    def first_field(self) -> QWidget:
        return self.days[1]

    def set_tiers(self, tiers: tuple[Tier, ...]) -> None:
        kept = self.factors()
        while self.tier_grid.count():
            item = self.tier_grid.takeAt(0)
            if item.widget() is not None:
                # Hidden now: deleteLater leaves it on screen, out of any layout, until the loop runs.
                item.widget().hide()
                item.widget().deleteLater()
        self.tier_factors = {}
        for row, tier in enumerate(tiers):
            spin = QSpinBox(self)
            spin.setRange(0, 1000)
            spin.setSingleStep(50)
            spin.setSuffix(" %")
            spin.setSpecialValueText(self.tr("As the campaign"))
            spin.setAccessibleName(self.tr("{tier} factor").format(tier=tier.name))
            spin.setValue(kept.get(tier.code, 0))
            spin.valueChanged.connect(self.changed)
            self.tier_grid.addWidget(QLabel(tier.name, self, buddy=spin), row, 0)  # one a row: narrow enough
            self.tier_grid.addWidget(spin, row, 1)
            self.tier_factors[tier.code] = spin
        self.updateGeometry()  # new rows: the form grows

    def set_kind(self, kind: CampaignKind) -> None:
        # Products narrow a multiplier's lines; other kinds reward the whole sale or an action.
        self.products.setVisible(kind is CampaignKind.MULTIPLIER)
        self.products_label.setVisible(kind is CampaignKind.MULTIPLIER)
        # An action is not at the till's hour: only its per-tier factor applies.
        for widget in (*self.days.values(), self.days_label, self.hour_from, self.hour_until, self.hours_label):
            widget.setVisible(kind is not CampaignKind.ACTION)

    def load(self, campaign: Campaign | None) -> None:
        for day, box in self.days.items():
            box.setChecked(campaign is not None and day in campaign.weekdays)
        self.hour_from.setValue(campaign.hour_from if campaign else 0)
        self.hour_until.setValue(campaign.hour_until if campaign else 0)
        self.products.setText(", ".join(sorted(campaign.products)) if campaign else "")
        for code, spin in self.tier_factors.items():
            spin.setValue(campaign.tier_factors.get(code, 0) if campaign else 0)

    def factors(self) -> dict[str, int]:
        return {code: spin.value() for code, spin in self.tier_factors.items() if spin.value()}

    def values(self, kind: CampaignKind) -> dict[str, Any]:
        """The window's part of ``make_campaign``'s values for a campaign of ``kind``."""
        timed = kind is not CampaignKind.ACTION
        codes = frozenset(code.strip().upper() for code in self.products.text().split(",") if code.strip())
        return {
            "weekdays": frozenset(day for day, box in self.days.items() if box.isChecked()) if timed else frozenset(),
            "hour_from": self.hour_from.value() if timed and self.hour_until.value() else 0,
            "hour_until": self.hour_until.value() if timed else 0,
            "products": codes if kind is CampaignKind.MULTIPLIER else frozenset(),
            "tier_factors": self.factors(),
        }
