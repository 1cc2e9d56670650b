"""A loyalty program as a JSON-safe dict and back, for storing and syncing versions.

The codec walks the dataclass fields and their type hints instead of naming
fields, so a field added to ``Program`` (or to a reward, tier, campaign...) is
stored without touching this module. Reading is strict the other way round: a
key this version does not know is refused, because a till that silently
dropped a rule it did not understand would price sales wrongly.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.program import Program

_NONE_TYPE = type(None)


def program_to_dict(program: Program) -> dict[str, Any]:
    """Plain JSON values only: enums by value, datetimes as ISO-8601 UTC,
    frozensets as sorted lists, tuples as lists."""
    encoded = _encode(program, "program")
    assert isinstance(encoded, dict)
    return encoded


def part_to_dict(part: object, path: str) -> dict[str, Any]:
    """One part of a program (a reward, campaign, tier...) exactly as its document stores
    it, for journalling a single edit."""
    encoded = _encode(part, path)
    assert isinstance(encoded, dict)
    return encoded


def program_from_dict(data: dict[str, Any]) -> Program:
    """The inverse of :func:`program_to_dict`; missing keys take the field default,
    so documents written before a field existed still load."""
    program = _decode(Program, data, "program")
    assert isinstance(program, Program)
    return program


def _encode(value: Any, path: str) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValidationError(code="naive_datetime", detail=f"{path}: a time needs a time zone")
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name), f"{path}.{f.name}") for f in dataclasses.fields(value)
                if not (f.metadata.get("omit_empty") and not getattr(value, f.name))}
    if isinstance(value, frozenset | set):
        return sorted(_encode(item, f"{path}[]") for item in value)
    if isinstance(value, tuple | list):
        return [_encode(item, f"{path}[{index}]") for index, item in enumerate(value)]
    if isinstance(value, dict):
        return {str(key): _encode(item, f"{path}.{key}") for key, item in value.items()}
    raise ValidationError(code="program_not_encodable", detail=f"{path}: cannot store a {type(value).__name__}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _bad(path: str, expected: str, value: Any) -> ValidationError:
    return ValidationError(
        code="bad_program_document", detail=f"{path}: expected {expected}, found {value!r}"[:300]
    )


def _decode(hint: Any, value: Any, path: str) -> Any:
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        return _decode_union(typing.get_args(hint), value, path)
    if hint is Any:
        return value
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _decode_dataclass(hint, value, path)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            raise _bad(path, f"one of {[m.value for m in hint]}", value) from None
    if hint is datetime:
        return _decode_datetime(value, path)
    if hint is date:
        if not isinstance(value, str):
            raise _bad(path, "a date", value)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _bad(path, "a date", value) from None
    if hint is bool:
        if not isinstance(value, bool):
            raise _bad(path, "true or false", value)
        return value
    if hint is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _bad(path, "a whole number", value)
        return value
    if hint is str:
        if not isinstance(value, str):
            raise _bad(path, "text", value)
        return value
    if origin in (frozenset, set, tuple, list):
        return _decode_collection(hint, origin, value, path)
    if origin is dict:
        if not isinstance(value, dict):
            raise _bad(path, "an object", value)
        key_hint, value_hint = typing.get_args(hint)
        return {
            _decode(key_hint, key, f"{path}.{key}"): _decode(value_hint, item, f"{path}.{key}")
            for key, item in value.items()
        }
    raise ValidationError(code="program_not_decodable", detail=f"{path}: unsupported type {hint!r}")


def _decode_union(args: tuple[Any, ...], value: Any, path: str) -> Any:
    if value is None:
        if _NONE_TYPE in args:
            return None
        raise _bad(path, "a value", value)
    candidates = [arg for arg in args if arg is not _NONE_TYPE]
    if len(candidates) == 1:
        return _decode(candidates[0], value, path)
    for candidate in candidates:
        try:
            return _decode(candidate, value, path)
        except ValidationError:
            continue
    raise _bad(path, " or ".join(str(c) for c in candidates), value)


def _decode_dataclass(cls: type, value: Any, path: str) -> Any:
    if not isinstance(value, dict):
        raise _bad(path, f"an object for {cls.__name__}", value)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise ValidationError(
            code="program_unknown_field",
            detail=f"{path}: unknown field(s) {', '.join(unknown)} (written by a newer version?)",
        )
    hints = _hints(cls)
    kwargs = {
        name: _decode(hints[name], value[name], f"{path}.{name}") for name in fields if name in value
    }
    return cls(**kwargs)


def _decode_datetime(value: Any, path: str) -> datetime:
    if not isinstance(value, str):
        raise _bad(path, "an ISO-8601 time", value)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _bad(path, "an ISO-8601 time", value) from None
    if parsed.tzinfo is None:
        raise _bad(path, "a time with a UTC offset", value)
    return parsed.astimezone(UTC)


def _decode_collection(hint: Any, origin: Any, value: Any, path: str) -> Any:
    if not isinstance(value, list):
        raise _bad(path, "a list", value)
    args = typing.get_args(hint)
    if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
        if len(args) != len(value):
            raise _bad(path, f"{len(args)} items", value)
        return tuple(_decode(arg, item, f"{path}[{i}]") for i, (arg, item) in enumerate(zip(args, value)))
    item_hint = args[0] if args else Any
    items = [_decode(item_hint, item, f"{path}[{i}]") for i, item in enumerate(value)]
    return origin(items)
