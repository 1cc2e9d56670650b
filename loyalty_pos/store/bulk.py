"""Fast bulk loading (the demo seeder's million members) straight through sqlite3.

Loading row by row through the unit of work would take many minutes at shop
scale. Here one exclusive transaction runs ``executemany`` with the secondary
indexes and the member-search triggers dropped, then rebuilds them in one
sorted pass each (SQLite sorts with worker threads) and rebuilds the FTS index
once. Durability is off while loading (``synchronous=OFF``, in-memory rollback
journal): a crash mid-load loses the load, so load into a new file, never into a
shop's live database.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Boolean, Date, Table

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.ledger import LedgerEntry, Lot
from loyalty_pos.domain.members import Member
from loyalty_pos.services.ports import BalanceRow
from loyalty_pos.store.bulk_writer import BulkWriter, load_error
from loyalty_pos.store.chain_head_file import write_head
from loyalty_pos.store.chain_links import RawConnection, chain_backlog
from loyalty_pos.store.chain_links import head as chain_head
from loyalty_pos.store.engine import inspect_file
from loyalty_pos.store.tables import MEMBERS_FTS, metadata
from loyalty_pos.store.types import JsonText, UtcDateTime, dumps, to_micros

Converter = Callable[[Any], Any]
# Records per range link: a run is spelled whole when check verifies it, so this bounds
# that memory (10,000 receipts are a few MB) while keeping the links few.
CHAIN_RUN = 10_000
_INSERT_TARGET = re.compile(r"\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(?:main\.)?\"?(\w+)\"?", re.IGNORECASE)


def _time(value: Any) -> Any:
    return to_micros(value) if isinstance(value, datetime) else value


def _date(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _bool(value: Any) -> Any:
    return None if value is None else int(bool(value))


def _json(value: Any) -> Any:
    """A str is taken as JSON text already (the seeder renders documents from templates)."""
    if value is None or isinstance(value, str):
        return value
    return dumps(value)


def _converter(column_type: Any) -> Converter | None:
    """Only columns whose stored form differs from the Python value pay for a call."""
    if isinstance(column_type, UtcDateTime):
        return _time
    if isinstance(column_type, Date):
        return _date
    if isinstance(column_type, Boolean):
        return _bool
    if isinstance(column_type, JsonText):
        return _json
    return None


@dataclass
class _Dropped:
    indexes: list[str] = field(default_factory=list)  # CREATE statements to replay
    triggers: list[str] = field(default_factory=list)


class BulkLoader:
    """``with BulkLoader(path) as load: load.insert("members", rows) ...``; the indexes,
    triggers and FTS index are rebuilt and the load committed when the block ends
    (rolled back, indexes and all, if it raises)."""

    def __init__(self, db_path: Path, *, batch: int = 50_000, cache_mib: int = 8,
                 on_phase: Callable[[str], None] | None = None) -> None:
        """``on_phase`` hears "indexes" and "search index" as the finishing steps
        start, for a progress display (they take seconds at a million members)."""
        inspect_file(db_path)  # never bulk-load into a file that is not ours
        self._path = Path(db_path)
        self._on_phase = on_phase or (lambda _phase: None)
        self._batch = batch
        self._cache_mib = cache_mib
        self._connection: sqlite3.Connection | None = None
        self._writer: BulkWriter
        self._prepared: dict[str, _Dropped] = {}

    def __enter__(self) -> BulkLoader:
        # Used by the writer thread and, between batches, by this one; never both at once.
        connection = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
        for pragma in (
            "busy_timeout = 5000",
            "journal_mode = MEMORY",  # leaves WAL: the load is one big transaction anyway
            "synchronous = OFF",
            "foreign_keys = OFF",  # the seeder writes parents first; checked by 'loyalty-pos check'
            # A small cache on purpose: appends do not need one, and CREATE INDEX then
            # sorts in many runs that its worker threads sort in parallel (measured:
            # twice as fast as one big in-memory sort on a 2-core till).
            f"cache_size = -{self._cache_mib * 1024}",
            "threads = 4",
            "locking_mode = EXCLUSIVE",
        ):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("BEGIN EXCLUSIVE")
        self._connection = connection
        self._writer = BulkWriter(connection)
        return self

    @property
    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            raise RuntimeError("BulkLoader is used outside its 'with' block")
        return self._connection

    def insert(self, table_name: str, rows: Iterable[Mapping[str, Any] | Sequence[Any]],
               columns: Sequence[str] | None = None, *, constants: Mapping[str, Any] | None = None,
               stored: bool = False) -> int:
        """Insert ``rows`` (mappings, or sequences in ``columns`` order); returns how many.

        Values are Python values (aware datetimes, dates, bools, dicts for JSON);
        integers in datetime columns are taken as stored microseconds. ``stored=True``
        says the sequences already hold stored values (``types.to_micros`` times, 0/1,
        ISO dates, JSON text) and skips the per-row conversion, which on a slow till
        costs more than SQLite's own insert. ``constants`` are columns with one value
        for every row (a seed's terminal, actor...): written into the statement once
        instead of bound per row, which halves the cost of a wide row.
        """
        table = _table(table_name)
        fixed = {name: _stored(table, name, value) for name, value in (constants or {}).items()}
        if stored:
            if columns is None:
                raise ValidationError(detail="stored rows need their column names")
            return self._write(table_name, columns, rows, fixed)  # type: ignore[arg-type]
        iterator = iter(rows)
        first = next(iterator, None)
        if first is None:
            return 0
        if columns is None:
            if not isinstance(first, Mapping):
                raise ValidationError(detail="give the column names for rows that are not mappings")
            columns = list(first.keys())
        _check_columns(table, columns)
        convert = _row_converter(table, columns, mappings=isinstance(first, Mapping))
        return self._write(table_name, columns, map(convert, _prepend(first, iterator)), fixed)

    def _write(self, table_name: str, columns: Sequence[str], rows: Iterable[Sequence[Any]],
               constants: Mapping[str, Any] | None = None) -> int:
        """Rows already in stored form (microseconds, 0/1, ISO dates)."""
        table = _table(table_name)
        fixed = dict(constants or {})
        _check_columns(table, [*columns, *fixed])
        self._prepare(table)
        names = [*columns, *fixed]
        values = ["?"] * len(columns) + [_literal(value) for value in fixed.values()]
        statement = (
            f"INSERT INTO {_quote(table.name)} ({', '.join(_quote(name) for name in names)}) "
            f"VALUES ({', '.join(values)})"
        )
        count = 0
        for chunk in _chunks(iter(rows), self._batch):
            self._writer.submit(statement, chunk)
            count += len(chunk)
        return count

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        """Run SQL of your own inside the load's transaction (``INSERT ... SELECT``,
        temp tables, a look at what is loaded). An INSERT into one of our tables gets
        the same treatment as :meth:`insert`: that table's indexes and triggers are
        dropped now and rebuilt when the load ends."""
        self._prepare_target(sql)
        self._writer.flush()
        return self._db.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> sqlite3.Cursor:
        self._prepare_target(sql)
        self._writer.flush()
        return self._db.executemany(sql, rows)

    def _prepare_target(self, sql: str) -> None:
        match = _INSERT_TARGET.match(sql)
        if match and match.group(1) in metadata.tables:
            self._prepare(metadata.tables[match.group(1)])

    def add_members(self, members: Iterable[Member]) -> int:
        """Members with their cards."""
        cards: list[tuple[Any, ...]] = []

        def member_rows() -> Iterator[tuple[Any, ...]]:
            for member in members:
                cards.extend(
                    (card.number, card.member_id, card.status.value, to_micros(card.issued_at), int(card.printed))
                    for card in member.cards
                )
                enrolled = to_micros(member.enrolled_at)
                yield (
                    member.id, member.name, member.phone, member.email,
                    member.birthday.isoformat() if member.birthday else None, int(member.consents.marketing),
                    int(member.consents.data_processing), member.tier_code, member.status.value, enrolled, enrolled,
                )
                if len(cards) >= self._batch:
                    self._write("cards", _CARD_COLUMNS, cards)
                    cards.clear()

        count = self._write("members", _MEMBER_COLUMNS, member_rows())
        self._write("cards", _CARD_COLUMNS, cards)
        return count

    def add_entries(self, entries: Iterable[LedgerEntry]) -> int:
        return self._write("ledger", _LEDGER_COLUMNS, (
            (e.id, e.member_id, e.kind.value, e.points, to_micros(e.at), e.terminal_id, e.actor, e.sale_ref,
             e.reason, e.reward_id, to_micros(e.expires_at) if e.expires_at else None)
            for e in entries
        ))

    def add_projections(self, projections: Iterable[tuple[BalanceRow, Sequence[Lot]]]) -> int:
        """Balance rows with their open lots (as ``services.projection.refresh`` writes them)."""
        lots: list[tuple[Any, ...]] = []

        def balance_rows() -> Iterator[tuple[Any, ...]]:
            for row, member_lots in projections:
                lots.extend(
                    (lot.entry_id, row.member_id, to_micros(lot.opened_at),
                     to_micros(lot.expires_at) if lot.expires_at else None, lot.remaining)
                    for lot in member_lots if lot.remaining
                )
                yield (row.member_id, row.balance, _time(row.next_expiry_at), _time(row.last_activity_at))
                if len(lots) >= self._batch:
                    self._write("lots", _LOT_COLUMNS, lots)
                    lots.clear()

        count = self._write("balances", _BALANCE_COLUMNS, balance_rows())
        self._write("lots", _LOT_COLUMNS, lots)
        return count

    def _prepare(self, table: Table) -> None:
        """Drop the table's secondary indexes and triggers the first time it is loaded."""
        if table.name in self._prepared:
            return
        self._writer.flush()
        dropped = _Dropped()
        for kind, name, sql in self._db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
            "AND sql IS NOT NULL", (table.name,)
        ).fetchall():
            (dropped.indexes if kind == "index" else dropped.triggers).append(sql)
            self._db.execute(f"DROP {'INDEX' if kind == 'index' else 'TRIGGER'} {_quote(name)}")
        self._prepared[table.name] = dropped

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        connection, self._connection = self._db, None
        try:
            failed = self._writer.close()
            if exc_type is not None or failed is not None:
                if connection.in_transaction:  # SQLite ends it itself on a full disk
                    connection.execute("ROLLBACK")
                reason = failed if exc_type is None else exc
                translated = load_error(reason, self._path) if reason is not None else None
                if translated is not None and translated is not reason:
                    raise translated from reason
                return
            try:
                self._finish(connection)
                connection.execute("COMMIT")
            except sqlite3.Error as error:  # the indexes or the commit on a full disk
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise load_error(error, self._path) from error
            _write_head_file(self._path, connection)
        finally:
            try:
                if not connection.in_transaction:  # back to how the till opens it
                    connection.execute("PRAGMA locking_mode = NORMAL")
                    connection.execute("PRAGMA journal_mode = WAL")
            except sqlite3.Error:
                if exc_type is None and sys.exc_info()[0] is None:
                    raise
                # Already failing: the reason being raised is the one to see.
            finally:
                connection.close()

    def _finish(self, connection: sqlite3.Connection) -> None:
        self._on_phase("indexes")
        try:
            for dropped in self._prepared.values():
                for sql in dropped.indexes:
                    connection.execute(sql)
        except sqlite3.IntegrityError as error:  # a UNIQUE index over duplicate keys
            connection.execute("ROLLBACK")
            raise load_error(error, self._path) from error
        self._on_phase("search index")
        has_fts = connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (MEMBERS_FTS,)).fetchone()
        if "members" in self._prepared and has_fts:
            connection.execute(f"INSERT INTO {MEMBERS_FTS}({MEMBERS_FTS}) VALUES ('rebuild')")
        for dropped in self._prepared.values():
            for sql in dropped.triggers:
                connection.execute(sql)
        self._on_phase("chain")
        # Loaded rows are records like any other: chained before the commit that stores them,
        # a run of them per link (a link per record took three times the load itself).
        chain_backlog(RawConnection(connection), run=CHAIN_RUN)


def _write_head_file(db_path: Path, connection: sqlite3.Connection) -> None:
    try:
        write_head(db_path, [chain_head(RawConnection(connection))])
    except OSError:
        pass  # the load is committed; check reports the head file as behind


def _literal(value: Any) -> str:
    """A constant spelled into the INSERT statement (stored form only: no user SQL)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise ValidationError(detail=f"cannot use {value!r} as a bulk constant")


def _stored(table: Table, name: str, value: Any) -> Any:
    if name not in table.c:
        raise ValidationError(detail=f"{table.name} has no column {name}")
    conv = _converter(table.c[name].type)
    return conv(value) if conv is not None else value


_MEMBER_COLUMNS = (
    "id", "name", "phone", "email", "birthday", "consent_marketing", "consent_data_processing", "tier_code",
    "status", "enrolled_at", "updated_at",
)
_CARD_COLUMNS = ("number", "member_id", "status", "issued_at", "printed")
_LEDGER_COLUMNS = (
    "id", "member_id", "kind", "points", "at", "terminal_id", "actor", "sale_ref", "reason", "reward_id",
    "expires_at",
)
_BALANCE_COLUMNS = ("member_id", "balance", "next_expiry_at", "last_activity_at")
_LOT_COLUMNS = ("entry_id", "member_id", "opened_at", "expires_at", "remaining")


def _table(name: str) -> Table:
    table = metadata.tables.get(name)
    if table is None:
        raise ValidationError(detail=f"no table {name!r} to load")
    return table


def _check_columns(table: Table, columns: Sequence[str]) -> None:
    unknown = [name for name in columns if name not in table.c]
    if unknown:
        raise ValidationError(detail=f"{table.name} has no column(s) {', '.join(unknown)}")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _row_converter(table: Table, columns: Sequence[str], *, mappings: bool) -> Callable[[Any], Sequence[Any]]:
    converters = [(index, _converter(table.c[name].type)) for index, name in enumerate(columns)]
    active = [(index, conv) for index, conv in converters if conv is not None]
    names = list(columns)

    def convert(row: Any) -> Sequence[Any]:
        values = [row.get(name) for name in names] if mappings else list(row)
        for index, conv in active:
            values[index] = conv(values[index])
        return values

    return convert


def _prepend(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest


def _chunks(rows: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while chunk := list(islice(rows, size)):
        yield chunk


def bulk_insert(db_path: Path, table_name: str, rows: Iterable[Mapping[str, Any]], batch: int = 50_000) -> int:
    """One table in one bulk transaction (see :class:`BulkLoader` for several)."""
    with BulkLoader(db_path, batch=batch) as loader:
        return loader.insert(table_name, rows)
