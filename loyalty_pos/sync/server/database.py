"""The server's engine: PostgreSQL for a chain, or an embedded SQLite file to try it out.

On SQLite every transaction begins ``IMMEDIATE``: writers queue for the file's one
write lock up front instead of failing half-way with "database is locked", and that
one lock is also what keeps ``seq`` in commit order (see ingest.py).
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event

SQLITE_NAME = "sync-server.sqlite"


def default_url(data_dir: Path) -> str:
    return f"sqlite:///{Path(data_dir) / SQLITE_NAME}"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("loyalty-pos")) / "sync-server"


def is_sqlite(engine: sa.engine.Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, *, pool_size: int = 8) -> sa.engine.Engine:
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        _immediate_transactions(engine)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise ValueError("the server runs on PostgreSQL (postgresql+psycopg://...) or SQLite")
    return sa.create_engine(url, pool_size=pool_size, max_overflow=4, pool_pre_ping=True)


def _immediate_transactions(engine: sa.engine.Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, record):  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # we say BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN IMMEDIATE")
