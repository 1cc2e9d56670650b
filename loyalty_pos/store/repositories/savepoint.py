"""A savepoint whose rollback never hides why it rolled back.

On a full disk (SQLITE_FULL) or an I/O error SQLite may end the whole transaction
itself. Rolling back to the savepoint then fails with "no such savepoint", and that
error, which nobody can act on, would replace the one that says the disk is full:
the cashier would see a crash instead of "free some space".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from loyalty_pos.store.chain_links import forget_head


@contextmanager
def all_or_nothing(db: Connection) -> Iterator[None]:
    savepoint = db.begin_nested()
    try:
        yield
    except BaseException:
        forget_head(db)  # the links added inside are rolled back with it
        if savepoint.is_active:
            try:
                savepoint.rollback()
            except DBAPIError:
                if _still_in_transaction(db):
                    raise
        raise
    savepoint.commit()


def _still_in_transaction(db: Connection) -> bool:
    dbapi = db.connection.dbapi_connection
    return bool(getattr(dbapi, "in_transaction", True))
