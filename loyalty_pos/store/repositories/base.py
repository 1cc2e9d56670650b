"""What every repository shares: the unit of work's connection and keyset cursors."""

from __future__ import annotations

import base64
import binascii
import enum
import json
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeAlias, TypeVar, Unpack

from sqlalchemy import BigInteger, select, type_coerce
from sqlalchemy.engine import Connection, Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.schema import Column

from loyalty_pos.domain.errors import StoredValueInvalid, ValidationError
from loyalty_pos.services.ports import Page

# A result row of any width (SQLAlchemy 2.1 types rows by their column types).
DbRow: TypeAlias = "Row[Unpack[tuple[Any, ...]]]"

T = TypeVar("T")
R = TypeVar("R")


class ConnectionSource(Protocol):
    @property
    def connection(self) -> Connection: ...


class Repository:
    """Looks the connection up on every call: a repository outlives the transactions
    of the unit of work that owns it, which is entered and left many times."""

    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    @property
    def _db(self) -> Connection:
        return self._source.connection


def encode_cursor(kind: str, key: Sequence[Any]) -> str:
    """Opaque to callers; the last row's sort key, tagged with the query it belongs to."""
    raw = json.dumps([kind, *key], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, kind: str, arity: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        decoded = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        decoded = None
    if not isinstance(decoded, list) or len(decoded) != arity + 1 or decoded[0] != kind:
        raise ValidationError(code="bad_cursor", template="This page cursor belongs to another list; start again")
    return decoded[1:]


def page_of(rows: Sequence[R], limit: int, kind: str, key_of: Callable[[R], Sequence[Any]],
            convert: Callable[[R], T]) -> Page[T]:
    """``rows`` were fetched with ``limit + 1``: the extra row only says a next page exists."""
    kept = rows[:limit]
    cursor = encode_cursor(kind, key_of(kept[-1])) if len(rows) > limit else None
    return Page(tuple(convert(row) for row in kept), cursor)


def raw_time(column: ColumnElement[Any]) -> ColumnElement[int]:
    """A time column as its stored microseconds, for row-value keyset comparisons:
    SQLAlchemy does not carry the column's type into a ``tuple_`` on the other side."""
    return type_coerce(column, BigInteger)


def broke_foreign_key(error: IntegrityError) -> bool:
    """True when SQLite refused a row for pointing at a parent that does not exist
    (as opposed to repeating a unique key)."""
    return "FOREIGN KEY" in str(error.orig).upper()


def check_limit(limit: int) -> int:
    if not isinstance(limit, int) or limit < 1:
        raise ValidationError(code="bad_page_size", template="A page holds at least 1 row")
    return limit


E = TypeVar("E", bound=enum.Enum)


def decode_enum(kind: type[E], value: Any, *, table: str, column: str, row: object) -> E:
    """``value`` read from ``table`` as a member of ``kind``, or an error naming the row:
    an unknown word is a newer release's row or a damaged file, never something to pass on."""
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in kind)
        raise StoredValueInvalid(table=table, row=row, column=column, value=value, allowed=allowed) from None


# SQLite binds at most 999 variables a statement on older builds: IN lists go in chunks.
_IN_CHUNK = 500


def stored_values(db: Connection, column: Column[Any], values: Sequence[Any]) -> set[Any]:
    """Which of ``values`` stand in ``column``."""
    found: set[Any] = set()
    for start in range(0, len(values), _IN_CHUNK):
        chunk = list(values[start:start + _IN_CHUNK])
        found.update(db.execute(select(column).where(column.in_(chunk))).scalars())
    return found
