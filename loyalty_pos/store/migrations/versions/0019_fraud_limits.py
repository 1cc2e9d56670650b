"""Fraud limits: staff accounts link to their holder's member record, and member lookups
are recorded.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06

``staff.phone`` and ``staff.member_id`` (both nullable, NULL for every account already
there: no link until a manager sets one) let the till refuse a cashier's sale on their own
card. ``member_lookups`` holds one small row per member a cashier put on a sale (by card,
by search, or verified), kept a few days: the proof a searched member was verified before
spending, and what the unusual-activity report counts. New columns and a new table only:
old sales, receipts and reprints are untouched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
# The integrator re-chains the other branches' migrations in before this one.
down_revision = "0018"
branch_labels = None
depends_on = None

_TIME = sa.BigInteger  # UtcDateTime in loyalty_pos.store.types


def upgrade() -> None:
    op.add_column("staff", sa.Column("phone", sa.String(32), nullable=True))
    op.add_column("staff", sa.Column("member_id", sa.String(36), nullable=True))
    op.create_table(
        "member_lookups",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", _TIME(), nullable=False),
        sa.Column("terminal_id", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(80), nullable=False),
        sa.Column("member_id", sa.String(36), nullable=False),
        sa.Column("how", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_member_lookups"),
    )
    op.create_index("ix_member_lookups_at", "member_lookups", ["at"])
    op.create_index("ix_member_lookups_member_at", "member_lookups", ["member_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_member_lookups_member_at", "member_lookups")
    op.drop_index("ix_member_lookups_at", "member_lookups")
    op.drop_table("member_lookups")
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("member_id")
        batch.drop_column("phone")
