"""Gift-card entries and donations pulled from the chain: stored by their id when absent, so
every till's card ledgers and charity totals are the union of all tills'. A card whose
merged entries go below zero (two offline tills spent the same money) keeps them all and
shows in the gift-card report's overspent list: money already handed over is not undone."""

from __future__ import annotations

from loyalty_pos.domain.events import CharityDonated, Event, GiftCardEntryPosted
from loyalty_pos.domain.gift_cards import GiftCardEntry
from loyalty_pos.services.ports import DonationRecord, UnitOfWork


def take_pulled_giving(uow: UnitOfWork, event: Event, origin: str) -> bool | None:
    """True when stored, False when already here, None when ``event`` is not about gift cards or charity.
    ``origin``: the till that wrote it, whose chain a gift-card entry is chained on."""
    if isinstance(event, GiftCardEntryPosted):
        if uow.gift_cards.exists(event.id):
            return False
        uow.gift_cards.append([GiftCardEntry(event.id, event.card_number, event.kind, event.amount_minor,
                                             event.currency, event.at, event.terminal_id, event.actor,
                                             event.sale_ref, event.reason)], origin=origin)
        return True
    if isinstance(event, CharityDonated):
        if uow.donations.exists(event.entry_id):
            return False
        uow.donations.add(DonationRecord(event.entry_id, event.member_id, event.charity_id, event.charity_name,
                                         event.points, event.amount_minor, event.currency, event.at))
        return True
    return None
