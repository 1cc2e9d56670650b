"""Making a shop's database misbehave for a test, the way a disk would: every connection
its engine opens from now on runs one PRAGMA (``max_page_count`` at the file's size is a
full disk, ``query_only`` a read-only one)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event


@contextmanager
def every_connection_runs(engine: Engine, pragma: str) -> Iterator[None]:
    def on_connect(connection: sqlite3.Connection, _record: object) -> None:
        connection.execute(f"PRAGMA {pragma}")

    engine.dispose()  # pooled connections were opened without it
    event.listen(engine, "connect", on_connect)
    try:
        yield
    finally:
        event.remove(engine, "connect", on_connect)
        engine.dispose()
