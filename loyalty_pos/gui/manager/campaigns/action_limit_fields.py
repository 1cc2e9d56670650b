"""The campaign form's fields for an action campaign: how often a member may earn it, and
for a win-back how long a member stays away before the offer; the names of the actions.

Kept out of ``campaign_form`` so the form only asks these fields for their part.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from loyalty_pos.domain.member_actions import LIMIT_PERIODS, MAX_LIMIT, TILL_ACTIONS
from loyalty_pos.domain.program import Campaign

# An action campaign asks these only of a welcome back: the days away, and the reward it may
# give instead of (or with) points (the instant win's prize list, "Bonus points only" first).
_WIN_BACK_ONLY = ("lapsed_days", "win_reward_id")
_LIMIT_FIELDS = ("per_member_limit", "limit_period")
# What can be given more than once has a limit; a birthday (once a year), a welcome back (once
# a lapse) and the sign-up bonus (once) are limited by what they are, so no field promises more.
_LIMITED = (*TILL_ACTIONS, "referral")


class ActionLimitFields(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.per_member_limit = QSpinBox(parent)
        self.per_member_limit.setRange(0, MAX_LIMIT)
        # 0 reads "No limit": a spin box cannot hold "nothing", and 0 times would be no campaign.
        self.per_member_limit.setSpecialValueText(self.tr("No limit"))
        self.per_member_limit.setSuffix(self.tr(" times"))
        self.per_member_limit.setAccessibleName(self.tr("Times per member"))
        self.limit_period = QComboBox(parent)
        self.limit_period.setAccessibleName(self.tr("Limit period"))
        words = {"": self.tr("ever"), "day": self.tr("a day"), "week": self.tr("a week"), "month": self.tr("a month"),
                 "year": self.tr("a year")}
        for period in LIMIT_PERIODS:
            self.limit_period.addItem(words[period], period)
        self.lapsed_days = QSpinBox(parent)
        self.lapsed_days.setRange(0, 3650)
        self.lapsed_days.setSuffix(self.tr(" days"))
        self.lapsed_days.setAccessibleName(self.tr("Days without a visit"))
        self.per_member_limit.valueChanged.connect(self._period_follows_limit)

    def fields(self) -> dict[str, QWidget]:
        return {"per_member_limit": self.per_member_limit, "limit_period": self.limit_period,
                "lapsed_days": self.lapsed_days}

    def labels(self) -> dict[str, str]:
        return {"per_member_limit": self.tr("Times per &member"), "limit_period": self.tr("Limit &per"),
                "lapsed_days": self.tr("After &days away")}

    def action_names(self) -> dict[str, str]:
        return {
            "birthday": self.tr("Birthday (at a visit in the birthday month)"),
            "referral": self.tr("Referral (both at the friend's first purchase)"),
            "win_back": self.tr("Welcome back (first visit after days away)"),
            "review": self.tr("Review"), "newsletter": self.tr("Newsletter sign-up"),
            "questionnaire": self.tr("Questionnaire"), "event": self.tr("Event attended"),
            "social_post": self.tr("Social media post"),
        }

    def used(self, kind_fields: Sequence[str], action: str | None) -> tuple[str, ...]:
        """The kind's fields, without the days away unless the action is a win-back, and
        without the limit for an action that is once by its nature."""
        is_action = "action" in kind_fields  # an instant win's prize is its own
        return tuple(key for key in kind_fields if (key not in _WIN_BACK_ONLY or not is_action or action == "win_back")
                     and (key not in _LIMIT_FIELDS or action in _LIMITED))

    def load(self, campaign: Campaign | None) -> None:
        self.per_member_limit.setValue(campaign.per_member_limit or 0 if campaign else 0)
        period = campaign.limit_period if campaign else ""
        self.limit_period.setCurrentIndex(max(0, self.limit_period.findData(period)))
        self.lapsed_days.setValue(campaign.lapsed_days if campaign and campaign.lapsed_days else 60)
        self._period_follows_limit()

    def _period_follows_limit(self) -> None:
        self.limit_period.setEnabled(self.per_member_limit.value() > 0)

    def snapshot(self) -> dict[str, Any]:
        return {"limit": self.per_member_limit.value(), "period": self.limit_period.currentData(),
                "lapsed": self.lapsed_days.value()}

    def values(self, used: Sequence[str], action: str | None) -> dict[str, Any]:
        """As ``make_campaign`` takes them: empty (no limit, no days) where the campaign does not use them."""
        limit = self.per_member_limit.value() if "per_member_limit" in self.used(used, action) else 0
        return {
            "per_member_limit": limit or None,
            "limit_period": self.limit_period.currentData() if limit else "",
            "lapsed_days": self.lapsed_days.value() if "lapsed_days" in used and action == "win_back" else 0,
        }
