"""One campaign's fields; only those its kind uses are shown.

Days are the shop's days: a campaign "from 1 to 7 December" starts at midnight
on the 1st and ends at midnight after the 7th, shop time. An edited campaign
keeps its exact start and end times unless their day is changed, so opening and
saving a running campaign never moves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.program import Campaign, CampaignKind, Tier
from loyalty_pos.gui.manager.campaigns.action_limit_fields import ActionLimitFields
from loyalty_pos.domain.segments import Segment
from loyalty_pos.gui.manager.campaigns.audience_fields import audience_fields, fill_segments, select_segment
from loyalty_pos.gui.manager.campaigns.window_fields import WindowFields
from loyalty_pos.gui.manager.local_names_field import LocalNamesField
from loyalty_pos.gui.widgets.day_edit import DayEdit
from loyalty_pos.gui.widgets.dialog_parts import (
    ENTER_KEYS,
    inline_error_label,
    set_inline_error,
)
from loyalty_pos.gui.widgets.message_bar import error_text, field_problem_text
from loyalty_pos.gui.widgets.money_edit import MoneyEdit
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.gui.widgets.reflow_box import ReflowBox
from loyalty_pos.services.program.campaign_catalog import AWARDED_ACTIONS

# Which fields each kind uses (besides name, kind, days and tier).
_KIND_FIELDS = {
    CampaignKind.MULTIPLIER: ("multiplier_pct", "categories"),
    CampaignKind.BONUS_ON_PURCHASE: ("bonus_points", "min_spend_minor"),
    CampaignKind.ACTION: ("bonus_points", "action", "per_member_limit", "limit_period", "lapsed_days",
                          "win_reward_id"),
    CampaignKind.INSTANT_WIN: ("bonus_points", "one_in", "min_spend_minor", "every_nth", "win_reward_id"),
}
_OPTIONAL = ("multiplier_pct", "categories", "bonus_points", "min_spend_minor", "one_in", "action", "every_nth",
             "win_reward_id")


@dataclass(frozen=True, slots=True)
class _Days:
    first: date
    last: date


def shop_days(campaign: Campaign, zone: ZoneInfo) -> _Days:
    """The first and last day a campaign runs on, in the shop's calendar."""
    return _Days(campaign.starts_at.astimezone(zone).date(),
                 (campaign.ends_at.astimezone(zone) - timedelta(microseconds=1)).date())


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


class CampaignForm(QWidget):
    submitted = Signal()  # Enter in a field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo("UTC")
        self.loaded: Campaign | None = None
        self._saved: dict[str, Any] = {}
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self.font(), 115, bold=True))
        self.name = QLineEdit(self)
        self.name.setMaxLength(80)
        self.kind = QComboBox(self)
        for kind, text in ((CampaignKind.MULTIPLIER, self.tr("Points multiplier")),
                           (CampaignKind.BONUS_ON_PURCHASE, self.tr("Bonus on a big basket")),
                           (CampaignKind.INSTANT_WIN, self.tr("Instant win (1 in N sales)")),
                           (CampaignKind.ACTION, self.tr("Bonus for an action"))):
            self.kind.addItem(text, kind)
        self.first_day = DayEdit(self)
        self.last_day = DayEdit(self)
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.multiplier_pct = QSpinBox(self)
        self.multiplier_pct.setRange(101, 1000)
        self.multiplier_pct.setSingleStep(50)
        self.multiplier_pct.setSuffix(" %")
        self.categories = QListWidget(self)
        self.categories.setMaximumHeight(110)
        self.categories.setToolTip(self.tr("None ticked: the whole basket"))
        self.bonus_points = QSpinBox(self)
        self.bonus_points.setRange(0, 1_000_000)
        self.bonus_points.setSuffix(self.tr(" points"))
        self.min_spend_minor = MoneyEdit("NOK", self)
        self.one_in = QSpinBox(self)
        self.one_in.setRange(2, 100_000)
        self.one_in.setPrefix(self.tr("1 in "))
        self.action = QComboBox(self)
        self.action_limits = ActionLimitFields(self)
        self.every_nth = QSpinBox(self)
        self.every_nth.setRange(0, 100_000)
        self.every_nth.setPrefix(self.tr("every "))
        self.every_nth.setSpecialValueText(self.tr("by the odds"))  # 0: 1 in N by chance
        self.win_reward_id = QComboBox(self)
        self.min_tier = QComboBox(self)
        self.local_names = LocalNamesField(self)
        self.segment, self.holdout_pct = audience_fields(self)
        self.when = WindowFields(self)

        self.fields: dict[str, QWidget] = {
            "name": self.name, "kind": self.kind, "starts_at": self.first_day, "ends_at": self.last_day,
            "multiplier_pct": self.multiplier_pct, "categories": self.categories,
            "bonus_points": self.bonus_points, "min_spend_minor": self.min_spend_minor, "one_in": self.one_in,
            "action": self.action, "min_tier": self.min_tier, "names": self.local_names,
            **self.action_limits.fields(),
            "every_nth": self.every_nth, "win_reward_id": self.win_reward_id,
            "segment": self.segment, "holdout_pct": self.holdout_pct,
            "window": self.when,
        }
        for combo in (self.kind, self.action, self.min_tier, self.win_reward_id):
            # Long choices must not widen the form past a small screen; the list shows them whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.errors = {key: inline_error_label(self) for key in self.fields}
        labels = {
            "name": self.tr("&Name"), "kind": self.tr("&Kind"), "starts_at": self.tr("&First day"),
            "ends_at": self.tr("&Last day"), "multiplier_pct": self.tr("&Multiplier"),
            "categories": self.tr("On cate&gories"), "bonus_points": self.tr("&Bonus"),
            "min_spend_minor": self.tr("Minimum &spend"), "one_in": self.tr("&Odds"), "action": self.tr("&Action"),
            "min_tier": self.tr("For &tier"), "names": "", **self.action_limits.labels(),
            "every_nth": self.tr("Or &every Nth sale"), "win_reward_id": self.tr("&Prize"),
            "segment": self.tr("For s&egment"), "holdout_pct": self.tr("&Hold out"), "window": self.tr("When"),
        }
        # Two columns: what every campaign has on the left, what its kind adds on the
        # right, so the whole form fits under the list on a 1024x768 till.
        # At a large text size the right column goes under the left (ReflowBox).
        columns_row = ReflowBox()
        columns_row.setSpacing(16)
        self._rows: dict[str, tuple[QLabel, QWidget, QLabel]] = {}
        # Who it is for (segment, control group) under the kind's fields: the right column has
        # rows to spare, and a taller form would scroll and stack the columns at 1024x768.
        columns = (("name", "kind", "starts_at", "ends_at", "min_tier", "names"),
                   (*_OPTIONAL, *self.action_limits.fields(), "segment", "holdout_pct"))
        for keys in columns:
            grid = QGridLayout()  # one per column: a tall field on the right must not space out the left
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(2)
            for row, key in enumerate(keys):
                field = self.fields[key]
                label = QLabel(labels[key], self)
                label.setBuddy(self._focus(key))
                grid.addWidget(label, 2 * row, 0, Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(field, 2 * row, 1)
                grid.addWidget(self.errors[key], 2 * row + 1, 1)
                self._rows[key] = (label, field, self.errors[key])
            grid.setColumnStretch(1, 1)
            grid.setRowStretch(2 * len(keys), 1)
            columns_row.addLayout(grid, 1)
        # The When part under both columns, the form's whole width: in a column it made the two
        # too wide to stand side by side on a 1024x768 till.
        when_row = QGridLayout()
        when_row.setHorizontalSpacing(10)
        when_label = QLabel(labels["window"], self)
        when_row.addWidget(when_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        when_row.addWidget(self.when, 0, 1)
        when_row.addWidget(self.errors["window"], 1, 1)
        when_row.setColumnStretch(1, 1)
        self._rows["window"] = (when_label, self.when, self.errors["window"])
        # Tab down the left column, then down the right one, then the When part, as the form reads.
        chain = [self._focus(key) for keys in (*columns, ("window",)) for key in keys]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(columns_row)
        layout.addLayout(when_row)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._show_kind_fields)
        self.action.currentIndexChanged.connect(self._show_kind_fields)  # only a win-back asks for days away
        self.name.textEdited.connect(lambda _text: set_inline_error(self.errors["name"], None))

    def _focus(self, key: str) -> QWidget:
        # The names part is a button over its lines: Tab and a problem land on the button.
        if key == "window":
            return self.when.first_field
        return self.local_names.toggle if key == "names" else self.fields[key]

    # -- filling ----------------------------------------------------------------------
    def set_choices(self, *, currency: str, zone: ZoneInfo, tiers: tuple[Tier, ...], categories: tuple[str, ...],
                    prizes: tuple[tuple[str, str], ...] = (), segments: tuple[Segment, ...] = ()) -> None:
        """New lists to choose from, keeping what is chosen: a refresh must not edit the form."""
        fill_segments(self.segment, segments)
        chosen, tier = self._chosen_categories(), self.min_tier.currentData()
        prize = self.win_reward_id.currentData()
        self.win_reward_id.clear()
        self.win_reward_id.addItem(self.tr("Bonus points only"), None)
        for reward_id, name in prizes:
            self.win_reward_id.addItem(name, reward_id)
        self.win_reward_id.setCurrentIndex(max(0, self.win_reward_id.findData(prize)))
        self.zone = zone
        self.min_spend_minor.currency = currency
        self.min_tier.clear()
        self.min_tier.addItem(self.tr("Every member"), None)
        for tier in tiers:
            self.min_tier.addItem(self.tr("{tier} and above").format(tier=tier.name), tier.code)
        self.categories.clear()
        for name in categories:
            item = QListWidgetItem(name, self.categories)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
        self.min_tier.setCurrentIndex(max(0, self.min_tier.findData(tier)))
        self.when.set_tiers(tiers)

    def start_new(self, today: date) -> None:
        self.loaded = None
        self.title.setText(self.tr("New campaign"))
        self.name.clear()
        self.kind.setCurrentIndex(0)
        self.first_day.setDate(QDate(today))
        self.last_day.setDate(QDate(today + timedelta(days=6)))
        self.multiplier_pct.setValue(200)
        self._check_categories(frozenset())
        self.bonus_points.setValue(0)
        self.min_spend_minor.set_minor(0)
        self.one_in.setValue(20)
        self.every_nth.setValue(0)
        self.win_reward_id.setCurrentIndex(0)
        self._set_actions(None)
        self.action_limits.load(None)
        self.min_tier.setCurrentIndex(0)
        self.segment.setCurrentIndex(0)
        self.holdout_pct.setValue(0)
        self.local_names.set_values({}, {})
        self.when.load(None)
        self._loaded_done()

    def load(self, campaign: Campaign) -> None:
        self.loaded = campaign
        self.title.setText(self.tr("Edit {name}").format(name=campaign.name))
        days = shop_days(campaign, self.zone)
        self.name.setText(campaign.name)
        self.kind.setCurrentIndex(self.kind.findData(campaign.kind))
        self.first_day.setDate(QDate(days.first))
        self.last_day.setDate(QDate(days.last))
        self.multiplier_pct.setValue(max(101, campaign.multiplier_pct))
        self._check_categories(campaign.categories)
        self.bonus_points.setValue(campaign.bonus_points)
        self.min_spend_minor.set_minor(campaign.min_spend_minor)
        self.one_in.setValue(max(2, campaign.one_in))
        self.every_nth.setValue(campaign.every_nth)
        self.win_reward_id.setCurrentIndex(max(0, self.win_reward_id.findData(campaign.win_reward_id)))
        self._set_actions(campaign.action)
        self.action_limits.load(campaign)
        self.min_tier.setCurrentIndex(max(0, self.min_tier.findData(campaign.min_tier)))
        select_segment(self.segment, campaign.segment)
        self.holdout_pct.setValue(campaign.holdout_pct)
        self.local_names.set_values(campaign.names, {}, default_name=campaign.name)
        self.when.load(campaign)
        self._loaded_done()

    def _loaded_done(self) -> None:
        self._show_kind_fields()
        self.show_problems({})
        self._saved = self._snapshot()

    def _set_actions(self, current: str | None) -> None:
        self.action.clear()
        names = {"enrolment": self.tr("Joining the programme (enrolment)"), **self.action_limits.action_names()}
        for action in AWARDED_ACTIONS:
            self.action.addItem(names.get(action, action), action)
        if current is not None and current not in AWARDED_ACTIONS:
            # Kept from an imported programme; the till does not award it by itself.
            self.action.addItem(self.tr("{action} (not awarded by the till)").format(action=current), current)
        self.action.setCurrentIndex(max(0, self.action.findData(current)))

    def _check_categories(self, chosen: frozenset[str]) -> None:
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.text() in chosen else Qt.CheckState.Unchecked)

    def _show_kind_fields(self) -> None:
        used = self.action_limits.used(_KIND_FIELDS[self.kind.currentData()], self.action.currentData())
        self.when.set_kind(self.kind.currentData())
        for key, parts in self._rows.items():
            optional = key in (*_OPTIONAL, *self.action_limits.fields())
            for widget in parts[:2]:
                widget.setVisible(not optional or key in used)
            if optional and key not in used:
                set_inline_error(parts[2], None)

    # -- reading ----------------------------------------------------------------------
    def _snapshot(self) -> dict[str, Any]:
        return {"name": self.name.text(), "kind": self.kind.currentData(), "first": self.first_day.date(),
                "last": self.last_day.date(), "multiplier": self.multiplier_pct.value(),
                "categories": self._chosen_categories(), "bonus": self.bonus_points.value(),
                "spend": self.min_spend_minor.text(), "one_in": self.one_in.value(),
                "action": self.action.currentData(), "tier": self.min_tier.currentData(),
                "names": self.local_names.value(), **self.action_limits.snapshot(),
                "every_nth": self.every_nth.value(), "prize": self.win_reward_id.currentData(),
                "segment": self.segment.currentData(), "holdout": self.holdout_pct.value(),
                "window": self.when.values(self.kind.currentData())}

    def is_dirty(self) -> bool:
        return self._snapshot() != self._saved

    def mark_saved(self) -> None:
        self._saved = self._snapshot()

    def _chosen_categories(self) -> frozenset[str]:
        return frozenset(self.categories.item(row).text() for row in range(self.categories.count())
                         if self.categories.item(row).checkState() == Qt.CheckState.Checked)

    def values(self) -> dict[str, Any] | None:
        """The fields as ``make_campaign`` takes them; None (with the problem shown)
        when the minimum spend cannot be read as money."""
        kind: CampaignKind = self.kind.currentData()
        used = _KIND_FIELDS[kind]
        try:
            spend = self.min_spend_minor.minor() if "min_spend_minor" in used else 0
        except ValidationError as error:
            self.show_problems({"min_spend_minor": error_text(error)})
            return None
        first, last = self.first_day.date().toPython(), self.last_day.date().toPython()
        loaded = self.loaded
        starts = _midnight(first, self.zone)
        ends = _midnight(last + timedelta(days=1), self.zone)
        if loaded is not None:
            days = shop_days(loaded, self.zone)
            starts = loaded.starts_at if days.first == first else starts
            ends = loaded.ends_at if days.last == last else ends
        return {
            "id": loaded.id if loaded else "", "name": self.name.text(), "kind": kind,
            "starts_at": starts, "ends_at": ends,
            "multiplier_pct": self.multiplier_pct.value() if "multiplier_pct" in used else 100,
            "categories": self._chosen_categories() if "categories" in used else frozenset(),
            "bonus_points": self.bonus_points.value() if "bonus_points" in used else 0,
            "min_spend_minor": spend,
            "action": self.action.currentData() if "action" in used else None,
            "one_in": self.one_in.value() if "one_in" in used and not self.every_nth.value() else 0,
            "min_tier": self.min_tier.currentData(),
            "names": self.local_names.value(),
            **self.action_limits.values(used, self.action.currentData()),
            "every_nth": self.every_nth.value() if "every_nth" in used else 0,
            "win_reward_id": self.win_reward_id.currentData()
            if "win_reward_id" in self.action_limits.used(used, self.action.currentData()) else None,
            "segment": self.segment.currentData(), "holdout_pct": self.holdout_pct.value(),
            **self.when.values(kind),
        }

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            text = problems.get(key)
            set_inline_error(label, field_problem_text(text) if text else None)
        first = next((key for key in self.fields if key in problems), None)
        if first is not None:
            self._focus(first).setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in ENTER_KEYS:
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)
