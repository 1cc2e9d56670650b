"""The shop's database opened for use: the engine behind every unit of work.

Whoever opens the shop (the composition root, the integrity check) holds one of
these and hands out ``uow`` as the services' unit-of-work factory; nobody above
the store sees the engine.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from sqlalchemy.engine import Engine

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.store.checkpoint import checkpoint
from loyalty_pos.store.engine import open_engine
from loyalty_pos.store.head_file_keeper import HeadFileKeeper
from loyalty_pos.store.schema import upgrade
from loyalty_pos.store.unit_of_work import SqlUnitOfWork


class ShopDatabase:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        database = engine.url.database
        self._head_file = HeadFileKeeper(Path(database) if database else None)

    @classmethod
    def open(cls, db_path: Path) -> ShopDatabase:
        """As the file is: no migration (the integrity check reads old files as they are)."""
        return cls(open_engine(db_path))

    @property
    def engine(self) -> Engine:
        """For instruments only (the benchmarks listen to its statements), never for queries."""
        return self._engine

    def uow(self, *, readonly: bool = False) -> UnitOfWork:
        return SqlUnitOfWork(self._engine, readonly=readonly, head_file=self._head_file)

    def defer_head_file(self) -> None:
        """The chain head file is written by ``checkpoint`` and ``close`` instead of by each
        commit (store/head_file_keeper.py): for the till, whose checkpointer runs in the background."""
        self._head_file.defer()

    def checkpoint(self) -> None:
        """Copy the WAL into the database file without blocking sales (see checkpoint.py),
        and write a chain head file that was deferred."""
        try:
            checkpoint(self._engine)
        finally:
            self._head_file.flush()

    def close(self) -> None:
        self._head_file.flush()
        try:
            checkpoint(self._engine, mode="TRUNCATE")  # leave a compact file behind
        except LoyaltyError:
            pass  # another till still has it open; its own close will do it
        self._engine.dispose()

    def dispose(self) -> None:
        """Close without the final checkpoint: for a file only read, or a copy about to be dropped."""
        self._head_file.flush()
        self._engine.dispose()


def open_shop_database(
    db_path: Path, backup_dir: Path, *, guard: Callable[[], AbstractContextManager[object]] = nullcontext
) -> ShopDatabase:
    """Creates the database, or upgrades it to the newest schema after a backup, then opens it.
    ``guard`` is held while the schema changes (the data directory's lock)."""
    upgrade(db_path, backup_dir, guard=guard)
    return ShopDatabase.open(db_path)
