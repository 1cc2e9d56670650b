"""The gift-card liability and the donations per charity, for the back office's reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.gift_cards import GiftCardEntryKind
from loyalty_pos.services.ports import CharityTotal, GiftCardRow, UnitOfWork
from loyalty_pos.services.program.programs import published_program

# The table lists this many cards (by number); the totals always count every card.
CARDS_LISTED = 500
OVERSPENT_LISTED = 100


@dataclass(frozen=True, slots=True)
class GiftCardReport:
    currency: str
    cards_with_money: int
    outstanding_minor: int  # what the shop owes card holders now, whatever the range
    cards_sold: int  # in the range
    loaded_minor: int  # sold, topped up and refunded onto cards in the range
    redeemed_minor: int  # paid with cards in the range (positive)
    voided_minor: int  # taken off by managers in the range (positive)
    cards: tuple[GiftCardRow, ...]
    more_cards: bool
    # Below zero: two offline tills spent the same money; the manager settles each one.
    overspent: tuple[GiftCardRow, ...]


def gift_card_report(uow: UnitOfWork, *, start: datetime, end: datetime) -> GiftCardReport:
    with uow:
        currency = published_program(uow).currency
        holders, outstanding = uow.gift_cards.outstanding()
        period = uow.gift_cards.moves(start, end)
        moves = period.by_kind
        page = uow.gift_cards.cards(limit=CARDS_LISTED)
        overspent = tuple(uow.gift_cards.overspent(OVERSPENT_LISTED))
    loaded = sum(moves.get(kind.value, 0) for kind in (GiftCardEntryKind.ISSUE, GiftCardEntryKind.TOP_UP,
                                                       GiftCardEntryKind.REFUND))
    return GiftCardReport(
        currency, holders, outstanding, period.cards_sold, loaded, -moves.get(GiftCardEntryKind.REDEEM.value, 0),
        -moves.get(GiftCardEntryKind.VOID.value, 0), page.rows, page.next_cursor is not None, overspent,
    )


def charity_report(uow: UnitOfWork, *, start: datetime, end: datetime) -> tuple[CharityTotal, ...]:
    """Per charity, the donations, points and money given in the range (what the shop pays out)."""
    with uow:
        return tuple(uow.donations.per_charity(start, end))
