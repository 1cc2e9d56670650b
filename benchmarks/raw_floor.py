"""The floor a checkout is compared with: the very rows our checkout wrote, replayed
by plain sqlite3 in one durable transaction per sale, on a copy of the store taken
before the checkouts — so the ratio measures our code (reads, rules, SQLAlchemy),
not SQLite's writing and fsync, which no code can avoid."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from loyalty_pos.bench.background import every
from loyalty_pos.store.engine import AUTOCHECKPOINT_PAGES

_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class WriteRecorder:
    """Collects the write statements each checkout sends, grouped per transaction."""

    def __init__(self) -> None:
        self.transactions: list[list[tuple[str, Any]]] = []
        self._current: list[tuple[str, Any]] | None = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._current = []
        try:
            yield
        finally:
            self.transactions.append(self._current)
            self._current = None

    def _record(self, conn, cursor, statement: str, parameters: Any, context, executemany: bool) -> None:  # noqa: ANN001
        if self._current is None or not statement.lstrip().upper().startswith(_WRITES):
            return
        self._current.append((statement, (executemany, parameters)))

    @contextmanager
    def listening(self, engine: Engine) -> Iterator[WriteRecorder]:
        event.listen(engine, "before_cursor_execute", self._record)
        try:
            yield self
        finally:
            event.remove(engine, "before_cursor_execute", self._record)


def replay_floor(db_copy: Path, transactions: list[list[tuple[str, Any]]]) -> list[float]:
    """Milliseconds per transaction, each BEGIN IMMEDIATE ... COMMIT with fsync."""
    connection = sqlite3.connect(db_copy, isolation_level=None, check_same_thread=False)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "busy_timeout = 5000",
                   f"wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}"):
        connection.execute(f"PRAGMA {pragma}")
    checkpointer = sqlite3.connect(db_copy, isolation_level=None, check_same_thread=False)
    samples = []
    # The same background checkpointing as the till's, so both sides pay alike.
    with every(1.0, lambda: checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()):
        for statements in transactions:
            start = time.perf_counter()
            connection.execute("BEGIN IMMEDIATE")
            for statement, (executemany, parameters) in statements:
                if executemany:
                    connection.executemany(statement, parameters)
                else:
                    connection.execute(statement, parameters)
            connection.execute("COMMIT")
            samples.append((time.perf_counter() - start) * 1000)
    connection.close()
    checkpointer.close()
    return samples
