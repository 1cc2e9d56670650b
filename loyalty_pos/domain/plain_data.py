"""Frozen dataclasses to and from JSON-shaped values, checked field by field.

Documents cross boundaries as plain dicts (the sales table's receipt column, audit
details, the outbox for sync). Reading one back is strict: a field the type does not
have, a required field that is missing, or a value of the wrong type is an error
that says where, never a half-filled object that fails later somewhere else.
Fields with defaults may be absent: that is how older documents, written before a
field existed, still read.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, TypeVar, get_args, get_origin

from loyalty_pos.domain.errors import DocumentInvalid

T = TypeVar("T")

_hints: dict[type, dict[str, Any]] = {}


def to_plain(value: Any) -> Any:
    """``value`` as JSON-shaped data: dataclasses as dicts, tuples as lists, instants as ISO text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: to_plain(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): to_plain(item) for key, item in value.items()}
    if isinstance(value, tuple | list | frozenset | set):
        items = sorted(value) if isinstance(value, frozenset | set) else value
        return [to_plain(item) for item in items]
    return value


def from_plain(kind: type[T], data: Any, *, what: str) -> T:
    """An instance of the dataclass ``kind`` from ``data``; ``what`` names the document in errors."""
    try:
        return _decoder(kind)(data)  # type: ignore[no-any-return]
    except _Unfit:
        pass
    # Only a bad document gets here: walk it again, slowly, to say where it is wrong.
    _dataclass(kind, data, what, "")
    raise DocumentInvalid(what=what, problem="does not fit its type")


class _Unfit(Exception):
    """Raised by the fast decoders, which keep no path: the slow walk then names the field."""


_decoders: dict[Any, Callable[[Any], Any]] = {}


def _decoder(hint: Any) -> Callable[[Any], Any]:
    """A decoder for ``hint`` built once: a receipt is read for every reprint, return and
    simulated replay, and walking its type hints each time cost ten times the JSON parse."""
    found = _decoders.get(hint)
    if found is None:
        found = _decoders[hint] = _build(hint)
    return found


def _build(hint: Any) -> Callable[[Any], Any]:  # noqa: C901 - one branch per supported type
    origin = get_origin(hint)
    if hint is Any:
        return lambda value: value
    if origin is typing.Union or origin is types.UnionType:
        rest = [option for option in get_args(hint) if option is not type(None)]
        if len(rest) != 1:
            raise TypeError(f"only optional unions are supported, not {hint}")
        inner = _decoder(rest[0])
        return lambda value: None if value is None else inner(value)
    if origin is tuple:
        item = _decoder(get_args(hint)[0])

        def sequence(value: Any) -> Any:
            if type(value) is not list and type(value) is not tuple:
                raise _Unfit
            return tuple(map(item, value))
        return sequence
    if origin is dict or origin is Mapping:
        item = _decoder(get_args(hint)[1])

        def mapping(value: Any) -> Any:
            if type(value) is not dict:
                raise _Unfit
            for key in value:
                if type(key) is not str:
                    raise _Unfit
            return {key: item(part) for key, part in value.items()}
        return mapping
    if dataclasses.is_dataclass(hint):
        return _build_dataclass(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        enum_kind = hint

        def member(value: Any) -> Any:
            try:
                return enum_kind(value)
            except ValueError:
                raise _Unfit from None
        return member
    if hint is datetime or hint is date:
        parse = hint.fromisoformat

        def instant(value: Any) -> Any:
            if type(value) is not str:
                raise _Unfit
            try:
                return parse(value)
            except ValueError:
                raise _Unfit from None
        return instant
    if hint in (int, str, bool):
        exact = hint

        def plain(value: Any) -> Any:
            if type(value) is not exact:
                raise _Unfit
            return value
        return plain
    raise TypeError(f"no decoding for {hint}")


def _build_dataclass(kind: Any) -> Callable[[Any], Any]:
    fields = dataclasses.fields(kind)
    names = frozenset(field.name for field in fields)
    required = frozenset(
        field.name for field in fields
        if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
    )
    _decoders[kind] = _pending  # a dataclass that contains itself would recurse; none does
    hints = _field_hints(kind)
    decode = {name: _decoder(hints[name]) for name in names}

    def instance(value: Any) -> Any:
        if type(value) is not dict:
            raise _Unfit
        keys = value.keys()
        if not keys <= names or not required <= keys:
            raise _Unfit
        return kind(**{name: decode[name](part) for name, part in value.items()})
    return instance


def _pending(value: Any) -> Any:
    raise TypeError("recursive dataclasses are not supported")


def _field_hints(kind: type) -> dict[str, Any]:
    hints = _hints.get(kind)
    if hints is None:
        hints = _hints[kind] = typing.get_type_hints(kind)
    return hints


def _fail(what: str, path: str, problem: str) -> DocumentInvalid:
    return DocumentInvalid(what=what, problem=f"{path}: {problem}" if path else problem)


def _dataclass(kind: type[T], data: Any, what: str, path: str) -> T:
    if not isinstance(data, Mapping):
        raise _fail(what, path, f"expected an object, got {type(data).__name__}")
    fields = {field.name: field for field in dataclasses.fields(kind)}  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise _fail(what, path, f"unknown field(s) {', '.join(map(str, unknown))}")
    required = (
        name for name, field in fields.items()
        if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
    )
    missing = [name for name in required if name not in data]
    if missing:
        raise _fail(what, path, f"missing field(s) {', '.join(missing)}")
    hints = _field_hints(kind)
    values = {
        name: _value(hints[name], value, what, f"{path}.{name}" if path else name)
        for name, value in data.items()
    }
    return kind(**values)


def _value(hint: Any, value: Any, what: str, path: str) -> Any:
    origin = get_origin(hint)
    if hint is Any:
        return value
    if origin is typing.Union or origin is types.UnionType:
        options = get_args(hint)
        if value is None and type(None) in options:
            return None
        rest = [option for option in options if option is not type(None)]
        if len(rest) != 1:
            raise TypeError(f"{path}: only optional unions are supported, not {hint}")
        return _value(rest[0], value, what, path)
    if origin is tuple:
        item_hint, *more = get_args(hint)
        if more != [Ellipsis]:
            raise TypeError(f"{path}: only tuple[X, ...] is supported, not {hint}")
        if not isinstance(value, list | tuple):
            raise _fail(what, path, f"expected a list, got {type(value).__name__}")
        return tuple(_value(item_hint, item, what, f"{path}[{n}]") for n, item in enumerate(value))
    if origin is dict or origin is Mapping:
        key_hint, item_hint = get_args(hint)
        if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
            raise _fail(what, path, "expected an object with text keys")
        return {key: _value(item_hint, item, what, f"{path}.{key}") for key, item in value.items()}
    if dataclasses.is_dataclass(hint):
        return _dataclass(hint, value, what, path)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            known = ", ".join(str(member.value) for member in hint)
            raise _fail(what, path, f"{value!r} is not one of {known}") from None
    if hint is datetime or hint is date:
        if isinstance(value, hint):
            return value
        if not isinstance(value, str):
            raise _fail(what, path, f"expected an ISO {hint.__name__}, got {type(value).__name__}")
        try:
            return hint.fromisoformat(value)
        except ValueError:
            raise _fail(what, path, f"{value!r} is not an ISO {hint.__name__}") from None
    if hint is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _fail(what, path, f"expected a whole number, got {value!r}")
        return value
    if hint in (str, bool):
        if not isinstance(value, hint):
            raise _fail(what, path, f"expected {hint.__name__}, got {value!r}")
        return value
    raise TypeError(f"{path}: no decoding for {hint}")
