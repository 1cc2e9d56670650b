"""Runs service calls off the GUI thread and tells views what changed.

Modelled on Anki's CollectionOp/OpChanges: a widget asks for ``call`` to run; the
result (or the domain error) comes back on the GUI thread. A use case that changes
the store runs through ``change``: the units of work it opens report what their
committed work changed (from the events the services recorded), and views subscribed
to those flags refresh themselves; no caller guesses. The GUI never waits on SQLite.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from loyalty_pos.domain.changes import Changes
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.services.ports import UnitOfWork

__all__ = ["Changes", "Operations", "UnexpectedError"]  # Changes is the domain's: views subscribe to it by name

log = logging.getLogger(__name__)
UowFactory = Callable[..., UnitOfWork]


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


@dataclass(frozen=True, slots=True)
class _Changed:
    """A use case's result and what the units of work it opened committed."""

    value: Any
    changes: Changes


def _tracking(make_uow: UowFactory, work: Callable[[UowFactory], Any]) -> Callable[[], _Changed]:
    def call() -> _Changed:
        opened: list[UnitOfWork] = []

        def tracked(*args: Any, **kwargs: Any) -> UnitOfWork:
            uow = make_uow(*args, **kwargs)
            opened.append(uow)
            return uow

        value = work(tracked)
        changes = Changes.NONE
        for uow in opened:
            changes |= uow.changes
        return _Changed(value, changes)

    return call


@dataclass
class _Pending:
    job: _Job  # kept referenced until delivery, or its signals object dies early
    owner: QObject
    on_done: Callable[[Any], None] | None
    on_error: Callable[[LoyaltyError], None] | None
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
        self._pending[ticket] = _Pending(job, owner, on_done, on_error, latest)
        # Connected to a slot of this GUI-thread object, so delivery is queued onto
        # the GUI thread (a plain function would run on the worker).
        job.signals.finished.connect(self._deliver)
        self._set_running(+1)
        self.pool.start(job)

    def change(
        self,
        owner: QObject,
        make_uow: UowFactory,
        work: Callable[[UowFactory], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[LoyaltyError], None] | None = None,
        latest: str | None = None,
    ) -> None:
        """Run a use case that changes the store: ``work(make_uow)`` on a worker. Views
        refresh from what the units of work it made with ``make_uow`` committed."""
        self.run(owner, _tracking(make_uow, work), on_done=on_done, on_error=on_error, latest=latest)

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
        if isinstance(result, _Changed):
            if result.changes != Changes.NONE:
                self.changed.emit(result.changes)
            result = result.value
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
