"""Making a start or a scan "cold": the whole OS file cache dropped where the machine
lets us (root on Linux), and separately only the shop database's pages evicted."""

from __future__ import annotations

import os
from pathlib import Path

from loyalty_pos.durability import SQLITE_SIDE_SUFFIXES

DROP_CACHES = Path("/proc/sys/vm/drop_caches")
COLD = "cold"  # the whole page cache dropped: the till's code, Qt and Python too
DB_EVICTED = "dbevicted"  # only the database's own pages: libraries stay warm


def can_drop_all() -> bool:
    return DROP_CACHES.exists() and os.access(DROP_CACHES, os.W_OK)


def drop_all() -> None:
    os.sync()  # dirty pages cannot be dropped; written first, they can
    DROP_CACHES.write_text("3\n")


def evict_database(db_path: Path) -> None:
    for path in (db_path, *(db_path.with_name(db_path.name + suffix) for suffix in SQLITE_SIDE_SUFFIXES)):
        if not path.exists():
            continue
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)  # dirty pages stay cached whatever we advise
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def make_cold(method: str, db_path: Path) -> None:
    if method == COLD:
        drop_all()
    elif method == DB_EVICTED:
        evict_database(db_path)
    else:
        raise ValueError(method)


def methods() -> tuple[str, ...]:
    """Both where the whole cache can be dropped; else only the database's eviction."""
    return (COLD, DB_EVICTED) if can_drop_all() else (DB_EVICTED,)
