"""Partner codes and giveaways pulled from the chain, stored by what identifies them
(the code, the sale's entries, the giveaway's draw) when absent, so a page pulled twice
changes nothing.

- A code another till handed out is kept here as handed out: the chain's count of codes
  handed out is the union, and this till could never hand it out (it was never leased here).
- A sale's giveaway entries join this till's, so every till lists the entries head
  office drew from and can verify the draw (docs/ARCHITECTURE.md "Prizes in a chain").
- Head office's seed commitment and draw: the fingerprint first, the seed and winners once
  drawn. A seed pulled with the draw is checked against the fingerprint by ``verify``.
"""

from __future__ import annotations

from datetime import datetime

from loyalty_pos.domain.events import (
    Event,
    GiveawayDrawn,
    GiveawayEntered,
    GiveawaySeedCommitted,
    PartnerCodeHandedOut,
)
from loyalty_pos.domain.prizes import GiveawayDraw
from loyalty_pos.services.ports import UnitOfWork


def take_pulled_prizes(uow: UnitOfWork, event: Event, at: datetime, origin: str) -> bool | None:
    """True when stored, False when already here, None when ``event`` is not about prizes."""
    if isinstance(event, PartnerCodeHandedOut):
        return uow.prizes.take_handed_out(event.reward_id, event.code, event.sale_id, event.at)
    if isinstance(event, GiveawayEntered):
        if uow.prizes.has_entries(event.reward_id, event.sale_id):
            return False
        for entry_id in event.entries:
            uow.prizes.add_outcome(sale_id=event.sale_id, kind="entry", subject_id=event.reward_id, outcome=entry_id,
                                   member_id=event.member_id, terminal_id=event.terminal_id, at=event.at)
        return True
    if isinstance(event, GiveawaySeedCommitted):
        held = uow.prizes.draw(event.reward_id)
        if held is not None and (held.seed_digest == event.seed_digest or held.drawn_at is not None):
            return False
        # A seed this till committed before it joined is void: the chain's draw is head office's.
        uow.prizes.put_draw(GiveawayDraw(event.reward_id, "", event.seed_digest, at, origin))
        return True
    if isinstance(event, GiveawayDrawn):
        held = uow.prizes.draw(event.reward_id)
        if held is not None and held.drawn_at is not None:
            return False
        if held is None:  # the commitment was not pulled (a till that joined after it): the draw's own
            uow.prizes.add_draw(GiveawayDraw(event.reward_id, "", event.seed_digest, at, origin))
        uow.prizes.reveal(event.reward_id, event.seed, event.winners, at)
        return True
    return None
