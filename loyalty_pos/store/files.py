"""The shop's files on disk: a folder the till can write to, a database that exists.

Checked before anything is opened, so a command that only reads (print cards,
back up, check) refuses a wrong ``--data-dir`` instead of creating an empty shop
(and a new card key) there.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from loyalty_pos.domain.errors import LoyaltyError


class DataDirUnusable(LoyaltyError):
    code = "data_dir_unusable"
    template = "Cannot use data directory {path}: {reason}."


class NoDatabase(LoyaltyError):
    code = "no_database"
    template = "There is no shop database at {path}{hint} (run 'loyalty-pos demo' or start the till first)."


class EmptyDatabase(LoyaltyError):
    code = "empty_database"
    template = ("The shop database {path} is empty (0 bytes); it is left as it is, never set up over. "
                "Restore a backup with 'loyalty-pos restore BACKUP', or move the file away to set up a new shop.")


def refuse_empty_database(path: Path) -> None:
    """SQLite reads a zero-byte file as a blank database, and the schema would be created in
    it: a shop whose file was truncated would silently start again empty."""
    if path.is_file() and path.stat().st_size == 0:
        raise EmptyDatabase(path=str(path))


def ensure_writable_dir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as error:
        raise DataDirUnusable(path=str(path), reason=error.strerror or str(error)) from None
    if not os.access(path, os.W_OK):
        raise DataDirUnusable(path=str(path), template="Cannot use data directory {path}: it is not writable.")


def existing_database(path: Path, *, hint: str = "") -> Path:
    """``hint``: where a shop might be instead ("; did you mean ...?")."""
    if not path.is_file():
        raise NoDatabase(path=str(path), hint=hint)
    return path
