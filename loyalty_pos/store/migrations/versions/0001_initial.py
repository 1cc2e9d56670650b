"""Initial schema: members, cards, the points ledger and its projection, sales,
catalog, program versions, staff, the hash-chained audit log, outbox, settings.

Revision ID: 0001
Revises:
Create Date: 2024-05-01

Column types are spelled as stored (times are BIGINT microseconds since the
epoch, UTC; JSON is TEXT) so this file never changes when the app's types do.
Natural keys of the big tables are unique indexes, not constraints: see
loyalty_pos/store/tables.py for why.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TIME = sa.BigInteger  # UtcDateTime in loyalty_pos.store.types


def upgrade() -> None:
    op.create_table(
        "members",
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("consent_marketing", sa.Boolean(), nullable=False),
        sa.Column("consent_data_processing", sa.Boolean(), nullable=False),
        sa.Column("tier_code", sa.String(length=40), nullable=False),
        sa.Column("tier_reviewed_at", _TIME(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("enrolled_at", _TIME(), nullable=False),
        sa.Column("updated_at", _TIME(), nullable=False),
        sa.PrimaryKeyConstraint("row_id", name="pk_members"),
    )
    op.create_index("uq_members_id", "members", ["id"], unique=True)
    op.create_index("ix_members_phone", "members", ["phone"])
    op.create_index("ix_members_email", "members", ["email"])

    op.create_table(
        "cards",
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("issued_at", _TIME(), nullable=False),
        sa.Column("printed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name="fk_cards_member_id_members"),
    )
    op.create_index("uq_cards_number", "cards", ["number"], unique=True)
    op.create_index("ix_cards_member_id", "cards", ["member_id"])
    op.create_index("ix_cards_unprinted", "cards", ["issued_at", "number"], sqlite_where=sa.text("printed = 0"))

    op.create_table(
        "ledger",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("points", sa.BigInteger(), nullable=False),
        sa.Column("at", _TIME(), nullable=False),
        sa.Column("terminal_id", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("sale_ref", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("reward_id", sa.String(length=80), nullable=True),
        sa.Column("expires_at", _TIME(), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name="fk_ledger_member_id_members"),
        sa.PrimaryKeyConstraint("seq", name="pk_ledger"),
    )
    op.create_index("uq_ledger_id", "ledger", ["id"], unique=True)
    op.create_index("ix_ledger_member_id_at", "ledger", ["member_id", "at"])
    op.create_index("ix_ledger_at", "ledger", ["at"])
    op.create_index("ix_ledger_sale_ref", "ledger", ["sale_ref"])

    op.create_table(
        "balances",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("balance", sa.BigInteger(), nullable=False),
        sa.Column("next_expiry_at", _TIME(), nullable=True),
        sa.Column("last_activity_at", _TIME(), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name="fk_balances_member_id_members"),
    )
    op.create_index("uq_balances_member_id", "balances", ["member_id"], unique=True)
    op.create_index("ix_balances_next_expiry_at", "balances", ["next_expiry_at"])
    op.create_index("ix_balances_last_activity_at", "balances", ["last_activity_at"])

    op.create_table(
        "lots",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("opened_at", _TIME(), nullable=False),
        sa.Column("expires_at", _TIME(), nullable=True),
        sa.Column("remaining", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name="fk_lots_member_id_members"),
    )
    op.create_index("uq_lots_entry_id", "lots", ["entry_id"], unique=True)
    op.create_index("ix_lots_member_id", "lots", ["member_id"])
    op.create_index("ix_lots_expires_at", "lots", ["expires_at"])

    op.create_table(
        "sales",
        sa.Column("sale_id", sa.String(length=36), nullable=False),
        sa.Column("receipt_no", sa.String(length=40), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=True),
        sa.Column("terminal_id", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("at", _TIME(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total_minor", sa.BigInteger(), nullable=False),
        sa.Column("tender", sa.String(length=20), nullable=False),
        sa.Column("points_earned", sa.BigInteger(), nullable=False),
        sa.Column("points_redeemed", sa.BigInteger(), nullable=False),
        sa.Column("receipt", sa.Text(), nullable=False),
        sa.Column("returned_of", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name="fk_sales_member_id_members"),
        sa.ForeignKeyConstraint(["returned_of"], ["sales.sale_id"], name="fk_sales_returned_of_sales"),
        sa.PrimaryKeyConstraint("sale_id", name="pk_sales"),
        sa.UniqueConstraint("receipt_no", name="uq_sales_receipt_no"),
    )
    op.create_index("ix_sales_member_id_at", "sales", ["member_id", "at"])
    op.create_index("ix_sales_returned_of", "sales", ["returned_of"])

    op.create_table(
        "sale_lines",
        sa.Column("sale_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("product_code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=80), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("tax_rate_bp", sa.Integer(), nullable=False),
        sa.Column("gross_minor", sa.BigInteger(), nullable=False),
        sa.Column("discount_minor", sa.BigInteger(), nullable=False),
        sa.Column("points_paid_minor", sa.BigInteger(), nullable=False),
        sa.Column("points_earned", sa.BigInteger(), nullable=False),
        sa.Column("points_spent", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.sale_id"], name="fk_sale_lines_sale_id_sales"),
        sa.PrimaryKeyConstraint("sale_id", "line_no", name="pk_sale_lines"),
    )

    op.create_table(
        "receipt_counters",
        sa.Column("terminal_id", sa.String(length=40), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("terminal_id", name="pk_receipt_counters"),
    )

    op.create_table(
        "categories",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_categories"),
    )
    op.create_table(
        "products",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=80), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("tax_rate_bp", sa.Integer(), nullable=False),
        sa.Column("barcode", sa.String(length=64), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_products"),
        sa.UniqueConstraint("barcode", name="uq_products_barcode"),
    )
    op.create_index("ix_products_name", "products", ["name"])

    op.create_table(
        "program_versions",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("saved_by", sa.String(length=80), nullable=False),
        sa.Column("saved_at", _TIME(), nullable=False),
        sa.Column("published_by", sa.String(length=80), nullable=True),
        sa.Column("published_at", _TIME(), nullable=True),
        sa.PrimaryKeyConstraint("version", name="pk_program_versions"),
    )
    op.create_index("ix_program_versions_one_draft", "program_versions", ["status"], unique=True,
                    sqlite_where=sa.text("status = 'draft'"))
    op.create_index("ix_program_versions_one_published", "program_versions", ["status"], unique=True,
                    sqlite_where=sa.text("status = 'published'"))

    op.create_table(
        "reward_stock",
        sa.Column("reward_id", sa.String(length=80), nullable=False),
        sa.Column("remaining", sa.BigInteger(), nullable=False),
        sa.Column("configured", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("reward_id", name="pk_reward_stock"),
    )

    op.create_table(
        "staff",
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", _TIME(), nullable=True),
        sa.PrimaryKeyConstraint("username", name="pk_staff"),
    )

    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", _TIME(), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=80), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_log"),
    )

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=80), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("at", _TIME(), nullable=False),
        sa.Column("sent_at", _TIME(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
    )
    op.create_index("ix_outbox_pending", "outbox", ["id"], sqlite_where=sa.text("sent_at IS NULL"))

    op.create_table(
        "sync_state",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", _TIME(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_sync_state"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )


def downgrade() -> None:
    for table in (
        "settings", "sync_state", "outbox", "audit_log", "staff", "reward_stock", "program_versions",
        "products", "categories", "receipt_counters", "sale_lines", "sales", "lots", "balances",
        "ledger", "cards", "members",
    ):
        op.drop_table(table)
