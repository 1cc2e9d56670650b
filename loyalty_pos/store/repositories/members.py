"""Members and their cards; member search by card, phone, email or name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, text, tuple_, update
from sqlalchemy.sql import Select

from loyalty_pos.domain.errors import NotFound
from loyalty_pos.domain.members import CARD_NUMBER_LENGTH, Card, CardStatus, Consents, Member, MemberStatus
from loyalty_pos.services.ports import InactiveMember, MemberSummary, Page, TierReviewRow
from loyalty_pos.store.repositories.base import (
    DbRow,
    Repository,
    check_limit,
    decode_cursor,
    decode_enum,
    page_of,
    raw_time,
    stored_values,
)
from loyalty_pos.store.tables import balances, cards, members, sales
from loyalty_pos.store.types import from_micros, to_micros

m, c, b = members.c, cards.c, balances.c
_ERASED = MemberStatus.ERASED.value
# Never listed or found by phone/email: erased members have no identity left, merged
# ones live on in the member they were merged into (who now holds their contact data).
_HIDDEN = (_ERASED, MemberStatus.MERGED.value)

_MEMBER_COLUMNS = (
    m.id, m.name, m.phone, m.email, m.birthday, m.consent_marketing, m.consent_data_processing,
    m.tier_code, m.status, m.enrolled_at, m.merged_into, m.preferred_language,
)
_CARD_COLUMNS = (c.number, c.member_id, c.status, c.issued_at, c.printed)

_GET = select(*_MEMBER_COLUMNS).where(m.id == bindparam("member_id"))
_CARDS_OF = select(*_CARD_COLUMNS).where(c.member_id == bindparam("member_id")).order_by(c.issued_at, c.number)
_CARD = select(*_CARD_COLUMNS).where(c.number == bindparam("number"))
_BY_PHONE = (
    select(*_MEMBER_COLUMNS).where(m.phone == bindparam("phone"), m.status.not_in(_HIDDEN)).order_by(m.row_id).limit(1)
)
_BY_EMAIL = (
    select(*_MEMBER_COLUMNS).where(m.email == bindparam("email"), m.status.not_in(_HIDDEN)).order_by(m.row_id).limit(1)
)
_UPDATE = (
    update(members)
    .where(m.id == bindparam("b_id"))
    .values(
        name=bindparam("name"), phone=bindparam("phone"), email=bindparam("email"),
        birthday=bindparam("birthday"), consent_marketing=bindparam("consent_marketing"),
        consent_data_processing=bindparam("consent_data_processing"), tier_code=bindparam("tier_code"),
        status=bindparam("status"), merged_into=bindparam("merged_into"), updated_at=bindparam("updated_at"),
        preferred_language=bindparam("preferred_language"),
    )
)

# The newest active card; a member normally has exactly one.
_ACTIVE_CARD = (
    select(c.number)
    .where(c.member_id == m.id, c.status == CardStatus.ACTIVE.value)
    .order_by(c.issued_at.desc())
    .limit(1)
    .scalar_subquery()
)
_SUMMARY: Select[Any] = select(
    m.row_id, m.id, m.name, m.phone, m.email, m.tier_code, func.coalesce(b.balance, 0), _ACTIVE_CARD, m.status
).select_from(members.outerjoin(balances, b.member_id == m.id))

# FTS5 returns matches in rowid order, so "next page" is simply rowid > last.
_NAME_SEARCH = text(
    "SELECT m.row_id, m.id, m.name, m.phone, m.email, m.tier_code, coalesce(b.balance, 0), "
    "(SELECT c.number FROM cards c WHERE c.member_id = m.id AND c.status = 'active' "
    " ORDER BY c.issued_at DESC LIMIT 1), m.status "
    "FROM members_fts JOIN members m ON m.row_id = members_fts.rowid "
    "LEFT JOIN balances b ON b.member_id = m.id "
    "WHERE members_fts MATCH :query AND members_fts.rowid > :after AND m.status NOT IN ('erased', 'merged') "
    "ORDER BY members_fts.rowid LIMIT :limit"
)

_MERGED_FROM = select(*_MEMBER_COLUMNS).where(m.merged_into == bindparam("member_id")).order_by(m.row_id)

_PHONE_TEXT = re.compile(r"\+?[0-9][0-9\s().-]*")
_PHONE_NOISE = re.compile(r"[\s().-]")


def member_values(member: Member) -> dict[str, Any]:
    return {
        "name": member.name, "phone": member.phone, "email": member.email, "birthday": member.birthday,
        "consent_marketing": member.consents.marketing,
        "consent_data_processing": member.consents.data_processing,
        "tier_code": member.tier_code, "status": member.status.value,
    }


def card_from(row: DbRow) -> Card:
    status = decode_enum(CardStatus, row.status, table="cards", column="status", row=row.number)
    return Card(row.number, row.member_id, status, row.issued_at, bool(row.printed))


def _member_status(value: object, member_id: str) -> MemberStatus:
    return decode_enum(MemberStatus, value, table="members", column="status", row=member_id)


def _member_from(row: DbRow, member_cards: Sequence[Card]) -> Member:
    return Member(
        id=row.id, name=row.name, phone=row.phone, email=row.email, birthday=row.birthday,
        consents=Consents(bool(row.consent_marketing), bool(row.consent_data_processing)),
        tier_code=row.tier_code, status=_member_status(row.status, row.id), enrolled_at=row.enrolled_at,
        cards=tuple(member_cards), merged_into=row.merged_into, preferred_language=row.preferred_language,
    )


def _summary_from(row: DbRow) -> MemberSummary:
    return MemberSummary(
        member_id=row[1], name=row[2], phone=row[3], email=row[4], tier_code=row[5],
        balance=int(row[6]), card_number=row[7], status=_member_status(row[8], row[1]),
    )


def _sale_time(value: object) -> datetime | None:
    """``max(at)`` keeps the column's type in SQLAlchemy, but a raw microsecond count is read too."""
    if value is None or isinstance(value, datetime):
        return value
    return from_micros(int(value))  # type: ignore[call-overload]


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string above every string starting with ``prefix`` (for index ranges)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def fts_query(text_: str) -> str | None:
    """Every word as a quoted prefix term ("ann"* "han"* = both must match); None if no words."""
    terms = [word for word in text_.split() if any(ch.isalnum() for ch in word)]
    if not terms:
        return None
    return " ".join('"' + word.replace('"', '""') + '"*' for word in terms)


class SqlMembers(Repository):
    def add(self, member: Member) -> None:
        """The member row only: cards are added through the card repository."""
        self._db.execute(
            insert(members),
            {"id": member.id, "enrolled_at": member.enrolled_at, "updated_at": member.enrolled_at,
             "tier_reviewed_at": None, **member_values(member)},
        )

    def add_many(self, new: Sequence[Member]) -> None:
        """Member rows in one statement (members pulled from the chain, a page at a time)."""
        if new:
            self._db.execute(insert(members), [
                {"id": member.id, "enrolled_at": member.enrolled_at, "updated_at": member.enrolled_at,
                 "tier_reviewed_at": None, **member_values(member)} for member in new])

    def existing(self, member_ids: Sequence[str]) -> set[str]:
        """Which of ``member_ids`` are stored."""
        return stored_values(self._db, members.c.id, member_ids)

    def update(self, member: Member) -> None:
        """Every field but the id, cards and enrolment time. ``updated_at`` is row
        bookkeeping for maintenance, not a rule input, so it takes the wall clock
        (the domain's times come from the service's clock)."""
        # Columns later migrations added are set here, not in member_values: an insert
        # stays valid against an older schema (tests write a 0001 file with it).
        values = {"b_id": member.id, "updated_at": datetime.now(UTC), "merged_into": member.merged_into,
                  "preferred_language": member.preferred_language, **member_values(member)}
        if self._db.execute(_UPDATE, values).rowcount == 0:
            raise NotFound(code="not_found", template="Member {key} was not found.", key=member.id)

    def _with_cards(self, row: DbRow | None) -> Member | None:
        if row is None:
            return None
        found = [card_from(r) for r in self._db.execute(_CARDS_OF, {"member_id": row.id})]
        return _member_from(row, found)

    def get(self, member_id: str) -> Member | None:
        return self._with_cards(self._db.execute(_GET, {"member_id": member_id}).first())

    def by_card(self, card_number: str) -> tuple[Member, Card] | None:
        card_row = self._db.execute(_CARD, {"number": card_number}).first()
        if card_row is None:
            return None
        member = self.get(card_row.member_id)
        if member is None:
            return None
        return member, card_from(card_row)

    def by_phone(self, phone: str) -> Member | None:
        return self._with_cards(self._db.execute(_BY_PHONE, {"phone": phone}).first())

    def sharing_a_phone(self, limit: int) -> list[Member]:
        """One phone enrolled as two members (two offline tills enrolled one person): a manager merges them."""
        active = m.status == MemberStatus.ACTIVE.value
        shared = select(m.phone).where(active, m.phone.is_not(None)).group_by(m.phone).having(func.count() > 1)
        query = select(*_MEMBER_COLUMNS).where(active, m.phone.in_(shared)).order_by(m.phone, m.row_id).limit(limit)
        return [_member_from(row, []) for row in self._db.execute(query)]

    def by_email(self, email: str) -> Member | None:
        return self._with_cards(self._db.execute(_BY_EMAIL, {"email": email.strip().lower()}).first())

    def count(self) -> int:
        return int(self._db.execute(select(func.count()).select_from(members)).scalar_one())

    def due_for_tier_review(
        self, entry_tier: str, reviewed_before: datetime, *, cursor: str | None, limit: int
    ) -> Page[TierReviewRow]:
        """Keyset over the row id: one forward pass over the table however many pages."""
        check_limit(limit)
        m = members.c
        statement = select(m.row_id, m.id, m.tier_code, m.tier_reviewed_at).where(
            m.status == MemberStatus.ACTIVE.value, m.tier_code != entry_tier,
            (m.tier_reviewed_at.is_(None)) | (m.tier_reviewed_at < reviewed_before),
        )
        if cursor:
            (after,) = decode_cursor(cursor, "tier_review", 1)
            statement = statement.where(m.row_id > after)
        rows = list(self._db.execute(statement.order_by(m.row_id).limit(limit + 1)))
        return page_of(rows, limit, "tier_review", lambda row: (row.row_id,),
                       lambda row: TierReviewRow(row.id, row.tier_code, row.tier_reviewed_at))

    def set_tier(self, member_id: str, tier_code: str, *, reviewed_at: datetime, if_tier: str) -> bool:
        values: dict[str, Any] = {"tier_reviewed_at": reviewed_at}
        if tier_code != if_tier:  # most reviews change nothing: leave the tier index alone
            values |= {"tier_code": tier_code, "updated_at": datetime.now(UTC)}
        updated = self._db.execute(
            update(members).where(members.c.id == member_id, members.c.tier_code == if_tier).values(**values)
        )
        return updated.rowcount > 0

    def inactive_since(self, cutoff: datetime, *, cursor: str | None, limit: int) -> Page[InactiveMember]:
        """Keyset over the row id. Activity is the projection's last points activity
        (earning, spending, a correction: not an expiry) or any sale, even one that
        earned nothing; a member enrolled after ``cutoff`` is never inactive."""
        check_limit(limit)
        s = sales.c
        last_sale = select(func.max(s.at)).where(s.member_id == m.id).scalar_subquery()
        recent_sale = select(s.sale_id).where(s.member_id == m.id, s.at >= cutoff).exists()
        statement = (
            select(m.row_id, m.id, m.name, m.enrolled_at, b.last_activity_at, last_sale.label("last_sale"))
            .select_from(members.outerjoin(balances, b.member_id == m.id))
            .where(m.status.in_((MemberStatus.ACTIVE.value, MemberStatus.BLOCKED.value)), m.enrolled_at < cutoff,
                   b.last_activity_at.is_(None) | (b.last_activity_at < cutoff), ~recent_sale)
        )
        if cursor:
            (after,) = decode_cursor(cursor, "inactive", 1)
            statement = statement.where(m.row_id > after)
        rows = list(self._db.execute(statement.order_by(m.row_id).limit(limit + 1)))

        def inactive(row: DbRow) -> InactiveMember:
            times = [t for t in (row.last_activity_at, _sale_time(row.last_sale)) if t is not None]
            return InactiveMember(row.id, row.name, row.enrolled_at, max(times) if times else None)

        return page_of(rows, limit, "inactive", lambda row: (row.row_id,), inactive)

    def merged_from(self, member_id: str) -> list[Member]:
        """The duplicates merged into ``member_id``, oldest enrolment first."""
        rows = list(self._db.execute(_MERGED_FROM, {"member_id": member_id}))
        return [member for row in rows if (member := self._with_cards(row)) is not None]

    def search(self, text: str, *, cursor: str | None, limit: int) -> Page[MemberSummary]:
        """16 digits: that card exactly; digits or +: phone prefix; with @: email prefix;
        otherwise every word as a name prefix. Erased and merged members are never listed."""
        check_limit(limit)
        query = text.strip()
        if _PHONE_TEXT.fullmatch(query):
            digits = _PHONE_NOISE.sub("", query)
            if len(digits) == CARD_NUMBER_LENGTH and digits.isdigit():
                return self._by_card_number(digits, cursor, limit)
            return self._by_phone_prefix(digits, cursor, limit)
        if "@" in query:
            return self._by_email_prefix(query.lower(), cursor, limit)
        return self._by_name(query, cursor, limit)

    def _by_card_number(self, number: str, cursor: str | None, limit: int) -> Page[MemberSummary]:
        if cursor is not None:
            decode_cursor(cursor, "card", 0)
            return Page((), None)
        holder = select(c.member_id).where(c.number == number).scalar_subquery()
        rows = self._db.execute(_SUMMARY.where(m.id == holder, m.status.not_in(_HIDDEN))).all()
        return Page(tuple(_summary_from(row) for row in rows), None)

    def _by_phone_prefix(self, digits: str, cursor: str | None, limit: int) -> Page[MemberSummary]:
        # Phones are stored as typed, with or without the country code's "+": a bare
        # "4791" looks in both spellings, "+" ones first as they sort first.
        prefixes = [digits] if digits.startswith("+") else ["+" + digits, digits]
        after = decode_cursor(cursor, "phone", 2) if cursor else None
        rows: list[DbRow] = []
        for prefix in prefixes:
            rows += self._prefix_rows(m.phone, prefix, after, limit + 1 - len(rows))
            if len(rows) > limit:
                break
        return page_of(rows, limit, "phone", lambda row: (row[3], row[0]), _summary_from)

    def _by_email_prefix(self, prefix: str, cursor: str | None, limit: int) -> Page[MemberSummary]:
        after = decode_cursor(cursor, "email", 2) if cursor else None
        rows = self._prefix_rows(m.email, prefix, after, limit + 1)
        return page_of(rows, limit, "email", lambda row: (row[4], row[0]), _summary_from)

    def _prefix_rows(self, column: Any, prefix: str, after: list[Any] | None, count: int) -> list[DbRow]:
        statement = _SUMMARY.where(column >= prefix, column < prefix_upper_bound(prefix), m.status.not_in(_HIDDEN))
        if after is not None:
            statement = statement.where(tuple_(column, m.row_id) > tuple_(after[0], after[1]))
        return list(self._db.execute(statement.order_by(column, m.row_id).limit(count)))

    def _by_name(self, query: str, cursor: str | None, limit: int) -> Page[MemberSummary]:
        match = fts_query(query)
        if match is None:
            return Page((), None)
        after = decode_cursor(cursor, "name", 1)[0] if cursor else 0
        rows = list(self._db.execute(_NAME_SEARCH, {"query": match, "after": after, "limit": limit + 1}))
        return page_of(rows, limit, "name", lambda row: (row[0],), _summary_from)


_SET_STATUS = update(cards).where(c.number == bindparam("b_number")).values(status=bindparam("status"))
_MOVE = update(cards).where(c.number == bindparam("b_number")).values(member_id=bindparam("member_id"))
_MARK_PRINTED = update(cards).where(c.number == bindparam("b_number")).values(printed=True)


class SqlCards(Repository):
    def add(self, card: Card) -> None:
        self._db.execute(insert(cards), {
            "number": card.number, "member_id": card.member_id, "status": card.status.value,
            "issued_at": card.issued_at, "printed": card.printed,
        })

    def add_many(self, new: Sequence[Card]) -> None:
        if new:
            self._db.execute(insert(cards), [
                {"number": card.number, "member_id": card.member_id, "status": card.status.value,
                 "issued_at": card.issued_at, "printed": card.printed} for card in new])

    def existing(self, numbers: Sequence[str]) -> set[str]:
        return stored_values(self._db, cards.c.number, numbers)

    def get(self, number: str) -> Card | None:
        row = self._db.execute(_CARD, {"number": number}).first()
        return None if row is None else card_from(row)

    def set_status(self, number: str, status: CardStatus) -> None:
        if self._db.execute(_SET_STATUS, {"b_number": number, "status": status.value}).rowcount == 0:
            raise NotFound(code="not_found", template="Card {key} was not found.", key=number)

    def move(self, number: str, member_id: str) -> None:
        if self._db.execute(_MOVE, {"b_number": number, "member_id": member_id}).rowcount == 0:
            raise NotFound(code="not_found", template="Card {key} was not found.", key=number)

    def mark_printed(self, numbers: Sequence[str]) -> None:
        if numbers:
            self._db.execute(_MARK_PRINTED, [{"b_number": number} for number in numbers])

    def count_printed(self) -> int:
        return self._db.execute(select(func.count()).select_from(cards).where(text("printed = 1"))).scalar_one()

    def unprinted(self, *, cursor: str | None, limit: int) -> Page[Card]:
        """Active cards not printed yet, oldest first (the card-sheet print queue)."""
        check_limit(limit)
        # The literal "printed = 0" lets SQLite use the partial print-queue index.
        statement = select(*_CARD_COLUMNS).where(text("printed = 0"), c.status == CardStatus.ACTIVE.value)
        if cursor:
            issued, number = decode_cursor(cursor, "unprinted", 2)
            statement = statement.where(tuple_(raw_time(c.issued_at), c.number) > tuple_(issued, number))
        rows = list(self._db.execute(statement.order_by(c.issued_at, c.number).limit(limit + 1)))
        return page_of(rows, limit, "unprinted", lambda row: (to_micros(row.issued_at), row.number), card_from)
