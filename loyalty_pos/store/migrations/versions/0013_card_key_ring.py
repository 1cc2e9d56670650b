"""The shop records its card key's fingerprint, so a missing or swapped key file is noticed;
and gets an id, so a restore can tell another shop's backup.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

Until now the key file beside the database was the only record of the shop's card
key: a missing file was silently replaced by a new key, and every printed card's QR
code then read as forged. From now on the ``card_key_ring`` setting holds the
fingerprints of the shop's keys (oldest first) and the till refuses a key file that
is not that ring. This records the key file present now (``card-signing.key`` beside
the database). With no key file there is nothing to record: ``check`` then reports
it and ``loyalty-pos cards key import FILE`` records the right one.

Every database also gets a random ``shop_id`` setting (a new one at creation): a
backup carries it, and ``restore`` refuses a backup whose id is not this shop's
unless told.

The fingerprint is computed here as ``cards.key_ring.key_fingerprint`` computes it
today, so this script keeps working whatever that module becomes.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

KEY_FILE = "card-signing.key"
KEY_BYTES = 32
_FINGERPRINT_CONTEXT = b"loyalty-pos card key fingerprint v1:"


def _fingerprint(key: bytes) -> str:
    digest = hashlib.sha256(_FINGERPRINT_CONTEXT + key).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}"


def _key_file(connection: sa.Connection) -> Path | None:
    for _seq, name, file in connection.exec_driver_sql("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file).with_name(KEY_FILE)
    return None  # an in-memory database has no folder, so no key beside it


def upgrade() -> None:
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT 1 FROM settings WHERE key = 'shop_id'")).first() is None:
        connection.execute(sa.text("INSERT INTO settings (key, value) VALUES ('shop_id', :id)"),
                           {"id": str(uuid.uuid4())})
    _record_key(connection)


def _record_key(connection: sa.Connection) -> None:
    if connection.execute(sa.text("SELECT 1 FROM settings WHERE key = 'card_key_ring'")).first() is not None:
        return
    path = _key_file(connection)
    try:
        data = path.read_bytes() if path is not None else b""
    except OSError:
        data = b""
    if not data or len(data) % KEY_BYTES:
        return  # missing or damaged: recording it would bless it; check reports the shop as having no key
    keys = [data[start:start + KEY_BYTES] for start in range(0, len(data), KEY_BYTES)]
    connection.execute(sa.text("INSERT INTO settings (key, value) VALUES ('card_key_ring', :ring)"),
                       {"ring": ",".join(_fingerprint(key) for key in keys)})


def downgrade() -> None:
    op.execute("DELETE FROM settings WHERE key IN ('card_key_ring', 'shop_id')")
