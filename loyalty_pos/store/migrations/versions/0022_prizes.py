"""Partner voucher codes, prize outcomes and giveaway draws.

Revision ID: 0022
Revises: 0018
Create Date: 2026-12-06

New tables only: old sales, receipts and returns are untouched and reprint and
return as before. A code handed out keeps the sale it went to (``sale_id``), so the
next redemption takes the next free code and a return never puts one back.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
# The integrator re-chains the other branches' 0019-0021 in before this one.
down_revision = "0021"
branch_labels = None
depends_on = None

_TIME = sa.BigInteger  # UtcDateTime in loyalty_pos.store.types


def upgrade() -> None:
    op.create_table(
        "partner_codes",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("reward_id", sa.String(80), nullable=False),
        sa.Column("code", sa.String(80), nullable=False),
        sa.Column("imported_at", _TIME(), nullable=False),
        sa.Column("sale_id", sa.String(36), nullable=True),
        sa.Column("handed_out_at", _TIME(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name="pk_partner_codes"),
    )
    op.create_index("uq_partner_codes_reward_id_code", "partner_codes", ["reward_id", "code"], unique=True)
    op.create_index("ix_partner_codes_free", "partner_codes", ["reward_id", "seq"],
                    sqlite_where=sa.text("sale_id IS NULL"))
    op.create_table(
        "prize_outcomes",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("subject_id", sa.String(80), nullable=False),
        sa.Column("outcome", sa.String(120), nullable=False),
        sa.Column("member_id", sa.String(36), nullable=True),
        sa.Column("terminal_id", sa.String(40), nullable=False),
        sa.Column("at", _TIME(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_prize_outcomes"),
    )
    op.create_index("ix_prize_outcomes_kind_subject_id", "prize_outcomes", ["kind", "subject_id", "at"])
    op.create_index("ix_prize_outcomes_sale_id", "prize_outcomes", ["sale_id"])
    op.create_table(
        "giveaway_draws",
        sa.Column("reward_id", sa.String(80), nullable=False),
        sa.Column("seed", sa.String(64), nullable=False),
        sa.Column("seed_digest", sa.String(64), nullable=False),
        sa.Column("committed_at", _TIME(), nullable=False),
        sa.Column("committed_by", sa.String(80), nullable=False),
        sa.Column("drawn_at", _TIME(), nullable=True),
        sa.Column("winners", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("reward_id", name="pk_giveaway_draws"),
    )


def downgrade() -> None:
    op.drop_table("giveaway_draws")
    op.drop_table("prize_outcomes")
    op.drop_table("partner_codes")
