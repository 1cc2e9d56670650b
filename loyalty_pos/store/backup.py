"""Consistent copies of the database file and SQLite's own integrity check."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from loyalty_pos.durability import SQLITE_SIDE_SUFFIXES, fsync_directory, fsync_file
from loyalty_pos.store.chain_head_file import head_path, write_head
from loyalty_pos.store.chain_links import RawConnection
from loyalty_pos.store.chain_links import head as chain_head
from loyalty_pos.store.engine import (
    DEFAULT_BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    read_header,
    translate_error,
)
from loyalty_pos.store.errors import NotOurDatabase, StoreError


def backup(db_path: Path, dest: Path) -> Path:
    """Copy ``db_path`` to ``dest`` with SQLite's online backup API.

    Safe while another connection writes: the copy is one consistent snapshot
    (one backup step, under a read transaction, so a concurrent commit cannot
    make it restart forever). A new ``dest`` is written beside it and renamed
    into place, so a crash never leaves half a backup under the real name; an
    existing ``dest`` is overwritten through SQLite itself, which also deals with
    its -wal file (renaming over a live database would pair it with a stale WAL).
    """
    source_path, dest = Path(db_path), Path(dest)
    if not source_path.is_file() or read_header(source_path) != SQLITE_HEADER:
        raise NotOurDatabase(path=str(source_path), template="{path} is not a loyalty-pos database (it is not a SQLite database); choose the right file or another data directory.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists() and dest.stat().st_size and read_header(dest) == SQLITE_HEADER:
        _copy(source_path, dest, standalone=False)
        _write_copy_head(dest)
        return dest
    partial = dest.with_name(f".{dest.name}.partial")
    for path in (partial, *(Path(f"{partial}{s}") for s in SQLITE_SIDE_SUFFIXES)):
        path.unlink(missing_ok=True)
    _copy(source_path, partial, standalone=True)
    fsync_file(partial)
    for suffix in SQLITE_SIDE_SUFFIXES:  # leftovers of an older file under this name would corrupt the new one
        Path(f"{dest}{suffix}").unlink(missing_ok=True)
    os.replace(partial, dest)
    fsync_directory(dest.parent)
    _write_copy_head(dest)
    return dest


def _write_copy_head(dest: Path) -> None:
    """The copy's chain head beside it: the backup is one more place the head is kept,
    and a restored file arrives with the head file that matches it."""
    connection = sqlite3.connect(dest, timeout=DEFAULT_BUSY_TIMEOUT_MS / 1000)
    try:
        if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chain'").fetchone():
            write_head(dest, [chain_head(RawConnection(connection))])
        else:
            head_path(dest).unlink(missing_ok=True)  # a file from before the chain: no stale head beside it
    finally:
        connection.close()


def _copy(source_path: Path, dest: Path, *, standalone: bool) -> None:
    timeout = DEFAULT_BUSY_TIMEOUT_MS / 1000
    source = sqlite3.connect(source_path, timeout=timeout)
    try:
        target = sqlite3.connect(dest, timeout=timeout)
        try:
            source.backup(target, pages=-1)
            if standalone:
                # A backup is one self-contained file: reading it later must not need
                # (or leave behind) -wal/-shm files. The till switches to WAL on open.
                target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except sqlite3.DatabaseError as error:
        translated = translate_error(error, source_path)
        raise (translated or StoreError(template="The database refused the operation: backup to {dest} failed: {error}.",
                                        dest=str(dest), error=str(error))) from None
    finally:
        source.close()


def integrity_check(db_path: Path) -> list[str]:
    """SQLite's full ``integrity_check`` plus foreign keys; empty when the file is sound."""
    path = Path(db_path)
    if not path.is_file():
        return [f"{path} does not exist"]
    if read_header(path) != SQLITE_HEADER:
        return [f"{path} is not a SQLite database"]
    try:
        connection = sqlite3.connect(path, timeout=DEFAULT_BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        return [f"cannot open: {error}"]
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if problems == ["ok"]:
            problems = []
        problems += [
            f"{table} row {rowid} refers to a missing {parent} row"
            for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check")
        ]
        return problems
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()
