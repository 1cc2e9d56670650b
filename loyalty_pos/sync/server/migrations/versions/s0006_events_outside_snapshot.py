"""Events of the kinds a new till's snapshot does not carry, found by seq without reading
the others: a till joining a million-member chain pulls, from seq 0 up to its snapshot,
only gift-card entries, donations, sales, badges ... (``queries.pull``); without this
index that pull read every enrolment and ledger entry of the chain to skip it.

The kinds are spelled out, frozen as at this revision: the pull's condition names the
snapshot's kinds, and PostgreSQL uses a partial index only when the query's condition
implies the index's (tests/sync/test_chain_join_events.py checks the two lists agree).

Revision ID: s0006
Revises: s0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0006"
down_revision = "s0005"
branch_labels = None
depends_on = None

SNAPSHOT_KINDS = ("card_blocked", "card_issued", "consent_changed", "ledger_entry", "member_enrolled",
                  "member_erased", "member_updated", "members_merged", "tier_changed")
_OUTSIDE = sa.text("kind NOT IN (" + ", ".join(f"'{kind}'" for kind in SNAPSHOT_KINDS) + ")")


def upgrade() -> None:
    op.create_index("ix_events_outside_snapshot", "events", ["seq"], postgresql_where=_OUTSIDE, sqlite_where=_OUTSIDE)


def downgrade() -> None:
    op.drop_index("ix_events_outside_snapshot", table_name="events")
