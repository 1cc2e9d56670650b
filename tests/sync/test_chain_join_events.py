"""A new till's join carries everything a chain shares, not only members, cards and points:
gift-card entries, donations, badges, paid memberships and referral links, on the real
server (PostgreSQL), through ``join_chain`` as setup and ``loyalty-pos join`` run it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from loyalty_pos.domain.member_actions import referral_code
from loyalty_pos.domain.members import Consents
from loyalty_pos.services.actor import SYSTEM, Actor, Role
from loyalty_pos.services.members.charity import donate_points
from loyalty_pos.services.members.membership import EnrolMember, enrol
from loyalty_pos.services.members.paid_tier import sell_paid_tier
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.members.tier_review import review_tiers
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.gift_cards import GiftCardPayment, load_gift_card
from loyalty_pos.services.sale.till import refresh_sale
from loyalty_pos.services.shop.action_report import member_action_report
from loyalty_pos.services.shop.counting_reports import counting_report
from loyalty_pos.services.shop.giving_reports import charity_report, gift_card_report
from loyalty_pos.sync.server.migrations.versions import (
    s0006_events_outside_snapshot as s0006,
)
from loyalty_pos.sync.server.queries import before_snapshot
from loyalty_pos.sync.server.snapshot import SNAPSHOT_KINDS
from tests.sync.conftest import ApiTill, enrolled, entry
from tests.sync.real_server import RealServer
from tests.sync.test_head_office import Chain


@pytest.fixture
def server(api: str, engine: sa.engine.Engine) -> Iterator[RealServer]:
    made = RealServer(api, engine)
    yield made
    made.close()


@pytest.fixture
def chain(server: RealServer, tmp_path: Path) -> Iterator[Chain]:
    with ExitStack() as stack:
        yield Chain(stack, server, tmp_path)


def _member(name: str, code: str | None = None) -> EnrolMember:
    return EnrolMember(name=name, consents=Consents(marketing=True, data_processing=True), referral_code=code)


def _panel(app: Any, member_id: str) -> Any:
    view = refresh_sale(app.uow(), Checkout(str(uuid.uuid4()), member_id, (SaleLineInput("COF-FIL", 1),)),
                        clock=app.clock, actor=Actor("cashier", Role.CASHIER, "T"))
    counting = view.member.counting
    return [badge.id for badge in counting.badges], counting.paid_name, counting.paid_until, view.member.panel.member.tier_code


def test_a_joining_till_has_the_chains_gift_cards_donations_badges_paid_years_and_referrals(chain: Chain) -> None:
    office = chain.office
    cashier, manager = Actor("cashier", Role.CASHIER, "O"), Actor("manager", Role.MANAGER, "O")
    ada = enrol(office.uow(), _member("Ada Lovelace"), actor=cashier, clock=office.clock)
    bob = enrol(office.uow(), _member("Bob Friend", referral_code(ada.id)), actor=cashier, clock=office.clock)
    card = load_gift_card(office.uow(), number=None, amount_minor=5_000, tender="card", actor=cashier,
                          clock=office.clock).number
    checkout(office.uow(), Checkout(str(uuid.uuid4()), ada.id, (SaleLineInput("COF-FIL", 1),),
                                    gift_card=GiftCardPayment(card, 2_000)), actor=cashier, clock=office.clock)
    adjust_points(office.uow(), member_id=ada.id, points=500, reason="test", actor=manager, clock=office.clock)
    donate_points(office.uow(), member_id=ada.id, charity_id="red-cross", points=400, actor=cashier,
                  clock=office.clock)
    sold = sell_paid_tier(office.uow(), ada.id, "gold-year", actor=cashier, clock=office.clock)
    assert chain.office_round().error is None

    chain.join("c")
    c = chain.open("c")

    now = office.clock.now()
    day = (now.replace(hour=0, minute=0), now.replace(hour=23, minute=59))
    assert gift_card_report(c.uow(), start=day[0], end=day[1]) == gift_card_report(office.uow(), start=day[0],
                                                                                    end=day[1])
    assert gift_card_report(c.uow(), start=day[0], end=day[1]).outstanding_minor == 3_000
    (row,) = charity_report(c.uow(), start=day[0], end=day[1])
    assert (row.charity_name, row.points) == ("Red Cross", 400)
    assert charity_report(c.uow(), start=day[0], end=day[1]) == charity_report(office.uow(), start=day[0],
                                                                                end=day[1])
    assert _panel(c, ada.id) == _panel(office, ada.id) == (["first"], "Gold membership", sold.until, "gold")
    # Reports › Badges and Paid memberships, and the referrals made, read as at the first till.
    assert counting_report(c.uow(), start=day[0], end=day[1], now=now) == \
        counting_report(office.uow(), start=day[0], end=day[1], now=now)
    actions = member_action_report(c.uow(), start=day[0], end=day[1], now=now)
    assert actions.referrals_made == member_action_report(office.uow(), start=day[0], end=day[1],
                                                          now=now).referrals_made == 1
    # Bob's first purchase is at the new till: the link it pulled pays both sides there.
    friend = checkout(c.uow(), Checkout(str(uuid.uuid4()), bob.id, (SaleLineInput("COF-FIL", 1),)),
                      actor=Actor("cashier", Role.CASHIER, "C"), clock=c.clock)
    assert "referral:friends" in [line.rule for line in (*friend.receipt.points_lines, *friend.receipt.awards)]
    # The new till's review passes Ada by while her paid year holds.
    c.clock.at = datetime(sold.until.year, 2, 15, 12, tzinfo=UTC)
    review_tiers(c.uow, actor=SYSTEM, clock=c.clock)
    assert _panel(c, ada.id)[3] == "gold"


def test_the_pull_after_a_snapshot_pages_the_kinds_it_did_not_carry_then_everything(till: ApiTill) -> None:
    """Paged across the snapshot's seq (pages of 2): the kinds it did not carry, whatever
    they are (a kind another release adds too), in seq order, once each, then all."""
    events = [till.event("member_enrolled", "m1", enrolled("m1")),
              till.event("gift_card_entry", "g1", _gift("g1")),
              till.event("ledger_entry", "e1", entry("m1", 10)),
              till.event("badge_earned", "m1", {"member_id": "m1", "badge_id": "first", "sale_id": None}),
              till.event("ledger_entry", "e2", entry("m1", 5)),
              till.event("gift_card_entry", "g2", _gift("g2"))]
    assert till.push(events).status_code == 200
    as_of = till.client.get("/v1/snapshot").json()["as_of"]
    later = till.event("ledger_entry", "e3", entry("m1", 1))
    assert till.push([later]).status_code == 200
    got, since = [], 0
    for _ in range(10):
        page = till.client.get("/v1/pull", params={"since": since, "limit": 2, "snapshot": as_of}).json()
        got += [event["event_id"] for event in page["events"]]
        since = page["next_cursor"]
        if not page["more"]:
            break
    assert got == [events[1]["event_id"], events[3]["event_id"], events[5]["event_id"], later["event_id"]]
    assert since == as_of + 1


def test_the_pull_before_a_snapshot_reads_only_the_events_it_did_not_carry(engine: sa.engine.Engine) -> None:
    """By the partial index of s0006, not by every event's seq: a join's extra pull costs
    what those events are, not what the chain's million members are."""
    query = before_snapshot(0, 1_000_000, 1001).compile(dialect=engine.dialect,
                                                        compile_kwargs={"literal_binds": True})
    with engine.connect() as connection:
        connection.exec_driver_sql("SET enable_seqscan = off")  # an empty table would be scanned whole
        plan = "\n".join(row[0] for row in connection.exec_driver_sql(f"EXPLAIN {query}"))
    assert "ix_events_outside_snapshot" in plan, plan


def test_the_index_names_the_kinds_the_snapshot_carries() -> None:
    """Were a kind taken out of the snapshot, the index would no longer cover the pull's condition."""
    assert set(s0006.SNAPSHOT_KINDS) == SNAPSHOT_KINDS


def _gift(entry_id: str) -> dict[str, Any]:
    return {"id": entry_id, "card_number": "GC0000000017", "kind": "issue", "amount_minor": 5_000, "currency": "NOK",
            "at": "2026-12-06T09:00:00+00:00", "terminal_id": "T001", "actor": "kari", "sale_ref": None}
