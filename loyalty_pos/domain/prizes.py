"""Draws: which mystery reward a redemption gets, which sale wins an instant prize,
who wins a giveaway.

Every draw is a SHA-256 of published inputs, never a random number generator, so a
till, a reprint, an auditor and ``loyalty-pos giveaway verify`` all reach the same
answer, and repricing a sale cannot re-roll it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.campaigns import reaches, running, tier_allows
from loyalty_pos.domain.program import Campaign, CampaignKind, RewardKind, TierPolicy

# Kinds a redemption spends points on without touching the basket.
NON_BASKET_KINDS = frozenset({RewardKind.PARTNER_CODE, RewardKind.GIVEAWAY})
# Kinds a mystery pool or an instant win may hand out: each changes the basket by itself.
PRIZE_KINDS = frozenset({RewardKind.AMOUNT_OFF, RewardKind.PERCENT_OFF, RewardKind.FREE_PRODUCT,
                         RewardKind.STORE_CREDIT})


def _number(*parts: str) -> int:
    return int(hashlib.sha256(":".join(parts).encode()).hexdigest(), 16)


def weighted_pick(weights: Sequence[int], *key: str) -> int:
    """The index drawn from ``weights`` (all > 0) by a hash of ``key``: each index with
    probability weight / total, the same index for the same key everywhere."""
    total = sum(weights)
    point = _number(*key) % total
    for index, weight in enumerate(weights):
        if point < weight:
            return index
        point -= weight
    raise AssertionError("weights must be above 0")


def mystery_index(weights: Sequence[int], *, reward_id: str, sale_id: str, occurrence: int) -> int:
    """Which pool entry the ``occurrence``-th redemption of mystery ``reward_id`` in sale
    ``sale_id`` draws (the till passes only the entries that fit the basket)."""
    return weighted_pick(weights, "mystery", reward_id, sale_id, str(occurrence))


def campaign_wins(campaign: Campaign, *, sale_id: str, sale_number: int | None) -> bool:
    """Whether this sale wins ``campaign``: its till's ``sale_number``-th sale when the
    campaign counts sales (every Nth), else 1 in ``one_in`` by a hash of campaign and sale.
    Without a sale number (a training sale, an import) an every-Nth campaign never wins."""
    if campaign.every_nth >= 2:
        return sale_number is not None and sale_number > 0 and sale_number % campaign.every_nth == 0
    if campaign.one_in < 2:
        return False
    return _number(campaign.id, sale_id) % campaign.one_in == 0


def prize_campaigns(
    campaigns: Sequence[Campaign], *, tiers: TierPolicy, tier_code: str, eligible_minor: int, sale_id: str,
    sale_number: int | None, now: datetime, marketing_consent: bool,
) -> tuple[Campaign, ...]:
    """Running instant-win campaigns with a reward that this sale wins, in program order."""
    if eligible_minor <= 0:
        return ()
    return tuple(
        campaign for campaign in running(campaigns, now)
        if campaign.kind is CampaignKind.INSTANT_WIN and campaign.win_reward_id
        and tier_allows(campaign, tiers, tier_code) and reaches(campaign, marketing_consent=marketing_consent)
        and campaign.min_spend_minor <= eligible_minor
        and campaign_wins(campaign, sale_id=sale_id, sale_number=sale_number)
    )


# --- giveaways -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Entry:
    entry_id: str  # "<sale id>:<n>": the n-th entry bought on that sale
    member_id: str


def seed_digest(seed: str) -> str:
    """What is published before entries close: the seed cannot be changed after, and
    nobody can work out the winners from it while entries can still be bought."""
    return hashlib.sha256(f"giveaway-seed:{seed}".encode()).hexdigest()


def draw_winners(entries: Sequence[Entry], seed: str, count: int) -> tuple[str, ...]:
    """The winning members, first drawn first: entries ordered by a hash of seed and
    entry id, a member winning once however many entries they hold. The order entries
    are passed in does not matter, so anyone with the list and the seed gets the same."""
    ranked = sorted(entries, key=lambda entry: (_number("giveaway", seed, entry.entry_id), entry.entry_id))
    winners: list[str] = []
    for entry in ranked:
        if len(winners) == count:
            break
        if entry.member_id not in winners:
            winners.append(entry.member_id)
    return tuple(winners)


@dataclass(frozen=True, slots=True)
class GiveawayDraw:
    """A giveaway's draw as the till keeps it: the seed is kept from the start but shown
    only once the winners are drawn; before that only its digest is published."""

    reward_id: str
    seed: str
    seed_digest: str
    committed_at: datetime
    committed_by: str
    drawn_at: datetime | None = None
    winners: tuple[str, ...] = ()
