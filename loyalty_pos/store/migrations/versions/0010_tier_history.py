"""One member's tier changes are found by an index, not a walk over every change.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

A sale imported from another register earns at the tier its member held on its
date, folded from their audited tier changes. Those live in the audit log with the
member in the JSON details; without this each imported row read every tier change
the shop ever made. The index is partial (tier changes only), so the log's other
millions of rows, a sale's audit entry among them, pay nothing for it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_log_tier_member", "audit_log",
                    [sa.text("json_extract(details, '$.member_id')"), "at"],
                    sqlite_where=sa.text("action = 'tier_changed'"))


def downgrade() -> None:
    op.drop_index("ix_audit_log_tier_member", table_name="audit_log")
