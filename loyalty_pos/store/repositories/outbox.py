"""Changes waiting to be pushed to the sync server, in the order they happened.

Each row is an event of the sync protocol (docs/SYNC_PROTOCOL.md): its ``event_id`` is
made here, once, and its hybrid-logical-clock stamp continues the till's clock, so no two
rows of this till share a stamp and none goes backwards. The clock is the later of the
last row's stamp (stamps rise with the row id) and ``sync_state.hlc_last``, which holds
what was merged from pulled events; it is read once per transaction (the writer holds
the lock, so it cannot move under it), which keeps a sale's extra cost to its inserts.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from loyalty_pos.domain.events import EventType
from loyalty_pos.domain.hlc import Hlc, tick
from loyalty_pos.domain.privacy import ERASED_NAME
from loyalty_pos.services.ports import OutboxEvent
from loyalty_pos.store.repositories.base import Repository
from loyalty_pos.store.tables import outbox, sync_state

O, S = outbox.c, sync_state.c
LOCAL_NODE = "local"  # the stamp's node before the till has a terminal id from a chain

# The events whose sync payload carries contact data (the server needs it to keep members
# in step); the shape stays readable, with the values gone.
_FORGET_MEMBER = text(
    "UPDATE outbox SET payload = json_set(payload, '$.name', :erased, '$.phone', NULL, '$.email', NULL, "
    "'$.birthday', NULL) WHERE key = :member_id AND kind IN ('member_enrolled', 'member_updated')"
)
_CLOCK = select(S.name, S.value).where(S.name.in_(("hlc_last", "terminal_id")))
_LAST_STAMP = select(O.hlc).order_by(O.id.desc()).limit(1)
CLOCK_CACHE = "loyalty_outbox_clock"  # connection.info: (transaction, last stamp, node)
_upsert = sqlite_insert(sync_state)
_SET_CLOCK = _upsert.on_conflict_do_update(index_elements=[S.name], set_={"value": _upsert.excluded.value,
                                                                          "updated_at": _upsert.excluded.updated_at})
_PENDING = select(O.id, O.event_id, O.kind, O.key, O.at, O.hlc, O.payload).where(O.sent_at.is_(None))
_MARK_SENT = update(outbox).where(O.event_id == bindparam("sent_id")).values(sent_at=bindparam("sent_at"))
_UNANNOUNCED = text(
    "SELECT id FROM members WHERE status = 'active' AND id NOT IN "
    "(SELECT key FROM outbox WHERE kind = 'member_enrolled') ORDER BY enrolled_at, id")
_OWN_EDITS = select(O.kind, O.hlc, O.payload).where(
    O.key == bindparam("key"), O.kind.in_(("member_enrolled", "member_updated")))


def _to_ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


class SqlOutbox(Repository):
    def add(self, *, kind: EventType, key: str, payload: dict[str, Any], at: datetime) -> None:
        stamp = self._next_stamp(at)
        self._db.execute(insert(outbox), {"kind": str(kind), "key": key, "payload": payload, "at": at,
                                          "sent_at": None, "event_id": str(uuid.uuid4()), "hlc": str(stamp)})

    def _next_stamp(self, at: datetime) -> Hlc:
        db = self._db
        transaction = db.get_transaction()
        cached = db.info.get(CLOCK_CACHE)
        if cached is not None and cached[0] is transaction:
            last, node = cached[1], cached[2]
        else:
            last, node = self._read_clock()
        stamp = tick(last, _to_ms(at), node)
        db.info[CLOCK_CACHE] = (transaction, stamp, node)
        return stamp

    def _read_clock(self) -> tuple[Hlc | None, str]:
        state = {row.name: row.value for row in self._db.execute(_CLOCK)}
        stamps = [Hlc.parse(text) for text in (state.get("hlc_last"), self._db.execute(_LAST_STAMP).scalar())
                  if text]
        return (max(stamps) if stamps else None), state.get("terminal_id") or LOCAL_NODE

    def observe(self, stamp: Hlc, at: datetime) -> None:
        """The till's clock is now at least ``stamp`` (merged from a pulled event)."""
        self._db.info.pop(CLOCK_CACHE, None)
        self._db.execute(_SET_CLOCK, {"name": "hlc_last", "value": str(stamp), "updated_at": at})

    def clock(self) -> Hlc | None:
        return self._read_clock()[0]

    def forget_member(self, member_id: str) -> int:
        return self._db.execute(_FORGET_MEMBER, {"member_id": member_id, "erased": ERASED_NAME}).rowcount

    def pending(self, limit: int) -> list[OutboxEvent]:
        """The oldest rows not yet acknowledged by the server, in the order they were written."""
        rows = self._db.execute(_PENDING.order_by(O.id).limit(limit))
        return [OutboxEvent(row.event_id, row.kind, row.key, row.at, row.hlc, row.payload) for row in rows]

    def waiting(self) -> int:
        return int(self._db.execute(select(func.count()).where(O.sent_at.is_(None))).scalar_one())

    def mark_sent(self, event_ids: Sequence[str], at: datetime) -> None:
        if event_ids:
            self._db.execute(_MARK_SENT, [{"sent_id": event_id, "sent_at": at} for event_id in event_ids])

    def requeue_sent(self) -> int:
        return self._db.execute(update(outbox).where(O.sent_at.is_not(None)).values(sent_at=None)).rowcount

    def unannounced_members(self) -> list[str]:
        """Active members with no enrolment in the outbox, oldest enrolment first."""
        return list(self._db.execute(_UNANNOUNCED).scalars())

    def own_member_edits(self, member_id: str) -> list[tuple[str, str, dict[str, Any]]]:
        """This till's enrolment and edits of the member: (kind, hlc, payload)."""
        return [(row.kind, row.hlc, row.payload) for row in self._db.execute(_OWN_EDITS, {"key": member_id})]
