"""The server's schema, as SQLAlchemy Core tables (its Alembic migrations build the same).

Times the wire carries (``at``, ``hlc``) are kept as the text the till sent: they are
compared as strings (hlc) or echoed back on pull, and a 409 needs the exact body.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

metadata = sa.MetaData()

# JSONB on PostgreSQL (indexable, compact); plain JSON text on the embedded SQLite.
Json = sa.JSON().with_variant(JSONB(), "postgresql")
# SQLite only auto-numbers an INTEGER PRIMARY KEY (the rowid), not a BIGINT one.
Seq = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

terminals = sa.Table(
    "terminals", metadata,
    sa.Column("terminal_id", sa.String(16), primary_key=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("shop_id", sa.String(64), nullable=False),
    sa.Column("head_office", sa.Boolean, nullable=False, default=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("enrolled_at", sa.DateTime(timezone=True)),
    sa.Column("revoked_at", sa.DateTime(timezone=True)),
    sa.Column("app_version", sa.String(32)),
)

enrolment_codes = sa.Table(
    "enrolment_codes", metadata,
    sa.Column("code_hash", sa.String(64), primary_key=True),
    sa.Column("terminal_id", sa.String(16), sa.ForeignKey("terminals.terminal_id"), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("used_at", sa.DateTime(timezone=True)),
)

tokens = sa.Table(
    "tokens", metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("terminal_id", sa.String(16), sa.ForeignKey("terminals.terminal_id"), nullable=False, index=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

events = sa.Table(
    "events", metadata,
    sa.Column("seq", Seq, sa.Identity(), primary_key=True),
    sa.Column("event_id", sa.String(36), nullable=False, unique=True),
    sa.Column("origin_terminal", sa.String(16), nullable=False),
    sa.Column("shop_id", sa.String(64), nullable=False),
    sa.Column("kind", sa.String(64), nullable=False),
    sa.Column("key", sa.String(200), nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("hlc", sa.String(64), nullable=False),
    sa.Column("payload", Json, nullable=False),
    sa.Column("body_hash", sa.String(64), nullable=False),
    sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
)

chain_heads = sa.Table(
    "chain_heads", metadata,
    sa.Column("terminal_id", sa.String(16), sa.ForeignKey("terminals.terminal_id"), primary_key=True),
    sa.Column("head_seq", sa.BigInteger, nullable=False),
    sa.Column("head_hash", sa.String(128), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

# -- merged projections (rebuildable from events) --------------------------------------

members = sa.Table(
    "members", metadata,
    sa.Column("member_id", sa.String(64), primary_key=True),
    sa.Column("home_shop", sa.String(64)),
    # field name -> [hlc, value]: each field keeps its own last writer.
    sa.Column("fields", Json, nullable=False),
    sa.Column("tombstone", sa.String(16)),  # "erased" or "merged"
    sa.Column("tombstone_hlc", sa.String(64)),
    sa.Column("merged_into", sa.String(64)),
    sa.Column("phone", sa.String(32), index=True),  # the live phone, for the duplicate check
)

ledger_entries = sa.Table(
    "ledger_entries", metadata,
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

balances = sa.Table(
    "balances", metadata,
    sa.Column("member_id", sa.String(64), primary_key=True),
    sa.Column("balance", sa.BigInteger, nullable=False),
    sa.Column("entries", sa.Integer, nullable=False),
)

cards = sa.Table(
    "cards", metadata,
    sa.Column("card", sa.String(32), primary_key=True),
    sa.Column("member_id", sa.String(64), nullable=False, index=True),
    sa.Column("blocked", sa.Boolean, nullable=False, default=False),
    sa.Column("blocked_reason", sa.Text),
)

problems = sa.Table(
    "problems", metadata,
    sa.Column("id", Seq, sa.Identity(), primary_key=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("terminal_id", sa.String(16)),
    sa.Column("shop_id", sa.String(64)),
    sa.Column("detail", sa.Text, nullable=False),
    sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
)

# Head office's publication (docs/SYNC_PROTOCOL.md): one row per version, the newest served.
# The key ring is in it: it is read only by an authenticated terminal and never logged.
publications = sa.Table(
    "publications", metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("document", Json, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("terminal_id", sa.String(16), nullable=False),
    sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
)

# A chain's partner voucher codes (migration s0005): head office's ``partner_codes_pooled``
# events fill it; each code is leased to one terminal at most, and handed out once, by it.
partner_codes = sa.Table(
    "partner_codes", metadata,
    sa.Column("seq", Seq, primary_key=True, autoincrement=True),  # pooled order: leased first in, first out
    sa.Column("reward_id", sa.String(80), nullable=False),
    sa.Column("code", sa.String(80), nullable=False),
    sa.Column("leased_to", sa.String(16)),
    sa.Column("leased_at", sa.DateTime(timezone=True)),
    sa.Column("sale_id", sa.String(36)),
    sa.Column("handed_out_at", sa.DateTime(timezone=True)),
    sa.UniqueConstraint("reward_id", "code", name="uq_partner_codes_reward_id_code"),
    sa.Index("ix_partner_codes_reward_id_leased_to", "reward_id", "leased_to"),
)
