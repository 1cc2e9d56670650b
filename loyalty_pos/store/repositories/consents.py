"""Consent records: appended, never changed, read back per member in the order made."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, insert, select

from loyalty_pos.domain.consents import ConsentKind, ConsentRecord, ConsentSource
from loyalty_pos.store.repositories.base import DbRow, Repository, decode_enum
from loyalty_pos.store.tables import consent_records

C = consent_records.c
_FOR_MEMBER = (
    select(C.seq, C.member_id, C.kind, C.granted, C.at, C.source, C.actor)
    .where(C.member_id == bindparam("member_id"))
    .order_by(C.seq)
)


def _record_from(row: DbRow) -> ConsentRecord:
    where = {"table": "consent_records", "row": str(row.seq)}
    return ConsentRecord(
        member_id=row.member_id, kind=decode_enum(ConsentKind, row.kind, column="kind", **where),
        granted=bool(row.granted), at=row.at,
        source=decode_enum(ConsentSource, row.source, column="source", **where), actor=row.actor,
    )


class SqlConsents(Repository):
    def add(self, records: Sequence[ConsentRecord]) -> None:
        if not records:
            return
        self._db.execute(insert(consent_records), [
            {"member_id": r.member_id, "kind": r.kind.value, "granted": r.granted, "at": r.at,
             "source": r.source.value, "actor": r.actor}
            for r in records
        ])

    def for_member(self, member_id: str) -> list[ConsentRecord]:
        return [_record_from(row) for row in self._db.execute(_FOR_MEMBER, {"member_id": member_id})]
