"""Opening the shop's SQLite file: durable settings, explicit transactions, clear refusals.

Transactions follow SQLAlchemy's documented pysqlite recipe: the driver's own
implicit BEGIN is switched off and we emit BEGIN ourselves. A writing unit of
work asks for ``BEGIN IMMEDIATE`` so it takes the write lock up front: two tills
then queue on the busy timeout instead of both reading, both trying to write,
and one failing half-way with "database is locked".
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, ExceptionContext
from sqlalchemy.pool import ConnectionPoolEntry

from loyalty_pos.domain.errors import LoyaltyError, StoreBusy
from loyalty_pos.store.errors import (
    CorruptDatabase,
    DatabaseTooNew,
    DiskFull,
    DiskWriteFailed,
    NotOurDatabase,
    ReadOnlyDatabase,
    StoreError,
)
from loyalty_pos.store.revisions import KNOWN_REVISIONS

BEGIN_OPTION = "loyalty_begin"  # execution option: "IMMEDIATE" (writers) or "DEFERRED" (readers)
DEFAULT_BUSY_TIMEOUT_MS = 5_000
AUTOCHECKPOINT_PAGES = 20_000  # ~80 MB of WAL
SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every revision of our schema has; a file without them is someone else's.
CORE_TABLES = frozenset({"alembic_version", "members", "cards", "ledger", "balances", "audit_log"})


def create_sqlite_engine(
    db_path: Path,
    *,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    foreign_keys: bool = True,
    cache_kib: int = 8_192,  # per pooled connection; the OS file cache does the rest (RSS budget)
) -> Engine:
    """An engine on ``db_path`` with no check of what the file holds (migrations use it)."""
    engine = create_engine(
        URL.create("sqlite", database=str(Path(db_path))),  # no URL parsing of odd characters in the path
        # The pool hands a connection to one thread at a time; GUI workers are threads.
        connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN; see the module docstring
        dbapi_connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        _ensure_wal(dbapi_connection, busy_timeout_ms)
        for pragma in (
            "synchronous = FULL",  # an acknowledged sale survives a power cut
            # Copying the WAL back into a multi-GB file costs a sale tens of ms; the
            # till does it in the background (store/checkpoint.py). This is only the
            # safety net for a process that never does.
            f"wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}",
            f"foreign_keys = {'ON' if foreign_keys else 'OFF'}",
            f"cache_size = -{int(cache_kib)}",
        ):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> BaseException | None:
        return translate_error(context.original_exception, db_path)

    return engine


def _ensure_wal(connection: sqlite3.Connection, busy_timeout_ms: int) -> None:
    """WAL persists in the file, so this only does work on a fresh file or one just
    restored from a backup. The switch needs the file to itself and SQLite does not
    wait for that on its own: two tills opening such a file at once would see
    "database is locked", so wait here as the busy timeout would."""
    deadline = time.monotonic() + busy_timeout_ms / 1000
    while connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as error:
            if not isinstance(translate_error(error, Path()), StoreBusy) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
            continue
        if mode != "wal":  # e.g. a network share without shared memory
            raise StoreError(template="The database refused the operation: the database cannot use write-ahead logging "
                                  "here (journal mode {mode}).", mode=mode)


def translate_error(error: BaseException, db_path: Path) -> BaseException | None:
    """SQLite's conditions a person can act on, as domain errors; others pass through."""
    if isinstance(error, LoyaltyError):
        return error  # raised while binding a value (a naive datetime): not wrapped by SQLAlchemy
    if not isinstance(error, sqlite3.DatabaseError):
        return None
    message = str(error).lower()
    if "locked" in message or "busy" in message:
        return StoreBusy()
    if "disk is full" in message or "database or disk is full" in message:
        return DiskFull()
    if "disk i/o error" in message:
        return DiskWriteFailed()
    if "readonly" in message or "read-only" in message:
        return ReadOnlyDatabase(path=str(db_path))
    if "malformed" in message or "not a database" in message or "corrupt" in message:
        return CorruptDatabase(path=str(db_path), reason=str(error))
    return None


def open_engine(db_path: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    """The engine the till works with; refuses a file that is not a loyalty-pos database.

    Any revision of our schema is accepted (a backup checked before a restore may
    be older than the app); :func:`loyalty_pos.store.schema.upgrade` brings it to head.
    """
    inspect_file(db_path)
    return create_sqlite_engine(db_path, busy_timeout_ms=busy_timeout_ms)


def read_header(db_path: Path) -> bytes:
    with open(db_path, "rb") as handle:
        return handle.read(len(SQLITE_HEADER))


def inspect_file(db_path: Path) -> str:
    """The schema revision of an existing loyalty-pos file, or a clear refusal.

    Cheap on purpose (the header and the schema table, no page scan) because it
    runs at every start; ``loyalty-pos check`` runs SQLite's full integrity check.
    """
    path = Path(db_path)
    if not path.is_file():
        raise NotOurDatabase(path=str(path), template="{path} is not a loyalty-pos database (there is no such file); choose the right file or another data directory.")
    header = read_header(path)
    if header != SQLITE_HEADER:
        raise NotOurDatabase(path=str(path), template="{path} is not a loyalty-pos database (the file is empty); choose the right file or another data directory." if not header
                             else "{path} is not a loyalty-pos database (it is not a SQLite database); choose the right file or another data directory.")
    tables, revision = schema_facts(path)
    missing = CORE_TABLES - tables
    if missing == CORE_TABLES:
        raise NotOurDatabase(path=str(path), template="{path} is not a loyalty-pos database (it has none of our tables); choose the right file or another data directory.")
    if missing:
        raise NotOurDatabase(path=str(path), template="{path} is not a loyalty-pos database (tables {tables} are missing); choose the right file or another data directory.",
                             tables=", ".join(sorted(missing)))
    if revision is None:
        raise NotOurDatabase(path=str(path), template="{path} is not a loyalty-pos database (it has no schema revision); choose the right file or another data directory.")
    if revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(path=str(path), revision=revision)
    return revision


def schema_facts(path: Path) -> tuple[set[str], str | None]:
    """Table names and the Alembic revision (None when absent), read without writing."""
    try:
        # Only called once the header says SQLite. A plain connection, not mode=ro: a
        # read-only one leaves -wal/-shm files behind next to a WAL database, while this
        # one, reading nothing but the schema, writes nothing and tidies up on close.
        connection = sqlite3.connect(path, timeout=DEFAULT_BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        raise StoreError(template="The database refused the operation: cannot open {path}: {error}.",
                         path=str(path), error=str(error)) from None
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return tables, revision
    except sqlite3.DatabaseError as error:
        if isinstance(translate_error(error, path), StoreBusy):
            raise StoreBusy() from None
        raise CorruptDatabase(path=str(path), reason=str(error)) from None
    finally:
        connection.close()
