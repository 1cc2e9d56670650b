"""The campaign tabs that compare: a campaign's days with the same number of days before,
and a campaign's members with its held-out control group (A/B).

Averages and intervals are estimates in floats (``domain.welch``): money is shown rounded
half up to the minor unit, visits to two decimals.
"""

from __future__ import annotations

import math
from datetime import timedelta, tzinfo

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from loyalty_pos.domain.money import Money, currency_exponent
from loyalty_pos.domain.welch import Interval
from loyalty_pos.gui.manager.reports_section.charts import ISSUED, REDEEMED, bar_chart
from loyalty_pos.gui.manager.reports_section.tab import ReportTab
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.services.shop.campaign_report import (
    CampaignComparisons,
    HoldoutResult,
    HoldoutResults,
)


def half_up(value: float) -> int:
    """The nearest whole number, a half away from zero (as ``Rounding.HALF_UP``)."""
    return int(math.copysign(math.floor(abs(value) + 0.5), value))


def _days(start, end, zone: tzinfo) -> str:
    return f"{start.astimezone(zone):%Y-%m-%d} – {(end - timedelta(microseconds=1)).astimezone(zone):%Y-%m-%d}"


class CampaignLiftTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("campaign-vs-before", parent, shares=(3, 2))

    def show_comparison(self, results: CampaignComparisons) -> None:
        def change(pct: int | None) -> str:
            return "–" if pct is None else f"{pct:+d} %"

        self.show_summary(self.tr("Member sales and members who bought on each campaign's days, beside the same "
                                  "number of days just before it started. A change hints at the campaign's effect; "
                                  "the A/B tab measures it."))
        campaigns = results.campaigns
        # Bars across, names down the side: seven names under upright bars were cut to "Welc…",
        # and "Welcome bonus" and "Welcome back" could not be told apart. Top to bottom as listed.
        listed = list(reversed(campaigns))
        self.show_chart(bar_chart(self.tr("Member sales before and during each campaign"),
                                  [c.name for c in listed], [
                                      (self.tr("Before"), REDEEMED, [c.before.sales for c in listed]),
                                      (self.tr("During"), ISSUED, [c.during.sales for c in listed]),
                                  ], horizontal=True))
        self.model.set_rows(
            (self.tr("Campaign"), self.tr("Points"), self.tr("Sales before"), self.tr("Sales during"),
             self.tr("Sales change"), self.tr("Members before"), self.tr("Members during"),
             self.tr("Members change"), self.tr("Days")),
            [(c.name, c.points, c.before.sales, c.during.sales, change(c.change_pct("sales")), c.before.members,
              c.during.members, change(c.change_pct("members")), _days(c.start, c.end, results.zone))
             for c in campaigns])


class HoldoutTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("ab-holdout", parent, shares=(1, 1))

    def show_holdouts(self, results: HoldoutResults) -> None:
        currency = results.currency
        exponent = currency_exponent(currency)

        def money(value: float) -> str:
            return money_text(Money(half_up(value), currency))

        def visits(value: float) -> str:
            return QLocale().toString(value, "f", 2)

        def interval(found: Interval | None, write) -> str:
            if found is None:
                return self.tr("too few members")
            return self.tr("{low} to {high}").format(low=write(found.low), high=write(found.high))

        def verdict(found: Interval | None) -> str:
            if found is None:
                return "–"
            if not found.significant:
                return self.tr("no clear difference")
            return self.tr("higher") if found.low > 0 else self.tr("lower")

        self.show_summary(self.tr("Each campaign's control group never got it (a hash of member and campaign, the "
                                  "same on every till). Per member over the campaign's days, members who could get "
                                  "it against the control group; the difference with its 95 % interval (Welch's t). "
                                  "An interval that holds 0 means no clear difference."))
        campaigns = results.campaigns
        self.show_chart(bar_chart(self.tr("Spend per member ({currency})").format(currency=currency),
                                  [c.name for c in campaigns], [
                                      (self.tr("Members"), ISSUED,
                                       [half_up(c.treatment.spend.mean / 10**exponent) for c in campaigns]),
                                      (self.tr("Control group"), REDEEMED,
                                       [half_up(c.control.spend.mean / 10**exponent) for c in campaigns]),
                                  ]))
        rows: list[tuple[int | str, ...]] = []
        for c in campaigns:
            rows += self._rows(c, money, visits, interval, verdict)
        # What the manager reads for first (the difference and its interval), then what it comes from.
        self.model.set_rows(
            (self.tr("Campaign"), self.tr("Measure"), self.tr("Difference"), self.tr("95 % interval"),
             self.tr("Result"), self.tr("Members' average"), self.tr("Control average"), self.tr("Members"),
             self.tr("Control")), rows)

    def _rows(self, c: HoldoutResult, money, visits, interval, verdict) -> list[tuple[int | str, ...]]:
        name = c.name if c.segment_name is None else self.tr("{campaign} · {segment}").format(
            campaign=c.name, segment=c.segment_name)
        return [
            (name, self.tr("Spend per member"), money(c.spend.difference) if c.spend else "–",
             interval(c.spend, money), verdict(c.spend), money(c.treatment.spend.mean), money(c.control.spend.mean),
             c.treatment.spend.n, c.control.spend.n),
            (name, self.tr("Visits per member"), visits(c.visits.difference) if c.visits else "–",
             interval(c.visits, visits), verdict(c.visits), visits(c.treatment.visits.mean),
             visits(c.control.visits.mean), c.treatment.visits.n, c.control.visits.n),
        ]
