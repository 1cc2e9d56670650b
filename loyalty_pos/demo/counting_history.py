"""One demo member's challenges, badges and paid membership over the seeded year, by the
rules the till applies (domain/challenges.py, domain/badges.py, domain/paid_membership.py).

Nothing here draws from the member's random generator. The challenges count the seeded
purchases (the till shows each member's progress from them) and a sale that completes
one pays its bonus as checkout does (services/sale/counting.py): one entry per member,
challenge and period, on the sale, so the Challenges report has completions in the
demo. Badges go in the badge table, and about one Gold member in 3 buys the demo's paid Gold year at their
first visit of the last 12 months (chosen by a hash of their id), so the review keeps them
Gold whatever they spend; a paid upgrade at the till is the till's to show, and leaves
the seeded tier history spend's alone.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from loyalty_pos.domain.badges import Badge, Footprint, new_badges
from loyalty_pos.domain.challenges import statuses
from loyalty_pos.domain.counting import Purchase
from loyalty_pos.domain.derived_ids import challenge_completion_id, uuid5
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.domain.paid_membership import PaidTier, holds, paid_until
from loyalty_pos.domain.pricing import PricedSale
from loyalty_pos.domain.program import Program
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.ports import PaidMembershipRow
from loyalty_pos.services.sale.counting import CHALLENGE_REASON, CountingPanel

PAID_ONE_IN = 3
PAID_WINDOW_DAYS = 360  # bought in the last 12 months: each holds today, the January review in between
_PAID_IDS = bytes.fromhex("2d7b0f6a9c3e4b51a8e2f04c6d19b7a3")  # the demo's paid-membership row ids


@dataclass(slots=True)
class MemberCounting:
    program: Program
    member_id: str
    bought: list[Purchase] = field(default_factory=list)
    footprint: Footprint = Footprint()
    held: set[str] = field(default_factory=set)
    paid: PaidMembershipRow | None = None
    completed: set[str] = field(default_factory=set)  # the completions paid: their derived entry ids

    def on_sale(self, priced: PricedSale, today: date) -> tuple[CountingPanel | None, tuple[Badge, ...]]:
        """The panel checkout would show after this sale, and the badges it awards."""
        program = self.program
        if not (program.challenges or program.badges or program.paid_tiers):
            return None, ()
        basket = [Purchase(today, line.product_code, line.category, line.quantity) for line in priced.lines]
        found = statuses(program.challenges, self.bought, basket, today)
        after = self.footprint.with_sale(basket)
        earned = new_badges(program.badges, self.held, after)
        held = tuple(badge for badge in program.badges if badge.id in self.held)
        self.bought += basket
        self.footprint = after
        self.held |= {badge.id for badge in earned}
        paid = self.paid if self.paid is not None and holds(self.paid.until, today) else None
        return CountingPanel(found, earned, held, paid.name if paid else None, paid.until if paid else None), earned

    def completions(self, panel: CountingPanel | None, sale_id: str, actor: Actor, at: datetime) -> list[LedgerEntry]:
        """As ``services.sale.counting.completion_entries``: each completion paid once."""
        entries = []
        for status in panel.challenges if panel is not None else ():
            entry_id = challenge_completion_id(self.member_id, status.challenge.id, status.period.isoformat())
            if not status.completed or entry_id in self.completed:
                continue
            self.completed.add(entry_id)
            entries.append(LedgerEntry(
                id=entry_id, member_id=self.member_id, kind=EntryKind.BONUS, points=status.challenge.bonus_points,
                at=at, terminal_id=actor.terminal_id, actor=actor.username, sale_ref=sale_id,
                reason=CHALLENGE_REASON + status.challenge.id, expires_at=self.program.expiry.expiry_for(at)))
        return entries

    def buys_paid_tier(self, now: datetime, at: datetime, tier_code: str) -> PaidTier | None:
        """The demo's paid tier, when this member is one of the few who buy it on this visit."""
        offer = next((paid for paid in self.program.paid_tiers if paid.active), None)
        if offer is None or self.paid is not None or at < now - timedelta(days=PAID_WINDOW_DAYS) \
                or tier_code != offer.tier_code:
            return None
        digest = hashlib.sha256(self.member_id.encode()).digest()
        return offer if int.from_bytes(digest[:4], "big") % PAID_ONE_IN == 0 else None

    def sell(self, offer: PaidTier, today: date, at: datetime, actor: Actor, receipt_no: str,
             currency: str) -> PaidMembershipRow:
        self.paid = PaidMembershipRow(
            uuid5(_PAID_IDS, self.member_id), self.member_id, offer.id, offer.name, offer.tier_code,
            offer.fee_minor, currency, at, paid_until(today, offer.months), actor.username, actor.terminal_id,
            receipt_no)
        return self.paid

    def exempt(self, today: date) -> bool:
        """Whether the yearly review leaves the member alone today."""
        return self.paid is not None and holds(self.paid.until, today)
