"""The demo year's gift cards and donations, so their reports have something to show.

Each draws from its own generator (seeded by the member or the card), never from the
year's: the rest of the seeded history stays exactly what it was before they existed.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from loyalty_pos.demo.shop import MANAGER_USER
from loyalty_pos.domain.charity import donation_value
from loyalty_pos.domain.events import CharityDonated, GiftCardEntryPosted
from loyalty_pos.domain.gift_cards import GiftCardEntry, GiftCardEntryKind, gift_card_number
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.ports import DonationRecord
from loyalty_pos.store.demo.records import HistoryRows

if TYPE_CHECKING:
    from loyalty_pos.demo.year import YearSpec, _MemberYear

DONOR_SHARE = 0.05  # of the members give points once, in the last six weeks
GIFT_CARDS = 8
TODAY_TOP_UP_MINOR = 20_000
LOST_CARD_REASON = "Reported lost by its holder"


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def give_after_the_year(year: _MemberYear) -> None:
    """Some members give points once, after everything else in their year: a donation in the
    middle would change what they could redeem later, and so the rest of the seeded year."""
    rng = random.Random(f"donate:{year.member.id}")
    if not any(c.active for c in year.program.charities) or rng.random() >= DONOR_SHARE:
        return
    last = year.last_folded[0] if year.last_folded else year.member.enrolled_at
    start, end = max(last, year.spec.now - timedelta(days=42)), year.spec.now - timedelta(hours=1)
    if end <= start:
        return
    at = start + (end - start) * rng.random()
    year._expire_until(at)  # noqa: SLF001 - what lapsed before is gone before the gift
    donate(year, at, rng)


def donate(year: _MemberYear, at: datetime, rng: random.Random) -> None:
    """Some of what the member holds then, in whole steps of the charity's rate."""
    charity = rng.choice([c for c in year.program.charities if c.active])
    step = charity.points_per_value
    points = min(year.state.balance, rng.choice((100, 200, 300))) // step * step
    if points <= 0:
        return
    who = year.spec.cashier
    entry = LedgerEntry(_id(rng), year.member.id, EntryKind.DONATE, -points, at, who.terminal_id, who.username,
                        reason=f"charity:{charity.id}", reward_id=charity.id)
    year._post([entry])  # noqa: SLF001
    amount = donation_value(charity, points)
    currency = year.program.currency
    year.year.rows.donation(DonationRecord(entry.id, year.member.id, charity.id, charity.name, points, amount,
                                           currency, at))
    year._record(CharityDonated(entry.id, year.member.id, charity.id, charity.name, points, amount, currency, at),  # noqa: SLF001
                 at)


def write_gift_card_history(rows: HistoryRows, spec: YearSpec, *, seed: int) -> None:
    """A few cards sold over the year, some topped up, most partly spent: the liability report's rows."""
    who = spec.cashier
    cards: list[tuple[str, int]] = []  # each card's number and what it holds after its year
    for n in range(1, GIFT_CARDS + 1):
        rng = random.Random(f"gift-card:{seed}:{n}")
        number = gift_card_number(rng.randrange(10**8, 10**9 - 1))
        at = spec.now - timedelta(days=rng.uniform(20, 330))
        moves = [(GiftCardEntryKind.ISSUE, rng.choice((20_000, 50_000, 100_000)))]
        if rng.random() < 0.4:
            moves.append((GiftCardEntryKind.TOP_UP, rng.choice((10_000, 20_000))))
        balance = sum(amount for _kind, amount in moves)
        for _ in range(rng.randrange(0, 4)):
            spent = min(balance, rng.choice((3_500, 8_900, 15_000, 24_900)))
            if spent:
                moves.append((GiftCardEntryKind.REDEEM, -spent))
                balance -= spent
        for kind, amount in moves:
            entry = GiftCardEntry(_id(rng), number, kind, amount, spec.program.currency, at, who.terminal_id,
                                  who.username)
            rows.gift_card_entry(entry)
            rows.event(GiftCardEntryPosted(entry.id, number, kind, amount, entry.currency, at, who.terminal_id,
                                           who.username), username=who.username, terminal_id=who.terminal_id, at=at)
            at = min(at + timedelta(days=rng.uniform(3, 60)), spec.now - timedelta(hours=2))
        cards.append((number, balance))
    _todays_card_work(rows, spec, cards, seed=seed)


def _todays_card_work(rows: HistoryRows, spec: YearSpec, cards: list[tuple[str, int]], *, seed: int) -> None:
    """Today, as the End of day and Reports > Gift cards show it: the first card with money
    topped up half an hour ago (money the End of day says to key into the register), and the
    last one voided by the manager twenty minutes ago because its holder reported it lost
    (Ctrl+G there shows why; the till refuses the card, saying so)."""
    with_money = [(number, balance) for number, balance in cards if balance > 0]
    if len(with_money) < 2:
        return
    rng = random.Random(f"gift-card-day:{seed}")
    (paying, _), (lost, left) = with_money[0], with_money[-1]
    manager = Actor(MANAGER_USER, Role.MANAGER, spec.cashier.terminal_id)
    for number, kind, amount, who, minutes, reason in (
            (paying, GiftCardEntryKind.TOP_UP, TODAY_TOP_UP_MINOR, spec.cashier, 30, None),
            (lost, GiftCardEntryKind.VOID, -left, manager, 20, LOST_CARD_REASON)):
        at = spec.now - timedelta(minutes=minutes)
        entry = GiftCardEntry(_id(rng), number, kind, amount, spec.program.currency, at, who.terminal_id,
                              who.username, reason=reason)
        rows.gift_card_entry(entry)
        rows.event(GiftCardEntryPosted(entry.id, number, kind, amount, entry.currency, at, who.terminal_id,
                                       who.username, None, reason), username=who.username,
                   terminal_id=who.terminal_id, at=at)
