"""Every append-only record joins one hash chain; audit entries and stored receipts lose
the personal data they held.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06

Until now only the audit log was chained (entry to entry), and ledger entries, sales
and program versions could be edited with an SQLite editor unseen. ``chain`` holds one
link per record (domain/chain.py). In this order:

1. Personal data out of the audit log: earlier releases wrote a member's name, phone,
   e-mail and birthday into ``member_enrolled`` and ``member_updated`` entries. They
   are removed (the entry says which fields were removed, not their values), so
   erasing a member never has to touch a chained record. The audit log's own hashes
   are recomputed from the first changed entry on.
2. Stored receipts keep the member id only (on the sale row): the first name printed
   on them is taken out; a reprint reads it from the member while there is one.
3. A ``chain_started`` audit entry keeps the audit log's head as it was before step 1.
4. Every record is chained once: published program versions, the audit log, the
   ledger and the sales, each in key order.

Old sales keep every column a return or a reprint reads.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from loyalty_pos.domain.events import (
    PERSONAL_FIELDS,
    SCHEMA_VERSION_FIELD,
    ChainStarted,
)
from loyalty_pos.domain.chain import RecordKind
from loyalty_pos.store.chain_links import chain_backlog
from loyalty_pos.store.repositories.audit import GENESIS, chain_hash
from loyalty_pos.store.types import canonical_json, from_micros, to_micros

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_MEMBER_ACTIONS = ("member_enrolled", "member_updated")


def upgrade() -> None:
    op.create_table(
        "chain",
        sa.Column("origin", sa.String(40), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("ref", sa.String(64), nullable=False),
        sa.Column("hash", sa.LargeBinary(32), nullable=False),
        sa.PrimaryKeyConstraint("origin", "n", name="pk_chain"),
        sqlite_with_rowid=False,
    )
    op.create_index("uq_chain_kind_ref", "chain", ["kind", "ref"], unique=True)
    connection = op.get_bind()
    previous = connection.exec_driver_sql("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").first()
    rewritten = _redact_audit(connection)
    connection.exec_driver_sql(
        "UPDATE sales SET receipt = json_set(receipt, '$.member_name', json('null')) "
        "WHERE json_valid(receipt) AND json_type(receipt, '$.member_name') = 'text'"
    )
    if previous is not None or _has_records(connection):  # a new, empty store has no history to mark
        _append_started(connection, ChainStarted(previous[0] if previous else 0,
                                                 previous[1] if previous else GENESIS, rewritten))
    chain_backlog(connection, kinds=(RecordKind.PROGRAM, RecordKind.AUDIT, RecordKind.LEDGER, RecordKind.SALE))


def _has_records(connection: sa.Connection) -> bool:
    return any(connection.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first() is not None
               for table in ("ledger", "sales", "program_versions"))


def _redact_audit(connection: sa.Connection) -> int:
    """Personal fields out of the old member entries, then the audit chain re-hashed from
    the first entry changed. Returns how many entries lost personal data."""
    marks = ", ".join("?" * len(_MEMBER_ACTIONS))
    changed: dict[int, str] = {}
    for seq, details in connection.exec_driver_sql(
            f"SELECT seq, details FROM audit_log WHERE action IN ({marks})", _MEMBER_ACTIONS):
        try:
            parsed = json.loads(details)
        except (TypeError, ValueError):
            continue  # an edited entry stays as found: check names it
        if not isinstance(parsed, dict):
            continue
        removed = sorted(PERSONAL_FIELDS & parsed.keys())
        if removed:
            kept = {name: value for name, value in parsed.items() if name not in PERSONAL_FIELDS}
            changed[seq] = canonical_json({**kept, "redacted": removed})
    if not changed:
        return 0
    first = min(changed)
    row = connection.exec_driver_sql("SELECT hash FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT 1",
                                     (first,)).first()
    prev = row[0] if row else GENESIS
    updates = []
    for seq, at, actor, action, details in connection.exec_driver_sql(
            "SELECT seq, at, actor, action, details FROM audit_log WHERE seq >= ? ORDER BY seq", (first,)).all():
        text = changed.get(seq, details)
        try:
            stored = json.loads(text)
        except (TypeError, ValueError):
            stored = text
        digest = chain_hash(prev, seq, from_micros(at), actor, action, stored)
        updates.append((text, prev, digest, seq))
        prev = digest
    connection.exec_driver_sql("UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?", updates)
    return len(changed)


def _append_started(connection: sa.Connection, event: ChainStarted) -> None:
    """As services.journal.record writes an entry, by the system on no terminal."""
    at = datetime.now(UTC)
    details = {"terminal": "00", "key": event.key, SCHEMA_VERSION_FIELD: event.schema_version,
               **event.audit_details()}
    text = canonical_json(details)
    row = connection.exec_driver_sql("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").first()
    seq, prev = (1, GENESIS) if row is None else (row[0] + 1, row[1])
    digest = chain_hash(prev, seq, at, "system", str(event.type), json.loads(text))
    connection.exec_driver_sql(
        "INSERT INTO audit_log (seq, at, actor, action, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, to_micros(at), "system", str(event.type), text, prev, digest))


def downgrade() -> None:
    """The chain goes; the personal data taken out of the audit log does not come back."""
    op.drop_index("uq_chain_kind_ref", table_name="chain")
    op.drop_table("chain")
