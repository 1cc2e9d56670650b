"""Gift-card entries join the hash chain, as ledger entries did in 0014, and a void keeps its reason.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06

``gift_card_entries.reason`` is new (NULL on every older entry: a void from before says
only when it was voided). The entries a store from before holds are chained here, on this
database's own chain in the order they were stored (``seq``), so from now on an edited,
deleted or inserted entry is named by ``check`` like any other chained record. Entries
pulled from other tills before this revision are chained on the local chain too (there
was no link to tell their origin by); those pulled from now on go on their till's chain.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from loyalty_pos.domain.chain import RecordKind
from loyalty_pos.store.chain_links import chain_backlog

revision = "0026"
# The integrator re-chains 0024-0025 (other branches) in before this one.
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("gift_card_entries", sa.Column("reason", sa.String(200), nullable=True))
    chain_backlog(op.get_bind(), kinds=(RecordKind.GIFT_CARD,))


def downgrade() -> None:
    # The links stay: taking links out of the middle of the chain would break every
    # later one. An older release reads them as links whose record it cannot name.
    op.drop_column("gift_card_entries", "reason")
