"""The reward form: fills its inputs from a reward and reads a reward back.

``build()`` turns what is typed into a ``Reward`` (the domain validates it) or
raises ``RewardInvalid`` with one sentence per field, which ``show_errors`` puts
in red under each field. Times are whole days in the shop's time zone.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QWidget

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.program import Reward, RewardKind
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.rewards.fields import KIND_FIELDS, NO_DAY, NO_STOCK_LIMIT, RewardFields
from loyalty_pos.gui.manager.rewards.kinds import day_start, first_day, last_day
from loyalty_pos.gui.manager.rewards.prize_fields import parse_pool, pool_hint, pool_text
from loyalty_pos.gui.widgets.dialog_parts import set_inline_error
from loyalty_pos.gui.widgets.message_bar import field_problem_text
from loyalty_pos.gui.widgets.money_edit import MoneyEdit
from loyalty_pos.services.program.reward_catalog import RewardCatalog, RewardInvalid, make_reward

# Where a new reward's kind-specific fields start (its name, price and amount start empty).
_BLANK = Reward("", "new", RewardKind.AMOUNT_OFF, 1, amount_minor=1, buy_quantity=1, free_quantity=1)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class RewardForm(RewardFields):
    def __init__(self, ctx: TillContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.catalog: RewardCatalog | None = None
        self.loaded: Reward | None = None  # the saved reward on show; None while adding one
        self.load(None)

    # -- filling -----------------------------------------------------------------------
    def set_catalog(self, catalog: RewardCatalog) -> None:
        """Tiers, categories and currency of the draft; what is typed stays."""
        self.catalog = catalog
        self.zone = catalog.zone
        self._filling = True
        for edit in (self.amount, self.value_money, self.min_basket):
            edit.currency = catalog.currency
        self.value_currency.setText(catalog.currency)
        self._refill(self.min_tier, [(self.tr("Any tier"), None)] + [(t.name, t.code) for t in catalog.tiers])
        self._refill(self.category, [(self.tr("The whole basket"), None)] + [(c, c) for c in catalog.categories])
        self.pool_hint.setText(pool_hint(catalog.rewards))
        self._filling = False

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str | None]]) -> None:
        current = combo.currentData()
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def load(self, reward: Reward | None) -> None:
        """Show ``reward`` (None: an empty form for a new one), unchanged."""
        self._filling = True
        self.loaded = reward
        shown = reward or _BLANK
        self.kind.setCurrentIndex(self.kind.findData(shown.kind))
        self.name.setText(reward.name if reward else "")
        self.description.setText(shown.description)
        self.local_names.set_values(shown.names, shown.descriptions, default_name=reward.name if reward else "",
                                    default_description=shown.description)
        self.points.setValue(reward.points_cost if reward else 0)
        self._set_money(self.amount, reward.amount_minor if reward else 0)
        self.percent.setValue(shown.percent)
        self.category.setCurrentIndex(max(0, self.category.findData(shown.category)))
        names = self.catalog.product_names if self.catalog else {}
        code = shown.product_code
        self._product = (code, names.get(code, code)) if code else None
        self.product_search.reset()
        self.buy.setValue(shown.buy_quantity)
        self.free.setValue(shown.free_quantity)
        self.value_points.setValue(shown.points_per_value)
        self.value_money.set_minor(shown.point_value_minor)
        self.partner.setText(shown.partner)
        self.codes_per_till.setValue(shown.codes_per_till)
        self.winners.setValue(shown.winners or 1)
        self.pool.setText(pool_text(shown.pool))
        self.image.set_value(shown.image)
        self.active.setChecked(shown.active)
        zone = self.catalog.zone if self.catalog else None
        self.from_on.setChecked(shown.valid_from is not None)
        self.from_date.setDate(_qdate(first_day(shown.valid_from, zone)) if shown.valid_from and zone else NO_DAY)
        self.until_on.setChecked(shown.valid_until is not None)
        self.until_date.setDate(_qdate(last_day(shown.valid_until, zone)) if shown.valid_until and zone else NO_DAY)
        self.min_tier.setCurrentIndex(max(0, self.min_tier.findData(shown.min_tier)))
        self.limit.setValue(shown.per_member_limit or 0)
        self.period.setCurrentIndex(max(0, self.period.findData(shown.limit_period)))
        self.stock.setValue(NO_STOCK_LIMIT if shown.stock is None else shown.stock)
        self._set_money(self.min_basket, shown.min_basket_minor)
        self.excluded.clear()
        for excluded in sorted(shown.excluded_products):
            self._add_excluded(excluded, names.get(excluded, excluded))
        self.exclude_search.reset()
        self._show_product()
        self._show_kind_fields()
        self.show_errors({})
        self._filling = False
        self.dirty = False

    @staticmethod
    def _set_money(edit: MoneyEdit, minor: int) -> None:
        if minor:
            edit.set_minor(minor)
        else:
            edit.clear()  # empty, not "0.00": the placeholder says what to type

    # -- reading -----------------------------------------------------------------------
    def build(self) -> Reward:
        """The reward as typed; ``RewardInvalid`` names each field that is wrong."""
        problems: dict[str, str] = {}
        kind: RewardKind = self.kind.currentData()

        def money(key: str, edit: MoneyEdit, *, empty: int | None = None) -> int:
            if empty is not None and not edit.text().strip():
                return empty
            try:
                return edit.minor()
            except ValidationError:
                problems[key] = self.tr("Type an amount like 50.00.")
                return 0

        values: dict[str, object] = {
            "id": self.loaded.id if self.loaded else "",
            "name": self.name.text().strip(),
            "kind": kind,
            "points_cost": self.points.value(),
            "description": self.description.text().strip(),
            "names": self.local_names.value(),
            "descriptions": self.local_names.description_value(),
            "min_tier": self.min_tier.currentData(),
            "min_basket_minor": money("min_basket_minor", self.min_basket, empty=0),
            "per_member_limit": self.limit.value() or None,
            "limit_period": self.period.currentData(),
            "stock": None if self.stock.value() == NO_STOCK_LIMIT else self.stock.value(),
            "excluded_products": frozenset(self._excluded_codes()),
            "active": self.active.isChecked(),
            "image": self.image.value(),
            "valid_from": self._moment(self.from_on, self.from_date, last=False),
            "valid_until": self._moment(self.until_on, self.until_date, last=True),
        }
        if kind in KIND_FIELDS["amount_minor"]:
            values["amount_minor"] = money("amount_minor", self.amount)
        if kind is RewardKind.PERCENT_OFF:
            values["percent"] = self.percent.value()
            values["category"] = self.category.currentData()
        if kind in KIND_FIELDS["product_code"]:
            values["product_code"] = self._product[0] if self._product else None
        if kind is RewardKind.BUY_X_GET_Y:
            values["buy_quantity"], values["free_quantity"] = self.buy.value(), self.free.value()
        if kind is RewardKind.PAY_WITH_POINTS:
            values["points_per_value"] = self.value_points.value()
            values["point_value_minor"] = money("point_value", self.value_money)
        if kind is RewardKind.PARTNER_CODE:
            values["partner"] = self.partner.text().strip()
            values["codes_per_till"] = self.codes_per_till.value()
        if kind is RewardKind.GIVEAWAY:
            values["winners"] = self.winners.value()
        if kind is RewardKind.MYSTERY:
            pool = parse_pool(self.pool.text())
            if pool is None:
                problems["pool"] = self.tr("Type each reward as id: weight, separated by commas.")
            values["pool"] = pool or ()
        try:
            reward = make_reward(**values)
        except RewardInvalid as error:
            problems = {**error.fields, **problems}
            raise RewardInvalid(problems) from None
        if problems:
            raise RewardInvalid(problems)
        return reward

    def _moment(self, check: QCheckBox, edit: QDateEdit, *, last: bool) -> datetime | None:
        if not check.isChecked() or self.catalog is None:
            return None
        zone = self.catalog.zone
        day = _pydate(edit.date())
        before = None if self.loaded is None else self.loaded.valid_until if last else self.loaded.valid_from
        if before is not None and (last_day(before, zone) if last else first_day(before, zone)) == day:
            return before  # untouched: keep the exact time, so the draft does not differ for nothing
        return day_start(day + timedelta(days=1) if last else day, zone)

    # -- errors ------------------------------------------------------------------------
    def show_errors(self, fields: Mapping[str, str]) -> None:
        if "entries_close" in fields:  # a giveaway without a last day: said where it is set
            fields = {"valid_until": fields["entries_close"], **fields}
        for key, label in self.errors.items():
            text = fields.get(key)
            set_inline_error(label, field_problem_text(text) if text else None)
        first = next((key for key in self._focus_of if key in fields), None)
        if first is not None:
            self._focus_of[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, key: str) -> str:
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""

