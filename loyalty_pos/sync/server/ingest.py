"""``POST /v1/push``: one batch, one transaction, each event stored once.

How ``seq`` stays in commit order, so a pull cursor never steps over an event that
commits later with a lower ``seq``: every push takes one chain-wide lock before it
draws its first ``seq`` and holds it until it commits (PostgreSQL:
``pg_advisory_xact_lock``; SQLite: the ``BEGIN IMMEDIATE`` write lock). A batch's
``seq`` values are therefore all higher than those of every batch committed before
it, and a reader can see a ``seq`` only once every lower one is committed (or rolled
back, leaving a gap no one will fill). Ingest is serialised; it is also short —
everything that can be checked without the database is checked before the lock, and
the rows go in with one multi-row INSERT per table — which is what keeps the rate
up (docs/ARCHITECTURE.md, "Sync server").
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.head_office import head_office_only
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.sync.server import bulk, merge, partner_pool
from loyalty_pos.sync.server import tables as t
from loyalty_pos.sync.server.database import is_sqlite
from loyalty_pos.sync.server.effects import CardChange, Effects
from loyalty_pos.sync.server.errors import BatchTooLarge, EventConflict, EventInvalid, NotHeadOffice
from loyalty_pos.sync.server.models import MAX_EVENTS, ChainHead, PushBody, WireEvent
from loyalty_pos.sync.server.terminals import Terminal

INGEST_LOCK = 0x4C505349  # "LPSI": one chain-wide lock, see above
CHAIN_CUT = "chain_cut"


@dataclass(frozen=True, slots=True)
class Pushed:
    accepted: int
    duplicates: int


def body_hash(event: WireEvent) -> str:
    body = {"kind": event.kind, "key": event.key, "at": event.at, "hlc": event.hlc, "payload": event.payload}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def upsert(connection: sa.engine.Connection, table: sa.Table):  # type: ignore[no-untyped-def]
    """The dialect's INSERT, which knows ON CONFLICT (both PostgreSQL and SQLite do)."""
    if is_sqlite(connection.engine):
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert
    return insert(table)


def push(engine: sa.engine.Engine, terminal: Terminal, body: PushBody, now: datetime) -> Pushed:
    if len(body.events) > MAX_EVENTS:
        raise BatchTooLarge(f"a push holds at most {MAX_EVENTS:,} events; this one has {len(body.events):,}")
    unique: dict[str, tuple[WireEvent, str]] = {}
    repeats = 0
    for event in body.events:
        if not terminal.head_office and head_office_only(event.kind):
            raise NotHeadOffice(f"{event.kind} events are published by a head-office terminal only")
        digest = body_hash(event)
        held = unique.get(event.event_id)
        if held is not None:
            if held[1] != digest:
                raise EventConflict(f"event {event.event_id} appears twice in the batch with different bodies")
            repeats += 1
            continue
        unique[event.event_id] = (event, digest)
    parsed = {event_id: _effects(event, terminal.shop_id) for event_id, (event, _) in unique.items()}

    with engine.begin() as connection:
        if not is_sqlite(engine):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({INGEST_LOCK})")
        # The insert itself finds the events stored before (ON CONFLICT DO NOTHING): one
        # pass over the event_id index instead of a SELECT of every id and then the insert.
        # Only those it left out are read back, to refuse a repeat with another body.
        inserted = {row.event_id for row in bulk.insert(connection, t.events, [
            {"event_id": event_id, "origin_terminal": terminal.terminal_id, "shop_id": terminal.shop_id,
             "kind": event.kind, "key": event.key, "at": event.at, "hlc": event.hlc, "payload": event.payload,
             "body_hash": digest, "received_at": now}
            for event_id, (event, digest) in unique.items()], conflict=["event_id"], returning=["event_id"])}
        held = [event_id for event_id in unique if event_id not in inserted]
        stored = dict(connection.execute(
            sa.select(t.events.c.event_id, t.events.c.body_hash)
            .where(bulk.any_of(connection, t.events.c.event_id, held))).all()) if held else {}
        for event_id, digest in stored.items():
            if unique[event_id][1] != digest:
                raise EventConflict(f"event {event_id} was stored before with a different body")
        new = [event_id for event_id in unique if event_id in inserted]
        if new:
            effects = Effects()
            for event_id in new:
                part = parsed[event_id]
                effects.members.extend(part.members)
                effects.entries.extend(part.entries)
                effects.cards.extend(part.cards)
                effects.codes.extend(part.codes)
            _apply(connection, effects, terminal.shop_id)
            partner_pool.apply(connection, effects.codes, terminal, now)
        if body.chain_head is not None:
            _record_head(connection, terminal, body.chain_head, now)
    return Pushed(len(new), len(stored) + repeats)


def _effects(event: WireEvent, shop_id: str) -> Effects:
    effects = Effects()
    try:
        effects.add(event.kind, event.hlc, event.payload, shop_id)
    except LoyaltyError as error:
        raise EventInvalid(f"event {event.event_id} ({event.kind}): {error.message}") from None
    except (TypeError, ValueError) as error:  # a shape the domain class refused outright
        raise EventInvalid(f"event {event.event_id} ({event.kind}): {error}") from None
    return effects


def _apply(connection: sa.engine.Connection, effects: Effects, shop_id: str) -> None:
    if effects.entries:
        added = bulk.insert(connection, t.ledger_entries, [
            {"entry_id": e.id, "member_id": e.member_id, "kind": e.kind.value, "points": e.points,
             "at": e.at.isoformat(), "terminal_id": e.terminal_id, "actor": e.actor, "sale_ref": e.sale_ref,
             "reason": e.reason, "reward_id": e.reward_id,
             "expires_at": e.expires_at.isoformat() if e.expires_at else None, "shop_id": shop_id}
            for e in effects.entries], conflict=["entry_id"], returning=["member_id", "points"])
        _add_to_balances(connection, added)
    if effects.members:
        _merge_members(connection, effects.members)
    if effects.cards:
        _merge_cards(connection, effects.cards)


def _add_to_balances(connection: sa.engine.Connection, added: list[sa.Row]) -> None:
    """The projection moves by the entries the union actually gained (an entry another
    till pushed first adds nothing). The domain's fold of a member's union has exactly
    that sum as its balance — lots less debt is the sum of the points
    (``domain.ledger.balance_of``; tests/unit/test_sync_merge.py checks it) — so the
    projection is the fold without replaying every entry of every member on each batch;
    ``GET /v1/members/{id}/balance`` replays the fold itself."""
    moved: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in added:
        moved[row.member_id][0] += row.points
        moved[row.member_id][1] += 1
    bulk.insert(connection, t.balances, [{"member_id": member_id, "balance": points, "entries": count}
                                         for member_id, (points, count) in sorted(moved.items())],
                conflict=["member_id"], add=["balance", "entries"])


def entries_of(connection: sa.engine.Connection, member_ids: set[str]) -> dict[str, list[LedgerEntry]]:
    found: dict[str, list[LedgerEntry]] = defaultdict(list)
    rows = connection.execute(sa.select(t.ledger_entries)
                              .where(bulk.any_of(connection, t.ledger_entries.c.member_id, sorted(member_ids))))
    for row in rows:
        found[row.member_id].append(LedgerEntry(
            id=row.entry_id, member_id=row.member_id, kind=EntryKind(row.kind), points=row.points,
            at=datetime.fromisoformat(row.at), terminal_id=row.terminal_id, actor=row.actor, sale_ref=row.sale_ref,
            reason=row.reason, reward_id=row.reward_id,
            expires_at=datetime.fromisoformat(row.expires_at) if row.expires_at else None))
    return found


def _merge_members(connection: sa.engine.Connection, changes: list[merge.MemberChange]) -> None:
    by_member: dict[str, list[merge.MemberChange]] = defaultdict(list)
    for change in changes:
        by_member[change.member_id].append(change)
    held = {row.member_id: row for row in connection.execute(
        sa.select(t.members).where(bulk.any_of(connection, t.members.c.member_id, sorted(by_member))))}
    rows = []
    for member_id, member_changes in by_member.items():
        row = held.get(member_id)
        start = merge.from_stored(row.fields, row.tombstone, row.tombstone_hlc, row.merged_into, row.home_shop) \
            if row is not None else None
        state = merge.merge_all(member_changes, start)
        phone = state.value("phone")
        rows.append({"member_id": member_id, "home_shop": state.home_shop, "fields": merge.to_stored(state),
                     "tombstone": state.tombstone.kind if state.tombstone else None,
                     "tombstone_hlc": state.tombstone.hlc if state.tombstone else None,
                     "merged_into": state.tombstone.merged_into if state.tombstone else None,
                     "phone": phone if isinstance(phone, str) else None})
    bulk.insert(connection, t.members, rows, conflict=["member_id"],
                update=["home_shop", "fields", "tombstone", "tombstone_hlc", "merged_into", "phone"])


def _merge_cards(connection: sa.engine.Connection, changes: list[CardChange]) -> None:
    # A block is for good: whatever order a card's issue and block arrive in, it ends blocked.
    merged: dict[str, CardChange] = {}
    held = {row.card: row for row in connection.execute(
        sa.select(t.cards).where(bulk.any_of(connection, t.cards.c.card, sorted({c.card for c in changes}))))}
    for card, row in held.items():
        merged[card] = CardChange(card, row.member_id, row.blocked, row.blocked_reason)
    for change in changes:
        before = merged.get(change.card)
        if before is None or (change.blocked and not before.blocked):
            merged[change.card] = change
    bulk.insert(connection, t.cards, [
        {"card": c.card, "member_id": c.member_id, "blocked": c.blocked, "blocked_reason": c.reason}
        for c in merged.values()], conflict=["card"], update=["member_id", "blocked", "blocked_reason"])


def _record_head(connection: sa.engine.Connection, terminal: Terminal, head: ChainHead, now: datetime) -> None:
    """The server cannot re-check a till's hashes (it has no audit entries); what it can
    see is a head that went back (a restored backup) or a different hash at a link it
    already has (a history rewritten): both are listed for a manager."""
    previous = connection.execute(sa.select(t.chain_heads).where(t.chain_heads.c.terminal_id == terminal.terminal_id)
                                  ).first()
    if previous is not None and (head.seq < previous.head_seq
                                 or (head.seq == previous.head_seq and head.hash != previous.head_hash)):
        connection.execute(t.problems.insert().values(
            kind=CHAIN_CUT, terminal_id=terminal.terminal_id, shop_id=terminal.shop_id, found_at=now,
            detail=f"terminal {terminal.terminal_id} ({terminal.name}) reported audit head {head.seq} "
                   f"({head.hash[:12]}…), which does not extend its previous head {previous.head_seq} "
                   f"({previous.head_hash[:12]}…): its history was cut off or restored from an old backup"))
    stmt = upsert(connection, t.chain_heads)
    connection.execute(stmt.on_conflict_do_update(
        index_elements=[t.chain_heads.c.terminal_id],
        set_={"head_seq": stmt.excluded.head_seq, "head_hash": stmt.excluded.head_hash,
              "updated_at": stmt.excluded.updated_at}),
        {"terminal_id": terminal.terminal_id, "head_seq": head.seq, "head_hash": head.hash, "updated_at": now})
