"""Services against a real SQLite file in tmp_path, set up as the demo shop."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from loyalty_pos.app import App, open_app
from loyalty_pos.config import Config
from loyalty_pos.demo.catalog import install_demo_shop
from loyalty_pos.domain.members import Consents, Member
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.services.members import EnrolMember, enrol

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@dataclass
class Shop:
    app: App
    clock: FixedClock
    manager: Actor
    cashier: Actor

    def uow(self, readonly: bool = False):  # noqa: ANN201 - the port type
        return self.app.uow(readonly=readonly)

    def enrol(self, name: str = "Ada Lovelace", phone: str | None = None, **extra: object) -> Member:
        cmd = EnrolMember(name=name, phone=phone, consents=Consents(marketing=True, data_processing=True), **extra)
        return enrol(self.uow(), cmd, actor=self.cashier, clock=self.clock)


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    clock = FixedClock(NOW)
    app = open_app(Config.load(tmp_path / "data"), clock=clock)
    manager = install_demo_shop(app.uow, clock)
    try:
        yield Shop(app, clock, manager, Actor("cashier", Role.CASHIER, "01"))
    finally:
        app.close()
