"""Runs service calls off the GUI thread and tells views what changed.

Modelled on Anki's CollectionOp/OpChanges: a widget asks for ``call`` to run; the
result (or the domain error) comes back on the GUI thread; views subscribed to the
``changes`` flags refresh themselves. The GUI never waits on SQLite.
"""

from __future__ import annotations

import enum
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from loyalty_pos.domain.errors import LoyaltyError

log = logging.getLogger(__name__)


class Changes(enum.Flag):
    NONE = 0
    MEMBER = enum.auto()
    BALANCE = enum.auto()
    SALES = enum.auto()
    CATALOG = enum.auto()
    PROGRAM = enum.auto()
    STAFF = enum.auto()
    CARDS = enum.auto()


class UnexpectedError(LoyaltyError):
    code = "unexpected_error"
    template = "Something went wrong ({detail}). Nothing was saved; please try again."


class _Signals(QObject):
    finished = Signal(int, object, object)  # ticket, result, error


class _Job(QRunnable):
    def __init__(self, ticket: int, call: Callable[[], Any]) -> None:
        super().__init__()
        self.ticket = ticket
        self.call = call
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            result = self.call()
        except LoyaltyError as error:
            self.signals.finished.emit(self.ticket, None, error)
        except Exception as error:  # never let a worker die silently
            log.error("operation failed:\n%s", traceback.format_exc())
            self.signals.finished.emit(self.ticket, None, UnexpectedError(detail=type(error).__name__))
        else:
            self.signals.finished.emit(self.ticket, result, None)


@dataclass
class _Pending:
    job: _Job  # kept referenced until delivery, or its signals object dies early
    owner: QObject
    on_done: Callable[[Any], None] | None
    on_error: Callable[[LoyaltyError], None] | None
    changes: Changes
    latest: str | None


class Operations(QObject):
    """One per window tree. ``changed`` fans out to views; ``failed`` to the status line."""

    changed = Signal(object)  # Changes
    failed = Signal(object)  # LoyaltyError nobody handled
    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._latest: dict[str, int] = {}
        self._counter = 0
        self._running = 0
        self._pending: dict[int, _Pending] = {}

    def run(
        self,
        owner: QObject,
        call: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[LoyaltyError], None] | None = None,
        changes: Changes = Changes.NONE,
        latest: str | None = None,
    ) -> None:
        """``latest``: a key; a result older than the newest call with that key is dropped
        (a slow look-up must never overwrite a newer scan)."""
        self._counter += 1
        ticket = self._counter
        if latest is not None:
            self._latest[latest] = ticket
        job = _Job(ticket, call)
        job.setAutoDelete(False)
        self._pending[ticket] = _Pending(job, owner, on_done, on_error, changes, latest)
        # Connected to a slot of this GUI-thread object, so delivery is queued onto
        # the GUI thread (a plain function would run on the worker).
        job.signals.finished.connect(self._deliver)
        self._set_running(+1)
        self.pool.start(job)

    @Slot(int, object, object)
    def _deliver(self, ticket: int, result: Any, error: LoyaltyError | None) -> None:
        pending = self._pending.pop(ticket, None)
        if pending is None:
            return
        self._set_running(-1)
        if pending.latest is not None and self._latest.get(pending.latest) != ticket:
            return
        if not isValid(pending.owner):
            return
        if error is not None:
            if pending.on_error is not None:
                pending.on_error(error)
            else:
                self.failed.emit(error)
            return
        if pending.changes != Changes.NONE:
            self.changed.emit(pending.changes)
        if pending.on_done is not None:
            pending.on_done(result)

    def _set_running(self, delta: int) -> None:
        before = self._running
        self._running += delta
        if (before == 0) != (self._running == 0):
            self.busy.emit(self._running > 0)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """For shutdown: let committed work finish before the window closes."""
        return self.pool.waitForDone(timeout_ms)
