"""The manager's report numbers equal a direct computation on the same data."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date, timedelta

from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.services.ports import CampaignReach
from loyalty_pos.services.shop.reports import (
    MonthLiability,
    TierMovement,
    campaign_results,
    liability,
    liability_over_time,
    program_report,
    tier_movements,
    top_members,
)
from tests.integration.conftest import Shop


def test_report_matches_the_ledger(shop: Shop) -> None:
    ada, per = shop.enrol("Ada Lovelace"), shop.enrol("Per Hansen")
    adjust_points(shop.uow(), member_id=ada.id, points=300, reason="opening", actor=shop.manager, clock=shop.clock)
    checkout(shop.uow(), Checkout(str(uuid.uuid4()), ada.id, (SaleLineInput("COF-FIL", 1), SaleLineInput("DEL-SAL", 2)),
                                  (RedemptionRequest("free-coffee"),)), actor=shop.cashier, clock=shop.clock)
    checkout(shop.uow(), Checkout(str(uuid.uuid4()), per.id, (SaleLineInput("BAK-SOUR", 3),)),
             actor=shop.cashier, clock=shop.clock)
    now = shop.clock.now()
    report = program_report(shop.uow(readonly=True), start=now - timedelta(days=30), end=now + timedelta(days=1),
                            now=now)
    with sqlite3.connect(shop.app.config.db_path) as connection:
        balances = [b for (b,) in connection.execute("SELECT sum(points) FROM ledger GROUP BY member_id")]
        redeemed = connection.execute("SELECT -sum(points) FROM ledger WHERE kind = 'redeem'").fetchone()[0]
        issued = connection.execute("SELECT sum(points) FROM ledger WHERE points > 0").fetchone()[0]
    assert report.liability.points == sum(b for b in balances if b > 0)
    # 1 point = NOK 0.50 (the pay-with-points rate): liability in money at that value
    assert report.liability.point_value == (50, 1)
    assert report.liability.value_minor == report.liability.points * 50
    assert [(r.reward_id, r.count, r.points) for r in report.redemptions] == [("free-coffee", 1, 100)]
    assert report.redemption_rate_pct == redeemed * 100 // issued
    assert sum(report.tier_mix.values()) == 2
    assert report.members_redeeming == 1
    assert liability(shop.uow(readonly=True), now=now).expiring[90] == 0  # nothing lapses within 90 days


def _points(receipt: Receipt, campaign_id: str) -> int:
    return sum(line.points for line in receipt.points_lines if line.rule.endswith(f":{campaign_id}"))


def test_campaigns_tiers_and_liability_over_time_match_the_data(shop: Shop) -> None:
    # The welcome campaign gives each 25; Ada's first sale in her birthday month brings the birthday treat.
    ada, per = shop.enrol("Ada Lovelace", birthday=date(1990, 11, 30)), shop.enrol("Per Hansen")

    def sell(member_id: str, *lines: SaleLineInput) -> Receipt:
        return checkout(shop.uow(), Checkout(str(uuid.uuid4()), member_id, lines),
                        actor=shop.cashier, clock=shop.clock).receipt

    buns = sell(ada.id, SaleLineInput("BAK-BUN", 6))  # "Double points on bakery"
    soup = sell(per.id, SaleLineInput("DEL-SOUP", 40))  # a big basket, and enough spend for Silver
    coffee = sell(ada.id, SaleLineInput("COF-FIL", 1))  # no campaign at all
    assert _points(buns, "bakery-x2") > 0 and _points(soup, "big-basket") == 20 and _points(coffee, "bakery-x2") == 0
    now = shop.clock.now()
    start, end = now - timedelta(days=30), now + timedelta(days=1)

    results = {c.campaign_id: c for c in campaign_results(shop.uow(readonly=True), start=start, end=end).campaigns}
    assert results["welcome"].reach == CampaignReach(points=50, sales=0, members=2, spend_minor=0)
    bakery = results["bakery-x2"]
    assert bakery.reach == CampaignReach(points=_points(buns, "bakery-x2"), sales=1, members=1,
                                         spend_minor=buns.amount_due)
    assert (bakery.start, bakery.end) == (now - timedelta(days=7), end)  # the demo campaign began a week ago
    # Its one sale against the other two member sales of its days, HALF_UP.
    assert bakery.average_basket_minor == buns.amount_due
    others = soup.amount_due + coffee.amount_due
    assert bakery.others_basket_minor == (others + 1) // 2
    assert results["big-basket"].reach == CampaignReach(points=20, sales=1, members=1, spend_minor=soup.amount_due)
    assert results["birthday"].reach == CampaignReach(points=50, sales=0, members=1, spend_minor=0)
    assert [line.points for line in buns.awards] == [50] and coffee.awards == ()  # once, on her first visit
    lucky = _points(buns, "lucky") + _points(soup, "lucky") + _points(coffee, "lucky")
    assert results["lucky"].reach.points == lucky  # 1 sale in 50 wins, decided by the sale id

    moves = tier_movements(shop.uow(readonly=True), start=start, end=end)
    month = f"{now:%Y-%m}"
    assert moves.movements == (TierMovement(month, "Bronze", "Silver", True, 1),)
    assert moves.per_month(True)[-1] == 1 and sum(moves.per_month(False)) == 0
    assert moves.months[-1] == month

    trend = liability_over_time(shop.uow(readonly=True), start=start, end=end)
    with sqlite3.connect(shop.app.config.db_path) as connection:
        total = connection.execute("SELECT sum(points) FROM ledger").fetchone()[0]
    assert trend.months[-1] == MonthLiability(month, total, total * 50)  # NOK 0.50 a point
    assert [m.month for m in trend.months] == sorted({f"{start:%Y-%m}", month})


def test_top_members_rank_the_points_earned_in_the_range(shop: Shop) -> None:
    ada, per = shop.enrol("Ada Lovelace"), shop.enrol("Per Hansen")
    checkout(shop.uow(), Checkout(str(uuid.uuid4()), per.id, (SaleLineInput("DEL-SOUP", 4),)),
             actor=shop.cashier, clock=shop.clock)
    adjust_points(shop.uow(), member_id=ada.id, points=900, reason="goodwill", actor=shop.manager, clock=shop.clock)
    now = shop.clock.now()
    top = top_members(shop.uow(readonly=True), start=now - timedelta(days=1), end=now + timedelta(days=1))
    with sqlite3.connect(shop.app.config.db_path) as connection:
        earned = dict(connection.execute(
            "SELECT member_id, sum(points) FROM ledger WHERE kind IN ('earn', 'bonus') GROUP BY member_id"))
    # An adjustment is not earning: Per, who bought, ranks above Ada and her 900 goodwill points.
    assert [(m.name, m.points) for m in top] == [("Per Hansen", earned[per.id]), ("Ada Lovelace", earned[ada.id])]
    assert earned[per.id] > earned[ada.id] == 25  # Ada's is the welcome bonus alone
