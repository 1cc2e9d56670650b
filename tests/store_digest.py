"""A digest of every row of a shop's database, to prove a refused action changed nothing.

Rows, not file bytes: a checkpoint or a reader may rewrite pages without changing data.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

# A row as column -> value; a view returns what of it counts, or None to leave it out.
Row = dict[str, object]
RowView = Callable[[str, Row], Row | None]


def store_digest(db_path: Path, view: RowView | None = None) -> str:
    digest = hashlib.sha256()
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            names = [column[0] for column in cursor.description]
            rows = (dict(zip(names, row, strict=True)) for row in cursor)
            kept = (view(table, row) for row in rows) if view is not None else rows
            # Sorted in Python: some tables (FTS shadows, WITHOUT ROWID) have no rowid to order by.
            for row in sorted(repr(row) for row in kept if row is not None):
                digest.update(row.encode())
    finally:
        connection.close()
    return digest.hexdigest()
