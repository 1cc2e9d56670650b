"""Member lookups at the till: one small row each, pruned after ``LOOKUP_KEEP``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete, insert, select

from loyalty_pos.domain.unusual_activity import Lookup, LookupHow
from loyalty_pos.store.repositories.base import DbRow, Repository, decode_enum
from loyalty_pos.store.tables import member_lookups

K = member_lookups.c
_COLUMNS = (K.at, K.terminal_id, K.actor, K.member_id, K.how)
_LATEST = (select(K.how).where(K.member_id == bindparam("member_id"), K.terminal_id == bindparam("terminal_id"),
                               K.at >= bindparam("since", type_=K.at.type))
           .order_by(K.at.desc(), K.seq.desc()).limit(1))
_SINCE = select(*_COLUMNS).where(K.at >= bindparam("since", type_=K.at.type)).order_by(K.at, K.seq)
_PRUNE = delete(member_lookups).where(K.at < bindparam("before", type_=K.at.type))


def _lookup_from(row: DbRow) -> Lookup:
    how = decode_enum(LookupHow, row.how, table="member_lookups", column="how", row=row.member_id)
    return Lookup(row.at, row.terminal_id, row.actor, row.member_id, how)


class SqlLookups(Repository):
    def add(self, lookup: Lookup) -> None:
        self._db.execute(insert(member_lookups), {
            "at": lookup.at, "terminal_id": lookup.terminal_id, "actor": lookup.actor,
            "member_id": lookup.member_id, "how": lookup.how.value,
        })

    def latest(self, member_id: str, terminal_id: str, since: datetime) -> LookupHow | None:
        """How ``member_id`` last came onto a sale at ``terminal_id`` since ``since``."""
        how = self._db.execute(_LATEST, {"member_id": member_id, "terminal_id": terminal_id, "since": since}).scalar()
        return None if how is None else decode_enum(LookupHow, how, table="member_lookups", column="how", row=member_id)

    def since(self, since: datetime) -> list[Lookup]:
        return [_lookup_from(row) for row in self._db.execute(_SINCE, {"since": since})]

    def prune(self, before: datetime) -> int:
        return int(self._db.execute(_PRUNE, {"before": before}).rowcount)
