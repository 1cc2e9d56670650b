"""Outbox rows become sync events: each gets an ``event_id`` and a hybrid-logical-clock
stamp (docs/SYNC_PROTOCOL.md); pulled member edits keep their stamps per field.

Revision ID: 0016
Revises: 0014 (0015 is another branch's; the integrator re-chains)
Create Date: 2026-12-06

Rows already queued are given their ids and stamps here, deterministically: the id is a
UUIDv5 of the shop's id and the row's number (the shop id is random per database since
0013, so two tills' old rows never share an id, and running the upgrade twice on copies
of one file gives the same ids); the stamps follow the rows' order and times, never going
backwards, on the node ``local`` (the till had no terminal id from a chain then). The last
stamp becomes ``sync_state.hlc_last``, where the till's clock continues.

``sync_member_fields`` holds, per member and field, the stamp of the pulled edit that
wrote the value, so a later edit with a lower stamp (from a till that was offline) loses.
``sync_parked`` keeps pulled events about a member this till has not heard of yet (their
enrolment comes in a later page, or was pushed later by a till that retried), by the
server's ``seq``, until the member arrives.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None

_NAMESPACE = uuid.UUID("6f1c9a52-4a43-4d59-9a55-8d3b1c2f7e10")  # outbox rows backfilled by 0016
_BATCH = 5_000


def _stamp(wall_ms: int, counter: int) -> str:
    return f"{wall_ms:016d}-{counter:04d}-local"


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("event_id", sa.String(36), nullable=True))
        batch.add_column(sa.Column("hlc", sa.String(64), nullable=True))
    connection = op.get_bind()
    _backfill(connection)
    with op.batch_alter_table("outbox") as batch:
        batch.alter_column("event_id", existing_type=sa.String(36), nullable=False)
        batch.alter_column("hlc", existing_type=sa.String(64), nullable=False)
    op.create_index("uq_outbox_event_id", "outbox", ["event_id"], unique=True)
    op.create_index("ix_outbox_key", "outbox", ["key"])
    op.create_table(
        "sync_member_fields",
        sa.Column("member_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("member_id", "field", name="pk_sync_member_fields"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "sync_parked",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(36), nullable=False),
        sa.Column("event", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_sync_parked"),
    )
    op.create_index("ix_sync_parked_member_id", "sync_parked", ["member_id"])


def _backfill(connection: sa.Connection) -> None:
    row = connection.exec_driver_sql("SELECT value FROM settings WHERE key = 'shop_id'").first()
    shop_id = row[0] if row else "no-shop-id"
    wall, counter, last = -1, 0, None
    after = 0
    while True:
        rows = connection.exec_driver_sql(
            "SELECT id, at FROM outbox WHERE id > ? ORDER BY id LIMIT ?", (after, _BATCH)).all()
        updates = []
        for row_id, at in rows:
            at_ms = int(at) // 1000 if at is not None else 0  # stored as UTC microseconds
            if at_ms > wall:
                wall, counter = at_ms, 0
            else:
                counter += 1
                if counter >= 10_000:
                    wall, counter = wall + 1, 0
            last = _stamp(wall, counter)
            updates.append((str(uuid.uuid5(_NAMESPACE, f"{shop_id}:{row_id}")), last, row_id))
        if updates:
            connection.exec_driver_sql("UPDATE outbox SET event_id = ?, hlc = ? WHERE id = ?", updates)
        if len(rows) < _BATCH:
            break
        after = rows[-1][0]
    if last is not None:
        connection.exec_driver_sql(
            "INSERT INTO sync_state (name, value, updated_at) VALUES ('hlc_last', ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (last, int(datetime.now(UTC).timestamp() * 1_000_000)))


def downgrade() -> None:
    op.drop_index("ix_sync_parked_member_id", table_name="sync_parked")
    op.drop_table("sync_parked")
    op.drop_table("sync_member_fields")
    op.drop_index("ix_outbox_key", table_name="outbox")
    op.drop_index("uq_outbox_event_id", table_name="outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("hlc")
        batch.drop_column("event_id")
