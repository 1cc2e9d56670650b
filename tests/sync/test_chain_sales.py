"""A sale synced from one till is taken back at another; a line taken back at two offline
tills is listed for a manager, never refunded a third time."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.returns import ProcessReturn, process_return, quote_return
from tests.sync.conftest import BOTH_SERVERS, Till, server_for
from tests.sync.contract_server import ContractServer
from tests.sync.real_server import RealServer


@pytest.fixture(params=BOTH_SERVERS)
def server(request: pytest.FixtureRequest) -> Iterator[ContractServer | RealServer]:
    yield from server_for(request)


def sell(till: Till, member_id: str, quantity: int = 2) -> str:
    result = checkout(till.app.uow(), Checkout(str(uuid.uuid4()), member_id, (SaleLineInput("COF-FIL", quantity),),
                                               (), tender="card"), actor=till.cashier, clock=till.app.clock)
    return result.receipt.receipt_no


def take_back(till: Till, receipt_no: str, quantity: int = 1) -> None:
    process_return(till.app.uow(), ProcessReturn(str(uuid.uuid4()), receipt_no, (ReturnLine(1, quantity),)),
                   actor=till.manager, clock=till.app.clock)


def test_a_sale_made_at_a_is_returned_at_b_by_its_receipt_number(tills: tuple[Till, Till]) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace")
    receipt_no = sell(a, ada.id)
    assert a.sync().error is None and b.sync().error is None
    earned = b.balance(ada.id)
    assert earned == a.balance(ada.id)

    quote = quote_return(b.app.uow(), receipt_no.lower())  # typed as a cashier would
    assert quote.sale.terminal_id == a.cashier.terminal_id and quote.remaining == {1: 2}
    take_back(b, receipt_no)
    for till in (b, a, b):
        assert till.sync().error is None

    assert a.balance(ada.id) == b.balance(ada.id) == a.server.balance(ada.id) < earned
    assert quote_return(a.app.uow(), receipt_no).remaining == {1: 1}  # A counts B's return
    assert a.check_problems() == [] and b.check_problems() == []


def test_a_line_returned_at_both_offline_tills_is_listed_and_not_returned_again(tills: tuple[Till, Till]) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace")
    receipt_no = sell(a, ada.id, quantity=1)
    a.sync()
    b.sync()
    take_back(a, receipt_no)  # both offline: each sees one coffee still to return
    take_back(b, receipt_no)
    for till in (a, b, a, b):
        assert till.sync().error is None

    for till in (a, b):
        assert quote_return(till.app.uow(), receipt_no).remaining == {1: -1}
        with pytest.raises(ValidationError):
            take_back(till, receipt_no)
    assert a.balance(ada.id) == b.balance(ada.id) == a.server.balance(ada.id)
