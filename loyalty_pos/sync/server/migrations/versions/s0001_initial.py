"""The first server schema: terminals and their codes and tokens, the event log, chain
heads, and the merged projections (members, ledger, balances, cards).

Revision ID: s0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(JSONB(), "postgresql")
_SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "terminals",
        sa.Column("terminal_id", sa.String(16), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("shop_id", sa.String(64), nullable=False),
        sa.Column("head_office", sa.Boolean, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("enrolled_at", _TS),
        sa.Column("revoked_at", _TS),
    )
    op.create_table(
        "enrolment_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("terminal_id", sa.String(16), sa.ForeignKey("terminals.terminal_id"), nullable=False),
        sa.Column("expires_at", _TS, nullable=False),
        sa.Column("used_at", _TS),
    )
    op.create_table(
        "tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("terminal_id", sa.String(16), sa.ForeignKey("terminals.terminal_id"), nullable=False, index=True),
        sa.Column("created_at", _TS, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("seq", _SEQ, sa.Identity(), primary_key=True),
        sa.Column("event_id", sa.String(36), nullable=False, unique=True),
        sa.Column("origin_terminal", sa.String(16), nullable=False),
        sa.Column("shop_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.Column("payload", _JSON, nullable=False),
        sa.Column("body_hash", sa.String(64), nullable=False),
        sa.Column("received_at", _TS, nullable=False),
    )
    op.create_table(
        "chain_heads",
        sa.Column("terminal_id", sa.String(16), sa.ForeignKey("terminals.terminal_id"), primary_key=True),
        sa.Column("head_seq", sa.BigInteger, nullable=False),
        sa.Column("head_hash", sa.String(128), nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
    )
    op.create_table(
        "members",
        sa.Column("member_id", sa.String(64), primary_key=True),
        sa.Column("home_shop", sa.String(64)),
        sa.Column("fields", _JSON, nullable=False),
        sa.Column("tombstone", sa.String(16)),
        sa.Column("tombstone_hlc", sa.String(64)),
        sa.Column("merged_into", sa.String(64)),
        sa.Column("phone", sa.String(32), index=True),
    )
    op.create_table(
        "ledger_entries",
        sa.Column("entry_id", sa.String(64), primary_key=True),
        sa.Column("member_id", sa.String(64), nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("points", sa.BigInteger, nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("terminal_id", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("sale_ref", sa.String(64)),
        sa.Column("reason", sa.Text),
        sa.Column("reward_id", sa.String(64)),
        sa.Column("expires_at", sa.String(40)),
        sa.Column("shop_id", sa.String(64), nullable=False),
    )
    op.create_table(
        "balances",
        sa.Column("member_id", sa.String(64), primary_key=True),
        sa.Column("balance", sa.BigInteger, nullable=False),
        sa.Column("entries", sa.Integer, nullable=False),
    )
    op.create_table(
        "cards",
        sa.Column("card", sa.String(32), primary_key=True),
        sa.Column("member_id", sa.String(64), nullable=False),
        sa.Column("blocked", sa.Boolean, nullable=False),
        sa.Column("blocked_reason", sa.Text),
    )


def downgrade() -> None:
    for table in ("cards", "balances", "ledger_entries", "members", "chain_heads", "events", "tokens",
                  "enrolment_codes", "terminals"):
        op.drop_table(table)
