"""The audit viewer's person and action filters walk an index, not the whole log.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

Every sale writes an audit entry, so a shop's log reaches millions of rows; the
viewer pages it newest first (by ``seq``) filtered by person or action. An index
on one column in SQLite is ordered by that column and then the rowid (``seq``),
which is exactly that walk. It also answers the filters' distinct lists.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_log_actor", "audit_log", ["actor"])
    op.create_index("ix_audit_log_action", "audit_log", ["action"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_action", table_name="audit_log")
    op.drop_index("ix_audit_log_actor", table_name="audit_log")
