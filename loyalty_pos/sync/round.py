"""One sync round: push what is waiting, pull what is new, apply it (docs/SYNC_PROTOCOL.md).

Every step is its own short transaction, and no transaction is open while a request is
on the network, so a sale at this till never waits on the server. The GUI's background
worker calls ``run_sync_round``; ``loyalty-pos sync`` calls it once.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import httpx

from loyalty_pos.domain.chain import LOCAL_ORIGIN
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.head_office import head_office_only
from loyalty_pos.domain.sync_link import HEAD_OFFICE, JOINED, TOKEN_INVALID
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import OutboxEvent, UnitOfWork
from loyalty_pos.services.shop.chain_pull import parse_time
from loyalty_pos.services.program.partner_codes import pool_own_codes
from loyalty_pos.services.shop.counting_history import announce_unannounced
from loyalty_pos.services.shop.first_chain import queue_history
from loyalty_pos.services.shop.head_office import apply_pending, keep_pending, known_version, publication_of
from loyalty_pos.sync.apply import PULL_CURSOR, apply_page
from loyalty_pos.sync.client import SyncClient, check_url
from loyalty_pos.sync.code_leases import lease_codes
from loyalty_pos.sync.errors import Disconnected, NotRegistered, Refused, SyncError
from loyalty_pos.sync.publication import checked
from loyalty_pos.sync.snapshot import SNAPSHOT_AS_OF, load_snapshot
from loyalty_pos.version import __version__

PUSH_BATCH = 500  # events a push carries; the server takes up to 1,000
# Bytes of events a push carries: the server takes 2 MiB a request (docs/SYNC_PROTOCOL.md), and
# a sale carries its lines and receipt, so 500 large baskets would be refused for good.
PUSH_BYTES = 1_800_000
PULL_PAGE = 1000
MAX_PAGES = 10_000  # a round ends even if a server keeps answering "more"


@dataclass(frozen=True, slots=True)
class SyncRound:
    pushed: int  # events the server acknowledged in this round (new or duplicates)
    pulled: int  # events of other tills applied here
    waiting: int  # events still to push
    server_time: datetime | None
    clock_skew_ms: int | None  # server minus till
    error: str | None = None  # the sentence to show; None: the round went through
    error_code: str | None = None
    negative_members: tuple[str, ...] = ()  # merged balances below zero, for the manager
    parked: int = 0  # pulled events waiting for a member this till has not heard of yet


def _within_bytes(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first of ``events`` that fit in PUSH_BYTES as JSON; always at least one (a single
    event is far below the cap, and the server says so if it is not)."""
    total = 0
    for count, event in enumerate(events):
        total += len(json.dumps(event)) + 2  # as ASCII with spaces: never less than what is sent
        if total > PUSH_BYTES and count:
            return events[:count]
    return events


class ChainKeys(Protocol):
    """The card key file, as whoever starts the round reaches it: keys never enter the
    database, so they go between the file and the wire here and nowhere else."""

    def read(self) -> tuple[bytes, ...]: ...  # the ring, oldest first (head office publishes it)
    def received(self, keys: tuple[bytes, ...]) -> None: ...  # head office's ring, as published


PUBLISHED_HASH = "published_hash"  # sync_state: what this head-office till last published


def _iso(at: datetime) -> str:
    return at.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _write(make_uow: Callable[[], UnitOfWork], at: datetime, **values: str | None) -> None:
    uow = make_uow()
    with uow:
        for name, value in values.items():
            if value is None:
                uow.sync_state.clear(name)
            else:
                uow.sync_state.set(name, value, at)
        uow.commit()


def register(make_uow: Callable[[], UnitOfWork], url: str, code: str, terminal_name: str, *, clock: Clock,
             transport: httpx.BaseTransport | None = None) -> dict[str, Any]:
    """Exchange an enrolment code for this till's terminal id and token, and keep them.

    The url is checked before anything is sent: plain http:// only on loopback."""
    base = check_url(url)
    with SyncClient(base, transport=transport) as client:
        answer = client.enrol(code.strip(), terminal_name, __version__)
    terminal_id, token = answer.get("terminal_id"), answer.get("token")
    if not isinstance(terminal_id, str) or not isinstance(token, str) or not terminal_id or not token:
        raise SyncError(template="The chain server's enrolment answer has no terminal id or token.")
    now = clock.now()
    values = {"server_url": base, "terminal_id": terminal_id, "terminal_token": token, "pull_cursor": "0",
              "chain_role": HEAD_OFFICE if answer.get("head_office") is True else JOINED}
    uow = make_uow()
    with uow:
        # A till's first chain gets its whole past (services/shop/first_chain.py); a till
        # registered again keeps what it already sent.
        if not uow.sync_state.get("server_url"):
            queue_history(uow, now)
            if values["chain_role"] == HEAD_OFFICE:  # its own partner codes become the chain's pool
                pool_own_codes(uow, terminal_id, now)
        for name, value in values.items():
            uow.sync_state.set(name, value, now)
        uow.sync_state.clear("last_error")
        uow.commit()
    return answer


def error_state(error: Exception) -> str:
    """``last_error`` as the status reads it: ``<code>: <sentence>`` (docs/SYNC_PROTOCOL.md);
    a revoked token is the server's ``token_invalid``, whatever the till calls it."""
    code = TOKEN_INVALID if isinstance(error, Disconnected) else getattr(error, "code", "sync_failed")
    return f"{code}: {error}"


def wire_event(row: OutboxEvent) -> dict[str, Any]:
    return {"event_id": row.event_id, "kind": row.kind, "key": row.key, "at": _iso(row.at), "hlc": row.hlc,
            "payload": row.payload}


def run_sync_round(make_uow: Callable[[], UnitOfWork], *, clock: Clock,
                   transport: httpx.BaseTransport | None = None, keys: ChainKeys | None = None,
                   apply_published: bool = True) -> SyncRound:
    """Push, then pull and apply, then head office's publication: a head-office till
    sends its own when it changed, another reads a newer one and keeps it pending, and
    applies it unless ``apply_published`` is False (the window's worker, which applies it
    between sales). Never raises for what a network or server does: the failure is in
    ``error`` (and ``sync_state.last_error``)."""
    started = clock.now()
    uow = make_uow()
    with uow:
        state = uow.sync_state.all()
        waiting = uow.outbox.waiting()
    url, token, terminal_id = state.get("server_url"), state.get("terminal_token"), state.get("terminal_id")
    # A till that is not head office keeps its own program and catalog events (from before
    # it joined) to itself: the server refuses them, and the chain's come from head office.
    publishes = state.get("chain_role") == HEAD_OFFICE
    pushed = pulled = parked = 0
    server_time: datetime | None = None
    negative: list[str] = []
    if not url or not token or not terminal_id:
        # Nothing is recorded: a till outside a chain has no sync state to keep.
        error = NotRegistered()
        return SyncRound(0, 0, waiting, None, None, str(error), error.code)
    try:
        _write(make_uow, started, last_attempt_at=_iso(started))
        announce_unannounced(make_uow())  # what an upgraded till made before these travelled
        with SyncClient(url, token, transport=transport) as client:
            while True:
                uow = make_uow()
                with uow:
                    batch = uow.outbox.pending(PUSH_BATCH)
                    kept = [row.event_id for row in batch if not publishes and head_office_only(row.kind)]
                    batch = [row for row in batch if publishes or not head_office_only(row.kind)]
                    head = uow.integrity.chain_head(LOCAL_ORIGIN) if batch else None
                    if kept:
                        uow.outbox.mark_sent(kept, clock.now())
                        uow.commit()
                if kept and not batch:
                    continue
                if not batch:
                    break
                events = _within_bytes([wire_event(row) for row in batch])
                batch = batch[:len(events)]
                answer = client.push(str(uuid.uuid4()), events,
                                     {"seq": head.n, "hash": head.hash} if head else None)
                server_time = parse_time(answer.get("server_time"))
                # Only now, after the server's 2xx: a lost answer leaves them pending, and the
                # retry is counted by the server as duplicates.
                uow = make_uow()
                with uow:
                    uow.outbox.mark_sent([row.event_id for row in batch], clock.now())
                    uow.commit()
                pushed += len(batch)
            cursor = int(state.get(PULL_CURSOR) or 0)
            snapshot = int(state.get(SNAPSHOT_AS_OF) or 0)
            if cursor == 0 and snapshot == 0:
                loaded = load_snapshot(make_uow, client, terminal_id=terminal_id, now=clock.now)
                if loaded is not None:
                    snapshot, count, below = loaded
                    pulled += count
                    negative.extend(below)
            for _ in range(MAX_PAGES):
                answer = client.pull(cursor, PULL_PAGE, snapshot)
                server_time = parse_time(answer.get("server_time"))
                cursor, applied = apply_page(make_uow, answer, terminal_id=terminal_id, now=clock.now())
                pulled += applied.applied
                negative.extend(applied.negative)
                parked += applied.parked
                if not answer.get("more"):
                    break
            lease_codes(make_uow, client, terminal_id=terminal_id, now=clock.now)
            if publishes:
                _publish(make_uow, client, keys, clock)
            else:
                _receive(make_uow, client, keys, clock)
        if apply_published and not publishes:
            apply_pending(make_uow(), terminal_id=terminal_id, clock=clock)
    except (SyncError, LoyaltyError, ValueError) as error:
        code = getattr(error, "code", "sync_failed")
        message = str(error)
        _write(make_uow, clock.now(), last_error=error_state(error))
        return SyncRound(pushed, pulled, _waiting(make_uow), server_time, _skew(server_time, started, clock),
                         message, str(code), tuple(negative), parked)
    finished = clock.now()
    skew = _skew(server_time, started, clock)
    _write(make_uow, finished, last_sync_at=_iso(finished), last_error=None,
           clock_skew_ms=None if skew is None else str(skew))
    return SyncRound(pushed, pulled, _waiting(make_uow), server_time, skew, None, None,
                     tuple(dict.fromkeys(negative)), parked)


def _publish(make_uow: Callable[[], UnitOfWork], client: SyncClient, keys: ChainKeys | None, clock: Clock) -> None:
    """Only when the content changed since this till last published: a round a second
    sends nothing new."""
    if keys is None:
        return  # a round that cannot read the key file publishes nothing rather than a ring-less shop
    document = {**publication_of(make_uow()),
                "key_ring": [base64.b64encode(key).decode("ascii") for key in keys.read()]}
    document = checked(document)
    digest = hashlib.sha256(json.dumps(document, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
    uow = make_uow()
    with uow:
        if uow.sync_state.get(PUBLISHED_HASH) == digest:
            return
    client.publish(document)
    _write(make_uow, clock.now(), **{PUBLISHED_HASH: digest})


def _receive(make_uow: Callable[[], UnitOfWork], client: SyncClient, keys: ChainKeys | None, clock: Clock) -> None:
    try:
        answer = client.published(known_version(make_uow()))
    except Refused as error:
        if error.code == "not_published":
            return  # head office has not published yet: the till keeps what it has
        raise
    version = answer.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SyncError(template="The chain server's publication has no version.")
    if answer.get("document") is None:
        return  # this till has that version already
    document = checked(answer.get("document"))
    if keep_pending(make_uow(), version, document, clock=clock) and keys is not None:
        keys.received(tuple(base64.b64decode(key) for key in document["key_ring"]))


def _skew(server_time: datetime | None, started: datetime, clock: Clock) -> int | None:
    if server_time is None:
        return None
    # The server stamped its answer somewhere between our request and now: the midpoint.
    local = started + (clock.now() - started) / 2
    return round((server_time - local).total_seconds() * 1000)


def _waiting(make_uow: Callable[[], UnitOfWork]) -> int:
    uow = make_uow()
    with uow:
        return uow.outbox.waiting()
