"""Managers' approvals are stored, so a sale or return can prove one and use it up.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

Until now a cashier's discount or large refund carried the approving manager's user
name, which anyone could type. An approval is now a row the auth service writes after
checking a manager's PIN: bound to an action, an amount and a sale, return or member,
with an expiry; the sale or return that uses it sets ``used_at`` in its own transaction.
A new table only: old sales and returns are untouched and reprint and return as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_TIME = sa.BigInteger  # UtcDateTime in loyalty_pos.store.types


def upgrade() -> None:
    op.create_table(
        "approvals",
        sa.Column("approval_id", sa.String(36), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("subject_id", sa.String(80), nullable=False),
        sa.Column("approver", sa.String(80), nullable=False),
        sa.Column("terminal_id", sa.String(40), nullable=False),
        sa.Column("issued_at", _TIME(), nullable=False),
        sa.Column("expires_at", _TIME(), nullable=False),
        sa.Column("used_at", _TIME(), nullable=True),
        sa.PrimaryKeyConstraint("approval_id", name="pk_approvals"),
    )


def downgrade() -> None:
    op.drop_table("approvals")
