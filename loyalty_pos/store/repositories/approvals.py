"""Managers' approvals: written when a PIN approves, marked used by the action that spends them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, insert, select, update

from loyalty_pos.domain.approvals import Approval, ApprovalAction
from loyalty_pos.store.repositories.base import DbRow, Repository, decode_enum
from loyalty_pos.store.tables import approvals as approvals_table

A = approvals_table.c
_COLUMNS = (A.approval_id, A.action, A.amount_minor, A.subject_id, A.approver, A.terminal_id, A.issued_at,
            A.expires_at, A.used_at)
_GET = select(*_COLUMNS).where(A.approval_id == bindparam("approval_id"))
# Guarded by "not used yet": two tills racing for one approval cannot both spend it.
_USE = (update(approvals_table).where(A.approval_id == bindparam("key"), A.used_at.is_(None))
        .values(used_at=bindparam("used_at")))


def _approval_from(row: DbRow) -> Approval:
    action = decode_enum(ApprovalAction, row.action, table="approvals", column="action", row=row.approval_id)
    return Approval(row.approval_id, action, int(row.amount_minor), row.subject_id, row.approver, row.terminal_id,
                    row.issued_at, row.expires_at, row.used_at)


class SqlApprovals(Repository):
    def add(self, approval: Approval) -> None:
        self._db.execute(insert(approvals_table), {
            "approval_id": approval.approval_id, "action": approval.action.value,
            "amount_minor": approval.amount_minor, "subject_id": approval.subject_id,
            "approver": approval.approver, "terminal_id": approval.terminal_id,
            "issued_at": approval.issued_at, "expires_at": approval.expires_at, "used_at": approval.used_at,
        })

    def get(self, approval_id: str) -> Approval | None:
        row = self._db.execute(_GET, {"approval_id": approval_id}).first()
        return None if row is None else _approval_from(row)

    def use(self, approval_id: str, at: datetime) -> bool:
        return self._db.execute(_USE, {"key": approval_id, "used_at": at}).rowcount == 1
