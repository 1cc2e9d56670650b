"""Shop settings (name, time zone, thresholds) and the sync client's state, as text."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from loyalty_pos.store.repositories.base import Repository
from loyalty_pos.store.tables import settings, sync_state

_GET = select(settings.c.value).where(settings.c.key == bindparam("key"))
_upsert = sqlite_insert(settings)
_SET = _upsert.on_conflict_do_update(index_elements=[settings.c.key], set_={"value": _upsert.excluded.value})
_SYNC_VALUES = select(sync_state.c.name, sync_state.c.value)
_sync_upsert = sqlite_insert(sync_state)
_SYNC_SET = _sync_upsert.on_conflict_do_update(
    index_elements=[sync_state.c.name],
    set_={"value": _sync_upsert.excluded.value, "updated_at": _sync_upsert.excluded.updated_at},
)


class SqlSettings(Repository):
    def get(self, key: str, default: str | None = None) -> str | None:
        value = self._db.execute(_GET, {"key": key}).scalar_one_or_none()
        return default if value is None else str(value)

    def set(self, key: str, value: str) -> None:
        self._db.execute(_SET, {"key": key, "value": value})


class SqlSyncState(Repository):
    def values(self) -> dict[str, str]:
        return {str(name): str(value) for name, value in self._db.execute(_SYNC_VALUES)}

    def set(self, name: str, value: str, *, at: datetime) -> None:
        self._db.execute(_SYNC_SET, {"name": name, "value": value, "updated_at": at})
