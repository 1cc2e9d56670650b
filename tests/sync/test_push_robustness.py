"""The network's faults: answers lost, pushes repeated and reordered, the server down,
two tills overspending offline, edits racing an erasure. Nothing lost, nothing doubled."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from loyalty_pos.services.members.erasure import erase_member
from loyalty_pos.sync.client import SyncClient, check_url
from loyalty_pos.services.shop.server_address import server_url_problem
from loyalty_pos.sync.errors import InsecureUrl
from tests.sync.conftest import BOTH_SERVERS, server_for, CHAIN_URL, Till
from tests.sync.contract_server import ContractServer
from tests.sync.real_server import RealServer


@pytest.fixture(params=BOTH_SERVERS)
def server(request: pytest.FixtureRequest) -> Iterator[ContractServer | RealServer]:
    yield from server_for(request)


def _ids(server: ContractServer) -> list[str]:
    return [event["event_id"] for event in server.events]


def test_an_answer_lost_once_is_retried_and_stored_once(tills: tuple[Till, Till], server: ContractServer,
                                                       no_waiting: list[float]) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace")
    a.give(ada.id, 120)
    queued = len(a.outbox_events())
    server.lose_next_answers = 1  # the push is stored, its answer never arrives

    result = a.sync()

    assert result.error is None and result.waiting == 0
    assert len(no_waiting) == 1  # one backoff pause before the retry
    assert len(_ids(server)) == len(set(_ids(server))) == queued
    b.sync()
    assert b.balance(ada.id) == a.balance(ada.id)


def test_a_round_cut_off_leaves_events_pending_and_the_next_round_doubles_nothing(
        tills: tuple[Till, Till], server: ContractServer) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace")
    a.give(ada.id, 80)
    queued = len(a.outbox_events())
    server.lose_next_answers = 100  # every attempt is stored, no answer ever comes back

    cut = a.sync()
    assert cut.error_code == "offline" and cut.waiting == queued

    server.lose_next_answers = 0
    again = a.sync()
    assert again.error is None and again.waiting == 0
    assert len(_ids(server)) == len(set(_ids(server))) == queued
    b.sync()
    assert b.balance(ada.id) == a.balance(ada.id) == server.balance(ada.id)


def test_the_same_batch_twice_is_counted_as_duplicates(tills: tuple[Till, Till], server: ContractServer) -> None:
    a, _ = tills
    a.enrol("Ada Lovelace")
    events = a.outbox_events()
    token = _token(a)
    with SyncClient(CHAIN_URL, token, transport=server.transport()) as client:
        batch_id = str(uuid.uuid4())
        first = client.push(batch_id, events, None)
        second = client.push(batch_id, events, None)
    assert (first["accepted"], first["duplicates"]) == (len(events), 0)
    assert (second["accepted"], second["duplicates"]) == (0, len(events))
    assert len(server.events) == len(events)


def test_events_pushed_in_reverse_order_still_arrive_whole(tills: tuple[Till, Till], server: ContractServer) -> None:
    """A till that retried its first batch after its second: points before their member."""
    a, b = tills
    ada = a.enrol("Ada Lovelace", phone="+4791234567")
    a.give(ada.id, 60)
    a.give(ada.id, 7)
    events = a.outbox_events()
    with SyncClient(CHAIN_URL, _token(a), transport=server.transport()) as client:
        for event in reversed(events):
            client.push(str(uuid.uuid4()), [event], None)

    first = b.sync()
    assert first.error is None and first.parked == 0
    assert b.balance(ada.id) == a.balance(ada.id) and b.member(ada.id) is not None
    assert b.check_problems() == []


def test_an_entry_whose_member_comes_in_a_later_page_waits_for_it(tills: tuple[Till, Till],
                                                                  server: ContractServer,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace")
    a.give(ada.id, 60)
    events = a.outbox_events()
    with SyncClient(CHAIN_URL, _token(a), transport=server.transport()) as client:
        for event in reversed(events):
            client.push(str(uuid.uuid4()), [event], None)
    monkeypatch.setattr("loyalty_pos.sync.round.PULL_PAGE", 1)  # one event a page: the entry comes first

    result = b.sync()

    assert result.error is None and result.parked == 0
    assert b.balance(ada.id) == a.balance(ada.id)
    uow = b.app.uow()
    with uow:
        assert uow.sync_state.parked() == 0


def test_two_offline_tills_overspending_leave_a_negative_balance_listed_not_fixed(
        tills: tuple[Till, Till]) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace")
    a.give(ada.id, 100 - a.balance(ada.id))  # exactly one free coffee's worth
    a.sync()
    b.sync()
    a.buy_coffee_with_points(ada.id)
    b.buy_coffee_with_points(ada.id)
    a.sync()
    merged = b.sync()
    assert ada.id in merged.negative_members
    assert b.balance(ada.id) < 0
    a.sync()
    assert a.balance(ada.id) == b.balance(ada.id)
    assert b.check_problems() == [] and a.check_problems() == []


def test_the_later_edit_wins_per_field_at_both_tills(tills: tuple[Till, Till]) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace", phone="+4791234567")
    a.sync()
    b.sync()
    a.edit(ada, phone="+4790000001", email="ada@a.example")
    b.app.clock.advance(minutes=1)  # b's edit of the phone is the later one
    at_b = b.member(ada.id)
    assert at_b is not None
    b.edit(at_b, phone="+4790000002")
    for till in (b, a, b, a):
        assert till.sync().error is None
    for till in (a, b):
        found = till.member(ada.id)
        assert found is not None and (found.phone, found.email) == ("+4790000002", "ada@a.example")


def test_an_erasure_beats_an_edit_made_elsewhere_later(tills: tuple[Till, Till]) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace", phone="+4791234567")
    a.sync()
    b.sync()
    erase_member(a.app.uow(), ada.id, actor=a.manager, clock=a.app.clock)
    b.app.clock.advance(hours=1)
    at_b = b.member(ada.id)
    assert at_b is not None
    b.edit(at_b, name="Ada King")
    for till in (a, b, a):
        assert till.sync().error is None
    for till in (a, b):
        found = till.member(ada.id)
        assert found is not None and found.status.value == "erased" and found.phone is None
        assert found.name != "Ada King"
    assert b.check_problems() == []


def test_the_server_down_is_offline_after_backoff(tills: tuple[Till, Till], server: ContractServer,
                                                 no_waiting: list[float]) -> None:
    a, _ = tills
    a.enrol("Ada Lovelace")
    server.down = True
    result = a.sync()
    assert result.error_code == "offline" and "cannot be reached" in (result.error or "")
    assert len(no_waiting) == 3 and all(0 <= pause <= 0.5 * 2 ** n for n, pause in enumerate(no_waiting))


@pytest.mark.parametrize("url", ["http://chain.example", "http://192.168.1.20:8000", "ftp://chain.example",
                                 "chain.example"])
def test_plain_http_is_refused_except_on_loopback(url: str) -> None:
    with pytest.raises(InsecureUrl):
        check_url(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765", "http://localhost:8765/", "http://[::1]:8765",
                                 "https://chain.example"])
def test_loopback_and_https_are_accepted(url: str) -> None:
    assert check_url(url) == url.rstrip("/")


@pytest.mark.parametrize("url", ["http://LOCALHOST:8765", "http://chain.example", "https://chain.example:port",
                                 "https://", "ftp://chain.example", "https://chain.example"])
def test_the_client_takes_exactly_the_addresses_the_settings_form_takes(url: str) -> None:
    try:
        check_url(url)
        taken = True
    except InsecureUrl:
        taken = False
    assert taken == (server_url_problem(url) is None)


def _token(till: Till) -> str:
    uow = till.app.uow()
    with uow:
        token = uow.sync_state.get("terminal_token")
    assert token is not None
    return token
