"""A sale's event carries its lines and receipt: a backlog of big baskets must never make a
push the server refuses for good (2 MiB a request). The cap is scaled down to a few sales,
on the contract server only (it reads its cap per request)."""

from __future__ import annotations

import pytest

from loyalty_pos.services.sale.returns import quote_return
from tests.sync.conftest import Till
from tests.sync.contract_server import ContractServer
from tests.sync.test_chain_sales import sell, sync_all


def test_sales_carrying_their_lines_are_pushed_in_requests_the_server_takes(
        tills: tuple[Till, Till], server: ContractServer, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = tills
    monkeypatch.setattr("tests.sync.contract_server.MAX_BODY", 12_000)
    monkeypatch.setattr("loyalty_pos.sync.round.PUSH_BYTES", 10_000)
    ada = a.enrol("Ada Lovelace")
    receipts = [sell(a, ada.id) for _ in range(6)]

    pushed = a.sync()

    assert pushed.error is None and pushed.waiting == 0
    assert len({event["event_id"] for event in server.events}) == len(server.events) >= 12
    sync_all(b)
    for receipt_no in receipts:
        assert quote_return(b.app.uow(), receipt_no).remaining == {1: 2}
