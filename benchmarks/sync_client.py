"""The till's side of ``bench --sync``: a 24-hour backlog draining, a new till pulling a
chain's members (docs/ARCHITECTURE.md section 8).

Each function takes a registered till (its ``make_uow``, ``sync_state`` holding the
server and token) and an httpx transport: the in-process contract server's while this is
developed (tests/sync), the real server's behind ``bench --sync``. Events are made as the
till makes them (``uow.outbox.add``), so their ids, stamps and sizes are real.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import httpx

from loyalty_pos.bench.figures import Figure
from loyalty_pos.domain.events import EventType
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.sync.client import SyncClient
from loyalty_pos.sync.round import run_sync_round

BACKLOG_EVENTS = 20_000
BACKLOG_TARGET_S = 10.0
CHAIN_MEMBERS = 1_000_000
PULL_TARGET_S = 60.0
_ROWS_PER_TRANSACTION = 5_000


def _ledger_payload(member_id: str, n: int, at: datetime, terminal_id: str) -> dict[str, object]:
    return {"schema_version": 1, "id": str(uuid.uuid4()), "member_id": member_id, "kind": "earn",
            "points": 1 + n % 40, "at": at.isoformat(), "terminal_id": terminal_id, "actor": "cashier",
            "sale_ref": str(uuid.uuid4()), "reason": None, "reward_id": None,
            "expires_at": (at + timedelta(days=365)).isoformat()}


def fill_backlog(make_uow: Callable[[], UnitOfWork], events: int, *, end: datetime, terminal_id: str) -> None:
    """``events`` ledger entries spread over the 24 hours before ``end``, queued as a day of
    offline selling queues them (outbox only: the drain is what is measured)."""
    step = timedelta(hours=24) / max(events, 1)
    start = end - timedelta(hours=24)
    for first in range(0, events, _ROWS_PER_TRANSACTION):
        uow = make_uow()
        with uow:
            for n in range(first, min(events, first + _ROWS_PER_TRANSACTION)):
                at = start + step * n
                payload = _ledger_payload(f"bench-member-{n % 5000}", n, at, terminal_id)
                uow.outbox.add(kind=EventType.LEDGER_ENTRY, key=str(payload["id"]), payload=payload, at=at)
            uow.commit()


def drain_backlog(make_uow: Callable[[], UnitOfWork], *, clock: Clock,
                  transport: httpx.BaseTransport | None = None) -> tuple[Figure, float]:
    """Time one round pushing everything waiting; returns the figure and events per second."""
    uow = make_uow()
    with uow:
        waiting = uow.outbox.waiting()
    started = time.perf_counter()
    result = run_sync_round(make_uow, clock=clock, transport=transport)
    seconds = time.perf_counter() - started
    if result.error is not None or result.waiting:
        raise RuntimeError(f"the backlog did not drain: {result.error or result.waiting}")
    name = f"sync: drain a {waiting:,}-event backlog"
    target = BACKLOG_TARGET_S * waiting / BACKLOG_EVENTS  # scaled when developing at a smaller N
    return Figure.measured(name, seconds, "s", f"<= {target:.3f}"), waiting / seconds


def member_events(count: int, *, start: datetime, node: str) -> Iterator[dict[str, object]]:
    """``count`` members enrolled at another till, as that till's outbox would send them."""
    for n in range(count):
        at = start + timedelta(milliseconds=n)
        member_id = str(uuid.UUID(int=n + 1))
        payload = {"schema_version": 1, "member_id": member_id, "name": f"Member {n}",
                   "phone": None, "email": f"m{n}@example.com", "birthday": None, "consent_marketing": False,
                   "consent_data_processing": True, "card": f"9{n:015d}", "tier": "bronze"}
        yield {"event_id": str(uuid.uuid4()), "kind": "member_enrolled", "key": member_id,
               "at": at.isoformat().replace("+00:00", "Z"),
               "hlc": f"{int(at.timestamp() * 1000):016d}-0000-{node}", "payload": payload}


def publish(client: SyncClient, events: Iterator[dict[str, object]], batch: int = 1000) -> int:
    """Push ``events`` through the API from another terminal; how many were stored."""
    stored, chunk = 0, []
    for event in events:
        chunk.append(event)
        if len(chunk) == batch:
            stored += client.push(str(uuid.uuid4()), chunk, None)["accepted"]
            chunk = []
    if chunk:
        stored += client.push(str(uuid.uuid4()), chunk, None)["accepted"]
    return stored


def pull_chain(make_uow: Callable[[], UnitOfWork], members: int, *, clock: Clock,
               transport: httpx.BaseTransport | None = None) -> tuple[Figure, float]:
    """Time a new till's first round pulling ``members`` members' changes; the figure's
    target is the 1,000,000-member one, scaled to ``members``."""
    started = time.perf_counter()
    result = run_sync_round(make_uow, clock=clock, transport=transport)
    seconds = time.perf_counter() - started
    if result.error is not None:
        raise RuntimeError(f"the pull failed: {result.error}")
    if result.pulled < members:
        raise RuntimeError(f"pulled {result.pulled:,} of {members:,}")
    target = PULL_TARGET_S * members / CHAIN_MEMBERS
    figure = Figure.measured(f"sync: pull {members:,} members' changes", seconds, "s", f"<= {target:.3f}")
    return figure, members / seconds
