"""Counting what one step of a sale costs at the till: worker round trips, units of
work, member-ledger folds, rewards offers and SQL statements against the ledger.

Counts are taken where the work happens (the Operations object, the store's unit of
work and ledger, wherever a service module uses ``available_rewards``), so a test
measures the real till and services, not a model of them.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from loyalty_pos.store.repositories.ledger import SqlLedger
from loyalty_pos.store.unit_of_work import SqlUnitOfWork

_LEDGER_TABLE = re.compile(r"\b(FROM|JOIN|INTO|UPDATE)\s+ledger\b", re.IGNORECASE)


@dataclass
class Costs:
    round_trips: int = 0  # GUI -> worker -> GUI (Operations.run)
    units_of_work: int = 0  # transactions opened by services
    ledger_folds: int = 0  # a member's whole ledger read (LedgerRepository.for_member)
    offers: int = 0  # the rewards list computed (domain available_rewards)
    ledger_statements: int = 0  # SQL statements that read or write the ledger table

    def row(self) -> tuple[int, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))


class CostMeter:
    """Installed once per test; ``step()`` gives the costs of what runs inside it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, ops: Any = None) -> None:
        self._lock = threading.Lock()
        self.current = Costs()
        self._patch(monkeypatch, ops)

    def _count(self, name: str) -> None:
        with self._lock:
            setattr(self.current, name, getattr(self.current, name) + 1)

    def _counted(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def counting(*args: Any, **kwargs: Any) -> Any:
            self._count(name)
            return function(*args, **kwargs)

        return counting

    def _patch(self, monkeypatch: pytest.MonkeyPatch, ops: Any) -> None:
        if ops is not None:
            monkeypatch.setattr(ops, "run", self._counted("round_trips", ops.run))
        monkeypatch.setattr(SqlUnitOfWork, "__enter__", self._counted("units_of_work", SqlUnitOfWork.__enter__))
        monkeypatch.setattr(SqlLedger, "for_member", self._counted("ledger_folds", SqlLedger.for_member))
        from loyalty_pos.domain import pricing

        original = pricing.available_rewards
        counting = self._counted("offers", original)
        # Patched in every services module that imported it by name.
        for name, module in list(sys.modules.items()):
            if name.startswith("loyalty_pos.services") and getattr(module, "available_rewards", None) is original:
                monkeypatch.setattr(module, "available_rewards", counting)

        def statement(_conn: Any, _cursor: Any, sql: str, *_rest: Any) -> None:
            if _LEDGER_TABLE.search(sql):
                self._count("ledger_statements")

        event.listen(Engine, "before_cursor_execute", statement)
        self._listener = statement

    def close(self) -> None:
        event.remove(Engine, "before_cursor_execute", self._listener)

    @contextmanager
    def step(self) -> Iterator[Costs]:
        with self._lock:
            self.current = Costs()
        measured = self.current
        yield measured


@contextmanager
def cost_meter(monkeypatch: pytest.MonkeyPatch, ops: Any = None) -> Iterator[CostMeter]:
    meter = CostMeter(monkeypatch, ops)
    try:
        yield meter
    finally:
        meter.close()
