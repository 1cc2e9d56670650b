"""A page of the chain's snapshot into a new till (docs/SYNC_PROTOCOL.md, "Snapshot"),
in the caller's transaction.

Each member arrives as the server merged them: every field with the hlc of its last
writer, a tombstone if erased or merged away, their cards, their ledger entries. The
till stores the member as a pulled enrolment and later pulled edits would have left it,
and keeps each field's hlc as its stamp, so an event the till pulls after the snapshot
that the snapshot already held changes nothing (same or lower hlc, known entry id).
Ledger entries go through the ledger (chained on the till that wrote them) and the
balance is the fold of them, as a pulled page's are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from loyalty_pos.domain.hlc import Hlc
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, fold
from loyalty_pos.domain.members import CardStatus, Consents, Member, MemberStatus
from loyalty_pos.domain.privacy import erased
from loyalty_pos.services.members.projection import put_state
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.chain_pull import (
    EVERY_FIELD,
    MEMBER_FIELDS,
    TOMBSTONE,
    parse_time,
)

ERASED, MERGED = "erased", "merged"
REPLACED_REASON = "replaced"  # the server's reason for a card a newer one replaced


# The page's columns (docs/SYNC_PROTOCOL.md, "Snapshot", ``shape=columns``).
_MEMBER_COLUMNS = ("member_id", "home_shop", "tombstone", "tombstone_hlc", "merged_into")
_FIELDS = (*MEMBER_FIELDS, "tier")
_CARD_COLUMNS = ("member_id", "card", "blocked", "blocked_reason")
_ENTRY_COLUMNS = ("entry_id", "member_id", "kind", "points", "at", "terminal_id", "actor", "sale_ref", "reason",
                  "reward_id", "expires_at")
_TEXT_OR_NONE = frozenset({str, type(None)})
_BOOL_OR_NONE = frozenset({bool, type(None)})
_STAMPED = len(MEMBER_FIELDS)


@dataclass(frozen=True, slots=True)
class SnapshotPage:
    members: int
    newest: Hlc | None  # the highest hlc the page holds: the till's clock moves past it
    negative: tuple[str, ...]  # members whose merged balance is below zero


def columns_of(members: Sequence[Any]) -> dict[str, Any]:
    """A page in the members-list shape (a server from before columnar pages) as columns,
    so both shapes go through one set of checks. Raises ValueError as the apply does."""
    for data in members:
        if not isinstance(data, dict):
            raise ValueError("a snapshot member is an object with a member_id")
        fields = data.get("fields") or {}
        if not isinstance(fields, dict):
            raise ValueError(f"member {data.get('member_id')!r}: fields is an object")
        for name, pair in fields.items():
            if type(pair) is not list or len(pair) != 2 or type(pair[0]) is not str:
                raise ValueError(f"member {data.get('member_id')!r}: field {name} is [hlc, value]")
    page: dict[str, Any] = {name: [data.get(name) for data in members] for name in _MEMBER_COLUMNS}
    for part, index in (("stamps", 0), ("values", 1)):
        page[part] = {name: [((data.get("fields") or {}).get(name) or (None, None))[index] for data in members]
                      for name in _FIELDS}
    cards = [(data.get("member_id"), *card) for data in members for card in data.get("cards") or ()]
    if any(len(card) != len(_CARD_COLUMNS) for card in cards):
        raise ValueError("a snapshot card is [card, blocked, blocked_reason]")
    page["cards"] = {name: [card[n] for card in cards] for n, name in enumerate(_CARD_COLUMNS)}
    # An entry belongs to the member it came under, whatever it says itself.
    entries = [{**raw, "member_id": data.get("member_id")} for data in members for raw in data.get("entries") or ()]
    page["entries"] = {name: [raw.get(name) for raw in entries] for name in _ENTRY_COLUMNS}
    return page


def _column(part: Any, name: str, length: int | None) -> list[Any]:
    values = part.get(name) if isinstance(part, dict) else None
    if type(values) is not list or (length is not None and len(values) != length):
        raise ValueError(f"snapshot column {name} is a list as long as the page's members")
    return values


def apply_snapshot_page(uow: UnitOfWork, page: Any) -> SnapshotPage:
    """One page in the columnar shape (a list of member objects is read through
    :func:`columns_of`). Raises ValueError (or KeyError, TypeError) naming what does not
    follow the protocol; nothing of a page is written before all of it is read."""
    if isinstance(page, list):
        page = columns_of(page)
    if not isinstance(page, dict):
        raise ValueError("a snapshot page is an object of columns")
    ids = _column(page, "member_id", None)
    count = len(ids)
    # home_shop is read for its length only: a till keeps no member's home shop.
    _homes, tombstones, tombstone_hlcs, merged = (_column(page, name, count) for name in _MEMBER_COLUMNS[1:])
    stamps = [_column(page.get("stamps"), name, count) for name in _FIELDS]
    values = [_column(page.get("values"), name, count) for name in _FIELDS]
    for name, column in zip(("member_id", *_FIELDS), (ids, *stamps)):
        kinds = set(map(type, column))
        if not kinds <= _TEXT_OR_NONE or (name == "member_id" and (type(None) in kinds or "" in column)):
            raise ValueError(f"snapshot column {name} holds text" + ("" if name != "member_id" else ", never empty"))
    for name, column in zip(_FIELDS, values):
        if not set(map(type, column)) <= (_BOOL_OR_NONE if name.startswith("consent_") else _TEXT_OR_NONE):
            raise ValueError(f"snapshot values of {name} are all " + ("true, false or null" if name.startswith(
                "consent_") else "text or null"))
    rows: list[tuple[Any, ...]] = []
    field_stamps: list[tuple[str, str, str]] = []
    newest = ""
    every, active, wall_of, fromtimestamp = len(_FIELDS), MemberStatus.ACTIVE, Hlc.wall_of, datetime.fromtimestamp
    for member_id, tombstone, tombstone_hlc, into, hlcs, fields in zip(
            ids, tombstones, tombstone_hlcs, merged, zip(*stamps), zip(*values)):
        first = hlcs[0]
        # Inline for the member as enrolled, every field from one event (nearly all of a
        # million): the general case below costs a call and a dict more a member.
        if tombstone is None and first is not None and hlcs.count(first) == every:
            name, phone, email, birthday, marketing, processing, tier = fields
            rows.append((member_id, name or "", phone, email, date.fromisoformat(birthday) if birthday is not None else None,
                         bool(marketing), bool(processing), tier or "bronze", active,
                         fromtimestamp(wall_of(first) / 1000, tz=UTC), None))
            field_stamps.append((member_id, EVERY_FIELD, first))
            if first > newest:  # noqa: PLR1730 - a compare, not a call to max(), a million times
                newest = first
            continue
        row, member_stamps = _member_row(member_id, tombstone, tombstone_hlc, into, hlcs, fields)
        rows.append(row)
        field_stamps.extend(member_stamps)
        newest = max(newest, *(stamp for _, _, stamp in member_stamps))
    enrolled = {row[0]: row[9] for row in rows}
    cards = page.get("cards")
    card_members = _column(cards, "member_id", None)
    card_rows = []
    numbers, blocks, reasons = (_column(cards, name, len(card_members)) for name in _CARD_COLUMNS[1:])
    if not set(map(type, numbers)) <= {str} or not set(map(type, blocks)) <= {bool}:
        raise ValueError("a snapshot card's number is text and its blocked true or false")
    for member_id, number, blocked, reason in zip(card_members, numbers, blocks, reasons):
        if member_id not in enrolled:
            raise ValueError(f"card {number!r} belongs to member {member_id!r}, not on this page")
        status = (CardStatus.REPLACED if reason == REPLACED_REASON else CardStatus.BLOCKED) if blocked \
            else CardStatus.ACTIVE
        card_rows.append((number, member_id, status, enrolled[member_id]))
    uow.chain_snapshot.add(rows, card_rows, field_stamps)
    negative = _entries(uow, page.get("entries"), enrolled)
    return SnapshotPage(count, Hlc.parse(newest) if newest else None, negative)


def _entries(uow: UnitOfWork, columns: Any, members: dict[str, Any]) -> tuple[str, ...]:
    entry_members = _column(columns, "member_id", None)
    if not entry_members:
        return ()
    by_origin: dict[str, list[LedgerEntry]] = defaultdict(list)  # by the till that wrote them
    holders: dict[str, None] = {}
    for raw in zip(*(_column(columns, name, len(entry_members)) for name in _ENTRY_COLUMNS)):
        entry = _entry(dict(zip(_ENTRY_COLUMNS, raw)))
        if entry.member_id not in members:
            raise ValueError(f"ledger entry {entry.id} belongs to member {entry.member_id!r}, not on this page")
        by_origin[entry.terminal_id].append(entry)
        holders[entry.member_id] = None
    for origin, written in by_origin.items():
        uow.ledger.append(written, origin=origin)
    return tuple(member_id for member_id in holders
                 if put_state(uow, member_id, fold(uow.ledger.for_member(member_id))).balance < 0)


def _member_row(member_id: str, tombstone: Any, tombstone_hlc: Any, into: Any, hlcs: tuple[str | None, ...],
                fields: tuple[Any, ...]) -> tuple[tuple[Any, ...], list[tuple[str, str, str]]]:
    """A member's row for the store and its field stamps. Most members are as enrolled:
    every field written by one event, so one stamp and one hlc to read."""
    if tombstone is not None and type(tombstone_hlc) is not str:
        raise ValueError(f"member {member_id}: a tombstone has its hlc")
    first = hlcs[0]
    if first is not None and hlcs.count(first) == len(hlcs):  # as enrolled: one stamp for every field
        earliest, wall_ms = first, Hlc.wall_of(first)
        stamps = [(member_id, EVERY_FIELD, first)]
    else:
        present = {name: hlc for name, hlc in zip(_FIELDS, hlcs) if hlc is not None}
        for hlc in present.values():
            Hlc.wall_of(hlc)
        stamped = [(name, present[name]) for name in MEMBER_FIELDS if name in present]
        # The server keeps nothing of a member erased or merged away but the tombstone.
        if not stamped and tombstone is None:
            raise ValueError(f"member {member_id} has none of a member's fields")
        # Enrolled when its earliest field was written (an enrolment writes them all at
        # once); hlcs compare as strings (docs/SYNC_PROTOCOL.md): the earliest is the smallest.
        earliest = min((hlc for _, hlc in stamped), default=tombstone_hlc)
        wall_ms = Hlc.wall_of(earliest)
        stamps = [(member_id, EVERY_FIELD, earliest)] if len(stamped) == _STAMPED and \
            len({hlc for _, hlc in stamped}) == 1 else [(member_id, name, hlc) for name, hlc in stamped]
    enrolled_at = datetime.fromtimestamp(wall_ms / 1000, tz=UTC)
    name, phone, email, birthday, marketing, data_processing, tier = fields
    if tombstone is None:
        return (member_id, name or "", phone, email, date.fromisoformat(birthday) if birthday is not None else None,
                bool(marketing), bool(data_processing), tier or "bronze", MemberStatus.ACTIVE, enrolled_at, None), stamps
    # Erased or merged away: the domain says what of a member is left.
    member = Member(member_id, "", None, None, None, Consents(), tier or "bronze", MemberStatus.ACTIVE,
                    enrolled_at)
    if tombstone == ERASED:
        member = erased(member)
    elif tombstone == MERGED:
        member = replace(erased(member), status=MemberStatus.MERGED, merged_into=into)
    else:
        raise ValueError(f"member {member_id}: tombstone {tombstone!r}")
    stamps.append((member_id, TOMBSTONE, tombstone_hlc))
    return (member.id, member.name, member.phone, member.email, member.birthday, member.consents.marketing,
            member.consents.data_processing, member.tier_code, member.status, member.enrolled_at,
            member.merged_into), stamps


def _entry(raw: dict[str, Any]) -> LedgerEntry:
    for name in ("entry_id", "member_id", "terminal_id", "actor"):
        if type(raw[name]) is not str:
            raise ValueError(f"a snapshot ledger entry's {name} is text, not {raw[name]!r}")
    if type(raw["points"]) is not int:  # int() would take "12", 1.5 and true
        raise ValueError(f"a snapshot ledger entry's points are a whole number, not {raw['points']!r}")
    expires = raw.get("expires_at")
    return LedgerEntry(id=str(raw["entry_id"]), member_id=str(raw["member_id"]), kind=EntryKind(raw["kind"]),
                       points=raw["points"], at=parse_time(raw["at"]),
                       terminal_id=str(raw["terminal_id"]), actor=str(raw["actor"]), sale_ref=raw.get("sale_ref"),
                       reason=raw.get("reason"), reward_id=raw.get("reward_id"),
                       expires_at=parse_time(expires) if expires else None)
