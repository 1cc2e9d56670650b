"""The sync client's state (docs/SYNC_PROTOCOL.md, "Till state"): name -> text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from loyalty_pos.store.repositories.base import Repository
from loyalty_pos.store.repositories.outbox import CLOCK_CACHE
from loyalty_pos.store.tables import members, sync_member_fields, sync_parked, sync_state

S, F, P = sync_state.c, sync_member_fields.c, sync_parked.c
_GET = select(S.value).where(S.name == bindparam("name"))
_upsert = sqlite_insert(sync_state)
_SET = _upsert.on_conflict_do_update(index_elements=[S.name], set_={"value": _upsert.excluded.value,
                                                                    "updated_at": _upsert.excluded.updated_at})
_field_upsert = sqlite_insert(sync_member_fields)
_SET_FIELD = _field_upsert.on_conflict_do_update(index_elements=[F.member_id, F.field],
                                                 set_={"hlc": _field_upsert.excluded.hlc})


class SqlSyncState(Repository):
    def get(self, name: str) -> str | None:
        value = self._db.execute(_GET, {"name": name}).scalar_one_or_none()
        return None if value is None else str(value)

    def set(self, name: str, value: str, at: datetime) -> None:
        if name in ("terminal_id", "hlc_last"):
            self._db.info.pop(CLOCK_CACHE, None)  # the outbox's clock is read again
        self._db.execute(_SET, {"name": name, "value": value, "updated_at": at})

    def clear(self, name: str) -> None:
        self._db.execute(delete(sync_state).where(S.name == name))

    def all(self) -> dict[str, str]:
        return {str(row.name): str(row.value) for row in self._db.execute(select(S.name, S.value))}

    def member_field_stamps(self, member_id: str) -> dict[str, str]:
        rows = self._db.execute(select(F.field, F.hlc).where(F.member_id == member_id))
        return {str(row.field): str(row.hlc) for row in rows}

    def set_member_field_stamps(self, member_id: str, stamps: dict[str, str]) -> None:
        self.stamp_fields([(member_id, name, hlc) for name, hlc in stamps.items()])

    def stamp_fields(self, rows: Sequence[tuple[str, str, str]]) -> None:
        if rows:
            self._db.execute(_SET_FIELD, [{"member_id": member_id, "field": name, "hlc": hlc}
                                          for member_id, name, hlc in rows])

    def park(self, seq: int, member_id: str, event: str) -> None:
        self._db.execute(sqlite_insert(sync_parked).on_conflict_do_nothing(index_elements=[P.seq]),
                         {"seq": seq, "member_id": member_id, "event": event})

    def parked_ready(self) -> list[tuple[int, str]]:
        """Parked events whose member is now known, in server order: (seq, event)."""
        query = (select(P.seq, P.event).where(P.member_id.in_(select(members.c.id))).order_by(P.seq))
        return [(int(row.seq), str(row.event)) for row in self._db.execute(query)]

    def unpark(self, seqs: list[int]) -> None:
        if seqs:
            self._db.execute(delete(sync_parked).where(P.seq.in_(seqs)))

    def parked(self) -> int:
        return int(self._db.execute(select(func.count()).select_from(sync_parked)).scalar_one())
