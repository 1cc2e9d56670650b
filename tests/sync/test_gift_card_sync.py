"""Gift cards and donations are chain-wide: two tills through the real server (PostgreSQL)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from collections.abc import Iterator

import pytest

from loyalty_pos.domain.charity import Charity
from loyalty_pos.services.members.charity import donate_points
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.gift_cards import GiftCardPayment, gift_card_balance, load_gift_card
from loyalty_pos.services.shop.giving_reports import charity_report, gift_card_report
from tests.sync.conftest import Till, server_for
from tests.sync.contract_server import ContractServer
from tests.sync.real_server import RealServer


@pytest.fixture(params=["real"])
def server(request: pytest.FixtureRequest) -> Iterator[ContractServer | RealServer]:
    yield from server_for(request)


def _pay(till: Till, number: str, amount: int) -> None:
    cmd = Checkout(str(uuid.uuid4()), None, (SaleLineInput("COF-FIL", 1),), gift_card=GiftCardPayment(number, amount))
    checkout(till.app.uow(), cmd, actor=till.cashier, clock=till.app.clock)


def test_a_card_sold_at_a_is_spent_at_both_offline_and_both_agree_on_the_overspend(tills: tuple[Till, Till]) -> None:
    a, b = tills
    number = load_gift_card(a.app.uow(), number=None, amount_minor=5_000, tender="card", actor=a.cashier,
                            clock=a.app.clock).number
    assert a.sync().error is None and b.sync().error is None
    assert gift_card_balance(b.app.uow(), number).balance_minor == 5_000
    _pay(a, number, 3_000)  # each till sees 50.00 and spends 30.00 of it before they talk again
    _pay(b, number, 3_000)
    for till in (a, b, a):
        assert till.sync().error is None
    assert gift_card_balance(a.app.uow(), number).balance_minor == gift_card_balance(b.app.uow(), number) \
        .balance_minor == -1_000
    now = a.app.clock.now()
    for till in (a, b):
        overspent = gift_card_report(till.app.uow(), start=now, end=now).overspent
        assert [(row.number, row.balance_minor) for row in overspent] == [(number, -1_000)]


def test_a_donation_at_a_is_in_bs_charity_report(tills: tuple[Till, Till]) -> None:
    a, b = tills
    uow = a.app.uow()
    with uow:  # as head office's publication brings it: a chain's tills do not author the program
        program = uow.program.published()
        assert program is not None
        uow.program.save_draft(replace(program, charities=(Charity("red-cross", "Red Cross", 20, 100),)),
                               actor="head-office", at=a.app.clock.now())
        uow.program.publish(actor="head-office", at=a.app.clock.now())
        uow.commit()
    ada = a.enrol("Ada Lovelace")
    a.give(ada.id, 500)
    donate_points(a.app.uow(), member_id=ada.id, charity_id="red-cross", points=400, actor=a.cashier,
                  clock=a.app.clock)
    assert a.sync().error is None and b.sync().error is None
    now = b.app.clock.now()
    (row,) = charity_report(b.app.uow(), start=now.replace(hour=0), end=now.replace(hour=23))
    assert (row.charity_name, row.points, row.amount_minor) == ("Red Cross", 400, 2_000)
    assert b.balance(ada.id) == a.balance(ada.id)
