"""The server schema's revisions: create, upgrade once under a lock, back up first.

Several API workers may start at once on one PostgreSQL: the upgrade runs under an
advisory lock, and a worker that finds the schema at head does nothing, so the
migration runs once however many start (``serve migrate`` before starting them is
the intended way). On SQLite the transaction's ``BEGIN IMMEDIATE`` is the lock.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import sqlalchemy as sa
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic import command

from loyalty_pos.sync.server.database import is_sqlite
from loyalty_pos.sync.server.errors import AdminRefused
from loyalty_pos.sync.server.migrations.env_names import VERSION_TABLE

# Any constant both sides agree on: every worker asks for the same lock.
MIGRATION_LOCK = 0x4C505353  # "LPSS"


def _alembic_config(connection: sa.engine.Connection | None = None) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(resources.files("loyalty_pos.sync.server") / "migrations"))
    config.attributes["connection"] = connection
    return config


HEAD: str = ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def current_revision(connection: sa.engine.Connection) -> str | None:
    return MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE}).get_current_revision()


def migrate(engine: sa.engine.Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Bring the schema to ``revision`` under the lock; (revision before, revision after)."""
    with engine.connect() as connection:
        if not is_sqlite(engine):
            connection.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK})")
            connection.commit()
        try:
            with connection.begin():
                before = current_revision(connection)
                command.upgrade(_alembic_config(connection), revision)
                after = current_revision(connection)
        finally:
            if not is_sqlite(engine):
                connection.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")
                connection.commit()
    return before, after


@dataclass(frozen=True, slots=True)
class StartUpgrade:
    before: str | None
    after: str | None
    backup: Path | None


def upgrade_on_start(engine: sa.engine.Engine, backup_dir: Path, *, no_backup: bool = False) -> StartUpgrade:
    """``serve``: a blank database is created; one behind head is backed up, then upgraded."""
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision == HEAD:
        return StartUpgrade(revision, revision, None)
    taken = None
    if revision is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = Path(backup_dir) / f"sync-server-{revision}-before-{HEAD}-{stamp}"
        taken = None if no_backup else _backup(engine, target)
    before, after = migrate(engine)
    return StartUpgrade(before, after, taken)


def _backup(engine: sa.engine.Engine, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    if is_sqlite(engine):
        path = target.with_suffix(".sqlite")
        # sqlite3's online backup: a consistent copy even with WAL pages not yet checkpointed.
        source = sqlite3.connect(str(engine.url.database))
        try:
            copy = sqlite3.connect(str(path))
            with copy:
                source.backup(copy)
            copy.close()
        finally:
            source.close()
        return path
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise AdminRefused("the database needs an upgrade and pg_dump is not on PATH to back it up first: "
                           "install the PostgreSQL client tools, or back it up yourself and start with --no-backup")
    path = target.with_suffix(".pgdump")
    url = engine.url.set(drivername="postgresql")
    done = subprocess.run([pg_dump, "--format=custom", "--file", str(path),
                           "--dbname", url.render_as_string(hide_password=False)],
                          capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise AdminRefused(f"pg_dump could not back the database up before the upgrade ({done.stderr.strip()}); "
                           "fix that, or back it up yourself and start with --no-backup")
    return path
