"""Making the file cache cold, two ways, and saying which was used.

"cold": the whole OS page cache dropped (``/proc/sys/vm/drop_caches``), as after a
reboot: the database, Python and its libraries all come from disk again. Needs root
and a writable /proc/sys, which a container often does not give.
"dbevicted": only the database's own files' pages dropped (``posix_fadvise`` with
``POSIX_FADV_DONTNEED``), after every connection to them is closed so that neither
SQLite's page cache nor a memory map keeps them: works as any user, but the program
and its libraries stay warm.
"""

from __future__ import annotations

import os
from pathlib import Path

from loyalty_pos.durability import SQLITE_SIDE_SUFFIXES

DROP_CACHES = Path("/proc/sys/vm/drop_caches")
DROP_METHOD = "drop_caches=3 after sync"
EVICT_METHOD = "posix_fadvise(POSIX_FADV_DONTNEED) on the database files after closing connections"


def can_drop_os_cache() -> str | None:
    """None when the whole OS cache can be dropped here; otherwise why not."""
    if not DROP_CACHES.exists():
        return f"{DROP_CACHES} does not exist (not Linux?)"
    if not os.access(DROP_CACHES, os.W_OK):
        return f"{DROP_CACHES} is not writable by this user (needs root, and /proc/sys writable)"
    return None


def drop_os_cache() -> str:
    """Every clean page the OS caches, gone; dirty ones are written first (a page being
    written cannot be dropped). Returns the method, for the figure."""
    os.sync()
    with DROP_CACHES.open("w") as control:
        control.write("3\n")
    return DROP_METHOD


def database_files(db_path: Path) -> list[Path]:
    return [path for path in (db_path, *(Path(f"{db_path}{suffix}") for suffix in SQLITE_SIDE_SUFFIXES))
            if path.exists()]


def evict_database(db_path: Path) -> str:
    """The database files' pages out of the OS cache. The caller has closed its
    connections (an open one keeps its own page cache and WAL index warm)."""
    if not hasattr(os, "posix_fadvise"):
        raise OSError("posix_fadvise is not available on this platform")
    for path in database_files(db_path):
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fdatasync(descriptor)  # dirty pages cannot be dropped: write them first
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(descriptor)
    return EVICT_METHOD
