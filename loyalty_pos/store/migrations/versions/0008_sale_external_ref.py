"""A sale can carry the receipt number another register gave it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06

Shops that keep their own cash register record loyalty sales by amount, typed at
the till or imported from the register's CSV export. The register's receipt
number is stored with the sale so the same receipt is never counted twice: a
UNIQUE index over (register, local date, receipt number). Registers restart their
numbering, so the number alone is not unique; the date is the shop's local date
as the register printed it, kept as ISO text rather than derived from ``at``
(which is UTC). Sales rung up at the till leave the three columns NULL, and
SQLite treats NULLs as distinct, so they never collide.

Plain ADD COLUMNs (nullable, no rebuild of ``sales``); old sales are untouched
and reprint and return as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sales", sa.Column("external_register", sa.String(40), nullable=True))
    op.add_column("sales", sa.Column("external_date", sa.String(10), nullable=True))
    op.add_column("sales", sa.Column("external_ref", sa.String(40), nullable=True))
    op.create_index("ix_sales_external_ref", "sales", ["external_register", "external_date", "external_ref"],
                    unique=True)


def downgrade() -> None:
    op.drop_index("ix_sales_external_ref", table_name="sales")
    with op.batch_alter_table("sales") as batch:
        batch.drop_column("external_ref")
        batch.drop_column("external_date")
        batch.drop_column("external_register")
