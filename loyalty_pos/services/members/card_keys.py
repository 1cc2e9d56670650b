"""Joining a chain: a till takes head office's card key so one card works in every shop.

The key file itself is the adapter's business (``cards.keys``); what a service
decides is whether the swap is safe and that it is on a manager's name in the log.
"""

from __future__ import annotations

from loyalty_pos.domain.errors import Conflict
from loyalty_pos.domain.events import CardKeyReplaced
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork


def check_key_swap(uow: UnitOfWork, *, current: str, incoming: str, replace_printed: bool) -> None:
    """Refuse to orphan printed cards: their QR codes are signed with the current key
    and would be refused as forged after the swap (their barcodes would still scan)."""
    if current == incoming or replace_printed:
        return
    with uow:
        printed = uow.cards.count_printed()
    if printed:
        raise Conflict(
            code="printed_cards_use_this_key",
            template="{printed:,} printed card(s) carry QR codes signed with this till's key {current}; after the swap those QR codes would be refused (their barcodes still scan). Pass --replace-printed to swap anyway, then reprint them",
            printed=printed, current=current,
        )


def record_key_swap(uow: UnitOfWork, *, current: str, incoming: str, kept_as: str, actor: Actor,
                    clock: Clock) -> None:
    actor.require_manager("Replacing the card signing key")
    with uow:
        # Only fingerprints: the key never enters the log or the sync outbox.
        record(uow, actor, CardKeyReplaced(current, incoming, kept_as), clock.now())
        uow.commit()
