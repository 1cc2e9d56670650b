"""Head office's publication on the server: kept per version, the newest served.

Publishing takes the ingest lock so two head-office tills publishing at once get
consecutive versions, not one overwriting the other's number. The same content again
keeps its version: a till that lost the answer and retries adds nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from loyalty_pos.sync.server import tables as t
from loyalty_pos.sync.server.database import is_sqlite
from loyalty_pos.sync.server.ingest import INGEST_LOCK
from loyalty_pos.sync.server.terminals import Terminal


@dataclass(frozen=True, slots=True)
class Published:
    version: int
    published_at: datetime
    document: dict[str, Any]


def content_hash(document: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def publish(engine: sa.engine.Engine, terminal: Terminal, document: dict[str, Any], now: datetime) -> int:
    digest = content_hash(document)
    with engine.begin() as connection:
        if not is_sqlite(engine):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({INGEST_LOCK})")
        newest = connection.execute(sa.select(t.publications.c.version, t.publications.c.content_hash)
                                    .order_by(t.publications.c.version.desc()).limit(1)).first()
        if newest is not None and newest.content_hash == digest:
            return int(newest.version)
        version = 1 if newest is None else int(newest.version) + 1
        connection.execute(t.publications.insert().values(version=version, document=document, content_hash=digest,
                                                          terminal_id=terminal.terminal_id, published_at=now))
    return version


def latest(connection: sa.engine.Connection) -> Published | None:
    row = connection.execute(sa.select(t.publications).order_by(t.publications.c.version.desc()).limit(1)).first()
    return None if row is None else Published(int(row.version), row.published_at, row.document)
