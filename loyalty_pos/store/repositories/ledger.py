"""The append-only points ledger and its projection (balance row + open lots)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, and_, bindparam, case, delete, func, insert, literal_column, or_, select, tuple_
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from loyalty_pos.domain.chain import LOCAL_ORIGIN, RecordKind
from loyalty_pos.domain.errors import Conflict, NotFound, ValidationError
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, Lot
from loyalty_pos.domain.unusual_activity import Redemption
from loyalty_pos.services.ports import BalanceRow, Page
from loyalty_pos.store.chain_links import extend
from loyalty_pos.store.repositories.base import (
    DbRow,
    Repository,
    broke_foreign_key,
    check_limit,
    decode_cursor,
    decode_enum,
    encode_cursor,
    page_of,
    raw_time,
)
from loyalty_pos.store.repositories.savepoint import all_or_nothing
from loyalty_pos.store.tables import balances, ledger
from loyalty_pos.store.tables import lots as lots_table
from loyalty_pos.store.types import to_micros

L, B, T = ledger.c, balances.c, lots_table.c
_BALANCE_ROWID = literal_column("balances.rowid", Integer)

_ENTRY_COLUMNS = (
    L.id, L.member_id, L.kind, L.points, L.at, L.terminal_id, L.actor, L.sale_ref, L.reason, L.reward_id,
    L.expires_at,
)
_FOR_MEMBER = select(*_ENTRY_COLUMNS).where(L.member_id == bindparam("member_id")).order_by(L.at, L.seq)
_EXISTS = select(L.seq).where(L.id == bindparam("entry_id"))
_LATEST_AT = select(L.at).where(L.member_id == bindparam("member_id")).order_by(L.at.desc()).limit(1)
_SINCE = and_(L.member_id == bindparam("member_id"), L.at >= bindparam("since", type_=L.at.type))
# Points a purchase earned: the base EARN plus campaign BONUS booked on the sale;
# enrolment/birthday bonuses (no sale) do not count against a daily purchase cap.
_EARNED = select(func.coalesce(func.sum(L.points), 0)).where(
    _SINCE, or_(L.kind == EntryKind.EARN.value, and_(L.kind == EntryKind.BONUS.value, L.sale_ref.is_not(None)))
)
_REDEEMED = select(func.coalesce(-func.sum(L.points), 0)).where(_SINCE, L.kind == EntryKind.REDEEM.value)
# One till's purchase points and points spent since a time: its own fraud caps. The range on
# ``at`` keeps it to today's entries (ix_ledger_at_kind_points), whatever the ledger's size.
_TERMINAL_MOVED = select(
    func.coalesce(func.sum(case((L.kind == EntryKind.REDEEM.value, 0), else_=L.points)), 0),
    func.coalesce(-func.sum(case((L.kind == EntryKind.REDEEM.value, L.points), else_=0)), 0),
).where(
    L.at >= bindparam("since", type_=L.at.type), L.terminal_id == bindparam("terminal_id"),
    or_(L.kind.in_([EntryKind.EARN.value, EntryKind.REDEEM.value]),
        and_(L.kind == EntryKind.BONUS.value, L.sale_ref.is_not(None))),
)
_REDEMPTIONS = select(func.count()).where(
    _SINCE, L.kind == EntryKind.REDEEM.value, L.reward_id == bindparam("reward_id")
)


def entry_from(row: DbRow) -> LedgerEntry:
    return LedgerEntry(
        id=row.id, member_id=row.member_id, kind=decode_enum(EntryKind, row.kind, table="ledger", column="kind", row=row.id), points=row.points, at=row.at,
        terminal_id=row.terminal_id, actor=row.actor, sale_ref=row.sale_ref, reason=row.reason,
        reward_id=row.reward_id, expires_at=row.expires_at,
    )


def entry_values(entry: LedgerEntry) -> dict[str, Any]:
    return {
        "id": entry.id, "member_id": entry.member_id, "kind": entry.kind.value, "points": entry.points,
        "at": entry.at, "terminal_id": entry.terminal_id, "actor": entry.actor, "sale_ref": entry.sale_ref,
        "reason": entry.reason, "reward_id": entry.reward_id, "expires_at": entry.expires_at,
    }


class SqlLedger(Repository):
    def append(self, entries: Sequence[LedgerEntry], *, origin: str = LOCAL_ORIGIN) -> None:
        """``origin``: the till that wrote the entries; pulled ones are chained on their till's chain."""
        if not entries:
            return
        try:
            with all_or_nothing(self._db):  # all of the batch or none of it
                self._db.execute(insert(ledger), [entry_values(entry) for entry in entries])
                seqs = self._db.execute(select(L.seq).where(L.id.in_([entry.id for entry in entries]))
                                        .order_by(L.seq)).scalars()
                extend(self._db, RecordKind.LEDGER, list(seqs), origin)
        except IntegrityError as error:
            if broke_foreign_key(error):
                missing = sorted({entry.member_id for entry in entries})
                raise NotFound(code="not_found", template="Member {key} was not found.", key=", ".join(missing)) from None
            # The same UUID twice is a retried or replayed write, never a second entry.
            raise Conflict(code="duplicate_ledger_entry", detail=f"ledger entry already stored: {error.orig}") from None

    def exists(self, entry_id: str) -> bool:
        return self._db.execute(_EXISTS, {"entry_id": entry_id}).first() is not None

    def for_member(self, member_id: str) -> list[LedgerEntry]:
        return [entry_from(row) for row in self._db.execute(_FOR_MEMBER, {"member_id": member_id})]

    def latest_at(self, member_id: str) -> datetime | None:
        return self._db.execute(_LATEST_AT, {"member_id": member_id}).scalar()

    def statement(self, member_id: str, *, cursor: str | None, limit: int) -> Page[LedgerEntry]:
        """Newest first, the way a member reads their statement."""
        check_limit(limit)
        query = select(L.seq, *_ENTRY_COLUMNS).where(L.member_id == member_id)
        if cursor:
            at, seq = decode_cursor(cursor, "statement", 2)
            query = query.where(tuple_(raw_time(L.at), L.seq) < tuple_(at, seq))
        rows = list(self._db.execute(query.order_by(L.at.desc(), L.seq.desc()).limit(limit + 1)))
        return page_of(rows, limit, "statement", lambda row: (to_micros(row.at), row.seq), entry_from)

    def earned_since(self, member_id: str, since: datetime) -> int:
        """Purchase points (EARN, and BONUS tied to a sale) at or after ``since``."""
        return int(self._db.execute(_EARNED, {"member_id": member_id, "since": since}).scalar_one())

    def redeemed_since(self, member_id: str, since: datetime) -> int:
        """Points spent on rewards at or after ``since``, as a positive number."""
        return int(self._db.execute(_REDEEMED, {"member_id": member_id, "since": since}).scalar_one())

    def terminal_moved_since(self, terminal_id: str, since: datetime) -> tuple[int, int]:
        """(purchase points earned, points redeemed) on ``terminal_id`` at or after ``since``."""
        row = self._db.execute(_TERMINAL_MOVED, {"terminal_id": terminal_id, "since": since}).one()
        return int(row[0]), int(row[1])

    def redemption_entries_since(self, since: datetime) -> list[Redemption]:
        """Every REDEEM entry at or after ``since``, oldest first (the unusual-activity report)."""
        query = (select(L.id, L.member_id, L.actor, L.at)
                 .where(L.kind == EntryKind.REDEEM.value, L.at >= bindparam("since", type_=L.at.type))
                 .order_by(L.at, L.seq))
        return [Redemption(row.id, row.member_id, row.actor, row.at)
                for row in self._db.execute(query, {"since": since})]

    def redemptions_since(self, member_id: str, reward_id: str, since: datetime) -> int:
        params = {"member_id": member_id, "since": since, "reward_id": reward_id}
        return int(self._db.execute(_REDEMPTIONS, params).scalar_one())

    def members_with_expiry_due(
        self, now: datetime, *, cursor: str | None, limit: int, inactive_since: datetime | None = None
    ) -> Page[str]:
        """Members with a lot lapsing at or before ``now``; then, when ``inactive_since``
        is given (now minus the inactivity period), members holding points with no
        activity since. Read from the projection's indexes, never by folding ledgers.

        The two lists are separate pages (a page may be short), so one page never
        names a member twice.
        """
        check_limit(limit)
        phase, after = "lots", None
        if cursor:
            phase, at, rowid = decode_cursor(cursor, "expiry", 3)
            if phase not in ("lots", "idle"):
                raise ValidationError(code="bad_cursor", template="This page cursor belongs to another list; start again")
            after = None if rowid is None else (at, rowid)
        if phase == "lots":
            rows = self._due_rows(B.next_expiry_at, now, after, limit + 1, positive=False)
            if len(rows) <= limit and inactive_since is not None:
                return Page(tuple(row[0] for row in rows), encode_cursor("expiry", ("idle", None, None)))
        elif inactive_since is None:
            return Page((), None)
        else:
            rows = self._due_rows(B.last_activity_at, inactive_since, after, limit + 1, positive=True)
        return page_of(rows, limit, "expiry", lambda row: (phase, to_micros(row[1]), row[2]), lambda row: row[0])

    def _due_rows(self, column: Any, bound: datetime, after: tuple[Any, Any] | None, count: int,
                  *, positive: bool) -> list[DbRow]:
        # Ties (a whole seeded population can lapse on one date) are broken by rowid,
        # which the time index already holds: SQLite never sorts the due set.
        query = select(B.member_id, column, _BALANCE_ROWID).where(column <= bound)
        if positive:
            query = query.where(B.balance > 0)
        if after is not None:
            query = query.where(tuple_(raw_time(column), _BALANCE_ROWID) > tuple_(after[0], after[1]))
        return list(self._db.execute(query.order_by(column, _BALANCE_ROWID).limit(count)))

    def iter_by_member(self, batch: int = 10_000) -> Iterator[tuple[str, list[LedgerEntry]]]:
        """Every member's entries, one member at a time in member id order; streams in
        keyset batches of ``batch`` rows, so memory stays flat at a million members."""
        after: tuple[str, int, int] | None = None
        current: str | None = None
        entries: list[LedgerEntry] = []
        while True:
            query = select(L.seq, *_ENTRY_COLUMNS)
            if after is not None:
                query = query.where(tuple_(L.member_id, raw_time(L.at), L.seq) > tuple_(*after))
            rows = list(self._db.execute(query.order_by(L.member_id, L.at, L.seq).limit(batch)))
            for row in rows:
                if row.member_id != current:
                    if current is not None:
                        yield current, entries
                    current, entries = row.member_id, []
                entries.append(entry_from(row))
            if len(rows) < batch:
                break
            last = rows[-1]
            after = (last.member_id, to_micros(last.at), last.seq)
        if current is not None:
            yield current, entries


_BALANCE = select(B.member_id, B.balance, B.next_expiry_at, B.last_activity_at)
_GET_BALANCE = _BALANCE.where(B.member_id == bindparam("member_id"))
_LOTS = (
    select(T.entry_id, T.opened_at, T.expires_at, T.remaining)
    .where(T.member_id == bindparam("member_id"))
    .order_by(T.expires_at.is_(None), T.expires_at, T.opened_at, T.entry_id)
)
_DELETE_LOTS = delete(lots_table).where(T.member_id == bindparam("member_id"))
_upsert = sqlite_insert(balances)
_UPSERT_BALANCE = _upsert.on_conflict_do_update(
    index_elements=[B.member_id],
    set_={column: _upsert.excluded[column] for column in ("balance", "next_expiry_at", "last_activity_at")},
)


def _balance_from(row: DbRow) -> BalanceRow:
    return BalanceRow(row.member_id, int(row.balance), row.next_expiry_at, row.last_activity_at)


class SqlBalances(Repository):
    def get(self, member_id: str) -> BalanceRow | None:
        row = self._db.execute(_GET_BALANCE, {"member_id": member_id}).first()
        return None if row is None else _balance_from(row)

    def lots(self, member_id: str) -> list[Lot]:
        """Open lots in FIFO order (soonest expiry first, never-expiring last)."""
        rows = self._db.execute(_LOTS, {"member_id": member_id})
        return [Lot(row.entry_id, row.opened_at, row.expires_at, int(row.remaining)) for row in rows]

    def put(self, row: BalanceRow, lots: Sequence[Lot]) -> None:
        """Replace the member's projection; called in the transaction that appended the entries."""
        values = {
            "member_id": row.member_id, "balance": row.balance, "next_expiry_at": row.next_expiry_at,
            "last_activity_at": row.last_activity_at,
        }
        self._db.execute(_UPSERT_BALANCE, values)
        self._db.execute(_DELETE_LOTS, {"member_id": row.member_id})
        open_lots = [
            {"entry_id": lot.entry_id, "member_id": row.member_id, "opened_at": lot.opened_at,
             "expires_at": lot.expires_at, "remaining": lot.remaining}
            for lot in lots if lot.remaining
        ]
        if open_lots:
            self._db.execute(insert(lots_table), open_lots)

    def negative(self, limit: int) -> list[BalanceRow]:
        """Merged balances below zero: offline tills together spent more than the member had."""
        query = _BALANCE.where(B.balance < 0).order_by(B.balance, B.member_id).limit(limit)
        return [_balance_from(row) for row in self._db.execute(query)]

    def iter_all(self, batch: int = 10_000) -> Iterator[BalanceRow]:
        after: str | None = None
        while True:
            query = _BALANCE if after is None else _BALANCE.where(B.member_id > after)
            rows = list(self._db.execute(query.order_by(B.member_id).limit(batch)))
            yield from (_balance_from(row) for row in rows)
            if len(rows) < batch:
                return
            after = rows[-1].member_id
