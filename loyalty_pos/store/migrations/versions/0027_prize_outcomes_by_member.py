"""Prize outcomes by member: the till reads a member's last welcome-back reward on every
member it shows once a welcome back gives a reward.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-06

Without it that read walked every outcome of its kind (the existing index leads with the
kind, then the campaign or reward), a cost that grows with the shop's history on the scan
path. No rows change: old sales, receipts and reprints are untouched.
"""

from __future__ import annotations

from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_prize_outcomes_kind_member_id", "prize_outcomes", ["kind", "member_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_prize_outcomes_kind_member_id", table_name="prize_outcomes")
