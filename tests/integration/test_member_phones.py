"""Phones are stored as E.164 for the shop's country, so every spelling finds the member."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.members import Consents, Member, MemberStatus
from loyalty_pos.services.members.membership import (
    UpdateMember,
    search_members,
    update_member,
)
from loyalty_pos.store import schema
from loyalty_pos.store.engine import open_engine
from loyalty_pos.store.unit_of_work import SqlUnitOfWork
from tests.integration.conftest import Shop

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def _names(shop: Shop, text: str) -> list[str]:
    return [summary.name for summary in search_members(shop.uow(readonly=True), text).rows]


def test_enrolled_with_a_local_spelling_found_with_the_others(shop: Shop) -> None:
    member = shop.enrol("Kari Nordmann", phone="91234567")
    assert member.phone == "+4791234567"
    assert _names(shop, "912 34 567") == ["Kari Nordmann"]
    assert _names(shop, "+47 912 34 567") == ["Kari Nordmann"]
    assert _names(shop, "91234567") == ["Kari Nordmann"]


def test_the_same_number_spelt_another_way_is_already_in_use(shop: Shop) -> None:
    shop.enrol("Kari Nordmann", phone="+47 912 34 567")
    with pytest.raises(Exception, match="already belongs"):
        shop.enrol("Ola Nordmann", phone="912-34-567")


def test_an_invalid_number_is_refused_with_a_clear_message(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="is not a phone number in NO"):
        shop.enrol("Kari Nordmann", phone="123456")


def test_a_profile_edit_stores_the_normalised_form(shop: Shop) -> None:
    member = shop.enrol("Kari Nordmann")
    updated = update_member(shop.uow(), UpdateMember(member.id, member.name, "987 65 432", None, None, member.consents),
                            actor=shop.manager, clock=shop.clock)
    assert updated.phone == "+4798765432"
    assert _names(shop, "+4798765432") == ["Kari Nordmann"]


def _member(number: int, phone: str) -> Member:
    return Member(f"m-{number}", f"Member {number}", phone, None, date(1990, 1, 1), Consents(True, True), "basic",
                  MemberStatus.ACTIVE, T0)


def test_migration_0009_normalises_old_phones_in_the_shops_country(tmp_path: Path) -> None:
    path = tmp_path / "loyalty.sqlite"
    schema.migrate(path, "0008")  # the previous release's store
    engine = open_engine(path)
    with SqlUnitOfWork(engine) as uow:
        for number, phone in enumerate(["0701234567", "+4791234567", "12345", "004798765432"]):
            uow.members.add(_member(number, phone))
        uow.settings.set("country", "SE")
        uow.commit()
    engine.dispose()

    schema.upgrade(path, tmp_path / "backups")

    with closing(sqlite3.connect(path)) as db:
        phones = db.execute("SELECT phone FROM members ORDER BY id").fetchall()
    # Swedish local number to +46; already E.164 kept; unparseable left as it was.
    assert phones == [("+46701234567",), ("+4791234567",), ("12345",), ("+4798765432",)]


def test_migration_0009_reads_phones_as_norwegian_without_a_country(tmp_path: Path) -> None:
    path = tmp_path / "loyalty.sqlite"
    schema.migrate(path, "0008")
    engine = open_engine(path)
    with SqlUnitOfWork(engine) as uow:
        uow.members.add(_member(1, "91234567"))
        uow.commit()
    engine.dispose()

    schema.upgrade(path, tmp_path / "backups")

    with closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT phone FROM members").fetchall() == [("+4791234567",)]
