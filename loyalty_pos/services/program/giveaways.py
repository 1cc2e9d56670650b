"""A giveaway's draw: commit to a seed before entries close, draw when they have closed,
and let anyone verify the winners from the entries and the revealed seed.

The seed is made here (``secrets``), kept on this till, and only its digest is
published (audited) until the draw: nobody, the manager included, can know the winners
while entries can still be bought, and nobody can pick another seed afterwards.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import datetime

from loyalty_pos.domain.errors import LoyaltyError, NotFound
from loyalty_pos.domain.events import GiveawayDrawn, GiveawaySeedCommitted
from loyalty_pos.domain.prizes import GiveawayDraw, draw_winners, seed_digest
from loyalty_pos.domain.program import Reward, RewardKind
from loyalty_pos.domain.sync_link import CHAIN_ROLE, JOINED
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program


class GiveawayRefused(LoyaltyError):
    code = "giveaway_refused"
    template = "{reward}: entries have closed; a seed committed now could be chosen knowing the entries."


@dataclass(frozen=True, slots=True)
class GiveawayStatus:
    reward: Reward
    entries: int
    members: int
    draw: GiveawayDraw | None  # its seed is shown only once drawn
    winner_names: tuple[str, ...] = ()  # the winners' names, first drawn first

    @property
    def published_seed(self) -> str | None:
        return self.draw.seed if self.draw is not None and self.draw.drawn_at is not None else None


@dataclass(frozen=True, slots=True)
class Verification:
    digest_matches: bool  # the revealed seed is the one committed to
    winners_match: bool  # the entries and the seed give the winners announced
    recomputed: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.digest_matches and self.winners_match


def _giveaway(uow: UnitOfWork, reward_id: str) -> Reward:
    reward = published_program(uow).reward(reward_id)
    if reward is None or reward.kind is not RewardKind.GIVEAWAY:
        raise NotFound(code="giveaway_unknown", template="No published giveaway {key}.", key=reward_id)
    return reward


def _not_joined(uow: UnitOfWork, reward: Reward) -> None:
    """A joined till holds only the entries it has pulled: the draw is head office's, and
    its seed and winners reach this till with the next sync."""
    if uow.sync_state.get(CHAIN_ROLE) == JOINED:
        raise GiveawayRefused(code="giveaway_at_head_office", reward=reward.name,
                              template="{reward}: this till is in a chain, so the giveaway is drawn at head "
                                       "office, from every till's entries.")


def _name(uow: UnitOfWork, member_id: str) -> str:
    member = uow.members.get(member_id)
    return member.name if member is not None else member_id  # erased since: by id


def _closes(reward: Reward) -> datetime:
    assert reward.valid_until is not None  # a giveaway needs one (domain/prize_rules.py)
    return reward.valid_until


def giveaways(uow: UnitOfWork) -> list[GiveawayStatus]:
    """Every giveaway of the published program with its entries and draw."""
    with uow:
        out = []
        for reward in published_program(uow).rewards:
            if reward.kind is RewardKind.GIVEAWAY:
                entries = uow.prizes.entries(reward.id)
                held = uow.prizes.draw(reward.id)
                if held is not None and held.drawn_at is None:
                    held = replace(held, seed="")  # secret until the draw: screens never hold it
                names = tuple(_name(uow, member_id) for member_id in (held.winners if held else ()))
                out.append(GiveawayStatus(reward, len(entries), len({e.member_id for e in entries}), held, names))
        return out


def commit_seed(uow: UnitOfWork, reward_id: str, *, actor: Actor, clock: Clock) -> str:
    """Makes and keeps the seed, publishes its digest; returns the digest."""
    actor.require_manager("Committing a giveaway's seed")
    now = clock.now()
    with uow:
        reward = _giveaway(uow, reward_id)
        _not_joined(uow, reward)
        if uow.prizes.draw(reward_id) is not None:
            raise GiveawayRefused(code="giveaway_seed_committed", reward=reward.name,
                                  template="{reward}: a seed is already committed; it cannot be changed.")
        if now >= _closes(reward):
            raise GiveawayRefused(reward=reward.name)
        seed = secrets.token_hex(16)
        draw = GiveawayDraw(reward_id, seed, seed_digest(seed), now, actor.username)
        uow.prizes.add_draw(draw)
        record(uow, actor, GiveawaySeedCommitted(reward_id, draw.seed_digest, _closes(reward)), now)
        uow.commit()
    return draw.seed_digest


def draw(uow: UnitOfWork, reward_id: str, *, actor: Actor, clock: Clock) -> tuple[str, ...]:
    """Draws the winners once entries have closed, revealing the seed; returns the member ids."""
    actor.require_manager("Drawing a giveaway")
    now = clock.now()
    with uow:
        reward = _giveaway(uow, reward_id)
        _not_joined(uow, reward)
        held = uow.prizes.draw(reward_id)
        if held is None:
            raise GiveawayRefused(code="giveaway_no_seed", reward=reward.name,
                                  template="{reward}: no seed was committed before entries closed, so the draw "
                                           "could not be verified. Nothing was drawn.")
        if held.drawn_at is not None:
            raise GiveawayRefused(code="giveaway_drawn", reward=reward.name,
                                  template="{reward}: the winners are already drawn.")
        if now < _closes(reward):
            raise GiveawayRefused(code="giveaway_open", reward=reward.name, day=_closes(reward).date(),
                                  template="{reward}: entries are open until {day}; draw after they close.")
        entries = uow.prizes.entries(reward_id)
        winners = draw_winners(entries, held.seed, reward.winners)
        uow.prizes.set_winners(reward_id, winners, now)
        record(uow, actor, GiveawayDrawn(reward_id, held.seed, held.seed_digest, len(entries), winners), now)
        uow.commit()
    return winners


def verify(uow: UnitOfWork, reward_id: str) -> Verification:
    """Recomputes a drawn giveaway from its stored entries and revealed seed."""
    with uow:
        reward = _giveaway(uow, reward_id)
        held = uow.prizes.draw(reward_id)
        if held is None or held.drawn_at is None:
            raise GiveawayRefused(code="giveaway_not_drawn", reward=reward.name,
                                  template="{reward}: not drawn yet; there is nothing to verify.")
        # As many as were announced: the draw is prefix-stable, so a later edit of the
        # reward's number of winners does not change what is checked.
        recomputed = draw_winners(uow.prizes.entries(reward_id), held.seed, len(held.winners))
    return Verification(seed_digest(held.seed) == held.seed_digest, recomputed == held.winners, recomputed)
