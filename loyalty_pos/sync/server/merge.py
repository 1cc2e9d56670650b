"""The server's merge rules, as pure functions over plain data (no database, no clock).

A member is a map of fields, each with the hlc of its last writer: a change sets a
field only when its hlc is higher than the one the field holds, so the result does not
depend on the order changes arrive in (the tests check every order). A tombstone
(erasure, or a merge into another member) beats every field edit, earlier or later:
an erased member's data is dropped and never comes back, and a merged duplicate shows
only where it went. Of two tombstones, an erasure beats a merge; among equals the
higher hlc wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ERASED, MERGED = "erased", "merged"
_TOMBSTONE_RANK = {MERGED: 1, ERASED: 2}


@dataclass(frozen=True, slots=True)
class Tombstone:
    kind: str  # ERASED or MERGED
    hlc: str
    merged_into: str | None = None

    def beats(self, other: Tombstone | None) -> bool:
        if other is None:
            return True
        # The last part only decides between one replayed event's copies: order never matters.
        return (_TOMBSTONE_RANK[self.kind], self.hlc, self.merged_into or "") > \
            (_TOMBSTONE_RANK[other.kind], other.hlc, other.merged_into or "")


@dataclass(frozen=True, slots=True)
class MemberChange:
    """One event's effect on one member: fields it writes, or a tombstone."""

    member_id: str
    hlc: str
    fields: dict[str, Any] = field(default_factory=dict)
    tombstone: Tombstone | None = None
    home_shop: str | None = None  # set by an enrolment


@dataclass(frozen=True, slots=True)
class MemberState:
    fields: dict[str, tuple[str, Any]] = field(default_factory=dict)  # name -> (hlc, value)
    tombstone: Tombstone | None = None
    home_shop: str | None = None

    def value(self, name: str) -> Any:
        """The field as the chain sees it: nothing at all once the member is tombstoned."""
        if self.tombstone is not None:
            return None
        held = self.fields.get(name)
        return held[1] if held else None


def _wins(candidate: tuple[str, Any], held: tuple[str, Any] | None) -> bool:
    if held is None:
        return True
    # Equal hlcs come from one event replayed; the value breaks the tie so order never matters.
    return (candidate[0], repr(candidate[1])) > (held[0], repr(held[1]))


def apply_change(state: MemberState, change: MemberChange) -> MemberState:
    tombstone = state.tombstone
    if change.tombstone is not None and change.tombstone.beats(tombstone):
        tombstone = change.tombstone
    home = state.home_shop
    if change.home_shop is not None and (home is None or change.home_shop < home):
        home = change.home_shop  # two tills enrolling one id is a bug; pick one deterministically
    if tombstone is not None:
        # Personal data is not kept once a tombstone exists: whatever the order, none survives.
        return MemberState({}, tombstone, home)
    fields = dict(state.fields)
    for name, value in change.fields.items():
        candidate = (change.hlc, value)
        if _wins(candidate, fields.get(name)):
            fields[name] = candidate
    return MemberState(fields, None, home)


def merge_all(changes: list[MemberChange], state: MemberState | None = None) -> MemberState:
    state = state or MemberState()
    for change in changes:
        state = apply_change(state, change)
    return state


def to_stored(state: MemberState) -> dict[str, Any]:
    return {name: [hlc, value] for name, (hlc, value) in state.fields.items()}


def from_stored(fields: dict[str, Any] | None, tombstone: str | None, tombstone_hlc: str | None,
                merged_into: str | None, home_shop: str | None) -> MemberState:
    stone = Tombstone(tombstone, tombstone_hlc or "", merged_into) if tombstone else None
    return MemberState({name: (pair[0], pair[1]) for name, pair in (fields or {}).items()}, stone, home_shop)
