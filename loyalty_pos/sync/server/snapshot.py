"""``GET /v1/snapshot``: the chain's members as the server has merged them, a page at a
time by member id, for a new till to start from instead of replaying every event
(docs/SYNC_PROTOCOL.md, "Snapshot").

A page is read while pushes go on, so it may already hold changes made after the first
page's ``as_of``. That is safe because the till then pulls every event after ``as_of``
and each one is idempotent against what the snapshot wrote: ledger entries by entry id,
field edits by their hlc (the snapshot hands each field's hlc over), tombstones and card
blocks once. An event at or before ``as_of`` of a kind the snapshot carries is in it, so
pull leaves those out for a till that names its snapshot (``queries.pull``).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from loyalty_pos.domain.events import EventType
from loyalty_pos.sync.server import tables as t

SNAPSHOT_DEFAULT, SNAPSHOT_MAX = 5_000, 20_000
# What the snapshot's members, cards and ledger entries already say: pull leaves these
# kinds out up to the snapshot's seq. Spelled out, not taken from what ingest projects: a
# kind the server starts projecting later (staff, say) is not in the snapshot until this
# page carries it, and leaving it out of pull before then would lose it.
SNAPSHOT_KINDS: frozenset[str] = frozenset(kind.value for kind in (
    EventType.MEMBER_ENROLLED, EventType.MEMBER_UPDATED, EventType.TIER_CHANGED, EventType.CONSENT_CHANGED,
    EventType.MEMBER_ERASED, EventType.MEMBERS_MERGED, EventType.CARD_ISSUED, EventType.CARD_BLOCKED,
    EventType.LEDGER_ENTRY))

_ENTRY_COLUMNS = ("entry_id", "member_id", "kind", "points", "at", "terminal_id", "actor", "sale_ref", "reason",
                  "reward_id", "expires_at")


def as_of(connection: sa.engine.Connection) -> int:
    """The highest ``seq`` whose event is in the projections: ingest draws seqs under one
    lock and writes the projections in the same transaction, so every lower one is too."""
    return int(connection.execute(sa.select(sa.func.coalesce(sa.func.max(t.events.c.seq), 0))).scalar_one())


def page(connection: sa.engine.Connection, after: str, limit: int) -> tuple[list[dict[str, Any]], str | None]:
    """Up to ``limit`` members with ids above ``after``, each with its cards and ledger
    entries; and the id to ask from next (None: that was the last page)."""
    m = t.members.c
    rows = connection.execute(
        sa.select(m.member_id, m.home_shop, m.fields, m.tombstone, m.tombstone_hlc, m.merged_into)
        .where(m.member_id > after).order_by(m.member_id).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    if not rows:
        return [], None
    first, last = rows[0].member_id, rows[-1].member_id
    cards: dict[str, list[list[Any]]] = {}
    c = t.cards.c
    for card in connection.execute(sa.select(c.card, c.member_id, c.blocked, c.blocked_reason)
                                   .where(c.member_id.between(first, last)).order_by(c.card)):
        cards.setdefault(card.member_id, []).append([card.card, card.blocked, card.blocked_reason])
    entries: dict[str, list[dict[str, Any]]] = {}
    led = t.ledger_entries.c
    for entry in connection.execute(sa.select(*(led[name] for name in _ENTRY_COLUMNS))
                                    .where(led.member_id.between(first, last)).order_by(led.at, led.entry_id)):
        entries.setdefault(entry.member_id, []).append(entry._asdict())
    members = [{"member_id": row.member_id, "home_shop": row.home_shop, "fields": row.fields,
                "tombstone": row.tombstone, "tombstone_hlc": row.tombstone_hlc, "merged_into": row.merged_into,
                "cards": cards.get(row.member_id, []), "entries": entries.get(row.member_id, [])}
               for row in rows]
    return members, (last if more else None)


# PostgreSQL writes the page's JSON itself: decoding each member's JSONB into Python and
# encoding it again was most of a page's time on the server.
_PAGE_JSON = f"""
    SELECT coalesce(json_agg(json_build_object(
               'member_id', m.member_id, 'home_shop', m.home_shop, 'fields', m.fields,
               'tombstone', m.tombstone, 'tombstone_hlc', m.tombstone_hlc, 'merged_into', m.merged_into,
               'cards', coalesce((SELECT json_agg(json_build_array(c.card, c.blocked, c.blocked_reason)
                                                  ORDER BY c.card)
                                  FROM cards c WHERE c.member_id = m.member_id), '[]'::json),
               'entries', coalesce((SELECT json_agg(json_build_object({", ".join(f"'{n}', e.{n}" for n in _ENTRY_COLUMNS)})
                                                    ORDER BY e.at, e.entry_id)
                                    FROM ledger_entries e WHERE e.member_id = m.member_id), '[]'::json))
               ORDER BY m.member_id), '[]'::json)::text,
           max(m.member_id), count(*)
    FROM (SELECT * FROM members WHERE member_id > %(after)s ORDER BY member_id LIMIT %(limit)s) AS m
"""


def page_json(connection: sa.engine.Connection, after: str, limit: int) -> tuple[str, str | None]:
    """:func:`page` on PostgreSQL, as the JSON text of the members list. A full page
    names its last id as the next ``after`` (the page after it may be empty)."""
    text, last, count = connection.exec_driver_sql(_PAGE_JSON, {"after": after, "limit": limit}).one()
    return text, (last if count == limit else None)


# The columnar shape (``shape=columns``, docs/SYNC_PROTOCOL.md "Snapshot"): one array per
# field over the page instead of one object per member. Measured at 200,000 members: the
# till decoded objects at ~23 µs a member and PostgreSQL built them at ~20 µs; a column is
# one JSON array PostgreSQL appends to and the till's decoder reads without a dict, a
# list and a key per member and field.
COLUMNS = "columns"
MEMBER_COLUMNS = ("member_id", "home_shop", "tombstone", "tombstone_hlc", "merged_into")
FIELD_NAMES = ("name", "phone", "email", "birthday", "consent_marketing", "consent_data_processing", "tier")
CARD_COLUMNS = ("member_id", "card", "blocked", "blocked_reason")


def _agg(expression: str, order: str) -> str:
    return f"coalesce(json_agg({expression} ORDER BY {order}), '[]'::json)"


def _object(pairs: list[tuple[str, str]]) -> str:
    return "json_build_object(" + ", ".join(f"'{name}', {sql}" for name, sql in pairs) + ")"


# Cards and entries are read by the page's range of member ids in one pass each, not by a
# subquery per member; the page's rows are ordered once and every aggregate reads them so.
_COLUMNS_JSON = f"""
    WITH page AS MATERIALIZED (
        SELECT member_id, home_shop, tombstone, tombstone_hlc, merged_into,
               {", ".join(f"fields->'{f}' AS f_{f}" for f in FIELD_NAMES)} FROM members
        WHERE member_id > %(after)s ORDER BY member_id LIMIT %(limit)s),
    bounds AS (SELECT min(member_id) AS lo, max(member_id) AS hi, count(*) AS n FROM page)
    SELECT {_object([
        *((name, _agg(f"p.{name}", "p.member_id")) for name in MEMBER_COLUMNS),
        ("stamps", _object([(f, _agg(f"p.f_{f}->0", "p.member_id")) for f in FIELD_NAMES])),
        ("values", _object([(f, _agg(f"p.f_{f}->1", "p.member_id")) for f in FIELD_NAMES])),
        ("cards", "(SELECT " + _object([(n, _agg(f"c.{'card' if n == 'card' else n}", "c.member_id, c.card"))
                                         for n in CARD_COLUMNS])
         + " FROM cards c, bounds b WHERE c.member_id BETWEEN b.lo AND b.hi)"),
        ("entries", "(SELECT " + _object([(n, _agg(f"e.{n}", "e.member_id, e.at, e.entry_id"))
                                           for n in _ENTRY_COLUMNS])
         + " FROM ledger_entries e, bounds b WHERE e.member_id BETWEEN b.lo AND b.hi)"),
    ])}::text, (SELECT hi FROM bounds), (SELECT n FROM bounds)
    FROM page p
"""


def page_columns_json(connection: sa.engine.Connection, after: str, limit: int) -> tuple[str, str | None]:
    """The columnar page's JSON text, spelled by PostgreSQL; the next ``after`` as in
    :func:`page_json`."""
    # The page is held three times over (rows, then sorted for the aggregates); at the
    # default 4 MB each spilled to temporary files.
    connection.exec_driver_sql("SET LOCAL work_mem = '64MB'")
    text, last, count = connection.exec_driver_sql(_COLUMNS_JSON, {"after": after, "limit": limit}).one()
    return text, (last if count == limit else None)


def columns(members: list[dict[str, Any]]) -> dict[str, Any]:
    """:func:`page`'s members in the columnar shape (the SQLite server's path)."""
    result: dict[str, Any] = {name: [m[name] for m in members] for name in MEMBER_COLUMNS}
    for part, index in (("stamps", 0), ("values", 1)):
        result[part] = {f: [m["fields"][f][index] if f in m["fields"] else None for m in members]
                        for f in FIELD_NAMES}
    cards = [(m["member_id"], *card) for m in members for card in m["cards"]]
    result["cards"] = {name: [card[n] for card in cards] for n, name in enumerate(CARD_COLUMNS)}
    entries = [e for m in members for e in m["entries"]]
    result["entries"] = {name: [e[name] for e in entries] for name in _ENTRY_COLUMNS}
    return result
