"""A sale's event carries its lines and receipt: a backlog of big baskets must never make a
push the server refuses for good (2 MiB a request). The cap is scaled down to a few sales,
on the contract server only (it reads its cap per request); one till is enough."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.sync.conftest import make_till
from tests.sync.contract_server import ContractServer
from tests.sync.test_chain_sales import sell


def test_sales_carrying_their_lines_are_pushed_in_requests_the_server_takes(
        server: ContractServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tests.sync.contract_server.MAX_BODY", 12_000)
    monkeypatch.setattr("loyalty_pos.sync.round.PUSH_BYTES", 10_000)
    with ExitStack() as stack:
        a = make_till(stack, server, tmp_path / "a", "till-a")
        ada = a.enrol("Ada Lovelace")
        receipts = {sell(a, ada.id) for _ in range(6)}

        pushed = a.sync()

    assert pushed.error is None and pushed.waiting == 0
    assert len({event["event_id"] for event in server.events}) == len(server.events)
    sales = {event["payload"]["receipt_no"] for event in server.events if event["kind"] == "sale_committed"}
    assert sales == receipts
    assert all(event["payload"]["sold"]["lines"] for event in server.events if event["kind"] == "sale_committed")
