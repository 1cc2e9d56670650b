"""Problems a manager must see (a till's audit chain cut off), and the app version each
terminal enrolled with (which release a till runs, for support).

Revision ID: s0002
Revises: s0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "problems",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), sa.Identity(), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("terminal_id", sa.String(16)),
        sa.Column("shop_id", sa.String(64)),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("terminals") as batch:
        batch.add_column(sa.Column("app_version", sa.String(32)))


def downgrade() -> None:
    with op.batch_alter_table("terminals") as batch:
        batch.drop_column("app_version")
    op.drop_table("problems")
