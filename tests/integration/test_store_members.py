"""Members and cards in a real SQLite file: look-ups, search, keyset paging, FTS sync."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.engine import Engine

from loyalty_pos.domain.errors import NotFound, ValidationError
from loyalty_pos.domain.members import Card, CardStatus, Consents, Member, MemberStatus
from loyalty_pos.services.ports import BalanceRow
from loyalty_pos.store.unit_of_work import SqlUnitOfWork

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def member(n: int, name: str, *, phone: str | None = None, email: str | None = None,
           status: MemberStatus = MemberStatus.ACTIVE) -> Member:
    return Member(
        id=f"00000000-0000-4000-8000-{n:012d}", name=name, phone=phone, email=email, birthday=date(1990, 2, 3),
        consents=Consents(marketing=n % 2 == 0, data_processing=True), tier_code="basic", status=status,
        enrolled_at=T0 + timedelta(minutes=n),
    )


def card_number(n: int) -> str:
    return f"94000000{n:08d}"


def enrol(engine: Engine, *members: Member, with_cards: bool = True) -> None:
    with SqlUnitOfWork(engine) as uow:
        for m in members:
            uow.members.add(m)
            if with_cards:
                uow.cards.add(Card(card_number(int(m.id[-12:])), m.id, CardStatus.ACTIVE, m.enrolled_at))
        uow.commit()


def search_all(engine: Engine, text: str, limit: int) -> list[list[str]]:
    """Every page of a search, as lists of names, following the cursors."""
    pages: list[list[str]] = []
    cursor = None
    while True:
        with SqlUnitOfWork(engine, readonly=True) as uow:
            page = uow.members.search(text, cursor=cursor, limit=limit)
        pages.append([row.name for row in page.rows])
        if page.next_cursor is None:
            return pages
        cursor = page.next_cursor


def test_member_round_trip_with_cards(engine: Engine) -> None:
    ann = member(1, "Ann Hansen", phone="+4791234567", email="ann@example.com")
    enrol(engine, ann)
    with SqlUnitOfWork(engine) as uow:
        uow.cards.add(Card("9400000000009999", ann.id, CardStatus.ACTIVE, T0 + timedelta(days=1), printed=True))
        uow.cards.set_status(card_number(1), CardStatus.REPLACED)
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        loaded = uow.members.get(ann.id)
        assert loaded is not None
        assert replace(loaded, cards=()) == ann
        assert [(c.number, c.status) for c in loaded.cards] == [
            (card_number(1), CardStatus.REPLACED), ("9400000000009999", CardStatus.ACTIVE)
        ]
        assert loaded.active_card is not None and loaded.active_card.printed
        assert loaded.enrolled_at.tzinfo is UTC and loaded.birthday == date(1990, 2, 3)
        assert uow.members.get("no-such-id") is None


def test_lookups_by_card_phone_and_email(engine: Engine) -> None:
    ann = member(1, "Ann Hansen", phone="+4791234567", email="ann@example.com")
    gone = member(2, "Erased Person", phone="+4799999999", status=MemberStatus.ERASED)
    enrol(engine, ann, gone)
    with SqlUnitOfWork(engine, readonly=True) as uow:
        found = uow.members.by_card(card_number(1))
        assert found is not None and found[0].id == ann.id and found[1].number == card_number(1)
        assert uow.members.by_card("9400000000000000") is None
        assert uow.members.by_phone("+4791234567").id == ann.id  # type: ignore[union-attr]
        assert uow.members.by_email("ANN@example.com ").id == ann.id  # type: ignore[union-attr]
        assert uow.members.by_phone("+4799999999") is None  # erased members are not found by contact data
        assert uow.members.count() == 2


def test_update_changes_fields_and_missing_member_is_not_found(engine: Engine) -> None:
    ann = member(1, "Ann Hansen")
    enrol(engine, ann)
    changed = replace(ann, name="Ann Berg", phone="+4790000001", tier_code="gold", status=MemberStatus.BLOCKED,
                      consents=Consents(marketing=True, data_processing=True))
    with SqlUnitOfWork(engine) as uow:
        uow.members.update(changed)
        with pytest.raises(NotFound):
            uow.members.update(member(99, "Nobody"))
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert replace(uow.members.get(ann.id), cards=()) == changed  # type: ignore[arg-type]


def test_search_by_name_prefix_of_every_word(engine: Engine) -> None:
    enrol(engine, member(1, "Ann Hansen"), member(2, "Anne-Marie Olsen"), member(3, "Hans Anker"),
          member(4, "José Álvarez"), member(5, "Bjørn Hansen"))
    assert search_all(engine, "ann", 10) == [["Ann Hansen", "Anne-Marie Olsen"]]
    assert search_all(engine, "han ann", 10) == [["Ann Hansen"]]  # every word must match, any order
    assert search_all(engine, "hans", 10) == [["Ann Hansen", "Hans Anker", "Bjørn Hansen"]]
    assert search_all(engine, "jose alv", 10) == [["José Álvarez"]]  # accents folded
    assert search_all(engine, "marie", 10) == [["Anne-Marie Olsen"]]
    assert search_all(engine, "bjørn", 10) == [["Bjørn Hansen"]]
    assert search_all(engine, 'o"lsen', 10) == [[]]  # quotes cannot break the FTS query
    assert search_all(engine, "- *", 10) == [[]]


def test_search_summary_carries_balance_and_active_card(engine: Engine) -> None:
    enrol(engine, member(1, "Ann Hansen", phone="+4791234567", email="ann@example.com"))
    with SqlUnitOfWork(engine) as uow:
        uow.balances.put(BalanceRow(member(1, "").id, 420, None, T0), [])
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        (row,) = uow.members.search("ann", cursor=None, limit=5).rows
    assert (row.name, row.phone, row.email, row.tier_code, row.balance, row.card_number, row.status) == (
        "Ann Hansen", "+4791234567", "ann@example.com", "basic", 420, card_number(1), "active"
    )


def test_search_by_phone_email_and_card(engine: Engine) -> None:
    enrol(
        engine,
        member(1, "Plus Phone", phone="+4791234567"),
        member(2, "Bare Phone", phone="4791200000"),
        member(3, "Other Phone", phone="+4690000000"),
        member(4, "Mail One", email="kari@example.com"),
        member(5, "Mail Two", email="karin@example.no"),
    )
    assert search_all(engine, "4791", 10) == [["Plus Phone", "Bare Phone"]]  # with and without +
    assert search_all(engine, "+4791", 10) == [["Plus Phone"]]
    assert search_all(engine, "+47 912", 10) == [["Plus Phone"]]  # spaces typed in a phone are ignored
    assert search_all(engine, "kari@", 10) == [["Mail One"]]
    assert search_all(engine, "KARI", 10) == [[]]  # no @: a name search
    assert search_all(engine, "karin@EXAMPLE", 10) == [["Mail Two"]]
    assert search_all(engine, card_number(3), 10) == [["Other Phone"]]
    assert search_all(engine, "9400 0000 0000 0003", 10) == [["Other Phone"]]
    assert search_all(engine, "9400000012345678", 10) == [[]]


def test_erased_members_are_never_listed(engine: Engine) -> None:
    enrol(engine, member(1, "Ann Hansen", phone="+4791234567"),
          member(2, "Ann Gone", phone="+4791234568", status=MemberStatus.ERASED))
    assert search_all(engine, "ann", 10) == [["Ann Hansen"]]
    assert search_all(engine, "+47912", 10) == [["Ann Hansen"]]
    assert search_all(engine, card_number(2), 10) == [[]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [("hansen", range(1, 24)), ("4790", range(1, 24)), ("user@shop", range(1, 24)), ("+4790", range(1, 24, 2))],
)
def test_paging_visits_every_match_once(engine: Engine, query: str, expected: range) -> None:
    """23 matches in pages of 5 come back as 5+5+5+5+3: none twice, none missed, the
    7 others never. Odd members' phones have a "+", even ones not: a bare "4790"
    crosses from one spelling to the other in the middle of a page."""
    matching = [
        member(n, f"Kari Hansen{n:02d}", phone=f"+4790{n:06d}" if n % 2 else f"4790{n:06d}",
               email=f"user@shop{n:02d}.no")
        for n in range(1, 24)
    ]
    others = [member(100 + n, f"Per Olsen{n}", phone=f"+4680{n:06d}", email=f"per{n}@x.no") for n in range(7)]
    enrol(engine, *matching[::2], *others, *matching[1::2])  # interleaved enrolment order
    pages = search_all(engine, query, 5)
    sizes = [5] * (len(expected) // 5) + ([len(expected) % 5] if len(expected) % 5 else [])
    assert [len(page) for page in pages] == sizes
    names = [name for page in pages for name in page]
    assert sorted(names) == [f"Kari Hansen{n:02d}" for n in expected]


def test_name_index_follows_renames_and_deletes(engine: Engine) -> None:
    ann = member(1, "Ann Hansen")
    enrol(engine, ann, with_cards=False)
    with SqlUnitOfWork(engine) as uow:
        uow.members.update(replace(ann, name="Kari Nordmann"))
        uow.commit()
    assert search_all(engine, "ann", 10) == [[]]
    assert search_all(engine, "nordm", 10) == [["Kari Nordmann"]]
    with SqlUnitOfWork(engine) as uow:  # deletes only happen in maintenance, but must not orphan the index
        uow.connection.exec_driver_sql("DELETE FROM members")
        uow.commit()
    assert search_all(engine, "nordm", 10) == [[]]
    with SqlUnitOfWork(engine) as uow:  # FTS5 raises if its index disagrees with the members table
        uow.connection.exec_driver_sql("INSERT INTO members_fts(members_fts) VALUES ('integrity-check')")


def test_a_cursor_from_another_list_is_refused(engine: Engine) -> None:
    enrol(engine, *(member(n, f"Ann Hansen{n}", phone=f"+4790{n:06d}") for n in range(1, 5)))
    with SqlUnitOfWork(engine, readonly=True) as uow:
        by_name = uow.members.search("ann", cursor=None, limit=2)
        assert by_name.next_cursor is not None
        with pytest.raises(ValidationError) as refused:
            uow.members.search("+4790", cursor=by_name.next_cursor, limit=2)
        assert refused.value.code == "bad_cursor"
        with pytest.raises(ValidationError):
            uow.members.search("ann", cursor="not-a-cursor!", limit=2)
        with pytest.raises(ValidationError):
            uow.members.search("ann", cursor=None, limit=0)


def test_card_status_printing_and_print_queue_paging(engine: Engine) -> None:
    members = [member(n, f"Member {n}") for n in range(1, 8)]
    enrol(engine, *members)  # seven unprinted active cards, issued a minute apart
    with SqlUnitOfWork(engine) as uow:
        uow.cards.mark_printed([card_number(2), card_number(5)])
        uow.cards.set_status(card_number(3), CardStatus.BLOCKED)
        with pytest.raises(NotFound):
            uow.cards.set_status("9400000099999999", CardStatus.BLOCKED)
        uow.commit()
    seen: list[str] = []
    cursor = None
    while True:
        with SqlUnitOfWork(engine, readonly=True) as uow:
            page = uow.cards.unprinted(cursor=cursor, limit=2)
        seen += [card.number for card in page.rows]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == [card_number(n) for n in (1, 4, 6, 7)]  # oldest first; printed and blocked left out
    with SqlUnitOfWork(engine, readonly=True) as uow:
        blocked = uow.cards.get(card_number(3))
        assert blocked is not None and blocked.status is CardStatus.BLOCKED and not blocked.printed
        assert uow.cards.get(card_number(2)).printed  # type: ignore[union-attr]
        assert uow.cards.get("9400000099999999") is None
