"""One demo member's history, worked out by the same rules the till applies.

Each member lives through the demo's window (``HISTORY_DAYS``, 15 months: long enough
that the first quarter's points pass their 12-month expiry) in time order:

* enrolment, if it falls in the window: the member_enrolled record and the welcome
  bonus the program's enrolment campaign gives (``services.members.membership.enrol``);
* visits (how many: the lognormal model of ``demo/visits.py``), each a basket of 1 to
  30 lines (most 1-4: ``BASKET_MU``/``BASKET_SIGMA``) of the catalogue's products,
  priced by ``domain.pricing.price_sale`` with the member as they stand then (tier,
  balance, today's points, 12-month spend), so multipliers, campaigns in force on the
  day, the daily cap and rounding are the engine's; a member whose balance allows
  redeems a reward on some visits (a free coffee, or NOK 50 off a big basket);
  entries, receipt, sale row, the upgrade a sale earns and its records as ``checkout``;
* returns of some sales days later, whole or one unit of a line, planned by
  ``domain.returns`` and booked as ``services.sale.returns`` books them;
* the expiry job's runs (each night after a lot lapses: ``domain.ledger.expiry_due``),
  and the yearly tier review (downgrades after the review date and grace days).

Everything is drawn from a ``random.Random`` seeded per chunk of members, so one seed
gives one shop; ids are version-4 UUIDs from that generator.
"""

from __future__ import annotations

import heapq
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from loyalty_pos.demo.giving_history import give_after_the_year, write_gift_card_history
from loyalty_pos.domain import tiers as tier_rules
from loyalty_pos.domain.basket import Basket, BasketLine, Product
from loyalty_pos.demo.action_history import REFERRED_SHARE, history_visit_awards, keyed_action, referrer_awards
from loyalty_pos.domain.campaign_audience import campaigns_for_new_member
from loyalty_pos.domain.campaigns import action_bonus
from loyalty_pos.domain.earning import campaign_points
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.badges import Badge
from loyalty_pos.domain.events import (
    BadgeEarned,
    BalanceFlagged,
    Event,
    MemberActionRecorded,
    MemberReferred,
    MemberEnrolled,
    PaidMembershipSold,
    PointsExpired,
    ReturnProcessed,
    SaleCommitted,
    TierChanged,
)
from loyalty_pos.domain.ledger import (
    EntryKind,
    LedgerEntry,
    PointsState,
    expiry_due,
    fold,
    spent_by,
)
from loyalty_pos.domain.member_actions import PendingReferral, referral_code
from loyalty_pos.domain.members import (
    Card,
    CardStatus,
    Consents,
    Member,
    MemberStatus,
    MemberView,
)
from loyalty_pos.domain.paid_membership import PaidTier
from loyalty_pos.domain.pricing import PricedSale, member_after, price_sale
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.receipt import (
    Receipt,
    ReceiptKind,
    ReceiptLine,
    mask_card_number,
)
from loyalty_pos.domain.receipt_numbers import format_receipt_no
from loyalty_pos.domain.returns import (
    ReturnLine,
    plan_return,
    restored_lots,
    return_entries,
)
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.segments import Visit, segments_of
from loyalty_pos.domain.tender import Tender
from loyalty_pos.demo.counting_history import MemberCounting
from loyalty_pos.demo.order_history import catering_order
from loyalty_pos.demo.prize_history import mystery_for, record_outcomes
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.ports import SaleRecord
from loyalty_pos.services.sale.counting import CountingPanel, receipt_fields
from loyalty_pos.services.sale.receipts import sale_receipt
from loyalty_pos.services.sale.visit_awards import award_line
from loyalty_pos.services.sale.returns import returned_lines
from loyalty_pos.store.bulk import BulkLoader
from loyalty_pos.store.demo.population import (
    SeededMember,
    seeded_members,
    set_receipt_counter,
    set_tiers,
)
from loyalty_pos.store.demo.records import HistoryRows

HISTORY_DAYS = 455  # 15 months: the first three months' points have passed a 12-month expiry
BASKET_MU, BASKET_SIGMA, BASKET_MOST = 0.75, 0.8, 30  # lines: lognormal, median 2, 1 in 40 over 10
REDEEM_CHANCE = 0.35  # of visits where the balance allows a reward
RETURN_CHANCE = 0.04  # of sales, returned 1 hour to 14 days later
WHOLE_RETURN_CHANCE = 0.5  # the rest return one unit of one line
EXPIRY_RUN_HOUR = 3  # the nightly job's hour (UTC) that books lapsed points
_QUANTITIES = (1, 1, 1, 1, 1, 1, 2, 2, 3, 4)
# Of members who joined before the window, the share holding at least the top tier, the
# one below it, ...: last year's spend (the review moves those who did not keep it up down).
_HELD_BEFORE = (0.02, 0.10)


@dataclass(frozen=True, slots=True)
class YearSpec:
    program: Program
    products: tuple[Product, ...]  # what the history sells (active catalogue products)
    now: datetime
    zone: ZoneInfo  # the shop's: its days count today's points and its review date
    shop_name: str
    cashier: Actor  # rings up the history's sales and returns
    jobs: Actor  # the nightly expiry and tier review
    visits: tuple[int, ...]  # equally likely visit counts a year, per member
    coffee_code: str = "COF-FIL"  # the free-coffee reward's product
    free_coffee: str = "free-coffee"
    amount_off: str = "nok50"

    @property
    def start(self) -> datetime:
        return self.now - timedelta(days=HISTORY_DAYS)


@dataclass(slots=True)
class ExpiryRuns:
    """The expiry job's runs across all members: one points_expired record per run."""

    runs: dict[datetime, list[int]] = field(default_factory=dict)  # run -> [members, points]

    def add(self, at: datetime, points: int) -> None:
        run = self.runs.setdefault(at, [0, 0])
        run[0] += 1
        run[1] += points


@dataclass(slots=True)
class Outcome:
    """What a member's year left: their tier and when it was last reviewed."""

    tier_code: str
    reviewed_at: datetime | None
    converted: tuple[datetime, str] | None = None  # a referred member's first sale: (when, sale id)


class _Counter:
    """The history terminal's receipt numbers, shared by every member."""

    def __init__(self, terminal_id: str) -> None:
        self.terminal_id = terminal_id
        self.last = 0

    def next(self) -> str:
        self.last += 1
        return format_receipt_no(self.terminal_id, self.last)


class Year:
    """Works out members' years one after the other into ``rows``."""

    def __init__(self, spec: YearSpec, rows: HistoryRows, expiries: ExpiryRuns) -> None:
        self.spec = spec
        self.rows = rows
        self.expiries = expiries
        self.receipts = _Counter(spec.cashier.terminal_id)
        self._by_code = {product.code: product for product in spec.products}
        self._sold = spec.products
        self._checkpoints = _checkpoints(spec)

    def member(self, member: Member, rng: random.Random, *, referrer: Member | None = None,
               referred: Sequence[tuple[datetime, str]] = ()) -> Outcome:
        """``referrer``: the friend whose code the member enrolled with; ``referred``: (first
        sale, member id) of those the member referred, whose friend's award comes then."""
        year = _MemberYear(self, member, rng)
        year.referrer = referrer
        for at, referred_id in referred:
            year.pending_referrals.append((at, referred_id))
        return year.run()


def _checkpoints(spec: YearSpec) -> tuple[datetime, ...]:
    """The tier review's downgrade checkpoints inside the window."""
    policy = spec.program.tiers
    found = set()
    day = spec.start.astimezone(spec.zone)
    end = spec.now.astimezone(spec.zone)
    while day <= end:
        checkpoint = tier_rules.downgrade_checkpoint(policy, day)
        if spec.start < checkpoint <= spec.now:
            found.add(checkpoint)
        day += timedelta(days=28)
    found.add(tier_rules.downgrade_checkpoint(policy, end))
    return tuple(sorted(c for c in found if spec.start < c <= spec.now))


def _fold_order(entry: LedgerEntry) -> tuple[datetime, str]:
    return entry.at, entry.id  # domain.ledger.fold's replay order


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


_ENROL, _SALE, _RETURN, _REVIEW, _REFERRER = 0, 1, 2, 3, 4


class _MemberYear:
    def __init__(self, year: Year, member: Member, rng: random.Random) -> None:
        self.year = year
        self.spec = year.spec
        self.program = year.spec.program
        self.member = member
        self.rng = rng
        self.entries: list[LedgerEntry] = []
        self.state = PointsState()
        self.qualifying: list[tuple[datetime, int]] = []  # (at, what it adds to the tier metric)
        self.visits: list[Visit] = []  # what places them in the program's segments, as the till reads it
        self.day: date | None = None
        self.earned_today = self.redeemed_today = 0
        self.reviewed_at: datetime | None = None
        self.has_balance_row = False
        self.last_folded: tuple[datetime, str] | None = None
        self.events: list[tuple[datetime, int, int, object]] = []
        self._order = 0
        self.given: set[str] = set()  # derived ids of the awards and limited actions the member had
        self.action_rng: random.Random | None = None
        self.referrer: Member | None = None
        self.converted: tuple[datetime, str] | None = None
        self.pending_referrals: list[tuple[datetime, str]] = []
        self.referrals_paid: list[datetime] = []
        self.counting = MemberCounting(self.program, member.id)  # challenges, badges, a paid tier
        self.ordered = False  # placed their catering order (demo/order_history.py)
        self.mystery_tried = False  # redeemed the mystery treat (demo/prize_history.py)

    # -- the timeline ---------------------------------------------------------------
    def _push(self, at: datetime, kind: int, data: object = None) -> None:
        self._order += 1
        heapq.heappush(self.events, (at, self._order, kind, data))

    def run(self) -> Outcome:
        spec = self.spec
        enrolled = self.member.enrolled_at
        begin = max(enrolled, spec.start)
        if enrolled >= spec.start:
            self._push(enrolled, _ENROL)
        else:  # a member from before the window holds the tier last year's spend gave them
            draw = self.rng.random()
            tiers = self.program.tiers.tiers
            held = next((tier for tier, share in zip(reversed(tiers), _HELD_BEFORE, strict=False) if draw < share),
                        tiers[0])
            self.member = replace(self.member, tier_code=held.code)
        visits = round(self.rng.choice(spec.visits) * HISTORY_DAYS / 365)
        first = begin + timedelta(hours=1)
        last = spec.now - timedelta(hours=1)
        if visits and last > first:
            span = (last - first).total_seconds()
            for offset in sorted(self.rng.random() * span for _ in range(visits)):
                self._push(first + timedelta(seconds=offset), _SALE)
        for checkpoint in self.year._checkpoints:
            if checkpoint > enrolled:
                self._push(checkpoint, _REVIEW)
        for at, referred_id in self.pending_referrals:
            if at > enrolled:
                self._push(at, _REFERRER, referred_id)
        while self.events:
            at, _, kind, data = heapq.heappop(self.events)
            self._expire_until(at)
            if kind == _ENROL:
                self._enrol(at)
            elif kind == _SALE:
                self._sale(at)
            elif kind == _RETURN:
                self._return(at, data)  # type: ignore[arg-type]
            elif kind == _REFERRER:
                self._referrer_award(at, data)  # type: ignore[arg-type]
            else:
                self._review(at)
        give_after_the_year(self)
        self._expire_until(spec.now)
        if self.entries or self.has_balance_row:
            self.year.rows.projection(self.member.id, self.state)
        return Outcome(self.member.tier_code, self.reviewed_at, self.converted)

    # -- records ----------------------------------------------------------------------
    def _record(self, event: Event, at: datetime, actor: Actor | None = None) -> None:
        who = actor or self.spec.cashier
        self.year.rows.event(event, username=who.username, terminal_id=who.terminal_id, at=at)

    def _post(self, entries: Sequence[LedgerEntry]) -> None:
        if not entries:
            return
        ordered = sorted(entries, key=_fold_order)
        if self.last_folded is not None and _fold_order(ordered[0]) <= self.last_folded:
            self.entries.extend(entries)
            self.state = fold(self.entries)
        else:  # after everything folded so far: fold only the new entries on top
            self.entries.extend(entries)
            state = self.state
            for entry in ordered:
                state = state.apply(entry)
            self.state = state
        newest = _fold_order(ordered[-1])
        self.last_folded = newest if self.last_folded is None else max(self.last_folded, newest)
        self.year.rows.entries(entries)
        self.has_balance_row = True

    def _entry(self, at: datetime, kind: EntryKind, points: int, actor: Actor | None = None,
               **fields: object) -> LedgerEntry:
        who = actor or self.spec.cashier
        return LedgerEntry(id=_uuid(self.rng), member_id=self.member.id, kind=kind, points=points, at=at,
                           terminal_id=who.terminal_id, actor=who.username, **fields)  # type: ignore[arg-type]

    # -- enrolment ----------------------------------------------------------------------
    def _enrol(self, at: datetime) -> None:
        member, program = self.member, self.program
        card = member.active_card
        bonus = [
            self._entry(at, EntryKind.BONUS, points, reason=f"campaign:{campaign.id}",
                        expires_at=program.expiry.expiry_for(at))
            for campaign, points in action_bonus(campaigns_for_new_member(program, member), action="enrolment",
                                                 tiers=program.tiers,
                                                 tier_code=member.tier_code, now=at,
                                                 marketing_consent=member.consents.marketing)
        ]
        self._post(bonus)
        self.has_balance_row = True  # enrol writes a zero balance row when no bonus does
        self._record(MemberEnrolled(member.id, member.name, member.phone, member.email, member.birthday,
                                    member.consents.marketing, member.consents.data_processing,
                                    card.number if card else "", member.tier_code), at)
        if self.referrer is not None:
            self._record(MemberReferred(member.id, self.referrer.id, referral_code(self.referrer.id) or ""), at)

    # -- a visit -------------------------------------------------------------------------
    def _metric(self, at: datetime) -> int:
        since = tier_rules.window_start(self.program.tiers, at)
        return sum(value for when, value in self.qualifying if since <= when <= at)

    def _basket(self) -> list[BasketLine]:
        rng = self.rng
        count = min(BASKET_MOST, max(1, round(rng.lognormvariate(BASKET_MU, BASKET_SIGMA))))
        products = rng.sample(self.year._sold, min(count, len(self.year._sold)))
        return [BasketLine.of(n, product, rng.choice(_QUANTITIES)) for n, product in enumerate(products, 1)]

    def _view(self, at: datetime) -> MemberView:
        today = at.astimezone(self.spec.zone).date()
        if today != self.day:
            self.day, self.earned_today, self.redeemed_today = today, 0, 0
        member = self.member
        return MemberView(member_id=member.id, tier_code=member.tier_code, balance=self.state.balance,
                          points_earned_today=self.earned_today, points_redeemed_today=self.redeemed_today,
                          tier_metric=self._metric(at), birthday=member.birthday,
                          marketing_consent=member.consents.marketing,
                          segments=segments_of(self.program.segments, tier_code=member.tier_code,
                                               enrolled_at=member.enrolled_at, visits=self.visits, now=at))

    def _price(self, lines: list[BasketLine], view: MemberView, at: datetime, sale_id: str,
               sale_number: int) -> PricedSale:
        """``sale_number``: the receipt's, which an every-Nth instant win counts, as at the till."""
        spec, rng = self.spec, self.rng
        redemptions: tuple[RedemptionRequest, ...] = ()
        if view.balance >= 100 and rng.random() < REDEEM_CHANCE:
            gross = sum(line.unit_price * line.quantity for line in lines)
            if gross >= 20_000 and rng.random() < 0.5:
                redemptions = (RedemptionRequest(spec.amount_off),)
            else:
                # The mystery's pool holds the free coffee: the coffee line below lets it draw.
                mystery = mystery_for(self.program, self.member.id, self.mystery_tried)
                redemptions = (RedemptionRequest(mystery or spec.free_coffee),)
                if all(line.product_code != spec.coffee_code for line in lines):
                    lines.append(BasketLine.of(len(lines) + 1, self.year._by_code[spec.coffee_code]))
        basket = Basket(self.program.currency, tuple(lines))
        if redemptions:
            try:
                priced = price_sale(basket, view, self.program, redemptions=redemptions, sale_id=sale_id, now=at,
                                    sale_number=sale_number, zone=self.spec.zone)
                self.mystery_tried |= any(effect.drawn_id for effect in priced.rewards)
                return priced
            except LoyaltyError:
                pass  # not this time (a minimum basket, the balance): the sale goes on without it
        return price_sale(basket, view, self.program, sale_id=sale_id, now=at, sale_number=sale_number,
                          zone=self.spec.zone)

    def _sale(self, at: datetime) -> None:
        spec, program, rng = self.spec, self.program, self.rng
        sale_id = _uuid(rng)
        view = self._view(at)
        lines = self._basket()
        order = catering_order(self.member.id, at, spec.now, self.ordered, self.year._by_code)
        self.ordered |= order is not None
        # The receipt number first, as the till has it when it prices (a paid year sold on
        # this visit takes the next one).
        receipt_no = self.year.receipts.next()
        priced = self._price(order or lines, view, at, sale_id, self.year.receipts.last)
        referral = None
        if self.referrer is not None and self.converted is None:  # the first purchase converts the referral
            self.converted = (at, sale_id)
            referral = PendingReferral(self.referrer.id, self.referrer.tier_code,
                                       self.referrer.consents.marketing, 0)
        awards = history_visit_awards(program, self.member, self.state, self.given, at, spec.zone, referral)
        panel, earned = self._counted(priced, at)
        completions = self.counting.completions(panel, sale_id, spec.cashier, at)
        entries = self._sale_entries(priced, at) + [self._award_entry(at, award.entry_id, award.campaign_id,
                                                                      award.points) for award in awards]
        entries += completions
        self._post(entries)
        self.earned_today += priced.points_earned
        self.redeemed_today += priced.points_redeemed
        after = member_after(view, priced, program.tiers.basis)
        metric = after.tier_metric
        change = tier_rules.review(program.tiers, tier_code=self.member.tier_code, metric=metric, now=at,
                                   last_reviewed_at=at)
        if change is not None and change.direction == "up":  # upgrades happen on the sale that qualifies
            self.member = replace(self.member, tier_code=change.to_code)
            self._record(TierChanged(self.member.id, change.from_code, change.to_code, change.reason), at)
        receipt = sale_receipt(priced, program=program, receipt_no=receipt_no, actor=spec.cashier,
                               shop=spec.shop_name, tender=Tender.CARD, member=self.member, state=self.state,
                               now=at, metric=metric)
        receipt = replace(receipt, awards=tuple(award_line(award) for award in awards))
        receipt = replace(receipt, **receipt_fields(panel, completions))
        self._badges(earned, sale_id, at)
        record_outcomes(self.year.rows, priced, self.member.id, spec.cashier.terminal_id, at)
        sale = SaleRecord(
            sale_id=sale_id, receipt_no=receipt_no, member_id=self.member.id, terminal_id=spec.cashier.terminal_id,
            actor=spec.cashier.username, at=at, currency=priced.currency, lines=priced.lines,
            total_minor=priced.amount_due_minor, tender=Tender.CARD, points_earned=priced.points_earned,
            points_redeemed=priced.points_redeemed, receipt=receipt,
            campaign_points=campaign_points(priced.breakdown), qualifying=priced.qualifying,
        )
        self.year.rows.sale(sale)
        self.qualifying.append((at, priced.qualifying.metric(program.tiers.basis)))
        self.visits.append(Visit(at, sale.total_minor))
        self._record(SaleCommitted(sale_id, receipt_no, sale.member_id, sale.total_minor, sale.currency,
                                   Tender.CARD, sale.points_earned, sale.points_redeemed), at)
        if rng.random() < RETURN_CHANCE:
            when = at + timedelta(seconds=3_600 + rng.random() * 13 * 86_400)
            if when < spec.now:
                self._push(when, _RETURN, sale)
        self._keyed_action(at + timedelta(minutes=1))

    def _award_entry(self, at: datetime, entry_id: str, campaign_id: str, points: int) -> LedgerEntry:
        """A visit award or keyed action as the till books it: its derived id, no sale reference."""
        cashier = self.spec.cashier
        return LedgerEntry(id=entry_id, member_id=self.member.id, kind=EntryKind.BONUS, points=points, at=at,
                           terminal_id=cashier.terminal_id, actor=cashier.username, reason=f"campaign:{campaign_id}",
                           expires_at=self.program.expiry.expiry_for(at))

    def _referrer_award(self, at: datetime, referred_id: str) -> None:
        awards = referrer_awards(self.program, self.member, referred_id, self.referrals_paid, at, self.spec.zone)
        self._post([self._award_entry(at, entry_id, campaign_id, points) for entry_id, campaign_id, points in awards])

    def _keyed_action(self, at: datetime) -> None:
        # A generator of the member's own: the visits and baskets drawn from the chunk's stay as they were.
        if self.action_rng is None:
            self.action_rng = random.Random(self.member.id)
        keyed = keyed_action(self.program, self.member, self.given, at, self.spec.zone, self.action_rng)
        if keyed is None or at >= self.spec.now:
            return
        campaign, entry_id, points = keyed
        self._post([self._award_entry(at, entry_id, campaign.id, points)])
        self._record(MemberActionRecorded(entry_id, self.member.id, campaign.id, campaign.action or "", points), at)

    def _counted(self, priced: PricedSale, at: datetime) -> tuple[CountingPanel | None, tuple[Badge, ...]]:
        """Challenges and badges as checkout counts them (completions unpaid: see
        demo/counting_history.py); first, the paid tier a few buy."""
        today = at.astimezone(self.spec.zone).date()
        offer = self.counting.buys_paid_tier(self.spec.now, at, self.member.tier_code)
        if offer is not None:
            self._sell_paid_tier(offer, today, at)
        return self.counting.on_sale(priced, today)

    def _sell_paid_tier(self, offer: PaidTier, today: date, at: datetime) -> None:
        """As services.members.paid_tier.sell_paid_tier: the row, its record, the tier (never down)."""
        cashier = self.spec.cashier
        row = self.counting.sell(offer, today, at, cashier, self.year.receipts.next(), self.program.currency)
        self.year.rows.paid_membership(row)
        tiers = self.program.tiers
        if tiers.rank(offer.tier_code) > tiers.rank(self.member.tier_code):
            self._record(TierChanged(self.member.id, self.member.tier_code, offer.tier_code,
                                     f"{offer.name} until {row.until.isoformat()}"), at)
            self.member = replace(self.member, tier_code=offer.tier_code)
        self._record(PaidMembershipSold(row.id, row.member_id, row.paid_tier_id, row.tier_code, row.fee_minor,
                                        row.currency, row.until, row.receipt_no, row.name, row.actor), at)

    def _badges(self, earned: tuple[Badge, ...], sale_id: str, at: datetime) -> None:
        if earned:
            self.year.rows.badges(self.member.id, [badge.id for badge in earned], at, sale_id)
        for badge in earned:
            self._record(BadgeEarned(self.member.id, badge.id, sale_id), at)

    def _sale_entries(self, priced: PricedSale, at: datetime) -> list[LedgerEntry]:
        """As ``checkout.ledger_entries``: redemptions, then the purchase and bonus points."""
        common = {"sale_ref": priced.sale_id}
        entries = [self._entry(at, EntryKind.REDEEM, -effect.points, reward_id=effect.reward_id,
                               reason=effect.description, **common)
                   for effect in priced.rewards if effect.points]
        earning = priced.earning
        expires_at = self.program.expiry.expiry_for(at)
        if earning is not None and earning.purchase_points > 0:
            entries.append(self._entry(at, EntryKind.EARN, earning.purchase_points, expires_at=expires_at, **common))
        if earning is not None and earning.bonus_points > 0:
            entries.append(self._entry(at, EntryKind.BONUS, earning.bonus_points, reason="campaign",
                                       expires_at=expires_at, **common))
        return entries

    # -- a return ------------------------------------------------------------------------
    def _return(self, at: datetime, sale: SaleRecord) -> None:
        spec, program, rng = self.spec, self.program, self.rng
        if rng.random() < WHOLE_RETURN_CHANCE:
            request = tuple(ReturnLine(line.line_no, line.quantity) for line in sale.lines)
        else:
            request = (ReturnLine(rng.choice(sale.lines).line_no, 1),)
        plan = plan_return(sale.lines, already_returned={}, request=request, balance=self.state.balance,
                           policy=program.negative_balance, qualifying=sale.qualifying)
        return_id = _uuid(rng)
        redeems = sorted((e for e in self.entries if e.sale_ref == sale.sale_id and e.kind is EntryKind.REDEEM),
                         key=lambda e: (e.at, e.id))
        restored = restored_lots(spent_by(self.entries, [e.id for e in redeems]), restored_before=0,
                                 restoring=plan.points_restored, fresh_expiry=program.expiry.expiry_for(at))
        reason = f"return {return_id}: -{plan.points_to_take} earned, +{plan.points_restored} restored"
        self._post([self._entry(at, EntryKind.REVERSE, points, sale_ref=sale.sale_id, reason=reason,
                                expires_at=expiry if points > 0 else None)
                    for points, expiry in return_entries(restored, plan.points_to_take)])
        if plan.flagged:
            self._record(BalanceFlagged(self.member.id, sale.sale_id, self.state.balance,
                                        plan.points_reversed - plan.points_to_take), at)
        lines = returned_lines(sale, plan)
        receipt_no = self.year.receipts.next()
        card = self.member.active_card
        # As services.sale.returns.return_receipt prints it.
        receipt = Receipt(
            kind=ReceiptKind.RETURN, receipt_no=receipt_no, sale_id=return_id, at=at,
            terminal_id=spec.cashier.terminal_id, cashier=spec.cashier.username, shop_name=spec.shop_name,
            currency=sale.currency,
            lines=tuple(ReceiptLine(l.name, l.quantity, l.unit_price, l.net_minor, l.discount_minor) for l in lines),
            gross=sum(l.gross_minor for l in lines), discount=sum(l.discount_minor for l in lines),
            total=-plan.refund_minor, store_credit=0, amount_due=-plan.refund_minor, tender=Tender.CARD,
            member_name=self.member.name.split(" ")[0] if self.member.status is not MemberStatus.ERASED else None,
            card_number_masked=mask_card_number(card.number) if card else None,
            points_earned=-plan.points_to_take, points_restored=plan.points_restored,
            balance=self.state.balance, original_receipt_no=sale.receipt_no,
        )
        self.year.rows.sale(SaleRecord(
            sale_id=return_id, receipt_no=receipt_no, member_id=sale.member_id,
            terminal_id=spec.cashier.terminal_id, actor=spec.cashier.username, at=at, currency=sale.currency,
            lines=lines, total_minor=-plan.refund_minor, tender=Tender.CARD,
            points_earned=-plan.points_to_take, points_redeemed=-plan.points_restored,
            receipt=receipt, returned_of=sale.sale_id, qualifying=plan.qualifying,
        ))
        self.qualifying.append((at, plan.qualifying.metric(program.tiers.basis)))
        self.visits.append(Visit(at, -plan.refund_minor, is_return=True))
        self._record(ReturnProcessed(return_id, sale.sale_id, receipt_no, plan.refund_minor, plan.points_reversed,
                                     plan.points_to_take, plan.points_restored, plan.flagged, None), at)

    # -- the nightly jobs ------------------------------------------------------------------
    def _expire_until(self, until: datetime) -> None:
        """The expiry job's runs up to ``until``: the first night after each lot lapses."""
        policy = self.program.expiry
        while True:
            lapses = [lot.expires_at for lot in self.state.lots if lot.remaining and lot.expires_at is not None]
            if not lapses:
                return
            lapse = min(lapses)
            # A return can give back points whose lot lapsed already (they keep their expiry):
            # the next night's run takes them, never one dated before the return.
            since = lapse if self.last_folded is None else max(lapse, self.last_folded[0])
            run = datetime.combine(since.date(), time(EXPIRY_RUN_HOUR), tzinfo=since.tzinfo)
            if run < since:
                run += timedelta(days=1)
            if run > until:
                return
            due = expiry_due(self.state, policy, run)
            if due is None:
                return
            jobs = self.spec.jobs
            self._post([self._entry(run, EntryKind.EXPIRE, -due.points, actor=jobs, reason=due.reason)])
            self.year.expiries.add(run, due.points)

    def _review(self, at: datetime) -> None:
        """The yearly review: a member above the first tier is looked at once, and moves
        down if their 12-month metric no longer holds the tier."""
        policy = self.program.tiers
        if self.member.tier_code == policy.tiers[0].code:
            return
        if self.counting.exempt(at.astimezone(self.spec.zone).date()):
            return  # a paid tier holds: reviewed once it lapses
        metric = self._metric(at)
        change = tier_rules.review(policy, tier_code=self.member.tier_code, metric=metric, now=at,
                                   last_reviewed_at=self.reviewed_at)
        self.reviewed_at = at
        if change is not None and change.direction == tier_rules.DOWN:
            self._record(TierChanged(self.member.id, self.member.tier_code, change.to_code, change.reason, metric),
                         at, self.spec.jobs)
            self.member = replace(self.member, tier_code=change.to_code)


def write_year(loader: BulkLoader, spec: YearSpec, *, seed: int, members: int,
               progress: Callable[[str, int, int], None]) -> HistoryCounts:
    """Every seeded member's year into ``loader``'s transaction; reports ``progress("history",
    members done, members)``."""
    rows = HistoryRows(loader)
    expiries = ExpiryRuns()
    year = Year(spec, rows, expiries)
    first_tier = spec.program.tiers.tiers[0].code
    moved: list[tuple[int, str, datetime | None]] = []
    referrals: list[tuple[object, ...]] = []
    done = 0
    progress("history", 0, members)
    for chunk in seeded_members(loader):
        # One generator per chunk of members: the same seed gives the same shop.
        rng = random.Random(seed * 1_000_003 + chunk[0].row_id)
        referred: list[tuple[datetime, str]] = []  # the next member referred the one before: their first sale
        for index, seeded in enumerate(chunk):
            friend = _referrer_of(seeded, chunk[index + 1] if index + 1 < len(chunk) else None, spec)
            outcome = year.member(_member(seeded, first_tier), rng,
                                  referrer=_member(friend, first_tier) if friend else None, referred=referred)
            referred = []
            if friend is not None:
                referrals.append((seeded.id, friend.id, referral_code(friend.id) or "", seeded.enrolled_at,
                                  *(outcome.converted or (None, None))))
                if outcome.converted is not None:
                    referred = [(outcome.converted[0], seeded.id)]
            if outcome.tier_code != first_tier or outcome.reviewed_at is not None:
                moved.append((seeded.row_id, outcome.tier_code, outcome.reviewed_at))
        done += len(chunk)
        progress("history", done, members)
    jobs = spec.jobs
    for run, (count, points) in sorted(expiries.runs.items()):
        rows.event(PointsExpired(str(uuid.UUID(int=random.Random(run.timestamp()).getrandbits(128), version=4)),
                                 count, points), username=jobs.username, terminal_id=jobs.terminal_id, at=run)
    write_gift_card_history(rows, spec, seed=seed)
    rows.flush()
    loader.insert("referrals", referrals, ("referred_id", "referrer_id", "code", "referred_at", "converted_at",
                                           "sale_id"))
    set_tiers(loader, moved)
    set_receipt_counter(loader, spec.cashier.terminal_id, year.receipts.last)
    return HistoryCounts(sales=rows.counts["sales"], entries=rows.counts["ledger"], audit=rows.counts["audit_log"],
                         outbox=rows.counts["outbox"])


@dataclass(frozen=True, slots=True)
class HistoryCounts:
    sales: int  # returns included
    entries: int
    audit: int
    outbox: int


def _member(seeded: SeededMember, tier_code: str) -> Member:
    card = Card(seeded.card, seeded.id, CardStatus.ACTIVE, seeded.enrolled_at, printed=True)
    return Member(id=seeded.id, name=seeded.name, phone=seeded.phone, email=seeded.email,
                  birthday=date.fromisoformat(seeded.birthday) if seeded.birthday else None,
                  consents=Consents(marketing=seeded.consent_marketing, data_processing=True),
                  tier_code=tier_code, status=MemberStatus.ACTIVE, enrolled_at=seeded.enrolled_at, cards=(card,))


def _referrer_of(seeded: SeededMember, following: SeededMember | None, spec: YearSpec) -> SeededMember | None:
    """The friend whose code a member joined with: the member written after them, when that
    one joined first (so their year, written next, can be paid at this one's first sale)."""
    if following is None or seeded.enrolled_at < spec.start or following.enrolled_at >= seeded.enrolled_at:
        return None
    return following if random.Random(f"referral:{seeded.id}").random() < REFERRED_SHARE else None
