"""A chain's partner voucher codes: pooled by head office, leased to tills in blocks,
each handed out once by the till it was leased to (docs/ARCHITECTURE.md "Prizes in a chain").

Revision ID: s0005
Revises: s0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partner_codes",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("reward_id", sa.String(80), nullable=False),
        sa.Column("code", sa.String(80), nullable=False),
        sa.Column("leased_to", sa.String(16)),
        sa.Column("leased_at", sa.DateTime(timezone=True)),
        sa.Column("sale_id", sa.String(36)),
        sa.Column("handed_out_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("reward_id", "code", name="uq_partner_codes_reward_id_code"),
    )
    op.create_index("ix_partner_codes_reward_id_leased_to", "partner_codes", ["reward_id", "leased_to"])


def downgrade() -> None:
    op.drop_index("ix_partner_codes_reward_id_leased_to", table_name="partner_codes")
    op.drop_table("partner_codes")
