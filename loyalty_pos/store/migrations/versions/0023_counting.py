"""Badges members hold and paid memberships sold.

Revision ID: 0023
Revises: 0018
Create Date: 2026-12-06

Two new tables only: old sales, receipts and reprints are untouched. A badge is held
once (its primary key); a paid membership is a row per sale of one, its end date in
the shop's calendar. Challenge completions need no table: they are ledger entries.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
# The integrator re-chains the other branches' migrations in before this one.
down_revision = "0022"
branch_labels = None
depends_on = None

_TIME = sa.BigInteger  # UtcDateTime in loyalty_pos.store.types


def upgrade() -> None:
    op.create_table(
        "member_badges",
        sa.Column("member_id", sa.String(36), nullable=False),
        sa.Column("badge_id", sa.String(80), nullable=False),
        sa.Column("earned_at", _TIME(), nullable=False),
        sa.Column("sale_id", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("member_id", "badge_id", name="pk_member_badges"),
    )
    op.create_index("ix_member_badges_badge", "member_badges", ["badge_id", "earned_at"])
    op.create_table(
        "paid_memberships",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("member_id", sa.String(36), nullable=False),
        sa.Column("paid_tier_id", sa.String(80), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("tier_code", sa.String(80), nullable=False),
        sa.Column("fee_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("sold_at", _TIME(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("actor", sa.String(80), nullable=False),
        sa.Column("terminal_id", sa.String(40), nullable=False),
        sa.Column("receipt_no", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_paid_memberships"),
    )
    op.create_index("ix_paid_memberships_member_until", "paid_memberships", ["member_id", "until"])
    op.create_index("ix_paid_memberships_sold_at", "paid_memberships", ["sold_at"])


def downgrade() -> None:
    op.drop_table("paid_memberships")
    op.drop_table("member_badges")
