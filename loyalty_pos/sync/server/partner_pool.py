"""A chain's partner codes: head office pools them, the server leases each till a block,
a till hands out only what it was leased (docs/ARCHITECTURE.md "Prizes in a chain").

Why leases and not a code asked for at each sale: a till hands out a code offline too,
and two offline tills never hold the same code because the server leased each code to
one of them only, under the push's chain-wide lock. A handout is checked against the
lease when it is pushed: a code not leased to the pushing till, or handed out already
by another sale, refuses the batch (422) and is never stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from loyalty_pos.domain import events as ev
from loyalty_pos.sync.server import bulk
from loyalty_pos.sync.server import tables as t
from loyalty_pos.sync.server.database import is_sqlite
from loyalty_pos.sync.server.errors import EventInvalid
from loyalty_pos.sync.server.terminals import Terminal

P = t.partner_codes.c


def apply(connection: sa.engine.Connection, codes: Sequence[ev.PartnerCodesPooled | ev.PartnerCodeHandedOut],
          terminal: Terminal, now: datetime) -> None:
    """Inside the push's transaction, in the batch's order (a pool before its first handout)."""
    for event in codes:
        if isinstance(event, ev.PartnerCodesPooled):
            # A code pooled twice (the same file imported again) is kept once, as it was.
            bulk.insert(connection, t.partner_codes, [{"reward_id": event.reward_id, "code": code}
                                                      for code in dict.fromkeys(event.codes)],
                        conflict=["reward_id", "code"])
            continue
        row = connection.execute(sa.select(P.leased_to, P.sale_id).where(
            P.reward_id == event.reward_id, P.code == event.code)).first()
        if row is None or row.leased_to != terminal.terminal_id:
            raise EventInvalid(f"partner code {event.code!r} of reward {event.reward_id!r} was not leased to "
                               f"terminal {terminal.terminal_id}")
        if row.sale_id is not None and row.sale_id != event.sale_id:
            raise EventInvalid(f"partner code {event.code!r} of reward {event.reward_id!r} was handed out already, "
                               f"on sale {row.sale_id}")
        connection.execute(sa.update(t.partner_codes).where(P.reward_id == event.reward_id, P.code == event.code)
                           .values(sale_id=event.sale_id, handed_out_at=event.at))


@dataclass(frozen=True, slots=True)
class Lease:
    codes: dict[str, list[str]]  # per reward: every code leased to the terminal and not handed out
    pool: dict[str, int]  # per reward: codes in the chain's pool leased to no till yet


def lease(engine: sa.engine.Engine, terminal: Terminal, blocks: dict[str, int], now: datetime,
          lock: int) -> Lease:
    """Tops up each reward's codes held by ``terminal`` to its block when they are below half
    of it. Under the push's lock, so a code is leased once and a handout's check sees it."""
    codes: dict[str, list[str]] = {}
    pool: dict[str, int] = {}
    with engine.begin() as connection:
        if not is_sqlite(engine):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({lock})")
        for reward_id, block in sorted(blocks.items()):
            held = _held(connection, reward_id, terminal.terminal_id)
            if len(held) < (block + 1) // 2:
                free = sa.select(P.seq).where(P.reward_id == reward_id, P.leased_to.is_(None)) \
                    .order_by(P.seq).limit(block - len(held)).scalar_subquery()
                connection.execute(sa.update(t.partner_codes).where(P.seq.in_(free), P.leased_to.is_(None))
                                   .values(leased_to=terminal.terminal_id, leased_at=now))
                held = _held(connection, reward_id, terminal.terminal_id)
            codes[reward_id] = held
            pool[reward_id] = int(connection.execute(sa.select(sa.func.count()).where(
                P.reward_id == reward_id, P.leased_to.is_(None))).scalar_one())
    return Lease(codes, pool)


def _held(connection: sa.engine.Connection, reward_id: str, terminal_id: str) -> list[str]:
    return list(connection.execute(sa.select(P.code).where(
        P.reward_id == reward_id, P.leased_to == terminal_id, P.sale_id.is_(None)).order_by(P.seq)).scalars())
