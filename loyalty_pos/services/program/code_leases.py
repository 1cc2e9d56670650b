"""A chain's partner codes leased to this till: what to ask the server for, and what its
answer puts in this till's hands (docs/ARCHITECTURE.md "Prizes in a chain").

The server answers with every code leased to this till that it has not heard handed out,
not only the new ones: a lease whose answer was lost is taken again by the next round's,
and a code handed out here since the push is already here and left alone.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime

from loyalty_pos.domain.events import PartnerCodesLeased
from loyalty_pos.domain.prize_rules import codes_per_till
from loyalty_pos.domain.program import RewardKind
from loyalty_pos.services.actor import system_actor
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.partner_codes import CODE_POOL, MAX_CODE


def rewards_to_lease(uow: UnitOfWork) -> dict[str, int]:
    """The published program's partner-code rewards with the block a till holds of each."""
    with uow:
        program = uow.program.published()  # None: a joining till, before head office's publication
        return {reward.id: codes_per_till(reward) for reward in (program.rewards if program else ())
                if reward.kind is RewardKind.PARTNER_CODE}


def take_lease(uow: UnitOfWork, codes: Mapping[str, Sequence[str]], pool: Mapping[str, int], *, terminal_id: str,
               now: datetime) -> int:
    """Stores the codes leased to this till and the chain's pool per reward; returns the codes added.
    Raises ValueError for an answer that is not the protocol (nothing is stored)."""
    for reward_id, held in codes.items():
        if not isinstance(reward_id, str) or not all(isinstance(c, str) and 0 < len(c) <= MAX_CODE for c in held):
            raise ValueError("a lease's codes are texts of up to 80 characters")
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in pool.values()):
        raise ValueError("a pool's counts are whole numbers")
    actor = system_actor(terminal_id)
    added = 0
    with uow:
        for reward_id, held in codes.items():
            new = uow.prizes.add_leased_codes(reward_id, held, now)
            if new:
                record(uow, actor, PartnerCodesLeased(reward_id, new, uow.prizes.codes_left(reward_id)), now)
            added += new
        uow.sync_state.set(CODE_POOL, json.dumps(dict(pool), sort_keys=True), now)
        uow.commit()
    return added
