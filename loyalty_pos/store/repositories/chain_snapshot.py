"""A new till's first load of the chain's members (sync's snapshot), inside the unit of
work's own transaction.

Unlike the demo seeder's bulk loader this writes into the till's live database, so it
keeps WAL and a durable commit: a till killed mid-load rolls the whole load back and
starts it again. What it borrows from the loader is the speed: the tables' non-unique
indexes and the member-search triggers are dropped when the load starts and rebuilt in
one sorted pass each when it finishes (SQLite's DDL is transactional, so a rollback
brings them back too), and rows go in through the driver's executemany without
SQLAlchemy's per-row binding (measured: 6,000 members/s with the indexes kept, 38,000/s
without, on this 2-core machine). Unique indexes stay: the foreign keys need them, and
members arrive sorted by id, which keeps those appends cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError

from loyalty_pos.domain.errors import Conflict
from loyalty_pos.domain.members import CardStatus, MemberStatus
from loyalty_pos.services.ports import SnapshotCard, SnapshotMember
from loyalty_pos.store.repositories.base import Repository
from loyalty_pos.store.tables import MEMBERS_FTS
from loyalty_pos.store.types import to_micros

_TABLES = ("members", "cards", "sync_member_fields")
_DROPPED = "loyalty_snapshot_dropped"  # connection.info: the CREATE statements to replay
_MEMBER_SQL = (
    "INSERT INTO members (id, name, phone, email, birthday, consent_marketing, consent_data_processing, tier_code, "
    "status, enrolled_at, updated_at, merged_into) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_CARD_SQL = "INSERT INTO cards (number, member_id, status, issued_at, printed) VALUES (?, ?, ?, ?, ?)"
_VALUES = {status: status.value for status in (*MemberStatus, *CardStatus)}  # Enum.value is a property call
_STAMP_SQL = "INSERT OR REPLACE INTO sync_member_fields (member_id, field, hlc) VALUES (?, ?, ?)"


class SqlChainSnapshot(Repository):
    def empty(self) -> bool:
        """No member at all: only then is a snapshot loaded (nothing to merge it with)."""
        return self._db.exec_driver_sql("SELECT 1 FROM members LIMIT 1").first() is None

    def start(self) -> None:
        """Once per load, in the transaction that will commit it."""
        statements = self._db.exec_driver_sql(
            f"SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ({', '.join('?' * len(_TABLES))}) "
            "AND type IN ('index', 'trigger') AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
            _TABLES).all()
        for kind, name, _sql in statements:
            self._db.exec_driver_sql(f'DROP {"INDEX" if kind == "index" else "TRIGGER"} "{name}"')
        self._db.info[_DROPPED] = [(kind, sql) for kind, _name, sql in statements]

    def add(self, members: Sequence[SnapshotMember], cards: Sequence[SnapshotCard],
            stamps: Sequence[tuple[str, str, str]]) -> None:
        """Conflict when a member or card is already here (a server sending one twice)."""
        try:
            self._add(members, cards, stamps)
        except IntegrityError as error:
            raise Conflict(code="snapshot_duplicate",
                           template="The chain's snapshot holds a member or card twice: {why}",
                           why=str(error.orig)) from None

    def _add(self, members: Sequence[SnapshotMember], cards: Sequence[SnapshotCard],
             stamps: Sequence[tuple[str, str, str]]) -> None:
        rows: list[tuple[Any, ...]] = []
        micros: dict[datetime, int] = {}  # a member's cards share its enrolment time
        for member_id, name, phone, email, birthday, marketing, processing, tier, status, enrolled_at, into in members:
            enrolled = micros[enrolled_at] = to_micros(enrolled_at)
            rows.append((member_id, name, phone, email, birthday.isoformat() if birthday else None, int(marketing),
                         int(processing), tier, _VALUES[status], enrolled, enrolled, into))
        if rows:
            self._db.exec_driver_sql(_MEMBER_SQL, rows)
        if cards:
            self._db.exec_driver_sql(_CARD_SQL, [
                (number, member_id, _VALUES[status], micros.get(issued_at) or to_micros(issued_at), 0)
                for number, member_id, status, issued_at in cards])
        if stamps:
            self._db.exec_driver_sql(_STAMP_SQL, list(stamps))

    def finish(self) -> None:
        """Indexes back, the member search rebuilt over every member, then its triggers."""
        dropped = self._db.info.pop(_DROPPED, None)
        if dropped is None:
            return
        for kind, sql in dropped:
            if kind == "index":
                self._db.exec_driver_sql(sql)
        if self._db.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = ?", (MEMBERS_FTS,)).first():
            self._db.exec_driver_sql(f"INSERT INTO {MEMBERS_FTS}({MEMBERS_FTS}) VALUES ('rebuild')")
        for kind, sql in dropped:
            if kind == "trigger":
                self._db.exec_driver_sql(sql)
