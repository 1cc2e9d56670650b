"""Consents are kept as records: given or withdrawn, when, through what and by whom.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

Until now a member had two flags and nothing said when or where they were set.
Each consent a member already holds becomes one record dated at their enrolment
with the source ``before_history`` and no actor: that is all the old store knows,
and saying more would be inventing proof. Consents not given need no record
(no record means no consent). Old members, sales and receipts are untouched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consent_records",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("at", sa.BigInteger(), nullable=False),  # UtcDateTime: microseconds UTC
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(80), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name="fk_consent_records_member_id_members"),
        sa.PrimaryKeyConstraint("seq", name="pk_consent_records"),
    )
    op.create_index("ix_consent_records_member_id", "consent_records", ["member_id", "seq"])
    for kind, column in (("data_processing", "consent_data_processing"), ("marketing", "consent_marketing")):
        op.execute(
            "INSERT INTO consent_records(member_id, kind, granted, at, source, actor) "
            f"SELECT id, '{kind}', 1, enrolled_at, 'before_history', '' FROM members "
            f"WHERE {column} = 1 AND status NOT IN ('erased', 'merged') ORDER BY row_id"
        )


def downgrade() -> None:
    op.drop_index("ix_consent_records_member_id", table_name="consent_records")
    op.drop_table("consent_records")
