"""A sale synced from one till is taken back at another; what offline tills did twice (a line
returned at both, a balance overspent, one phone enrolled twice) is listed for a manager,
never settled silently. Scenarios share their pair of tills: each pair costs seconds to make."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.services.members.attention import needs_attention
from loyalty_pos.services.members.merge import merge_members
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.returns import (
    ProcessReturn,
    process_return,
    quote_return,
)
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


def sync_all(*tills: Till) -> None:
    for till in tills:
        assert till.sync().error is None


def test_a_sale_is_returned_at_another_till_and_a_line_returned_at_both_is_listed(tills: tuple[Till, Till]) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace")
    receipt_no = sell(a, ada.id)
    sync_all(a, b)
    earned = b.balance(ada.id)
    assert earned == a.balance(ada.id)

    quote = quote_return(b.app.uow(), receipt_no.lower())  # typed as a cashier would
    assert quote.sale.terminal_id == a.cashier.terminal_id and quote.remaining == {1: 2}
    take_back(b, receipt_no)
    sync_all(b, a, b)
    assert a.balance(ada.id) == b.balance(ada.id) == a.server.balance(ada.id) < earned
    assert quote_return(a.app.uow(), receipt_no).remaining == {1: 1}  # A counts B's return

    # Both offline now: each sees the last coffee still to return, and takes it back.
    take_back(a, receipt_no)
    take_back(b, receipt_no)
    sync_all(a, b, a, b)

    for till in (a, b):
        assert quote_return(till.app.uow(), receipt_no).remaining == {1: -1}
        with pytest.raises(ValidationError):  # never a third refund
            take_back(till, receipt_no)
        listed = needs_attention(till.app.uow(readonly=True)).over_returned
        assert [(row.line.receipt_no, row.line.line_no, row.line.sold, row.line.returned, row.member_name)
                for row in listed] == [(receipt_no, 1, 2, 3, "Ada Lovelace")]
    assert a.balance(ada.id) == b.balance(ada.id) == a.server.balance(ada.id)
    assert a.check_problems() == [] and b.check_problems() == []


def test_an_overspent_balance_and_a_phone_enrolled_twice_are_listed_and_a_merge_clears_the_phone(
        tills: tuple[Till, Till]) -> None:
    a, b = tills
    ada = a.enrol("Ada Lovelace", phone="+4791234567")
    a.give(ada.id, 100 - a.balance(ada.id))  # exactly one free coffee's worth
    assert needs_attention(a.app.uow(readonly=True)).count == 0
    b.app.clock.advance(minutes=5)  # type: ignore[attr-defined]  # B's tills' clocks are fixed: enrolled later
    again = b.enrol("Ada L.", phone="+4791234567")  # B, not yet synced, enrols her again
    sync_all(a, b)
    # Both offline: each till spends Ada's points.
    a.buy_coffee_with_points(ada.id)
    b.buy_coffee_with_points(ada.id)
    sync_all(a, b, a)

    for till in (a, b):
        listed = needs_attention(till.app.uow(readonly=True))
        assert [(row.member_id, row.name, row.balance) for row in listed.negative] == [(ada.id, "Ada Lovelace", -100)]
        assert [(row.phone, [h.member_id for h in row.holders]) for row in listed.shared_phones] == [
            ("+4791234567", [ada.id, again.id])]  # the first enrolled first: the one a merge keeps
    assert b.balance(ada.id) == -100  # listed, not fixed

    merge_members(b.app.uow(), keep_id=ada.id, duplicate_id=again.id, actor=b.manager, clock=b.app.clock)
    sync_all(b, a)

    for till in (a, b):
        assert needs_attention(till.app.uow(readonly=True)).shared_phones == ()
    assert a.balance(ada.id) == b.balance(ada.id) == a.server.balance(ada.id)

