"""Changes waiting to be pushed to the sync server, in the order they happened."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, text

from loyalty_pos.domain.events import EventType
from loyalty_pos.domain.privacy import ERASED_NAME
from loyalty_pos.store.repositories.base import Repository
from loyalty_pos.store.tables import outbox

# The events whose sync payload carries contact data (the server needs it to keep members
# in step); the shape stays readable, with the values gone.
_PENDING = select(func.count()).select_from(outbox).where(outbox.c.sent_at.is_(None))
_FORGET_MEMBER = text(
    "UPDATE outbox SET payload = json_set(payload, '$.name', :erased, '$.phone', NULL, '$.email', NULL, "
    "'$.birthday', NULL) WHERE key = :member_id AND kind IN ('member_enrolled', 'member_updated')"
)


class SqlOutbox(Repository):
    def add(self, *, kind: EventType, key: str, payload: dict[str, Any], at: datetime) -> None:
        self._db.execute(insert(outbox), {"kind": str(kind), "key": key, "payload": payload, "at": at, "sent_at": None})

    def forget_member(self, member_id: str) -> int:
        return self._db.execute(_FORGET_MEMBER, {"member_id": member_id, "erased": ERASED_NAME}).rowcount

    def pending(self) -> int:
        return int(self._db.execute(_PENDING).scalar_one())
