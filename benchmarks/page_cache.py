"""Making a start or a scan "cold" for the GUI figures: the whole OS file cache dropped
where the machine lets us (root on Linux), and separately only the shop database's pages
evicted. The work is ``cache``'s (the store group's cold figures use it too); this names
the two ways as the GUI figures' suffixes and says which one a figure had."""

from __future__ import annotations

from pathlib import Path

from loyalty_pos.bench import cache

COLD = "cold"  # the whole page cache dropped: the till's code, Qt and Python too
DB_EVICTED = "dbevicted"  # only the database's own pages: libraries stay warm


def can_drop_all() -> bool:
    return cache.can_drop_os_cache() is None


def make_cold(method: str, db_path: Path) -> str:
    """Makes the cache cold by ``method``; returns how, for the figure's ``cache_method``."""
    if method == COLD:
        return cache.drop_os_cache()
    if method == DB_EVICTED:
        return cache.evict_database(db_path)
    raise ValueError(method)


def methods() -> tuple[str, ...]:
    """Both where the whole cache can be dropped; else only the database's eviction."""
    return (COLD, DB_EVICTED) if can_drop_all() else (DB_EVICTED,)
