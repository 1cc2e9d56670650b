"""Partner codes leased from a chain's pool.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06

One column: a code this till holds from the chain's pool is ``leased``; handing one out
is then a synced event the server checks against its lease. Codes imported here before
(or outside) a chain stay unleased and are handed out as before. Old sales, receipts and
reprints are untouched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024"
# The integrator re-chains the other branches' migrations in before this one.
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("partner_codes") as batch:
        batch.add_column(sa.Column("leased", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("partner_codes") as batch:
        batch.drop_column("leased")
