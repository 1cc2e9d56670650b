"""WAL checkpoints off the sale path.

SQLite's automatic checkpoint runs inside whichever commit crosses the threshold,
so one customer's sale would pay for copying thousands of pages into the main
file. The till instead asks for a PASSIVE checkpoint in the background every
little while: it never blocks a writer, and the WAL stays small.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine


@dataclass(frozen=True, slots=True)
class CheckpointResult:
    busy: bool  # another connection held what a full copy needed; the rest waits for next time
    wal_pages: int
    copied_pages: int


def checkpoint(engine: Engine, *, mode: str = "PASSIVE") -> CheckpointResult:
    if mode not in ("PASSIVE", "FULL", "RESTART", "TRUNCATE"):
        raise ValueError(f"unknown checkpoint mode {mode!r}")
    with engine.connect() as connection:
        busy, wal_pages, copied = connection.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})").one()
    return CheckpointResult(bool(busy), int(wal_pages), int(copied))
