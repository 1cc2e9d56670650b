"""Creating and upgrading the schema with Alembic, configured from code.

No alembic.ini at run time: the script directory is found next to this module,
so an installed (non-editable) package migrates the same way as a checkout.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection

from loyalty_pos.domain.chain import Head
from loyalty_pos.store.backup import backup
from loyalty_pos.store.chain_head_file import write_head
from loyalty_pos.store.chain_links import head as chain_head
from loyalty_pos.store.engine import (
    BEGIN_OPTION,
    SQLITE_HEADER,
    create_sqlite_engine,
    inspect_file,
    read_header,
    schema_facts,
)
from loyalty_pos.store.revisions import HEAD

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


# Alembic is imported only when a migration runs: opening a file already at head (every
# start of the till) then costs no import time for it.


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_revisions() -> list[str]:
    """Every revision in the script directory, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _is_blank(path: Path) -> bool:
    """A file SQLite would treat as an empty database: zero bytes, or no tables at all."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    if read_header(path) != SQLITE_HEADER:
        return False
    tables, _revision = schema_facts(path)
    return not tables


def migrate(db_path: Path, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction, with no checks or backup."""
    from alembic import command

    # Foreign keys off while migrating: batch mode rebuilds tables by copying them,
    # which SQLite's documented procedure does with enforcement off; checked after.
    engine = create_sqlite_engine(Path(db_path), foreign_keys=False)
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
            command.upgrade(alembic_config(connection), revision)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration to {revision} broke foreign keys: {broken[:5]}")
            chained = _chain_head(connection)
        if chained is not None:  # the migration (re)chained the records: the outside copy follows
            write_head(Path(db_path), [chained])
    finally:
        engine.dispose()


def _chain_head(connection: Connection) -> Head | None:
    has_chain = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chain'").fetchone()
    return chain_head(connection) if has_chain else None


def upgrade(
    db_path: Path, backup_dir: Path, *, guard: Callable[[], AbstractContextManager[object]] = nullcontext
) -> str | None:
    """Create the database at head, or bring an older one to head after a backup.

    Returns the backup's path when one was taken (the file existed and was behind
    head), else None. A file that is not ours, is damaged, or was written by a newer
    version is refused with a :class:`~loyalty_pos.store.errors.StoreError` and left untouched.
    ``guard()`` is held while the file is created or migrated, never when it is
    already at head: the caller's lock keeps a running till from being migrated under.
    """
    path = Path(db_path)
    if _is_blank(path):
        with guard():
            path.parent.mkdir(parents=True, exist_ok=True)
            migrate(path)
        return None
    revision = inspect_file(path)
    if revision == HEAD:
        return None
    with guard():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        taken = backup(path, Path(backup_dir) / f"{path.stem}-{revision}-before-{HEAD}-{stamp}.sqlite")
        migrate(path)
    return str(taken)


def current_revision(db_path: Path) -> str | None:
    """The file's schema revision; None for a missing or blank file. Refuses files not ours."""
    path = Path(db_path)
    if _is_blank(path):
        return None
    return inspect_file(path)
