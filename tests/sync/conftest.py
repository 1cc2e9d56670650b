"""Sync fixtures: a real PostgreSQL for the session (pgserver: any user, no service), a fresh
database per test cloned from a migrated template, and the API on a loopback port; and tills
that sync (demo shops in tmp dirs registered with one chain server, by default the
in-process contract server of tests/sync/contract_server.py).

Under xdist each worker starts its own PostgreSQL in its own folder (about a second).
"""

from __future__ import annotations

import itertools
import os
import shutil
import signal
import socket
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pgserver
import pytest
import sqlalchemy as sa

from loyalty_pos.app import App
from loyalty_pos.domain.head_office import head_office_only
from loyalty_pos.domain.members import Consents, Member
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.membership import (
    EnrolMember,
    UpdateMember,
    enrol,
    update_member,
)
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.sale.checkout import (
    Checkout,
    RedemptionRequest,
    SaleLineInput,
    checkout,
)
from loyalty_pos.services.shop.check import check_ledger
from loyalty_pos.sync.round import SyncRound, register, run_sync_round, wire_event
from loyalty_pos.sync.server import schema, terminals
from loyalty_pos.sync.server.app import create_app
from loyalty_pos.sync.server.database import make_engine
from tests.integration.conftest import demo_shop_at, demo_shop_copy_at
from tests.sync.contract_server import ContractServer
from tests.sync.real_server import RealServer

TEMPLATE = "sync_template"
_databases = itertools.count(1)


@dataclass
class Postgres:
    socket_dir: str

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket_dir}"

    def admin(self, sql: str) -> None:
        engine = sa.create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
        with engine.connect() as connection:
            connection.exec_driver_sql(sql)
        engine.dispose()

    def fresh(self, template: str = TEMPLATE) -> str:
        name = f"sync_test_{next(_databases)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {template}")
        return self.url(name)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    # Not under pytest's tmp folder: run as root, pgserver runs PostgreSQL as its own
    # user, who cannot enter pytest-of-root (0700). A short path also keeps the socket's
    # name under the 107 characters a Unix socket allows.
    folder = tempfile.mkdtemp(prefix="lp-sync-pg-")
    os.chmod(folder, 0o755)
    server = pgserver.get_server(folder, cleanup_mode=None)
    uri = sa.engine.make_url(server.get_uri())
    pg = Postgres(uri.query["host"])
    # A scratch server: durability is not what these tests measure, and a clean stop's
    # checkpoint of every cloned database took a minute on a busy 2-core machine.
    for setting in ("fsync = off", "synchronous_commit = off", "full_page_writes = off"):
        pg.admin(f"ALTER SYSTEM SET {setting}")
    pg.admin("SELECT pg_reload_conf()")
    pg.admin(f"CREATE DATABASE {TEMPLATE}")
    engine = make_engine(pg.url(TEMPLATE))
    schema.migrate(engine)
    engine.dispose()  # a template must have no one connected when it is cloned
    yield pg
    stop_now(Path(folder))


def stop_now(pgdata: Path) -> None:
    """PostgreSQL's immediate shutdown (SIGQUIT to the postmaster): no checkpoint, the folder goes."""
    os.kill(int((pgdata / "postmaster.pid").read_text().split()[0]), signal.SIGQUIT)
    shutil.rmtree(pgdata, ignore_errors=True)


@pytest.fixture
def db_url(postgres: Postgres) -> str:
    return postgres.fresh()


@pytest.fixture
def engine(db_url: str) -> Iterator[sa.engine.Engine]:
    made = make_engine(db_url)
    yield made
    made.dispose()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ApiThread:
    """uvicorn in a thread of the test process, stopped as uvicorn's own signal handler would."""

    def __init__(self, engine: sa.engine.Engine) -> None:
        import uvicorn

        self.port = free_port()
        config = uvicorn.Config(create_app(engine), host="127.0.0.1", port=self.port, log_level="warning",
                                access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the API did not start")
            time.sleep(0.01)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def api(engine: sa.engine.Engine) -> Iterator[str]:
    with ApiThread(engine) as base:
        yield base


# -- a till's side of the contract, written against docs/SYNC_PROTOCOL.md with httpx ----


@dataclass
class ApiTill:
    base: str
    terminal_id: str
    token: str
    shop_id: str
    client: httpx.Client = field(repr=False)
    counter: itertools.count = field(default_factory=lambda: itertools.count(1))  # type: ignore[type-arg]

    @classmethod
    def enrol(cls, base: str, engine: sa.engine.Engine, name: str, shop: str = "s1",
              head_office: bool = False) -> ApiTill:
        code = terminals.add_terminal(engine, name, shop_id=shop, head_office=head_office).code
        client = httpx.Client(base_url=base, timeout=30)
        answer = client.post("/v1/terminals/enrol", json={"code": code, "terminal_name": name, "app_version": "1.0"})
        assert answer.status_code == 200, answer.text
        body = answer.json()
        client.headers["Authorization"] = f"Bearer {body['token']}"
        return cls(base, body["terminal_id"], body["token"], body["shop_id"], client)

    def hlc(self, millis: int | None = None) -> str:
        return f"{millis if millis is not None else 1_765_000_000_000 + next(self.counter):016d}-0000-{self.terminal_id}"

    def event(self, kind: str, key: str, payload: dict[str, Any], hlc: str | None = None,
              at: str = "2026-12-06T09:00:00.000Z") -> dict[str, Any]:
        return {"event_id": str(uuid.uuid4()), "kind": kind, "key": key, "at": at, "hlc": hlc or self.hlc(),
                "payload": {"schema_version": 1, **payload}}

    def push(self, events: list[dict[str, Any]], chain_head: dict[str, Any] | None = None) -> httpx.Response:
        return self.client.post("/v1/push", json={"batch_id": str(uuid.uuid4()), "events": events,
                                                  "chain_head": chain_head})

    def pull_all(self, since: int = 0, limit: int = 1000) -> tuple[list[dict[str, Any]], int]:
        got: list[dict[str, Any]] = []
        while True:
            answer = self.client.get("/v1/pull", params={"since": since, "limit": limit})
            assert answer.status_code == 200, answer.text
            page = answer.json()
            got.extend(page["events"])
            since = page["next_cursor"]
            if not page["more"]:
                return got, since

    def balance(self, member_id: str) -> int:
        answer = self.client.get(f"/v1/members/{member_id}/balance")
        assert answer.status_code == 200, answer.text
        return int(answer.json()["balance"])


def entry(member_id: str, points: int, *, kind: str = "earn", entry_id: str | None = None,
          at: str = "2026-12-06T09:00:00+00:00", terminal: str = "T001") -> dict[str, Any]:
    """A ledger_entry payload as LedgerEntryPosted.payload() writes it."""
    return {"id": entry_id or str(uuid.uuid4()), "member_id": member_id, "kind": kind, "points": points, "at": at,
            "terminal_id": terminal, "actor": "cashier", "sale_ref": None, "reason": None, "reward_id": None,
            "expires_at": None}


def enrolled(member_id: str, name: str = "Ada", phone: str | None = "+447700900123") -> dict[str, Any]:
    return {"member_id": member_id, "name": name, "phone": phone, "email": None, "birthday": None,
            "consent_marketing": True, "consent_data_processing": True, "card": f"9400{abs(hash(member_id)) % 10**12:012d}",
            "tier": "bronze"}


@pytest.fixture
def till(api: str, engine: sa.engine.Engine) -> Iterator[ApiTill]:
    made = ApiTill.enrol(api, engine, "ApiTill 1")
    yield made
    made.client.close()


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
        """What this till sends the chain: not its own program and catalog (head office's)."""
        uow = self.app.uow()
        with uow:
            return [wire_event(row) for row in uow.outbox.pending(100_000) if not head_office_only(row.kind)]

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


def make_till(stack: ExitStack, server: ContractServer | RealServer, directory: Path, name: str, *,
              head_office: bool = False, template: Path | None = None) -> Till:
    """``template``: a copy of that shop (see ``till_shops``) rather than one set up anew."""
    app = stack.enter_context(demo_shop_at(directory) if template is None else demo_shop_copy_at(template, directory))
    code = server.add_terminal(name, head_office=head_office)
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


# The till's scenarios run against both: the contract server (fast, in-process) and the real
# server on PostgreSQL. A module takes both by defining ``server`` with these params.
BOTH_SERVERS = ("contract", "real")


def server_for(request: pytest.FixtureRequest) -> Iterator[ContractServer | RealServer]:
    if request.param == "contract":
        yield ContractServer()
        return
    made = RealServer(request.getfixturevalue("api"), request.getfixturevalue("engine"))
    yield made
    made.close()


@pytest.fixture(scope="session")
def till_shops(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two demo shops, each with its own key and shop id, set up once per worker: setting
    one up took about two seconds, twice for each test of two tills."""
    made = []
    for name in ("a", "b"):
        directory = tmp_path_factory.mktemp(f"till-shop-{name}") / "data"
        with demo_shop_at(directory):
            made.append(directory)
    return made[0], made[1]


@pytest.fixture
def tills(server: ContractServer, tmp_path: Path, till_shops: tuple[Path, Path]) -> Iterator[tuple[Till, Till]]:
    with ExitStack() as stack:
        yield (make_till(stack, server, tmp_path / "a", "till-a", template=till_shops[0]),
               make_till(stack, server, tmp_path / "b", "till-b", template=till_shops[1]))


def transport_of(server: ContractServer) -> httpx.BaseTransport:
    return server.transport()
