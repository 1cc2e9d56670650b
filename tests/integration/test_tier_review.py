"""The yearly tier review moves members down once, after the review date and grace days."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from loyalty_pos.services.actor import SYSTEM
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout, new_sale_id
from loyalty_pos.services.shop.reports import tier_movements
from loyalty_pos.services.members.tier_review import review_tiers
from tests.integration.conftest import Shop


def _silver(shop: Shop, name: str) -> str:
    member = shop.enrol(name)
    # NOK 5,800 of fish soup crosses Silver's NOK 5,000 of spend in 12 months.
    checkout(shop.uow(), Checkout(new_sale_id(), member.id, (SaleLineInput("DEL-SOUP", 40),)),
             actor=shop.cashier, clock=shop.clock)
    return member.id


def _tier(shop: Shop, member_id: str) -> str:
    with shop.uow(readonly=True) as uow:
        member = uow.members.get(member_id)
    assert member is not None
    return member.tier_code


def test_a_member_whose_spend_lapsed_moves_down_at_the_review_and_only_once(shop: Shop) -> None:
    lapsed = _silver(shop, "Kari Lapsed")
    assert _tier(shop, lapsed) == "silver"

    # Before the next review (1 January + 30 days' grace) the spend still counts: nobody moves.
    shop.clock.at = datetime(2027, 1, 20, 12, tzinfo=UTC)
    first = review_tiers(shop.uow, actor=SYSTEM, clock=shop.clock)
    assert first.moved_down == 0 and _tier(shop, lapsed) == "silver"

    # Fifteen months on, the 12-month window is empty and the 2028 review has passed.
    shop.clock.at = datetime(2028, 2, 15, 12, tzinfo=UTC)
    steady = _silver(shop, "Ola Steady")  # bought again this year: keeps Silver
    review = review_tiers(shop.uow, actor=SYSTEM, clock=shop.clock)
    assert review.moved_down == 1
    assert _tier(shop, lapsed) == "bronze" and _tier(shop, steady) == "silver"
    with sqlite3.connect(shop.app.config.db_path) as db:
        rows = db.execute("SELECT actor, details FROM audit_log WHERE action = 'tier_changed'").fetchall()
    downs = [(actor, json.loads(details)["member_id"]) for actor, details in rows
             if json.loads(details)["to"] == "bronze"]
    assert downs == [("system", lapsed)]
    report = tier_movements(shop.uow(readonly=True), start=datetime(2028, 2, 1, tzinfo=UTC),
                            end=datetime(2028, 3, 1, tzinfo=UTC))
    assert [(m.month, m.from_name, m.to_name, m.upgrade, m.members) for m in report.movements
            if not m.upgrade] == [("2028-02", "Silver", "Bronze", False, 1)]

    # The same review is not applied twice, however often the daily job runs.
    shop.clock.advance(days=30)
    again = review_tiers(shop.uow, actor=SYSTEM, clock=shop.clock)
    assert again.reviewed == 0 and again.moved_down == 0


def test_members_in_the_entry_tier_are_never_read(shop: Shop) -> None:
    for number in range(3):
        shop.enrol(f"Entry Member {number}")
    shop.clock.at = datetime(2028, 2, 15, 12, tzinfo=UTC)
    assert review_tiers(shop.uow, actor=SYSTEM, clock=shop.clock).reviewed == 0


def test_a_member_upgraded_at_the_till_meanwhile_is_left_alone(shop: Shop) -> None:
    member_id = _silver(shop, "Race Larsen")
    with shop.uow() as uow:
        # The review read "bronze", the till upgraded to silver in between: nothing is written.
        assert not uow.members.set_tier(member_id, "bronze", reviewed_at=shop.clock.now(), if_tier="bronze")
        uow.commit()
    assert _tier(shop, member_id) == "silver"
