"""The sync benchmarks run end to end at a small N against the contract server (their
targets are judged by ``bench --sync``, never in a timed test)."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import timedelta
from pathlib import Path

from loyalty_pos.bench.sync_client import drain_backlog, fill_backlog, member_events, publish, pull_chain
from loyalty_pos.sync.client import SyncClient
from tests.sync.conftest import CHAIN_URL, Till, make_till
from tests.sync.contract_server import ContractServer


def test_a_backlog_drains_and_a_new_till_pulls_the_chain(tills: tuple[Till, Till], server: ContractServer,
                                                        tmp_path: Path) -> None:
    a, _ = tills
    a.sync()
    fill_backlog(a.app.uow, 1_200, end=a.app.clock.now(), terminal_id="T001")
    figure, rate = drain_backlog(a.app.uow, clock=a.app.clock, transport=server.transport())
    assert rate > 0 and figure.name.startswith("sync: drain a 1,200-event backlog")
    assert len(server.events) >= 1_200

    source = server.add_terminal("head-office")
    answer = SyncClient(CHAIN_URL, transport=server.transport()).enrol(source, "head-office", "bench")
    with SyncClient(CHAIN_URL, answer["token"], transport=server.transport()) as client:
        assert publish(client, member_events(300, start=a.app.clock.now() - timedelta(days=1), node="T009")) == 300
    with ExitStack() as stack:
        new = make_till(stack, server, tmp_path / "new", "new-till")
        figure, rate = pull_chain(new.app.uow, 300, clock=new.app.clock, transport=server.transport())
        assert rate > 0
        assert new.member("00000000-0000-0000-0000-00000000012c") is not None  # the 300th
