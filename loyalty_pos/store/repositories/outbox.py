"""Changes waiting to be pushed to the sync server, in the order they happened."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert

from loyalty_pos.domain.events import EventType
from loyalty_pos.store.repositories.base import Repository
from loyalty_pos.store.tables import outbox


class SqlOutbox(Repository):
    def add(self, *, kind: EventType, key: str, payload: dict[str, Any], at: datetime) -> None:
        self._db.execute(insert(outbox), {"kind": str(kind), "key": key, "payload": payload, "at": at, "sent_at": None})
