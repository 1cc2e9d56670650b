"""Last writer wins, field by field, by hybrid logical clock (docs/SYNC_PROTOCOL.md).

A member edited at two tills while both were offline keeps, for each field, the value of
the edit with the highest stamp, whichever edit arrives first: the merge is a join
(commutative, associative, idempotent), so every till and the server end in one state.
Stamps are compared as strings, as the protocol spells them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class FieldWrite:
    hlc: str
    value: Any


def lww_merge(state: Mapping[str, FieldWrite], fields: Mapping[str, Any], hlc: str,
              *, tombstone: str | None = None) -> dict[str, FieldWrite]:
    """``state`` after an edit stamped ``hlc`` wrote ``fields``; an edit at or below the
    ``tombstone`` (an erasure or merge of the member) changes nothing."""
    merged = dict(state)
    if tombstone is not None and hlc <= tombstone:
        return merged
    for name, value in fields.items():
        known = merged.get(name)
        if known is None or hlc > known.hlc:
            merged[name] = FieldWrite(hlc, value)
    return merged


def winners(state: Mapping[str, FieldWrite], fields: Mapping[str, Any], hlc: str,
            *, tombstone: str | None = None) -> dict[str, Any]:
    """The fields of the edit that win against ``state``: the ones to write."""
    merged = lww_merge(state, fields, hlc, tombstone=tombstone)
    return {name: fields[name] for name in fields if merged[name].hlc == hlc and state.get(name) != merged[name]}
