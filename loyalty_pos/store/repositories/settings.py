"""Shop settings (name, time zone, thresholds), as text."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from loyalty_pos.store.repositories.base import Repository
from loyalty_pos.store.tables import settings

_GET = select(settings.c.value).where(settings.c.key == bindparam("key"))
_upsert = sqlite_insert(settings)
_SET = _upsert.on_conflict_do_update(index_elements=[settings.c.key], set_={"value": _upsert.excluded.value})


class SqlSettings(Repository):
    def get(self, key: str, default: str | None = None) -> str | None:
        value = self._db.execute(_GET, {"key": key}).scalar_one_or_none()
        return default if value is None else str(value)

    def set(self, key: str, value: str) -> None:
        self._db.execute(_SET, {"key": key, "value": value})

