"""The back office's report ranges are days on the shop's calendar: a sale made late
(23:30) or early (00:30) in the shop's day counts on that local day, and in that local
month, in every tab that reads a range — whichever side of UTC the shop is on."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate

from loyalty_pos.domain.calendar import add_months
from loyalty_pos.domain.members import Consents
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.gui.manager.reports_section import ReportsSection
from loyalty_pos.gui.operations import Changes
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.services.members.membership import EnrolMember, enrol
from loyalty_pos.services.sale.amount_till import AmountEntry, open_amount_till, record_amount_sale
from loyalty_pos.services.sale.checkout import new_sale_id
from loyalty_pos.services.shop.shop import TIMEZONE
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till
from tests.gui.keyboard import save_png

CASHIER = Actor("zone-test", Role.CASHIER, "09")  # a till of its own: its end-of-day row is these sales only


def _reload(till: Till, section: ReportsSection, first: date, last: date) -> None:
    before = section.report
    section.start.blockSignals(True)
    section.start.setDate(QDate(first.year, first.month, first.day))
    section.start.blockSignals(False)
    section.end.setDate(QDate(last.year, last.month, last.day))
    till.qtbot.waitUntil(lambda: section.loaded() and section.report is not before, timeout=15_000)


def _month(section: ReportsSection, tab, month: str, column: int) -> int:  # noqa: ANN001
    return next(row[column] for row in tab.model.rows() if row[0] == month)


@pytest.mark.parametrize("zone", ["Pacific/Auckland", "America/Los_Angeles"], ids=["auckland", "los-angeles"])
def test_a_sale_late_or_early_in_the_shop_day_lands_on_that_day_in_every_tab(till: Till, zone: str,
                                                                              request) -> None:  # noqa: ANN001
    shop = ZoneInfo(zone)
    with till.app.uow() as uow:
        uow.settings.set(TIMEZONE, zone)
        uow.commit()
    today = datetime.now(shop).date()
    # The last day of a month and the first of the next, both well in the past: the
    # 23:30 sale is on the 1st in UTC west of it (Los Angeles), the 00:30 sale on the
    # last day in UTC east of it (Auckland).
    first_of_month = add_months(datetime(today.year, today.month, 1), -2).date()
    last_day = first_of_month - timedelta(days=1)
    late = datetime.combine(last_day, time(23, 30), tzinfo=shop)
    early = datetime.combine(first_of_month, time(0, 30), tzinfo=shop)
    old_month, new_month = f"{last_day:%Y-%m}", f"{first_of_month:%Y-%m}"

    section = open_section(till, "reports")
    assert isinstance(section, ReportsSection)
    till.qtbot.waitUntil(section.loaded, timeout=15_000)
    assert section.zone == shop and section.today == today
    assert section.end.date() == QDate(today.year, today.month, today.day)  # the shop's today
    _reload(till, section, last_day, first_of_month)
    flows_before = {month: _month(section, section.flows_tab, month, 1) for month in (old_month, new_month)}
    trend_before = {month: _month(section, section.trend_tab, month, 1) for month in (old_month, new_month)}
    redeemed_before = sum(row[1] for row in section.rewards_tab.model.rows() if row[0] == "NOK 50 off")

    member = enrol(till.app.uow(), EnrolMember(name="Zed Zone", phone=None, consents=Consents(True, True)),
                   actor=CASHIER, clock=FixedClock(late - timedelta(days=1)))
    with till.app.uow(readonly=True) as uow:
        balance = uow.balances.get(member.id)
        welcome = balance.balance if balance is not None else 0  # an enrolment bonus, the day before
    amount_till = open_amount_till(till.app.uow())
    # NOK 5 000 at 23:30: enough for silver (an upgrade the tier movements show) and points to spend.
    first = record_amount_sale(till.app.uow(), AmountEntry(new_sale_id(), member.id, 500_000), amount_till,
                               actor=CASHIER, clock=FixedClock(late)).receipt
    second = record_amount_sale(till.app.uow(), AmountEntry(new_sale_id(), member.id, 30_000,
                                                            redemptions=(RedemptionRequest("nok50"),)),
                                amount_till, actor=CASHIER, clock=FixedClock(early)).receipt
    assert second.points_redeemed == 120
    till.ops.changed.emit(Changes.SALES | Changes.BALANCE | Changes.MEMBER)

    # Both days: each sale in its own local month.
    _reload(till, section, last_day, first_of_month)
    assert _month(section, section.flows_tab, old_month, 1) - flows_before[old_month] == first.points_earned
    assert _month(section, section.flows_tab, new_month, 1) - flows_before[new_month] == second.points_earned
    assert _month(section, section.flows_tab, new_month, 2) >= 120
    assert _month(section, section.trend_tab, old_month, 1) - trend_before[old_month] == welcome + first.points_earned
    assert (_month(section, section.trend_tab, new_month, 1) - trend_before[new_month]
            == welcome + first.points_earned + second.points_earned - 120)
    assert [row[:3] for row in section.moves_tab.model.rows() if row[0] == old_month and row[1] == "Bronze"
            and row[2] == "Silver"], "the upgrade at 23:30 is in the local month it happened"
    assert sum(row[1] for row in section.rewards_tab.model.rows() if row[0] == "NOK 50 off") == redeemed_before + 1

    # The last day alone: the 23:30 sale, not the 00:30 one.
    _reload(till, section, last_day, last_day)
    top = {row[1]: row[2] for row in section.top_tab.model.rows()}
    assert top.get("Zed Zone") == first.points_earned
    day_rows = [row for row in section.day_tab.model.rows() if row[0] == "09"]
    assert [(row[1], row[2]) for row in day_rows] == [("zone-test", 1)]
    assert section.day is not None and section.day.day == last_day
    assert last_day.isoformat() in section.headline
    save_png(section.window(), request.node.name)

    # The first of the month alone: the 00:30 sale only.
    _reload(till, section, first_of_month, first_of_month)
    top = {row[1]: row[2] for row in section.top_tab.model.rows()}
    assert top.get("Zed Zone") == second.points_earned
    assert [(row[1], row[2]) for row in section.day_tab.model.rows() if row[0] == "09"] == [("zone-test", 1)]
    assert sum(row[1] for row in section.rewards_tab.model.rows() if row[0] == "NOK 50 off") >= 1
