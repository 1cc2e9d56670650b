"""Badges, paid memberships and referral links are chain-wide: two tills through the real
server (PostgreSQL), offline, reconnecting in either order (services/shop/chain_counting.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from loyalty_pos.domain.derived_ids import referral_award_id
from loyalty_pos.domain.member_actions import referral_code
from loyalty_pos.domain.members import Consents, Member
from loyalty_pos.gui.cashier.member_panel import MemberPanelWidget
from loyalty_pos.services.actor import SYSTEM
from loyalty_pos.services.members.membership import (
    EnrolMember,
    enrol,
    member_summary_from,
)
from loyalty_pos.services.members.paid_tier import sell_paid_tier
from loyalty_pos.services.members.tier_review import review_tiers
from loyalty_pos.services.sale.checkout import (
    Checkout,
    SaleLineInput,
    SaleResult,
    checkout,
)
from loyalty_pos.services.sale.till import refresh_sale
from loyalty_pos.services.shop.action_report import member_action_report
from loyalty_pos.services.shop.counting_history import UNANNOUNCED
from loyalty_pos.store.types import to_micros
from tests.gui.keyboard import save_png
from tests.sync.conftest import Till, server_for
from tests.sync.contract_server import ContractServer
from tests.sync.real_server import RealServer

ORDERS = ("a-first", "b-first")


@pytest.fixture(params=["real"])
def server(request: pytest.FixtureRequest) -> Iterator[ContractServer | RealServer]:
    yield from server_for(request)


def _buy(till: Till, member_id: str, code: str = "COF-FIL") -> SaleResult:
    return checkout(till.app.uow(), Checkout(str(uuid.uuid4()), member_id, (SaleLineInput(code, 1),), tender="card"),
                    actor=till.cashier, clock=till.app.clock)


def _reconnect(a: Till, b: Till, order: str) -> None:
    first, second = (a, b) if order == "a-first" else (b, a)
    for till in (first, second, first):
        assert till.sync().error is None


def _rows(till: Till, sql: str, *params: object) -> list[tuple[object, ...]]:
    uow = till.app.uow()
    with uow:
        return [tuple(row) for row in uow.connection.exec_driver_sql(sql, params).all()]  # type: ignore[attr-defined]


def _both_know(a: Till, b: Till, *members: Member) -> None:
    assert a.sync().error is None and b.sync().error is None
    for member in members:
        assert b.member(member.id) is not None


@pytest.mark.parametrize("order", ORDERS)
def test_a_badge_is_held_once_whatever_till_awards_it_the_earliest_award_kept(
        tills: tuple[Till, Till], order: str) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace")
    _both_know(a, b, ada)
    b.app.clock.advance(minutes=5)  # B's award is the later one
    assert _buy(a, ada.id).receipt.new_badges == ("First purchase",)
    assert _buy(b, ada.id).receipt.new_badges == ("First purchase",)  # offline: B cannot know of A's
    _reconnect(a, b, order)
    earliest = a.app.clock.now()
    for till in (a, b):
        held = _rows(till, "SELECT badge_id, earned_at FROM member_badges WHERE member_id = ?", ada.id)
        assert held == [("first", to_micros(earliest))]
    # Held at B via the chain: B's next sale neither awards nor prints it again, and shows it.
    sale = _buy(b, ada.id)
    assert sale.receipt.new_badges == ()
    assert sale.member is not None and sale.member.counting is not None
    assert [badge.id for badge in sale.member.counting.badges] == ["first"]


@pytest.mark.parametrize("order", ORDERS)
def test_a_paid_year_sold_at_a_is_honoured_at_b_and_bs_review_does_not_demote(tills: tuple[Till, Till],
                                                                              order: str) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace")
    _both_know(a, b, ada)
    sold = sell_paid_tier(a.app.uow(), ada.id, "gold-year", actor=a.cashier, clock=a.app.clock)  # B offline
    _reconnect(a, b, order)
    assert b.member(ada.id).tier_code == "gold"  # type: ignore[union-attr]
    sale = _buy(b, ada.id)
    assert (sale.receipt.paid_tier, sale.receipt.paid_until) == ("Gold membership", sold.until.isoformat())
    assert sale.member is not None and sale.member.counting is not None
    assert sale.member.counting.paid_until == sold.until
    # The next year's review at B passes the member by while the paid year holds.
    b.app.clock.at = datetime(sold.until.year, 2, 15, 12, tzinfo=UTC)
    assert b.app.clock.now().date() < sold.until
    review_tiers(b.app.uow, actor=SYSTEM, clock=b.app.clock)
    assert b.member(ada.id).tier_code == "gold"  # type: ignore[union-attr]
    # Pulled again (a second round, or a join that pulls it after its snapshot): still one row.
    assert b.sync().error is None
    assert _rows(b, "SELECT count(*) FROM paid_memberships WHERE member_id = ?", ada.id) == [(1,)]


def _referred(a: Till) -> tuple[Member, Member]:
    ada = a.enrol("Ada Lovelace")
    bob = enrol(a.app.uow(), EnrolMember(name="Bob Friend", consents=Consents(marketing=True, data_processing=True),
                                         referral_code=referral_code(ada.id)), actor=a.cashier, clock=a.app.clock)
    return ada, bob


def test_a_friend_referred_at_a_who_first_buys_at_b_pays_both_once(tills: tuple[Till, Till]) -> None:
    a, b = tills
    ada, bob = _referred(a)
    _both_know(a, b, ada, bob)
    before = b.balance(ada.id)
    _buy(b, bob.id)
    assert b.balance(ada.id) == before + 100  # "Bring a friend": the friend's side, at B
    assert a.sync().error is None and b.sync().error is None and a.sync().error is None
    assert a.balance(ada.id) == b.balance(ada.id) and a.balance(bob.id) == b.balance(bob.id)
    # A counts the conversion and pays nothing again at Bob's next purchase there.
    assert _rows(a, "SELECT sale_id IS NOT NULL FROM referrals WHERE referred_id = ?", bob.id) == [(1,)]
    now = a.app.clock.now()
    for till in (a, b):
        report = member_action_report(till.app.uow(), start=now.replace(hour=0), end=now.replace(hour=23), now=now)
        assert (report.referrals_made, report.referrals_converted) == (1, 1)
    after = a.balance(ada.id)
    _buy(a, bob.id)
    assert a.balance(ada.id) == after


@pytest.mark.parametrize("order", ORDERS)
def test_a_first_purchase_at_both_offline_tills_pays_the_referral_once(
        tills: tuple[Till, Till], server: RealServer, order: str) -> None:
    a, b = tills
    ada, bob = _referred(a)
    _both_know(a, b, ada, bob)
    _buy(a, bob.id)
    at_b = _buy(b, bob.id)  # offline: B holds the link A made, so it pays both sides too
    assert "referral:friends" in [line.rule for line in (*at_b.receipt.points_lines, *at_b.receipt.awards)]
    _reconnect(a, b, order)
    ids = [referral_award_id(bob.id, "friends", side) for side in ("referred", "referrer")]
    for till in (a, b):
        assert _rows(till, "SELECT count(*) FROM ledger WHERE id IN (?, ?)", *ids) == [(2,)]
        assert till.check_problems() == []
    for member in (ada, bob):
        assert a.balance(member.id) == b.balance(member.id) == server.balance(member.id)


def test_bs_member_panel_shows_the_badge_and_paid_year_from_a_and_b_does_not_award_it_again(
        tills: tuple[Till, Till], qtbot: QtBot) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace")
    _buy(a, ada.id)
    sold = sell_paid_tier(a.app.uow(), ada.id, "gold-year", actor=a.cashier, clock=a.app.clock)
    assert a.sync().error is None and b.sync().error is None
    view = refresh_sale(b.app.uow(), Checkout(str(uuid.uuid4()), ada.id, (SaleLineInput("COF-FIL", 1),)),
                        clock=b.app.clock, actor=b.cashier)
    assert view.member is not None
    panel = MemberPanelWidget()
    qtbot.addWidget(panel)
    panel.resize(360, 640)
    panel.show_summary(member_summary_from(view.member.panel.member, view.member.panel.balance))
    panel.show_member(view.member)
    panel.show()
    qtbot.waitExposed(panel)
    save_png(panel, "chain_member_panel_at_b")
    shown = panel.rewards.text()
    assert "Gold membership" in shown and "First purchase" in shown
    assert sold.until.strftime("%Y") in shown
    assert view.member.counting is not None and view.member.counting.new_badges == ()
    assert _buy(b, ada.id).receipt.new_badges == ()  # held via the chain: not awarded, nor printed, again


def test_what_a_till_held_before_the_upgrade_reaches_the_chain_at_its_next_round(tills: tuple[Till, Till]) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace")
    _both_know(a, b, ada)
    uow = a.app.uow()
    with uow:  # as the previous release kept it, no outbox row; migration 0025 marked the store
        uow.counting.award_badges(ada.id, ["regular"], a.app.clock.now(), None)
        uow.sync_state.set(UNANNOUNCED, "1", a.app.clock.now())
        uow.commit()
    assert a.sync().error is None and b.sync().error is None
    assert _rows(b, "SELECT badge_id FROM member_badges WHERE member_id = ?", ada.id) == [("regular",)]
    assert a.sync().pushed == 0  # queued once
