"""The manager's report numbers equal a direct computation on the same data."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import timedelta

from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.services.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.points import adjust_points
from loyalty_pos.services.reports import liability, program_report
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
