"""A demo shop registered as head office brings its members to the chain (its seed marks
its history as sent, though it was sent nowhere), and so does a real shop that joins
sync late; on the real server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
import sqlalchemy as sa

from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.demo.seed import seed_demo
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.sync.round import register, run_sync_round
from loyalty_pos.sync.server import tables as t
from tests.integration.conftest import NOW
from tests.sync.conftest import CHAIN_URL, make_till
from tests.sync.real_server import RealServer

DEMO_MEMBERS = 12


@pytest.fixture
def server(api: str, engine: sa.engine.Engine) -> Iterator[RealServer]:
    made = RealServer(api, engine)
    yield made
    made.close()


def _members_and_balances(uow_factory) -> dict[str, int]:  # type: ignore[no-untyped-def]
    uow = uow_factory()
    with uow:
        db = uow.connection
        return dict(db.exec_driver_sql(
            "SELECT m.id, coalesce(b.balance, 0) FROM members m LEFT JOIN balances b ON b.member_id = m.id").all())


def test_a_demo_head_office_brings_its_members_to_a_till_that_joins(server: RealServer, tmp_path: Path) -> None:
    config = Config.load(tmp_path / "office")
    seed_demo(config, members=DEMO_MEMBERS, seed=5, clock=FixedClock(NOW))
    with ExitStack() as stack:
        office = open_app(config, clock=FixedClock(NOW))
        stack.callback(office.close)
        demo = _members_and_balances(office.uow)
        assert len(demo) == DEMO_MEMBERS and any(demo.values())
        code = server.add_terminal("office", head_office=True)
        register(office.uow, CHAIN_URL, code, "office", clock=office.clock, transport=server.transport())

        first = run_sync_round(office.uow, clock=office.clock, transport=server.transport())

        assert first.error is None and first.waiting == 0
        with server.engine.connect() as connection:
            assert connection.execute(sa.select(sa.func.count()).select_from(t.members)).scalar_one() == DEMO_MEMBERS
        for member_id, balance in demo.items():
            assert server.balance(member_id) == balance
        joined = make_till(stack, server, tmp_path / "b", "till-b")
        assert joined.sync().error is None
        assert _members_and_balances(joined.app.uow) == demo
        assert joined.check_problems() == []
        # Pushed once: a second round sends nothing again, nor does registering again.
        assert run_sync_round(office.uow, clock=office.clock, transport=server.transport()).pushed == 0
        again = server.add_terminal("office again", head_office=True)
        register(office.uow, CHAIN_URL, again, "office again", clock=office.clock, transport=server.transport())
        assert run_sync_round(office.uow, clock=office.clock, transport=server.transport()).pushed == 0
