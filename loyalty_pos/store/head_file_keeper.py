"""When the chain head file (chain_head_file.py) is written after a commit.

At once, by default: a command, a job or a test that commits finds the file current.
The till defers it (``defer``): a sale then only notes its new head, and the till's
background checkpointer (``flush``) writes the newest noted head every few seconds,
and closing the shop writes it last. The file's own fsync, rename and folder fsync
cost a sale as much wall time as its commit did; the database commit itself stays
synchronous and durable, so no acknowledged sale depends on the file.

What deferring gives up (docs/ARCHITECTURE.md, tamper evidence): after a crash or a
power cut the file may be behind by the links committed since the last flush, and
``check`` accepts a lagging head, so a tail cut of only those links goes unnoticed.
"""

from __future__ import annotations

import threading
from pathlib import Path

from loyalty_pos.domain.chain import Head
from loyalty_pos.store.chain_head_file import write_head


class HeadFileKeeper:
    def __init__(self, db_path: Path | None) -> None:
        self._db_path = db_path
        self._deferred = False
        self._due: Head | None = None
        self._written_n = -1
        self._due_lock = threading.Lock()  # never held across a write: a sale only waits for an assignment
        self._write_lock = threading.Lock()

    def defer(self) -> None:
        self._deferred = True

    def committed(self, head: Head) -> None:
        """``head`` is the database's chain head as a commit left it."""
        if self._db_path is None:
            return
        self._note(head)
        if not self._deferred:
            self.flush()

    def flush(self) -> None:
        """Write the newest noted head, if it is newer than the file's."""
        if self._db_path is None:
            return
        with self._write_lock:
            with self._due_lock:
                head, self._due = self._due, None
            if head is None or head.n <= self._written_n:
                return
            try:
                write_head(self._db_path, [head])
            except OSError:
                # The sale is committed; a head file left behind is what check reports as lag.
                # Tried again at the next flush, unless a newer head is noted by then.
                self._note(head)
                return
            self._written_n = head.n

    def _note(self, head: Head) -> None:
        with self._due_lock:
            # Commits are serialised by SQLite's write lock, their calls here are not: keep the newest.
            if self._due is None or head.n >= self._due.n:
                self._due = head
