"""Which events only head office authors in a chain (program, catalog, card key ring,
pooled partner codes, giveaway draws).

The server refuses them from any other terminal, and a till joining a chain keeps its
own earlier ones to itself: the chain's come from head office. One list for both sides.
"""

from __future__ import annotations

from loyalty_pos.domain.events import EventType

HEAD_OFFICE_KINDS = frozenset({
    EventType.PROGRAM_EARNING_SAVED, EventType.PROGRAM_TIERS_SAVED, EventType.PROGRAM_EXPIRY_SAVED,
    EventType.PROGRAM_DRAFT_SAVED, EventType.PROGRAM_DRAFT_DISCARDED, EventType.PROGRAM_PUBLISHED,
    EventType.REWARD_SAVED, EventType.REWARD_RETIRED, EventType.CAMPAIGN_SAVED,
    EventType.CAMPAIGN_ENDED, EventType.CAMPAIGN_REMOVED, EventType.PRODUCT_SAVED,
    EventType.PRODUCT_DEACTIVATED, EventType.PRODUCTS_IMPORTED, EventType.CATEGORY_ADDED,
    EventType.CATEGORY_REMOVED, EventType.CURRENCY_CHANGED,
    # A chain's partner codes are pooled and its giveaways drawn at head office, so a code
    # is never in two tills' hands and a draw counts every till's entries.
    EventType.PARTNER_CODES_POOLED, EventType.GIVEAWAY_SEED_COMMITTED, EventType.GIVEAWAY_DRAWN,
})
# A kind named later (a key ring published to the chain) is covered by its prefix.
HEAD_OFFICE_PREFIXES = ("program_", "card_key", "catalog_")


def head_office_only(kind: str) -> bool:
    return kind in HEAD_OFFICE_KINDS or kind.startswith(HEAD_OFFICE_PREFIXES)
