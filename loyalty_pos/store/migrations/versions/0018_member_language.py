"""A member may have a preferred language, for their receipt.

Revision ID: 0018
Revises: 0016
Create Date: 2026-12-06

Nullable, and NULL for every member already there: their receipts keep printing in the
till's language, as before. Old sales, receipts and reprints are untouched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
# The integrator re-chains 0015-0017 (other branches) in before this one.
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN in place: a batch copy would drop the member-name FTS triggers (0002).
    op.add_column("members", sa.Column("preferred_language", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.drop_column("preferred_language")
