"""A digest of every row of a shop's database, to prove a refused action changed nothing.

Rows, not file bytes: a checkpoint or a reader may rewrite pages without changing data.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def store_digest(db_path: Path) -> str:
    digest = hashlib.sha256()
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            # Sorted in Python: some tables (FTS shadows, WITHOUT ROWID) have no rowid to order by.
            for row in sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"')):
                digest.update(row.encode())
    finally:
        connection.close()
    return digest.hexdigest()
