"""Services against a real SQLite file in tmp_path, set up as the demo shop; and the
store's own tests, each on a private copy of a migrated file (``template``/``engine``)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from loyalty_pos.app import App, open_app
from loyalty_pos.config import Config
from loyalty_pos.demo.catalog import install_demo_shop
from loyalty_pos.domain.approvals import ApprovalAction
from loyalty_pos.domain.members import Consents, Member
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.services.members.membership import EnrolMember, enrol
from loyalty_pos.services.shop.auth import issue_approval
from loyalty_pos.store.backup import backup
from loyalty_pos.store.engine import open_engine
from loyalty_pos.store.schema import upgrade
from loyalty_pos.store.unit_of_work import SqlUnitOfWork

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@dataclass
class Shop:
    app: App
    clock: FixedClock
    manager: Actor
    cashier: Actor

    def uow(self, readonly: bool = False):  # noqa: ANN201 - the port type
        return self.app.uow(readonly=readonly)

    def approve(self, action: ApprovalAction, amount_minor: int, subject_id: str, pin: str = "9999") -> str:
        """The id of a manager's approval typed at till 01 (the demo manager's PIN)."""
        return issue_approval(self.uow(), pin=pin, action=action, amount_minor=amount_minor,
                              subject_id=subject_id, terminal_id=self.cashier.terminal_id,
                              clock=self.clock).approval_id

    def enrol(self, name: str = "Ada Lovelace", phone: str | None = None, **extra: object) -> Member:
        cmd = EnrolMember(name=name, phone=phone, consents=Consents(marketing=True, data_processing=True), **extra)
        return enrol(self.uow(), cmd, actor=self.cashier, clock=self.clock)


@dataclass(frozen=True)
class ShopTemplate:
    data_dir: Path
    manager: Actor


@pytest.fixture(scope="session")
def shop_template(tmp_path_factory: pytest.TempPathFactory) -> ShopTemplate:
    """The demo shop set up once per worker: setting it up (staff PINs hashed, the catalog
    and program published) took about two seconds for each of some 300 tests."""
    data_dir = tmp_path_factory.mktemp("shop-template") / "data"
    app = open_app(Config.load(data_dir), clock=FixedClock(NOW), new_shop=True)
    try:
        manager = install_demo_shop(app.uow, app.clock)
    finally:
        app.close()
    return ShopTemplate(data_dir, manager)


@pytest.fixture
def shop(shop_template: ShopTemplate, tmp_path: Path) -> Iterator[Shop]:
    """A private copy of the template's whole data directory (database, chain head, card key)."""
    with demo_shop_copy_at(shop_template.data_dir, tmp_path / "data") as app:
        yield Shop(app, app.clock, shop_template.manager, Actor("cashier", Role.CASHIER, "01"))


def migrated_store(directory: Path, seed: Callable[[SqlUnitOfWork], None] | None = None) -> Path:
    """A database file at the newest schema, holding what ``seed`` adds, to copy per test."""
    path = directory / "loyalty.sqlite"
    upgrade(path, directory / "backups")
    if seed is not None:
        engine = open_engine(path)
        with SqlUnitOfWork(engine) as uow:
            seed(uow)
            uow.commit()
        engine.dispose()
    return path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty migrated store; a module whose tests need rows overrides this fixture."""
    return migrated_store(tmp_path_factory.mktemp("template"))


@pytest.fixture
def engine(template: Path, tmp_path: Path) -> Iterator[Engine]:
    """A private copy of the module's template: tests never see each other's writes."""
    engine = open_engine(backup(template, tmp_path / "loyalty.sqlite"))
    yield engine
    engine.dispose()


@contextmanager
def demo_shop_at(data_dir: Path) -> Iterator[App]:
    """Another shop, set up on its own with the demo's catalog: its own key and shop id."""
    app = open_app(Config.load(data_dir), clock=FixedClock(NOW), new_shop=True)
    install_demo_shop(app.uow, app.clock)
    try:
        yield app
    finally:
        app.close()


@contextmanager
def demo_shop_copy_at(template: Path, data_dir: Path) -> Iterator[App]:
    """A copy of a shop ``demo_shop_at`` made once (the same key and shop id as the template),
    opened on its own clock at NOW."""
    shutil.copytree(template, data_dir)
    app = open_app(Config.load(data_dir), clock=FixedClock(NOW))
    try:
        yield app
    finally:
        app.close()
