"""Making a rename survive a power cut: the directory entry is flushed too.

The database backup and the card key file both write a new file and rename it
into place; without this the rename can be lost even though the file was synced.
"""

from __future__ import annotations

import os
from pathlib import Path

# What SQLite keeps beside a database file while it is open or after a crash: a file
# moved, replaced or refused as "the shop's database" means these too.
SQLITE_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def fsync_directory(directory: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; NTFS journals the rename
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_file(path: Path) -> None:
    """Flush a finished file's contents to disk.

    Opened for writing (never truncating) because Windows' FlushFileBuffers refuses a
    read-only handle: ``os.fsync`` of a file opened "rb" fails there with "Permission
    denied" (found under Wine: `init` could not take its first backup)."""
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def write_file_atomically(path: Path, data: bytes) -> None:
    """``data`` lands at ``path`` whole or not at all: written beside it, synced, renamed."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    fsync_directory(path.parent)
