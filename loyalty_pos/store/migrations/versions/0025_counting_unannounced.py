"""Badges, paid memberships and referral links made before they travelled with the chain.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06

Until this release a till kept them to itself (no outbox row). A store that already holds
any is marked here; its next sync round queues them once
(``services/shop/counting_history.py``), so the chain learns what was earned, paid and
referred before the upgrade. A store made by this release is empty at this point and
queues each as it is made. No table changes: old sales, receipts and reprints are untouched.
"""

from __future__ import annotations

import time

from alembic import op

revision = "0025"
# The integrator re-chains the other branches' migrations in before this one.
down_revision = "0024"
branch_labels = None
depends_on = None

MARK = "counting_unannounced"  # services/shop/counting_history.UNANNOUNCED


def upgrade() -> None:
    op.get_bind().exec_driver_sql(
        "INSERT INTO sync_state (name, value, updated_at) SELECT ?, '1', ? WHERE EXISTS (SELECT 1 FROM member_badges) "
        "OR EXISTS (SELECT 1 FROM paid_memberships) OR EXISTS (SELECT 1 FROM referrals)",
        (MARK, time.time_ns() // 1000))


def downgrade() -> None:
    op.get_bind().exec_driver_sql("DELETE FROM sync_state WHERE name = ?", (MARK,))
