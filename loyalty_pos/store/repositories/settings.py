"""Shop settings (name, time zone, thresholds), as text.

A checkout reads seven settings (shop name, receipt header and footer, time zone,
country, ...), each once or more: read one at a time they were a seventh of the
statements of a sale. The whole table (a few dozen short rows) is read on the first
``get`` of a transaction and kept for the rest of it: inside one SQLite transaction
no other connection's write can be seen, and this connection's own go through ``set``,
which makes the next ``get`` read the table again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from loyalty_pos.store.repositories.base import Repository
from loyalty_pos.store.tables import settings

_ALL = select(settings.c.key, settings.c.value)
_upsert = sqlite_insert(settings)
_SET = _upsert.on_conflict_do_update(index_elements=[settings.c.key], set_={"value": _upsert.excluded.value})


class SqlSettings(Repository):
    def __init__(self, source: Any) -> None:
        super().__init__(source)
        # (the transaction the values were read in, the values): held, not its id(), so
        # a later transaction can never be mistaken for it.
        self._read: tuple[object, dict[str, str]] | None = None

    def _values(self) -> dict[str, str]:
        db = self._db
        transaction = db.get_transaction()
        if transaction is None or self._read is None or self._read[0] is not transaction:
            values = {str(key): str(value) for key, value in db.execute(_ALL) if value is not None}
            # The SELECT began the transaction when none was open: key on that one.
            self._read = (db.get_transaction(), values)
        return self._read[1]

    def get(self, key: str, default: str | None = None) -> str | None:
        value = self._values().get(key)
        return default if value is None else value

    def set(self, key: str, value: str) -> None:
        self._db.execute(_SET, {"key": key, "value": value})
        # Read again next time rather than patched: a savepoint rolled back around this
        # write would leave a patched value that is not in the database.
        self._read = None
