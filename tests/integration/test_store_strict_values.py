"""Stored words (statuses, kinds, roles, tenders) are read strictly: an unknown one is
reported with its table, row and value instead of being passed on as text."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from loyalty_pos.domain.errors import StoredValueInvalid
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.domain.members import Card, CardStatus, Consents, Member, MemberStatus
from loyalty_pos.domain.tender import Tender
from loyalty_pos.services.actor import Role
from loyalty_pos.services.ports import SaleRecord, StaffRecord, UnitOfWork
from loyalty_pos.store.unit_of_work import SqlUnitOfWork
from tests.integration.conftest import migrated_store

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
ANN = "00000000-0000-4000-8000-000000000001"
CARD = "9400000000000018"


def _seed(uow: UnitOfWork) -> None:
    uow.members.add(Member(ANN, "Ann Hansen", "+4791234567", None, date(1990, 1, 1), Consents(False, True),
                           "basic", MemberStatus.ACTIVE, T0))
    uow.cards.add(Card(CARD, ANN, CardStatus.ACTIVE, T0))
    uow.ledger.append([LedgerEntry("e-1", ANN, EntryKind.EARN, 10, T0, "01", "kari")])
    uow.staff.put(StaffRecord("kari", "Kari", Role.CASHIER, "scrypt$x", True, 0, None))
    uow.sales.add(SaleRecord(
        sale_id="s-1", receipt_no="R01-000001", member_id=None, terminal_id="01", actor="kari", at=T0,
        currency="NOK", lines=(), total_minor=100, tender=Tender.CASH, points_earned=0, points_redeemed=0,
    ))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_store(tmp_path_factory.mktemp("template"), seed=_seed)


READS = {
    "members": ("UPDATE members SET status = 'frozen'", ANN, lambda uow: uow.members.get(ANN)),
    "member search": ("UPDATE members SET status = 'frozen'", ANN,
                      lambda uow: uow.members.search("Ann", cursor=None, limit=5)),
    "cards": ("UPDATE cards SET status = 'frozen'", CARD, lambda uow: uow.cards.get(CARD)),
    "ledger": ("UPDATE ledger SET kind = 'frozen'", "e-1", lambda uow: uow.ledger.for_member(ANN)),
    "staff": ("UPDATE staff SET role = 'frozen'", "kari", lambda uow: uow.staff.get("kari")),
    "sales": ("UPDATE sales SET tender = 'frozen'", "s-1", lambda uow: uow.sales.get("s-1")),
}


@pytest.mark.parametrize("case", list(READS))
def test_an_unknown_stored_word_names_table_row_and_value(engine: Engine, case: str) -> None:
    statement, row, read = READS[case]
    table = statement.split()[1]
    with engine.begin() as connection:
        connection.execute(text(statement))
    with SqlUnitOfWork(engine, readonly=True) as uow, pytest.raises(StoredValueInvalid) as caught:
        read(uow)
    assert caught.value.code == "stored_value_invalid"
    message = str(caught.value)
    assert table in message and row in message and "'frozen'" in message


def test_known_words_read_back_as_enums(engine: Engine) -> None:
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.members.get(ANN).status is MemberStatus.ACTIVE
        assert uow.members.search("Ann", cursor=None, limit=5).rows[0].status is MemberStatus.ACTIVE
        assert uow.cards.get(CARD).status is CardStatus.ACTIVE
        assert uow.ledger.for_member(ANN)[0].kind is EntryKind.EARN
        assert uow.staff.get("kari").role is Role.CASHIER
        assert uow.sales.get("s-1").tender is Tender.CASH
