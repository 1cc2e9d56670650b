"""Staff accounts (PIN hashes, lock-out state)."""

from __future__ import annotations


from sqlalchemy import bindparam, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from loyalty_pos.domain.roles import Role
from loyalty_pos.services.ports import StaffRecord
from loyalty_pos.store.repositories.base import DbRow, Repository, decode_enum
from loyalty_pos.store.tables import staff as staff_table

S = staff_table.c
_COLUMNS = (S.username, S.display_name, S.role, S.pin_hash, S.active, S.failed_attempts, S.locked_until, S.phone,
            S.member_id)
_GET = select(*_COLUMNS).where(S.username == bindparam("username"))
_upsert = sqlite_insert(staff_table)
_PUT = _upsert.on_conflict_do_update(
    index_elements=[S.username],
    set_={name: _upsert.excluded[name] for name in
          ("display_name", "role", "pin_hash", "active", "failed_attempts", "locked_until", "phone",
           "member_id")},
)


def _staff_from(row: DbRow) -> StaffRecord:
    role = decode_enum(Role, row.role, table="staff", column="role", row=row.username)
    return StaffRecord(row.username, row.display_name, role, row.pin_hash, bool(row.active),
                       int(row.failed_attempts), row.locked_until, row.phone, row.member_id)


class SqlStaff(Repository):
    def get(self, username: str) -> StaffRecord | None:
        row = self._db.execute(_GET, {"username": username}).first()
        return None if row is None else _staff_from(row)

    def put(self, staff: StaffRecord) -> None:
        self._db.execute(_PUT, {
            "username": staff.username, "display_name": staff.display_name, "role": staff.role.value,
            "pin_hash": staff.pin_hash, "active": staff.active, "failed_attempts": staff.failed_attempts,
            "locked_until": staff.locked_until, "phone": staff.phone, "member_id": staff.member_id,
        })

    def all(self) -> list[StaffRecord]:
        return [_staff_from(row) for row in self._db.execute(select(*_COLUMNS).order_by(S.username))]
