"""Many rows in one statement: on PostgreSQL, the batch as one JSON parameter.

SQLAlchemy's executemany sends a batch's rows as one statement each (pipelined), and
arrays of text are escaped element by element by the driver; ``INSERT ... SELECT FROM
json_to_recordset(%s)`` is one statement of fixed text whatever the batch's size, its
one parameter made by the C JSON encoder and parsed by PostgreSQL's — the COPY-like
path without COPY's lack of ON CONFLICT. SQLite takes the same rows through an
ordinary executemany (an embedded file has no round trips).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from loyalty_pos.sync.server.database import is_sqlite

_PG = postgresql.dialect()


def any_of(connection: sa.engine.Connection, column: sa.ColumnElement[Any], values: Sequence[Any]
           ) -> sa.ColumnElement[bool]:
    """``column IN values``; on PostgreSQL one array parameter instead of one per value."""
    if is_sqlite(connection.engine):
        return column.in_(list(values))
    return column == sa.any_(sa.bindparam("values", list(values), type_=postgresql.ARRAY(column.type), unique=True))


def insert(connection: sa.engine.Connection, table: sa.Table, rows: list[dict[str, Any]], *,
           conflict: Sequence[str] | None = None, update: Sequence[str] = (), add: Sequence[str] = (),
           returning: Sequence[str] = ()) -> list[sa.Row]:
    """Insert ``rows``; with ``conflict`` (the key columns) a clash does nothing, or sets
    the ``update`` columns to the new values, or adds the new value to the ``add`` columns."""
    if not rows:
        return []
    if is_sqlite(connection.engine):
        return _sqlite(connection, table, rows, conflict, update, add, returning)
    names = list(rows[0])
    columns = ", ".join(f'"{name}"' for name in names)
    shapes = ", ".join(f'"{name}" {_pg_type(table.c[name])}' for name in names)
    sql = (f'INSERT INTO "{table.name}" ({columns}) SELECT {columns} '
           f"FROM json_to_recordset(%s::json) AS r({shapes})")
    if conflict is not None:
        target = ", ".join(f'"{name}"' for name in conflict)
        sets = [f'"{name}" = EXCLUDED."{name}"' for name in update]
        sets += [f'"{name}" = "{table.name}"."{name}" + EXCLUDED."{name}"' for name in add]
        sql += f" ON CONFLICT ({target}) " + (f"DO UPDATE SET {', '.join(sets)}" if sets else "DO NOTHING")
    if returning:
        sql += " RETURNING " + ", ".join(f'"{name}"' for name in returning)
    result = connection.exec_driver_sql(sql, (json.dumps(rows, default=_instant),))
    return list(result) if returning else []


def _pg_type(column: sa.Column[Any]) -> str:
    return "jsonb" if isinstance(column.type, sa.JSON) else column.type.compile(dialect=_PG)


def _instant(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not a column value")


def _sqlite(connection: sa.engine.Connection, table: sa.Table, rows: list[dict[str, Any]],
            conflict: Sequence[str] | None, update: Sequence[str], add: Sequence[str],
            returning: Sequence[str]) -> list[sa.Row]:
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    stmt = sqlite_insert(table)
    if conflict is not None:
        sets: dict[str, Any] = {name: stmt.excluded[name] for name in update}
        sets.update({name: table.c[name] + stmt.excluded[name] for name in add})
        stmt = stmt.on_conflict_do_update(index_elements=list(conflict), set_=sets) if sets \
            else stmt.on_conflict_do_nothing(index_elements=list(conflict))
    if not returning:
        connection.execute(stmt, rows)
        return []
    stmt = stmt.returning(*(table.c[name] for name in returning))
    found: list[sa.Row] = []
    for row in rows:  # SQLite returns nothing for a conflicting row: one statement each
        found.extend(connection.execute(stmt, row))
    return found
