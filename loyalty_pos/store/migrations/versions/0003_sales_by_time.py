"""Sales by time: the what-if simulator and reports page through a time window.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Without it every page of ``member_sales_between`` scans the whole sales table.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_sales_at_sale_id", "sales", ["at", "sale_id"])


def downgrade() -> None:
    op.drop_index("ix_sales_at_sale_id", table_name="sales")
