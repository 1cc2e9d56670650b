"""Head office publishes the shop; a till joins a chain instead of creating one.

Head office is a demo shop registered as a head-office terminal; tills A and B join
through ``jobs/chain_join`` exactly as the setup window and ``loyalty-pos join`` do."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from loyalty_pos.app import open_app
from loyalty_pos.cards.keys import read_ring
from loyalty_pos.cards.payload import encode_qr_payload
from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.config import Config
from loyalty_pos.demo import shop as demo
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.members import Consents, new_card_number
from loyalty_pos.domain.program_codec import program_to_dict
from loyalty_pos.jobs.card_key_ring import key_file_problems, rotate
from loyalty_pos.jobs.chain_join import JoinFailed, join_chain
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.jobs.shop_setup import shop_exists
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.membership import EnrolMember, enrol
from loyalty_pos.services.ports import AuditFilter
from loyalty_pos.services.program.catalog import publish, save_draft
from loyalty_pos.services.shop.auth import sign_in
from loyalty_pos.services.shop.head_office import has_pending
from loyalty_pos.sync.round import register, run_sync_round
from loyalty_pos.sync.till_link import register_till
from tests.integration.conftest import demo_shop_at
from tests.sync.conftest import BOTH_SERVERS, CHAIN_URL, server_for
from tests.sync.contract_server import ContractServer
from tests.sync.real_server import RealServer

Server = ContractServer | RealServer


@pytest.fixture(params=BOTH_SERVERS)
def server(request: pytest.FixtureRequest) -> Iterator[Server]:
    yield from server_for(request)


def _programs(app: Any) -> dict[str, Any]:
    uow = app.uow()
    with uow:
        program = uow.program.published()
    return program_to_dict(replace(program, version=0))


def _products(app: Any) -> list[Any]:
    uow = app.uow()
    with uow:
        return list(uow.products.search("", cursor=None, limit=500).rows)


class Chain:
    def __init__(self, stack: ExitStack, server: Server, root: Path) -> None:
        self.server, self.root, self.stack = server, root, stack
        self.office = stack.enter_context(demo_shop_at(root / "office"))
        code = server.add_terminal("office", head_office=True)
        register(self.office.uow, CHAIN_URL, code, "office", clock=self.office.clock, transport=server.transport())

    def office_round(self) -> Any:
        return run_sync_round(self.office.uow, clock=self.office.clock, transport=self.server.transport(),
                              keys=self.office.till_keys())

    def join(self, name: str, code: str | None = None) -> Any:
        transport = self.server.transport()
        config = Config.load(self.root / name)
        return join_chain(
            config, CHAIN_URL, code or self.server.add_terminal(name), terminal_name=name,
            register=lambda make_uow, url, code, terminal_name, *, clock: register_till(
                make_uow, server_url=url, code=code, clock=clock, terminal_name=terminal_name, transport=transport),
            run_round=partial(run_sync_round, transport=transport), clock=self.office.clock)

    def open(self, name: str) -> Any:
        return self.stack.enter_context(_opened(self.root / name, self.office.clock))

    def round(self, app: Any, *, apply_published: bool = True) -> Any:
        return run_sync_round(app.uow, clock=app.clock, transport=self.server.transport(),
                              keys=app.till_keys(), apply_published=apply_published)


class _opened:
    def __init__(self, directory: Path, clock: Any) -> None:
        self.directory, self.clock = directory, clock

    def __enter__(self) -> Any:
        self.app = open_app(Config.load(self.directory), clock=self.clock)
        return self.app

    def __exit__(self, *exc: object) -> None:
        self.app.close()


@pytest.fixture
def chain(server: Server, tmp_path: Path) -> Iterator[Chain]:
    with ExitStack() as stack:
        yield Chain(stack, server, tmp_path)


def test_joined_tills_scan_each_others_cards_sign_in_head_offices_manager_and_run_its_program(chain: Chain) -> None:
    assert chain.office_round().error is None
    chain.join("a")
    chain.join("b")
    a, b = chain.open("a"), chain.open("b")

    ada = enrol(a.uow(), EnrolMember(name="Ada Lovelace", phone="+4791234567",
                                     consents=Consents(marketing=True, data_processing=True)),
                actor=Actor("cashier", Role.CASHIER, "A"), clock=a.clock)
    printed = encode_qr_payload(ada.cards[0].number, read_ring(a.config.key_path))  # as A prints it
    assert chain.round(a).error is None
    assert chain.round(b).error is None

    scanned = classify_scan(printed, read_ring(b.config.key_path))
    assert scanned.accepted and scanned.value == ada.cards[0].number
    uow = b.uow()
    with uow:
        assert uow.members.by_card(scanned.value) is not None
    manager = sign_in(b.uow(), username=demo.MANAGER_USER, pin=demo.MANAGER_PIN, terminal_id="B", clock=b.clock)
    assert manager.role is Role.MANAGER
    assert _programs(b) == _programs(chain.office)
    assert _products(b) == _products(chain.office)


def test_a_program_change_at_head_office_reaches_a_till_between_sales(chain: Chain) -> None:
    chain.office_round()
    chain.join("b")
    b = chain.open("b")
    office = chain.office
    manager = Actor(demo.MANAGER_USER, Role.MANAGER, "HQ")
    uow = office.uow()
    with uow:
        program = uow.program.published()
    richer = replace(program, earning=replace(program.earning, points_per_step=program.earning.points_per_step + 4))
    save_draft(office.uow(), richer, actor=manager, clock=office.clock)
    publish(office.uow(), actor=manager, clock=office.clock)
    before = _programs(b)
    assert chain.office_round().error is None

    # The window's worker: the round keeps it for later, a sale in progress sees the old program.
    assert chain.round(b, apply_published=False).error is None
    assert has_pending(b.uow()) and _programs(b) == before
    assert chain.round(b).error is None  # between sales
    assert not has_pending(b.uow())
    assert _programs(b) == _programs(office) != before


@pytest.mark.parametrize("server", ["contract"], indirect=True)  # the scenario above runs on both
def test_a_wrong_code_leaves_no_shop_and_the_join_can_be_retried(chain: Chain) -> None:
    chain.office_round()
    with pytest.raises(LoyaltyError, match="enrolment code|refused"):
        chain.join("c", code="WRONGCODE123")
    config = Config.load(chain.root / "c")
    assert not shop_exists(config) and not config.key_path.exists()
    assert list(config.data_dir.glob(".setup-*")) == []
    chain.join("c")
    assert shop_exists(config)


@pytest.mark.parametrize("server", ["contract"], indirect=True)  # the scenario above runs on both
def test_a_join_before_head_office_published_leaves_no_shop(chain: Chain) -> None:
    with pytest.raises(JoinFailed, match="has not published"):
        chain.join("d")
    assert not shop_exists(Config.load(chain.root / "d"))


@pytest.mark.parametrize("server", ["contract"], indirect=True)  # the scenario above runs on both
def test_only_head_office_publishes_and_only_a_terminal_of_the_chain_reads_it(chain: Chain) -> None:
    import httpx

    chain.office_round()
    with httpx.Client(transport=chain.server.transport(), base_url=CHAIN_URL) as client:
        assert client.get("/v1/published").status_code == 401  # no token: no key ring
    chain.join("e")
    e = chain.open("e")
    chain.server.revoke("e")
    assert chain.round(e).error_code == "disconnected"  # a 401: the publication is not sent


def _card(n: int) -> str:
    return new_card_number(lambda _bound: n)


def _checked(app: Any) -> list[str]:
    return check_file(app.config.db_path).problems + key_file_problems(app.config.db_path, app.config.key_path)


def _audited(app: Any, event_type: str) -> list[Any]:
    uow = app.uow()
    with uow:
        return list(uow.audit.search(AuditFilter(action=event_type), cursor=None, limit=10).rows)


def test_head_offices_rotated_key_reaches_a_running_till_which_keeps_its_old_keys(chain: Chain) -> None:
    chain.office_round()
    chain.join("b")
    b = chain.open("b")
    office = chain.office
    old_card = encode_qr_payload(_card(1), read_ring(office.config.key_path))
    rotate(office.uow, office.config.key_path, actor=Actor(demo.MANAGER_USER, Role.MANAGER, "HQ"), clock=office.clock)
    rotated = read_ring(office.config.key_path)
    new_card = encode_qr_payload(_card(2), rotated)
    assert not classify_scan(new_card, b.key).accepted  # the bug: B refused head office's new cards
    assert chain.office_round().error is None

    assert chain.round(b).error is None
    assert classify_scan(new_card, b.key).accepted  # the open App, no restart
    assert classify_scan(old_card, b.key).accepted
    assert read_ring(b.config.key_path) == rotated == b.key
    assert _checked(b) == []
    assert _audited(b, "card_key_ring_received")
    assert chain.round(b).error is None and read_ring(b.config.key_path) == rotated  # nothing new: nothing done


class _SwappedRing:
    """A compromised server's publication: head office's keys replaced by another."""

    def __init__(self, keys: tuple[bytes, ...]) -> None:
        self.keys = keys

    def read(self) -> tuple[bytes, ...]:
        return self.keys

    def received(self, keys: tuple[bytes, ...]) -> None:
        raise AssertionError("head office never takes a ring")


@pytest.mark.parametrize("server", ["contract"], indirect=True)  # the scenario above runs on both
def test_a_published_ring_that_drops_a_key_is_refused_and_the_till_keeps_its_own(chain: Chain) -> None:
    chain.office_round()
    chain.join("b")
    b = chain.open("b")
    kept = read_ring(b.config.key_path)
    old_card = encode_qr_payload(_card(1), kept)
    assert run_sync_round(chain.office.uow, clock=chain.office.clock, transport=chain.server.transport(),
                          keys=_SwappedRing((bytes(range(32)),))).error is None

    assert chain.round(b).error is None and not has_pending(b.uow())  # the rest of the publication applies
    assert read_ring(b.config.key_path) == kept == b.key
    assert classify_scan(old_card, b.key).accepted
    assert not classify_scan(encode_qr_payload(_card(3), bytes(range(32))), b.key).accepted
    assert _checked(b) == []
    assert _audited(b, "card_key_ring_refused")
