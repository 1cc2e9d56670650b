"""The round's last step in a chain: top up this till's partner codes from the chain's pool.

The till asks for each partner-code reward of the published program with its block (the
reward's ``codes_per_till``, set at head office); the server tops the till's codes up to the
block when they are below half of it. A server from before code pools (404) leaves the till
with what it holds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.code_leases import rewards_to_lease, take_lease
from loyalty_pos.sync.client import SyncClient
from loyalty_pos.sync.errors import Refused


def lease_codes(make_uow: Callable[[], UnitOfWork], client: SyncClient, *, terminal_id: str,
                now: Callable[[], datetime]) -> int:
    """Codes added to this till's hands (0 when it hands out none, or the server has no pool)."""
    rewards = rewards_to_lease(make_uow())
    if not rewards:
        return 0
    try:
        answer = client.lease_codes(rewards)
    except Refused as error:
        if error.code == "not_found":
            return 0
        raise
    codes, pool = answer.get("codes"), answer.get("pool")
    if not isinstance(codes, dict) or not isinstance(pool, dict) \
            or not all(isinstance(held, list) for held in codes.values()):
        raise ValueError("the chain server's lease answer is not the protocol")
    return take_lease(make_uow(), codes, pool, terminal_id=terminal_id, now=now())
