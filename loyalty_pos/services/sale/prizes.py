"""A sale's prizes, settled inside checkout's transaction: the partner codes it hands
out, and the giveaway entries, mystery draws and instant wins it records for the
reports and the giveaway draw."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from loyalty_pos.domain.errors import RewardUnavailable
from loyalty_pos.domain.events import GiveawayEntered, PartnerCodeHandedOut
from loyalty_pos.domain.pricing import PricedSale
from loyalty_pos.domain.program import RewardKind
from loyalty_pos.domain.sync_link import CHAIN_ROLE
from loyalty_pos.domain.rewards import RewardEffect
from loyalty_pos.domain.win_back_offer import WON_BY_PREFIX, is_win_back
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork


class PartnerCodesUsedUp(RewardUnavailable):
    code = "partner_codes_used_up"
    template = ("Reward {reward} is not available: no partner codes are left on this till. "
                "A manager imports more in the back office (Rewards).")


class LeasedCodesUsedUp(RewardUnavailable):
    code = "partner_codes_used_up_here"
    template = ("Reward {reward} is not available: this till has handed out every partner code leased to it. "
                "The next sync with the chain leases more.")


def _with_code(uow: UnitOfWork, effect: RewardEffect, sale_id: str, actor: Actor, now: datetime) -> RewardEffect:
    code = uow.prizes.hand_out_code(effect.reward_id, sale_id, now)
    if code is None:
        if uow.sync_state.get(CHAIN_ROLE) is not None:  # a chain's till cannot import: the lease refills it
            raise LeasedCodesUsedUp(reward=effect.reward_name)
        raise PartnerCodesUsedUp(reward=effect.reward_name)
    if uow.prizes.code_is_leased(effect.reward_id, code):  # the chain's: every till counts it, the server checks it
        record(uow, actor, PartnerCodeHandedOut(effect.reward_id, code, sale_id, actor.terminal_id, now), now)
    assert effect.facts is not None
    return replace(effect, facts=replace(effect.facts, code=code),
                   description=f"{effect.description} — code {code}")


def settle_prizes(uow: UnitOfWork, priced: PricedSale, member_id: str | None, actor: Actor,
                  now: datetime) -> PricedSale:
    """``priced`` with the partner codes handed out written into its rewards, every prize
    outcome recorded. Raises ``PartnerCodesUsedUp`` when a partner reward has no code left."""
    rewards = []
    entries = 0
    entered: dict[str, list[str]] = {}  # giveaway -> this sale's entry ids
    for effect in priced.rewards:
        outcome = ""
        if effect.kind is RewardKind.PARTNER_CODE:
            effect = _with_code(uow, effect, priced.sale_id, actor, now)
        elif effect.kind is RewardKind.GIVEAWAY:
            entries += 1
            outcome = f"{priced.sale_id}:{entries}"
            entered.setdefault(effect.reward_id, []).append(outcome)
        elif effect.kind is RewardKind.MYSTERY:
            outcome = effect.drawn_id
        if outcome:
            kind = "entry" if effect.kind is RewardKind.GIVEAWAY else "mystery"
            uow.prizes.add_outcome(sale_id=priced.sale_id, kind=kind, subject_id=effect.reward_id, outcome=outcome,
                                   member_id=member_id, terminal_id=actor.terminal_id, at=now)
        rewards.append(effect)
    for reward_id, ids in entered.items():  # a chain's draw counts every till's entries
        record(uow, actor, GiveawayEntered(reward_id, priced.sale_id, member_id, tuple(ids), actor.terminal_id, now),
               now)
    for won in priced.instant_wins:
        if uow.program.stock_left(won.reward_id) is not None:  # a stocked prize leaves the shelf too
            uow.program.take_stock(won.reward_id, 1)
        # A welcome back's reward is its own kind, under its campaign: the Member actions report counts them.
        kind, subject = ("win_back", won.won_by.removeprefix(WON_BY_PREFIX)) if is_win_back(won.won_by) else \
            ("instant_win", won.won_by)
        uow.prizes.add_outcome(sale_id=priced.sale_id, kind=kind, subject_id=subject,
                               outcome=won.reward_id, member_id=member_id, terminal_id=actor.terminal_id, at=now)
    return replace(priced, rewards=tuple(rewards))
