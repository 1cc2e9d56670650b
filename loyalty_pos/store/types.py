"""Column types: UTC instants as integer microseconds, JSON as compact text."""

from __future__ import annotations

import enum
import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from loyalty_pos.domain.errors import ValidationError

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def to_micros(value: datetime) -> int:
    """Microseconds since 1970-01-01 UTC. A naive datetime is refused: its zone
    would be a guess, and a guessed hour shifts expiry dates and daily caps."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(code="naive_datetime", detail=f"{value!r} has no time zone; times are stored as UTC")
    return (value - EPOCH) // _MICROSECOND


def from_micros(value: int) -> datetime:
    return EPOCH + timedelta(microseconds=value)


class UtcDateTime(TypeDecorator[datetime]):
    """Integers sort, compare and index exactly and cheaply; ISO text in SQLite
    would compare as strings, where ``+01:00`` and ``Z`` spellings disagree."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> int | None:
        return None if value is None else to_micros(value)

    def process_result_value(self, value: int | None, dialect: Dialect) -> datetime | None:
        return None if value is None else from_micros(value)


def json_default(value: Any) -> Any:
    """Values services may put in a payload that JSON itself cannot spell."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, frozenset | set):
        return sorted(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=json_default)


def canonical_json(value: Any) -> str:
    """One spelling per value (sorted keys, no spaces): what hashes are taken of."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=json_default)


class JsonText(TypeDecorator[Any]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else dumps(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)
