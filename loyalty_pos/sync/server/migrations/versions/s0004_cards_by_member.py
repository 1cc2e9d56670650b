"""A member's cards found by member: the snapshot a new till starts from reads the cards
of a page of members by a range of member ids, which without this index scans every card.

Revision ID: s0004
Revises: s0003
"""

from __future__ import annotations

from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cards_member_id", "cards", ["member_id"])


def downgrade() -> None:
    op.drop_index("ix_cards_member_id", table_name="cards")
