"""Gift cards' own money ledger, and the money each charity donation gave.

Revision ID: 0021
Revises: 0018
Create Date: 2026-12-06

Two new tables, empty in a store from before: old sales, receipts and reprints are
untouched (their receipts have no gift-card or donation lines and print as they did).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0021"
# The integrator re-chains 0019-0020 (other branches) in before this one.
down_revision = "0020"
branch_labels = None
depends_on = None

_TIME = sa.BigInteger  # UtcDateTime in loyalty_pos.store.types


def upgrade() -> None:
    op.create_table(
        "gift_card_entries",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("card_number", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("at", _TIME(), nullable=False),
        sa.Column("terminal_id", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(80), nullable=False),
        sa.Column("sale_ref", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("seq", name="pk_gift_card_entries"),
    )
    op.create_index("uq_gift_card_entries_id", "gift_card_entries", ["id"], unique=True)
    op.create_index("ix_gift_card_entries_card_at", "gift_card_entries", ["card_number", "at"])
    op.create_index("ix_gift_card_entries_at_kind", "gift_card_entries", ["at", "kind", "amount_minor"])
    op.create_table(
        "donations",
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("member_id", sa.String(36), nullable=False),
        sa.Column("charity_id", sa.String(80), nullable=False),
        sa.Column("charity_name", sa.String(200), nullable=False),
        sa.Column("points", sa.BigInteger(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("at", _TIME(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id", name="pk_donations"),
    )
    op.create_index("ix_donations_at_charity", "donations", ["at", "charity_id", "points", "amount_minor"])


def downgrade() -> None:
    op.drop_index("ix_donations_at_charity", table_name="donations")
    op.drop_table("donations")
    for name in ("ix_gift_card_entries_at_kind", "ix_gift_card_entries_card_at", "uq_gift_card_entries_id"):
        op.drop_index(name, table_name="gift_card_entries")
    op.drop_table("gift_card_entries")
