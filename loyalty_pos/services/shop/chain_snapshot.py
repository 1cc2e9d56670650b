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
from loyalty_pos.domain.members import Card, CardStatus, Consents, Member, MemberStatus
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


@dataclass(frozen=True, slots=True)
class SnapshotPage:
    members: int
    newest: Hlc | None  # the highest hlc the page holds: the till's clock moves past it
    negative: tuple[str, ...]  # members whose merged balance is below zero


def apply_snapshot_page(uow: UnitOfWork, members: Sequence[Any]) -> SnapshotPage:
    """Raises ValueError (or KeyError, TypeError) naming what does not follow the protocol."""
    rows: list[Member] = []
    cards: list[Card] = []
    stamps: list[tuple[str, str, str]] = []
    entries: dict[str, list[LedgerEntry]] = defaultdict(list)  # by the till that wrote them
    holders: list[str] = []
    newest: str = ""
    for data in members:
        member, member_cards, member_stamps, member_entries = _member(data)
        rows.append(member)
        cards.extend(member_cards)
        stamps.extend(member_stamps)
        newest = max([newest, *(hlc for _, _, hlc in member_stamps)])
        for entry in member_entries:
            entries[entry.terminal_id].append(entry)
        if member_entries:
            holders.append(member.id)
    uow.chain_snapshot.add(rows, cards, stamps)
    for origin, written in entries.items():
        uow.ledger.append(written, origin=origin)
    negative = []
    for member_id in holders:
        if put_state(uow, member_id, fold(uow.ledger.for_member(member_id))).balance < 0:
            negative.append(member_id)
    return SnapshotPage(len(rows), Hlc.parse(newest) if newest else None, tuple(negative))


def _member(data: Any) -> tuple[Member, list[Card], list[tuple[str, str, str]], list[LedgerEntry]]:
    if not isinstance(data, dict) or not isinstance(data.get("member_id"), str) or not data["member_id"]:
        raise ValueError("a snapshot member is an object with a member_id")
    member_id: str = data["member_id"]
    fields = data.get("fields") or {}
    if not isinstance(fields, dict):
        raise ValueError(f"member {member_id}: fields is an object")
    for name, pair in fields.items():
        if type(pair) is not list or len(pair) != 2 or type(pair[0]) is not str:
            raise ValueError(f"member {member_id}: field {name} is [hlc, value]")
    stamped = {name: fields[name][0] for name in MEMBER_FIELDS if name in fields}
    tombstone, tombstone_hlc = data.get("tombstone"), data.get("tombstone_hlc")
    if tombstone is not None and not isinstance(tombstone_hlc, str):
        raise ValueError(f"member {member_id}: a tombstone has its hlc")
    # The server keeps nothing of a member erased or merged away but the tombstone.
    if not stamped and tombstone is None:
        raise ValueError(f"member {member_id} has none of a member's fields")
    # Parsed once per distinct stamp (a member's fields mostly share their enrolment's):
    # at a million members, parsing every field's was a fifth of the load.
    distinct = {pair[0] for pair in fields.values()}
    parsed = {hlc: Hlc.parse(hlc) for hlc in distinct}
    # Enrolled when its earliest field was written (an enrolment writes them all at once);
    # hlcs compare as strings (docs/SYNC_PROTOCOL.md): the earliest is the smallest text.
    earliest = min(stamped.values(), default=tombstone_hlc)
    enrolled_at = datetime.fromtimestamp((parsed.get(earliest) or Hlc.parse(earliest)).wall_ms / 1000, tz=UTC)
    empty: list[Any] = [None, None]
    birthday = fields.get("birthday", empty)[1]
    member = Member(member_id, str(fields.get("name", empty)[1] or ""), fields.get("phone", empty)[1],
                    fields.get("email", empty)[1], date.fromisoformat(birthday) if isinstance(birthday, str) else None,
                    Consents(bool(fields.get("consent_marketing", empty)[1]),
                             bool(fields.get("consent_data_processing", empty)[1])),
                    str(fields.get("tier", empty)[1] or "bronze"), MemberStatus.ACTIVE, enrolled_at)
    if tombstone == ERASED:
        member = erased(member)
    elif tombstone == MERGED:
        member = replace(erased(member), status=MemberStatus.MERGED, merged_into=data.get("merged_into"))
    elif tombstone is not None:
        raise ValueError(f"member {member_id}: tombstone {tombstone!r}")
    if len(stamped) == len(MEMBER_FIELDS) and len(set(stamped.values())) == 1:  # one row, not six
        stamps = [(member_id, EVERY_FIELD, earliest)]
    else:
        stamps = [(member_id, name, hlc) for name, hlc in stamped.items()]
    if tombstone is not None:
        stamps.append((member_id, TOMBSTONE, str(tombstone_hlc)))
    cards = []
    for number, blocked, reason in data.get("cards") or ():
        status = (CardStatus.REPLACED if reason == REPLACED_REASON else CardStatus.BLOCKED) if blocked \
            else CardStatus.ACTIVE
        cards.append(Card(str(number), member_id, status, enrolled_at))
    entries = [_entry(member_id, raw) for raw in data.get("entries") or ()]
    return member, cards, stamps, entries


def _entry(member_id: str, raw: dict[str, Any]) -> LedgerEntry:
    expires = raw.get("expires_at")
    return LedgerEntry(id=str(raw["entry_id"]), member_id=member_id, kind=EntryKind(raw["kind"]),
                       points=int(raw["points"]), at=parse_time(raw["at"]),
                       terminal_id=str(raw["terminal_id"]), actor=str(raw["actor"]), sale_ref=raw.get("sale_ref"),
                       reason=raw.get("reason"), reward_id=raw.get("reward_id"),
                       expires_at=parse_time(expires) if expires else None)
