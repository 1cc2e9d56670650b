"""Challenges, badges and the paid tier at the till: read with the sale, shown on the
member panel and the receipt, paid out at checkout.

``read_counting`` is part of the one read per change of the sale (services/sale/reading.py):
a member's purchases as far back as a running challenge needs, their footprint and
badges, their paid membership. Nothing is read when the program has none of these.
Checkout pays each completion through the ledger under a derived id, so a completion
another till already paid (and synced) is not paid again, and awards new badges.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from loyalty_pos.domain.badges import Badge, Footprint, new_badges
from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.challenges import ChallengeStatus, history_start, statuses
from loyalty_pos.domain.counting import Purchase
from loyalty_pos.domain.counting_names import counting_name_in
from loyalty_pos.domain.derived_ids import challenge_completion_id
from loyalty_pos.domain.events import BadgeEarned
from loyalty_pos.domain.local_names import local_name
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.domain.paid_membership import holds
from loyalty_pos.domain.pricing import PricedSale
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.receipt import ReceiptChallenge
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import PaidMembershipRow, UnitOfWork
from loyalty_pos.services.shop.shop import shop_zone

CHALLENGE_REASON = "challenge:"  # the ledger reason of a completion: "challenge:<id>"


@dataclass(frozen=True, slots=True)
class CountingReading:
    today: date  # the shop's calendar day
    history: tuple[Purchase, ...]
    footprint: Footprint
    held: frozenset[str]
    paid: PaidMembershipRow | None


@dataclass(frozen=True, slots=True)
class CountingPanel:
    """What the member panel shows of challenges, badges and a paid tier, with this sale."""

    challenges: tuple[ChallengeStatus, ...]
    new_badges: tuple[Badge, ...]  # this sale earns them
    badges: tuple[Badge, ...]  # held already
    paid_name: str | None
    paid_until: date | None  # the day it ends; None when no paid tier holds


def read_counting(uow: UnitOfWork, program: Program, member_id: str, now: datetime) -> CountingReading | None:
    if not (program.challenges or program.badges or program.paid_tiers):
        return None
    zone = shop_zone(uow)
    today = now.astimezone(zone).date()
    start = history_start(program.challenges, today)
    history: tuple[Purchase, ...] = ()
    if start is not None:
        since = datetime.combine(start, time(), zone) if start > date.min else datetime.min.replace(tzinfo=zone)
        history = tuple(Purchase(line.at.astimezone(zone).date(), line.product_code, line.category, line.quantity)
                        for line in uow.counting.bought_since(member_id, since))
    footprint, held = Footprint(), frozenset[str]()
    if program.badges:
        visits, categories = uow.counting.footprint(member_id)
        footprint, held = Footprint(visits, categories), uow.counting.badges_held(member_id)
    paid = uow.counting.paid_membership(member_id) if program.paid_tiers else None
    return CountingReading(today, history, footprint, held, paid)


def basket_purchases(today: date, lines: Sequence[PricedLine]) -> tuple[Purchase, ...]:
    return tuple(Purchase(today, line.product_code, line.category, line.quantity) for line in lines)


def counting_panel(program: Program, reading: CountingReading | None,
                   lines: Sequence[PricedLine]) -> CountingPanel | None:
    """With ``lines`` (the sale being rung up) counted; no lines: where the member stands."""
    if reading is None:
        return None
    basket = basket_purchases(reading.today, lines)
    found = statuses(program.challenges, reading.history, basket, reading.today)
    earned = new_badges(program.badges, reading.held, reading.footprint.with_sale(basket)) if basket else ()
    held = tuple(badge for badge in program.badges if badge.id in reading.held)
    paid = reading.paid if reading.paid is not None and holds(reading.paid.until, reading.today) else None
    return CountingPanel(found, earned, held, paid.name if paid else None, paid.until if paid else None)


def counting_panel_in(panel: CountingPanel | None, program: Program, *languages: str | None) -> CountingPanel | None:
    """The panel's challenges, badges and paid tier named in the first of ``languages`` (the till's)."""
    if panel is None:
        return None
    return replace(
        panel,
        challenges=tuple(replace(s, challenge=replace(s.challenge, name=local_name(s.challenge.name, s.challenge.names,
                                                                                   *languages)))
                         for s in panel.challenges),
        new_badges=tuple(replace(b, name=local_name(b.name, b.names, *languages)) for b in panel.new_badges),
        badges=tuple(replace(b, name=local_name(b.name, b.names, *languages)) for b in panel.badges),
        paid_name=counting_name_in(panel.paid_name, program, *languages) if panel.paid_name else panel.paid_name)


def completion_entries(uow: UnitOfWork, program: Program, panel: CountingPanel, member_id: str, sale_id: str,
                       actor: Actor, now: datetime) -> list[LedgerEntry]:
    """The ledger entries of the challenges this sale completes, each once whatever till pays it."""
    entries = []
    for status in panel.challenges:
        if not status.completed:
            continue
        entry_id = challenge_completion_id(member_id, status.challenge.id, status.period.isoformat())
        if uow.ledger.exists(entry_id):
            continue
        entries.append(LedgerEntry(
            id=entry_id, member_id=member_id, kind=EntryKind.BONUS, points=status.challenge.bonus_points, at=now,
            terminal_id=actor.terminal_id, actor=actor.username, sale_ref=sale_id,
            reason=CHALLENGE_REASON + status.challenge.id, expires_at=program.expiry.expiry_for(now),
        ))
    return entries


def award_badges(uow: UnitOfWork, panel: CountingPanel, member_id: str, sale_id: str, actor: Actor,
                 now: datetime) -> None:
    if not panel.new_badges:
        return
    uow.counting.award_badges(member_id, [badge.id for badge in panel.new_badges], now, sale_id)
    for badge in panel.new_badges:
        record(uow, actor, BadgeEarned(member_id, badge.id, sale_id), now)


def sale_counting(uow: UnitOfWork, program: Program, reading: CountingReading | None, priced: PricedSale,
                  member_id: str, actor: Actor, now: datetime) -> tuple[CountingPanel | None, list[LedgerEntry]]:
    """Checkout's part: the panel with the sale counted, the completions it pays (for the
    caller to post with the sale's entries) and the badges it awards."""
    panel = counting_panel(program, reading, priced.lines)
    if panel is None:
        return None, []
    award_badges(uow, panel, member_id, priced.sale_id, actor, now)
    return panel, completion_entries(uow, program, panel, member_id, priced.sale_id, actor, now)


def receipt_challenges(panel: CountingPanel | None, paid_ids: set[str]) -> tuple[ReceiptChallenge, ...]:
    """Each running challenge as the receipt prints it; a completion names the points it paid."""
    if panel is None:
        return ()
    return tuple(
        ReceiptChallenge(status.challenge.name, status.progress.count, status.progress.target,
                         status.completed and status.challenge.id in paid_ids,
                         status.challenge.bonus_points if status.challenge.id in paid_ids else 0)
        for status in panel.challenges
    )


def receipt_fields(panel: CountingPanel | None, entries: Sequence[LedgerEntry]) -> dict[str, object]:
    """The receipt's challenge, badge and paid-tier fields."""
    if panel is None:
        return {}
    paid_ids = {entry.reason.removeprefix(CHALLENGE_REASON) for entry in entries if entry.reason}
    return {
        "challenges": receipt_challenges(panel, paid_ids),
        "new_badges": tuple(badge.name for badge in panel.new_badges),
        "paid_tier": panel.paid_name,
        "paid_until": panel.paid_until.isoformat() if panel.paid_until else None,
    }
