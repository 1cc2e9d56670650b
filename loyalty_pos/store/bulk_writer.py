"""The bulk loader's writer thread: inserts run beside the code producing the rows."""

from __future__ import annotations

import queue
import sqlite3
import threading
from pathlib import Path
from typing import Any

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.store.engine import translate_error


class BulkWriter:
    """Runs the inserts on a thread of its own, so the caller builds the next batch
    of rows while SQLite writes this one (sqlite3 lets go of the GIL while it steps):
    on two cores, generating and writing overlap instead of adding up."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._queue: queue.Queue[tuple[str, list[Any]] | None] = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="bulk-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                if self.error is None:  # after a failure, keep draining so submit() never blocks
                    try:
                        self._connection.executemany(*item)
                    except BaseException as error:  # noqa: BLE001 - handed to the caller's thread
                        self.error = error
            finally:
                self._queue.task_done()

    def submit(self, statement: str, rows: list[Any]) -> None:
        if self.error is not None:
            raise load_error(self.error) from self.error
        self._queue.put((statement, rows))

    def flush(self) -> None:
        self._queue.join()
        if self.error is not None:
            raise load_error(self.error) from self.error

    def close(self) -> BaseException | None:
        self._queue.put(None)
        self._thread.join()
        return self.error


def load_error(error: BaseException, db_path: Path | None = None) -> BaseException:
    """What the loader raises for ``error``: a person's refusal (a broken key, a full disk,
    a read-only file) where there is one, else ``error`` itself."""
    if isinstance(error, sqlite3.IntegrityError):
        return ValidationError(code="bulk_duplicate_key", detail=f"the loaded rows break a key: {error}")
    return translate_error(error, db_path or Path("(the file being loaded)")) or error
