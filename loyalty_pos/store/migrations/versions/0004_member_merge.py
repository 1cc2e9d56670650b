"""Merged members: a duplicate keeps its row (its sales and ledger stay attributed to
it) and points at the member it was merged into.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

A plain ADD COLUMN, not a batch rebuild: rebuilding ``members`` would drop the FTS5
triggers of 0002 and renumber nothing we could rely on. The index answers "who was
merged into this member" for the kept member's profile without a table scan.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("members", sa.Column("merged_into", sa.String(length=36), nullable=True))
    op.create_index("ix_members_merged_into", "members", ["merged_into"])


def downgrade() -> None:
    op.drop_index("ix_members_merged_into", table_name="members")
    with op.batch_alter_table("members") as batch:
        batch.drop_column("merged_into")
