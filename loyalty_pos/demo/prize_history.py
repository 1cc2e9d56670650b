"""The demo year's prizes as checkout settles them (services/sale/prizes.py): the reward a
mystery redemption drew and the reward an every-Nth receipt won, one prize_outcomes row
each, for the Prizes report.

About one member in three who redeems tries the mystery treat once instead of a free
coffee (a hash of their id decides, not their random generator); the instant win is the
program's own: the history prices each sale with the receipt number it gets.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from loyalty_pos.domain.pricing import PricedSale
from loyalty_pos.domain.program import Program, RewardKind
from loyalty_pos.store.demo.records import HistoryRows

MYSTERY_ONE_IN = 3  # of members who redeem


def mystery_for(program: Program, member_id: str, tried: bool) -> str | None:
    """The program's mystery reward, when this member tries it on this redemption."""
    if tried:
        return None
    reward = next((r for r in program.rewards if r.kind is RewardKind.MYSTERY and r.active), None)
    if reward is None:
        return None
    digest = hashlib.sha256(f"mystery:{member_id}".encode()).digest()
    return reward.id if int.from_bytes(digest[:4], "big") % MYSTERY_ONE_IN == 0 else None


def record_outcomes(rows: HistoryRows, priced: PricedSale, member_id: str, terminal_id: str, at: datetime) -> None:
    """As settle_prizes records them (no partner codes or giveaway entries in the history)."""
    for effect in priced.rewards:
        if effect.kind is RewardKind.MYSTERY:
            rows.prize_outcome(sale_id=priced.sale_id, kind="mystery", subject_id=effect.reward_id,
                               outcome=effect.drawn_id, member_id=member_id, terminal_id=terminal_id, at=at)
    for won in priced.instant_wins:
        rows.prize_outcome(sale_id=priced.sale_id, kind="instant_win", subject_id=won.won_by,
                           outcome=won.reward_id, member_id=member_id, terminal_id=terminal_id, at=at)
