"""Tills that sync: demo shops in tmp dirs, registered with one chain server.

``chain`` gives the server's transport and a way to add terminals; it is the in-process
contract server here (tests/sync/contract_server.py). At merge the integrator can
parametrise ``chain`` with the real server (a loopback URL) and run the same scenarios.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from loyalty_pos.app import App
from loyalty_pos.domain.members import Consents, Member
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.membership import EnrolMember, UpdateMember, enrol, update_member
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.sale.checkout import Checkout, RedemptionRequest, SaleLineInput, checkout
from loyalty_pos.services.shop.check import check_ledger
from loyalty_pos.sync.round import SyncRound, register, wire_event, run_sync_round
from tests.integration.conftest import demo_shop_at
from tests.sync.contract_server import ContractServer

CHAIN_URL = "https://chain.example"


@dataclass
class Till:
    app: App
    server: ContractServer
    cashier: Actor
    manager: Actor

    def sync(self) -> SyncRound:
        return run_sync_round(self.app.uow, clock=self.app.clock, transport=self.server.transport())

    def enrol(self, name: str, phone: str | None = None) -> Member:
        cmd = EnrolMember(name=name, phone=phone, consents=Consents(marketing=True, data_processing=True))
        return enrol(self.app.uow(), cmd, actor=self.cashier, clock=self.app.clock)

    def give(self, member_id: str, points: int) -> None:
        adjust_points(self.app.uow(), member_id=member_id, points=points, reason="sync test", actor=self.manager,
                      clock=self.app.clock)

    def buy_coffee_with_points(self, member_id: str) -> None:
        checkout(self.app.uow(), Checkout(str(uuid.uuid4()), member_id, (SaleLineInput("COF-FIL", 1),),
                                          (RedemptionRequest("free-coffee"),), tender="card"),
                 actor=self.cashier, clock=self.app.clock)

    def edit(self, member: Member, **fields: object) -> Member:
        values = {"name": member.name, "phone": member.phone, "email": member.email, "birthday": member.birthday,
                  "consents": member.consents, **fields}
        return update_member(self.app.uow(), UpdateMember(member.id, **values), actor=self.manager,  # type: ignore[arg-type]
                             clock=self.app.clock)

    def outbox_events(self) -> list[dict[str, object]]:
        uow = self.app.uow()
        with uow:
            return [wire_event(row) for row in uow.outbox.pending(100_000)]

    def balance(self, member_id: str) -> int:
        uow = self.app.uow()
        with uow:
            row = uow.balances.get(member_id)
        return 0 if row is None else row.balance

    def member(self, member_id: str) -> Member | None:
        uow = self.app.uow()
        with uow:
            return uow.members.get(member_id)

    def check_problems(self) -> list[str]:
        return check_ledger(self.app.uow(readonly=True)).problems


def make_till(stack: ExitStack, server: ContractServer, directory: Path, name: str) -> Till:
    app = stack.enter_context(demo_shop_at(directory))
    code = server.add_terminal(name)
    answer = register(app.uow, CHAIN_URL, code, name, clock=app.clock, transport=server.transport())
    terminal = answer["terminal_id"]
    return Till(app, server, Actor("cashier", Role.CASHIER, terminal), Actor("manager", Role.MANAGER, terminal))


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The client's backoff pauses, recorded instead of slept."""
    pauses: list[float] = []
    monkeypatch.setattr("loyalty_pos.sync.client.pause", pauses.append)
    return pauses


@pytest.fixture
def server() -> ContractServer:
    return ContractServer()


@pytest.fixture
def tills(server: ContractServer, tmp_path: Path) -> Iterator[tuple[Till, Till]]:
    with ExitStack() as stack:
        yield (make_till(stack, server, tmp_path / "a", "till-a"), make_till(stack, server, tmp_path / "b", "till-b"))


def transport_of(server: ContractServer) -> httpx.BaseTransport:
    return server.transport()
