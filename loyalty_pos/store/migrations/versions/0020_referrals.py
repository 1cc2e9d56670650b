"""Who referred whom: a member enrolled with a friend's referral code.

Revision ID: 0020
Revises: 0018
Create Date: 2026-12-06

Both earn at the referred member's first purchase, so the link waits here until then
(``converted_at``). A new table only: members, sales and receipts already stored are
untouched, and old sales reprint and return as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
# The integrator re-chains the other branches' revisions in before this one.
down_revision = "0019"
branch_labels = None
depends_on = None

_TIME = sa.BigInteger  # UtcDateTime in loyalty_pos.store.types


def upgrade() -> None:
    op.create_table(
        "referrals",
        sa.Column("referred_id", sa.String(36), nullable=False),
        sa.Column("referrer_id", sa.String(36), nullable=False),
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("referred_at", _TIME(), nullable=False),
        sa.Column("converted_at", _TIME(), nullable=True),
        sa.Column("sale_id", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("referred_id", name="pk_referrals"),
    )
    op.create_index("ix_referrals_referrer_id", "referrals", ["referrer_id", "converted_at"])
    op.create_index("ix_referrals_referred_at", "referrals", ["referred_at"])


def downgrade() -> None:
    op.drop_table("referrals")
