"""Two tills of one chain, through the contract server: members, points and cards move."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from loyalty_pos.domain.head_office import head_office_only
from loyalty_pos.domain.sync_link import read_link
from loyalty_pos.services.members.cards import block_card
from tests.sync.conftest import BOTH_SERVERS, Till, make_till, server_for
from tests.sync.contract_server import ContractServer
from tests.sync.real_server import RealServer


@pytest.fixture(params=BOTH_SERVERS)
def server(request: pytest.FixtureRequest) -> Iterator[ContractServer | RealServer]:
    yield from server_for(request)


def test_a_member_enrolled_at_a_is_found_at_b_with_the_same_balance(tills: tuple[Till, Till]) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace", phone="+4791234567")
    a.give(ada.id, 250)

    pushed = a.sync()
    pulled = b.sync()

    assert pushed.error is None and pushed.pushed > 0 and pushed.waiting == 0
    assert pulled.error is None and pulled.pulled > 0
    found = b.member(ada.id)
    assert found is not None and found.name == "Ada Lovelace" and found.phone == "+4791234567"
    assert [card.number for card in found.cards] == [card.number for card in ada.cards]
    assert b.balance(ada.id) == a.balance(ada.id) >= 250  # with the enrolment bonus
    assert b.check_problems() == []


@pytest.mark.parametrize("first", ["a", "b"])
def test_two_offline_tills_earn_and_redeem_for_one_member_then_agree(tills: tuple[Till, Till], first: str) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace")
    a.give(ada.id, 300)
    a.sync()
    b.sync()
    start = a.balance(ada.id)
    assert b.balance(ada.id) == start
    # Both offline now: each earns and redeems for Ada on its own.
    a.buy_coffee_with_points(ada.id)
    a.give(ada.id, 40)
    b.buy_coffee_with_points(ada.id)
    b.give(ada.id, 15)
    expected = start + (a.balance(ada.id) - start) + (b.balance(ada.id) - start)
    assert expected < a.balance(ada.id) and expected < b.balance(ada.id)  # each spent what the other cannot see yet

    order = (a, b) if first == "a" else (b, a)
    for till in (*order, *order):  # reconnect in this order; the second pass brings the other's news
        assert till.sync().error is None

    assert a.balance(ada.id) == b.balance(ada.id) == expected
    assert a.server.balance(ada.id) == expected
    assert a.check_problems() == [] and b.check_problems() == []


def test_a_card_blocked_at_a_is_refused_at_b_after_the_next_sync(tills: tuple[Till, Till]) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace")
    a.sync()
    b.sync()
    card = ada.cards[0].number
    block_card(a.app.uow(), card_number=card, reason="lost", actor=a.manager, clock=a.app.clock)
    a.sync()
    b.sync()
    found = b.member(ada.id)
    assert found is not None and [c.status.value for c in found.cards] == ["blocked"]


def test_a_revoked_token_stops_the_round_with_a_clear_error(tills: tuple[Till, Till], server: ContractServer) -> None:
    a, _ = tills
    a.enrol("Ada Lovelace")
    server.revoke("till-a")
    result = a.sync()
    assert result.error_code == "disconnected"
    assert "disconnected from the chain" in (result.error or "")
    assert result.waiting > 0  # nothing was marked sent
    uow = a.app.uow()
    with uow:
        assert "disconnected from the chain" in (uow.sync_state.get("last_error") or "")
        # What the status bar and the background worker go by: no more rounds until registered again.
        assert read_link(uow.sync_state.all()).disconnected


def test_a_joined_till_keeps_its_own_catalog_and_a_head_office_publishes_it(
        tills: tuple[Till, Till], server: ContractServer | RealServer, tmp_path: Path) -> None:
    a, _ = tills
    with ExitStack() as stack:
        office = make_till(stack, server, tmp_path / "office", "office", head_office=True)
        assert a.sync().error is None
        # A demo shop's catalog and program stay at the till that joined (its staff go to the chain).
        assert not any(head_office_only(event["kind"]) for event in server.events)
        uow = a.app.uow()
        with uow:
            assert uow.outbox.waiting() == 0 and read_link(uow.sync_state.all()).authoring_elsewhere

        published = office.sync()

        assert published.error is None and published.waiting == 0
        assert "product_saved" in {event["kind"] for event in server.events}
        uow = office.app.uow()
        with uow:
            assert uow.sync_state.get("chain_role") == "head_office"
