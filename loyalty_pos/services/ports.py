"""What the services need from storage, as protocols.

``loyalty_pos.store`` implements these with SQLAlchemy; services only ever see
these shapes, so they stay free of SQL. Every list is a keyset page: nothing
ever loads all members.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import Any, Generic, Protocol, TypeVar

from loyalty_pos.domain.approvals import Approval
from loyalty_pos.domain.unusual_activity import Lookup, LookupHow, Redemption
from loyalty_pos.domain.basket import PricedLine, Product
from loyalty_pos.domain.chain import Head
from loyalty_pos.domain.changes import Changes
from loyalty_pos.domain.consents import ConsentRecord
from loyalty_pos.domain.events import EventType
from loyalty_pos.domain.gift_cards import GiftCardEntry
from loyalty_pos.domain.hlc import Hlc
from loyalty_pos.domain.ledger import LedgerEntry, Lot
from loyalty_pos.domain.members import Card, CardStatus, Member, MemberStatus
from loyalty_pos.domain.prizes import Entry, GiveawayDraw
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.domain.segments import Segment, Visit
from loyalty_pos.domain.tender import Tender
from loyalty_pos.domain.tier_history import TierStep
from loyalty_pos.domain.tiers import NOTHING_QUALIFIES, Qualifying
from loyalty_pos.services.actor import Role

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    rows: tuple[T, ...]
    next_cursor: str | None  # opaque; None when this is the last page


@dataclass(frozen=True, slots=True)
class MemberSummary:
    """One row of a member list: enough to pick the right person."""

    member_id: str
    name: str
    phone: str | None
    email: str | None
    tier_code: str
    balance: int
    card_number: str | None
    status: MemberStatus


@dataclass(frozen=True, slots=True)
class InactiveMember:
    """A member with no sale and no points activity since a cut-off: a retention candidate."""

    member_id: str
    name: str
    enrolled_at: datetime
    last_activity_at: datetime | None  # the last sale or points activity (None: never)


@dataclass(frozen=True, slots=True)
class TierReviewRow:
    member_id: str
    tier_code: str
    reviewed_at: datetime | None  # the last yearly review that looked at this member


@dataclass(frozen=True, slots=True)
class BalanceRow:
    """The cached projection of a member's ledger (refolded by ``check``)."""

    member_id: str
    balance: int
    next_expiry_at: datetime | None
    last_activity_at: datetime | None


@dataclass(frozen=True, slots=True)
class ExternalReceipt:
    """The receipt another register gave a sale: recorded once per register, date and number."""

    register: str  # "" for the shop's one register
    on: date  # the shop's local date, as the register printed it
    ref: str


@dataclass(frozen=True, slots=True)
class SaleRecord:
    """A committed sale as stored: enough to print, reprint and return it."""

    sale_id: str  # UUID from the till; the idempotency key
    receipt_no: str  # human/scannable: <terminal>-<sequence>
    member_id: str | None
    terminal_id: str
    actor: str
    at: datetime
    currency: str
    lines: tuple[PricedLine, ...]
    total_minor: int  # what the customer paid after discounts and store credit
    tender: Tender
    points_earned: int
    points_redeemed: int
    receipt: Receipt | None = None  # the document printed; None only for a sale stored without one
    returned_of: str | None = None  # for a return: the original sale id
    # Points each campaign gave on this sale (campaign id -> points), from the earning
    # breakdown: the campaign report counts them. Written with the sale, not read back.
    campaign_points: Mapping[str, int] = field(default_factory=dict)
    qualifying: Qualifying = NOTHING_QUALIFIES  # what it adds to the tier metrics (a return: takes off)
    external: ExternalReceipt | None = None  # amount-only and imported sales: the register's receipt


@dataclass(frozen=True, slots=True)
class StaffRecord:
    username: str
    display_name: str
    role: Role
    pin_hash: str
    active: bool
    failed_attempts: int
    locked_until: datetime | None
    phone: str | None = None  # the holder's phone: a member with this phone is their own card
    member_id: str | None = None  # the holder's own member record, linked by a manager


@dataclass(frozen=True, slots=True)
class AuditRecord:
    seq: int
    at: datetime
    actor: str
    action: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class OverReturned:
    """A sale line taken back more times than it was sold: two offline tills each returned it."""

    sale_id: str
    receipt_no: str
    member_id: str | None
    line_no: int
    name: str
    sold: int
    returned: int


class MemberRepository(Protocol):
    def add(self, member: Member) -> None: ...
    def add_many(self, new: Sequence[Member]) -> None: ...  # rows only, one statement (pulled members)
    def existing(self, member_ids: Sequence[str]) -> set[str]: ...  # which of these are stored
    def update(self, member: Member) -> None: ...
    def get(self, member_id: str) -> Member | None: ...
    def by_card(self, card_number: str) -> tuple[Member, Card] | None: ...
    def by_phone(self, phone: str) -> Member | None: ...
    def by_email(self, email: str) -> Member | None: ...
    def search(self, text: str, *, cursor: str | None, limit: int) -> Page[MemberSummary]: ...
    def count(self) -> int: ...
    def merged_from(self, member_id: str) -> list[Member]: ...
    def sharing_a_phone(self, limit: int) -> list[Member]: ...  # active members whose phone another active one has
    def due_for_tier_review(
        self, entry_tier: str, reviewed_before: datetime, *, cursor: str | None, limit: int
    ) -> Page[TierReviewRow]: ...  # active members above ``entry_tier`` not reviewed since ``reviewed_before``
    def set_tier(self, member_id: str, tier_code: str, *, reviewed_at: datetime, if_tier: str) -> bool: ...
    def inactive_since(
        self, cutoff: datetime, *, cursor: str | None, limit: int
    ) -> Page[InactiveMember]: ...  # active/blocked members enrolled, selling and earning nothing since ``cutoff``
    # ``set_tier`` changes nothing (False) unless the member is still in ``if_tier``  # duplicates merged into this member


class CardRepository(Protocol):
    def add(self, card: Card) -> None: ...
    def add_many(self, new: Sequence[Card]) -> None: ...
    def existing(self, numbers: Sequence[str]) -> set[str]: ...  # which of these card numbers are stored
    def get(self, number: str) -> Card | None: ...
    def set_status(self, number: str, status: CardStatus) -> None: ...
    def move(self, number: str, member_id: str) -> None: ...  # the card now identifies ``member_id``
    def mark_printed(self, numbers: Sequence[str]) -> None: ...
    def unprinted(self, *, cursor: str | None, limit: int) -> Page[Card]: ...
    def count_printed(self) -> int: ...  # cards whose QR code is on paper, whatever their status


class LedgerRepository(Protocol):
    def append(self, entries: Sequence[LedgerEntry], *, origin: str = ...) -> None: ...  # origin: the writing till
    def exists(self, entry_id: str) -> bool: ...
    def for_member(self, member_id: str) -> list[LedgerEntry]: ...
    def latest_at(self, member_id: str) -> datetime | None: ...  # the time of their newest entry
    def statement(self, member_id: str, *, cursor: str | None, limit: int) -> Page[LedgerEntry]: ...
    def earned_since(self, member_id: str, since: datetime) -> int: ...
    def redeemed_since(self, member_id: str, since: datetime) -> int: ...
    def redemptions_since(self, member_id: str, reward_id: str, since: datetime) -> int: ...
    def redemption_entries_since(self, since: datetime) -> list[Redemption]: ...  # oldest first
    def terminal_moved_since(self, terminal_id: str, since: datetime) -> tuple[int, int]: ...  # (earned, redeemed)
    def members_with_expiry_due(
        self, now: datetime, *, cursor: str | None, limit: int, inactive_since: datetime | None = None
    ) -> Page[str]: ...
    def iter_by_member(self, batch: int = 10_000) -> Iterator[tuple[str, list[LedgerEntry]]]: ...


class BalanceRepository(Protocol):
    """The projection: balance row + open lots per member, rewritten in the same
    transaction as the ledger entries that changed them."""

    def get(self, member_id: str) -> BalanceRow | None: ...
    def lots(self, member_id: str) -> list[Lot]: ...
    def put(self, row: BalanceRow, lots: Sequence[Lot]) -> None: ...
    def iter_all(self, batch: int = 10_000) -> Iterator[BalanceRow]: ...
    def negative(self, limit: int) -> list[BalanceRow]: ...  # lowest first


@dataclass(frozen=True, slots=True)
class MonthFlow:
    month: str  # "YYYY-MM"
    issued: int  # earn + bonus + positive adjust/reverse
    redeemed: int  # redeem (as a positive number)
    expired: int  # expire (as a positive number)


@dataclass(frozen=True, slots=True)
class TierMove:
    month: str  # "YYYY-MM"
    from_code: str
    to_code: str
    members: int  # tier changes from -> to recorded that month


@dataclass(frozen=True, slots=True)
class CampaignReach:
    points: int  # bonus and extra points the campaign gave
    sales: int  # sales it applied to (0 for a non-purchase action)
    members: int  # distinct members it reached
    spend_minor: int  # the total of those sales


@dataclass(frozen=True, slots=True)
class PriceRuleTotal:
    """What one price rule (``member_price:<id>``, ``volume:<id>``) gave on sales in a range."""

    rule: str
    name: str  # as the receipts named it
    sales: int
    discount_minor: int
    points: int


@dataclass(frozen=True, slots=True)
class CapTrimSale:
    """A sale whose points a cap trimmed, as its receipt recorded it: the cap lines of its
    breakdown (rule, negative points) and what it earned after them."""

    sale_id: str
    at: datetime
    terminal_id: str
    member_id: str
    member_name: str
    points_earned: int
    cuts: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class TillDayRow:
    """One terminal, cashier and tender's sales and returns in a time range, summed in SQL.

    Returns carry negative totals and points, so the sums are already net."""

    terminal_id: str
    cashier: str
    tender: str
    sales: int
    returns: int
    total_minor: int
    points_issued: int
    points_redeemed: int
    register_entries: int  # amount-only and imported sales: another register took the money
    register_total_minor: int
    gift_card_minor: int = 0  # of total_minor, what gift cards paid (a return: gave back to cards)


@dataclass(frozen=True, slots=True)
class TillKeyedIn:
    """Money one terminal and cashier took outside a sale, keyed into the shop's register:
    gift cards sold and topped up, paid memberships sold."""

    terminal_id: str
    cashier: str
    cards_sold: int = 0
    top_ups: int = 0
    loaded_minor: int = 0  # put on cards by selling and topping up
    memberships_sold: int = 0
    membership_fees_minor: int = 0


class ReportQueries(Protocol):
    """Aggregates computed in SQL so a report never loads members one by one."""

    def liability_points(self) -> int: ...
    def points_expiring_between(self, start: datetime, end: datetime) -> int: ...
    def tier_mix(self) -> dict[str, int]: ...
    def redemptions_per_reward(self, start: datetime, end: datetime) -> dict[str, tuple[int, int]]: ...  # reward_id -> (count, points)
    def members_redeeming(self, start: datetime, end: datetime) -> int: ...
    def flows_by_month(self, start: datetime, end: datetime, zone: tzinfo = UTC) -> list[MonthFlow]: ...  # months of ``zone``
    def top_members(self, start: datetime, end: datetime, limit: int) -> list[tuple[str, str, int]]: ...  # (member_id, name, points earned)
    def closing_points_by_month(self, start: datetime, end: datetime, zone: tzinfo = UTC) -> list[tuple[str, int]]: ...  # (month of ``zone``, net points outstanding at its end)
    def tier_moves_by_month(self, start: datetime, end: datetime, zone: tzinfo = UTC) -> list[TierMove]: ...  # months of ``zone``
    def campaign_sales(self, campaign_id: str, start: datetime, end: datetime) -> CampaignReach: ...
    def campaign_action_bonuses(self, reason: str, start: datetime, end: datetime) -> CampaignReach: ...
    def member_basket(self, start: datetime, end: datetime) -> tuple[int, int]: ...  # (member sales, their total minor)
    def till_day(self, start: datetime, end: datetime, terminal_id: str | None) -> list[TillDayRow]: ...
    def members_away_since(self, cutoff: datetime) -> int: ...  # active members whose last activity is before it
    def segment_members(self, segment: Segment, at: datetime, *, marketing_only: bool = False) -> list[str]: ...  # active, in it at ``at``
    def segment_count(self, segment: Segment, at: datetime) -> int: ...
    def population(self, end: datetime, *, marketing_only: bool, tiers: frozenset[str] | None) -> list[str]: ...
    def member_activity(self, start: datetime, end: datetime) -> dict[str, tuple[int, int]]: ...  # id -> (visits, net spend)
    def member_traffic(self, start: datetime, end: datetime) -> tuple[int, int, int]: ...  # (sales, members, spend)
    def price_rule_totals(self, start: datetime, end: datetime) -> list[PriceRuleTotal]: ...
    def cap_trims(self, start: datetime, end: datetime) -> list[CapTrimSale]: ...  # in time order


class SaleRepository(Protocol):
    def add(self, sale: SaleRecord, *, origin: str = ...) -> None: ...  # origin: the selling till
    def get(self, sale_id: str) -> SaleRecord | None: ...
    def by_receipt(self, receipt_no: str) -> SaleRecord | None: ...
    def returns_of(self, sale_id: str) -> list[SaleRecord]: ...
    def over_returned(self, limit: int) -> list[OverReturned]: ...
    def receipt_numbers(self, sale_ids: Sequence[str]) -> dict[str, str]: ...  # sale id -> receipt no, known ones only
    def next_receipt_no(self, terminal_id: str) -> str: ...
    def has_external(self, receipt: ExternalReceipt) -> bool: ...  # that register's receipt is already recorded
    def any_sale(self) -> bool: ...  # whether the shop has sold anything (settings it fixes go read-only)
    def spend_since(self, member_id: str, since: datetime) -> int: ...  # net total of sales minus returns
    def qualifying_since(self, member_id: str, since: datetime) -> Qualifying: ...  # stored, summed: sales minus returns
    def visits_since(self, member_id: str, since: datetime) -> list[Visit]: ...  # sales and returns, for segments
    def member_sales_between(
        self, start: datetime, end: datetime, *, cursor: str | None, limit: int
    ) -> Page[SaleRecord]: ...  # member sales (not returns) with ``start <= at < end``, oldest first, with lines
    def of_member(self, member_id: str, *, cursor: str | None, limit: int) -> Page[SaleRecord]: ...  # sales and returns, oldest first
    def count_of_member(self, member_id: str) -> int: ...  # sales and returns, which name the member by id only


class ProductRepository(Protocol):
    def get(self, code: str) -> Product | None: ...
    def get_many(self, codes: Sequence[str]) -> dict[str, Product]: ...
    def by_barcode(self, barcode: str) -> Product | None: ...
    def upsert(self, product: Product) -> None: ...
    def search(self, text: str, *, cursor: str | None, limit: int) -> Page[Product]: ...
    def categories(self) -> list[str]: ...
    def category_counts(self) -> list[tuple[str, int]]: ...  # (category, products in it, active or not), by name
    def add_category(self, name: str) -> bool: ...  # False when it already existed
    def remove_category(self, name: str) -> bool: ...  # False when there was none
    def set_currency(self, currency: str) -> int: ...  # every product's; how many (only before any sale)


class ProgramRepository(Protocol):
    def published(self) -> Program | None: ...
    def draft(self) -> Program | None: ...
    def in_force_at(self, at: datetime) -> Program | None: ...  # the version published then (the first, before any)
    def save_draft(self, program: Program, *, actor: str, at: datetime) -> None: ...
    def discard_draft(self) -> Program | None: ...  # the dropped draft, None when there was none
    def publish(self, *, actor: str, at: datetime) -> Program: ...
    def stock_left(self, reward_id: str) -> int | None: ...
    def take_stock(self, reward_id: str, quantity: int) -> None: ...
    def set_currency(self, currency: str) -> int: ...  # every version's, draft too; how many (only before any sale)
    def put_back_stock(self, reward_id: str, quantity: int) -> None: ...  # a returned redemption


class ConsentLog(Protocol):
    """Consent records, append-only: the proof behind ``Member.consents``."""

    def add(self, records: Sequence[ConsentRecord]) -> None: ...
    def for_member(self, member_id: str) -> list[ConsentRecord]: ...  # oldest first


class StaffRepository(Protocol):
    def get(self, username: str) -> StaffRecord | None: ...
    def put(self, staff: StaffRecord) -> None: ...
    def all(self) -> list[StaffRecord]: ...


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which audit entries to list; every field set narrows the list, None leaves it open."""

    actor: str | None = None
    action: str | None = None
    start: datetime | None = None  # inclusive
    end: datetime | None = None  # exclusive
    key_text: str | None = None  # a case-insensitive part of the entry's key (member, sale, user name...)


class AuditLog(Protocol):
    def append(self, *, at: datetime, actor: str, action: EventType, details: dict[str, Any]) -> AuditRecord: ...
    # The problems found, empty when the chain is intact; ``progress`` hears how many entries are checked.
    def verify(self, *, progress: Callable[[int], None] | None = None) -> list[str]: ...
    def count(self) -> int: ...
    def search(self, where: AuditFilter, *, cursor: str | None, limit: int) -> Page[AuditRecord]: ...  # newest first
    def actions(self) -> list[str]: ...  # every action ever audited, sorted
    def actors(self) -> list[str]: ...  # every user name that ever acted, sorted
    def tier_steps(self, member_id: str) -> list[TierStep]: ...  # the member's audited tier changes, oldest first


@dataclass(frozen=True, slots=True)
class ChainLinkRow:
    """One link of the hash chain with the stored values of the record it covers
    (None when that record is gone)."""

    origin: str
    n: int
    kind: str
    ref: str
    hash: bytes
    record: str | None  # its stored values as the chain spells them


@dataclass(slots=True)
class LedgerBatch:
    """Some members' raw ledger rows, balance row and lots, by member id."""

    entries: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    balances: dict[str, dict[str, Any]] = field(default_factory=dict)
    lots: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


class IntegrityReads(Protocol):
    """Rows exactly as stored, for ``check``: plain dicts of raw values, never decoded,
    because a hand-edited row may hold anything."""

    def chain_ready(self) -> bool: ...  # False for a file from before the chain (a restored old backup)
    def chain_origins(self) -> list[str]: ...
    def chain_head(self, origin: str) -> Head: ...
    def chain_hash_at(self, origin: str, n: int) -> str | None: ...
    def chain_links(self, origin: str) -> Iterator[ChainLinkRow]: ...  # in link order
    def unchained(self) -> Iterator[tuple[str, str]]: ...  # (kind, ref) of records without a link
    def ledger_batches(self) -> Iterator[LedgerBatch]: ...
    def stray_rows(self) -> Iterator[tuple[str, dict[str, Any]]]: ...  # (table, row) the batches miss
    def audit_rows(self, actions: tuple[str, ...]) -> Iterator[dict[str, Any]]: ...  # by seq
    def staff_rows(self) -> list[dict[str, Any]]: ...
    def member_tiers(self) -> Iterator[dict[str, Any]]: ...
    def sale_sums(self) -> Iterator[dict[str, Any]]: ...


@dataclass(frozen=True, slots=True)
class OutboxEvent:
    """One outbox row as the sync protocol sends it (docs/SYNC_PROTOCOL.md, "Events")."""

    event_id: str
    kind: str
    key: str
    at: datetime
    hlc: str
    payload: dict[str, Any]


class Outbox(Protocol):
    def add(self, *, kind: EventType, key: str, payload: dict[str, Any], at: datetime) -> None: ...
    def forget_member(self, member_id: str) -> int: ...  # queued payloads lose the member's contact data
    def pending(self, limit: int) -> list[OutboxEvent]: ...  # not yet acknowledged, oldest first
    def waiting(self) -> int: ...
    def mark_sent(self, event_ids: Sequence[str], at: datetime) -> None: ...
    def requeue_sent(self) -> int: ...  # every row waiting again (a till's first chain); how many were sent
    def unannounced_members(self) -> list[str]: ...  # active members with no enrolment queued or sent
    def clock(self) -> Hlc | None: ...  # the till's hybrid logical clock (sync_state.hlc_last)
    def observe(self, stamp: Hlc, at: datetime) -> None: ...  # the clock moved to ``stamp``
    def own_member_edits(self, member_id: str) -> list[tuple[str, str, dict[str, Any]]]: ...  # (kind, hlc, payload)


class SyncState(Protocol):
    """The sync client's state, name -> text (docs/SYNC_PROTOCOL.md, "Till state")."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str, at: datetime) -> None: ...
    def clear(self, name: str) -> None: ...
    def all(self) -> dict[str, str]: ...
    def member_field_stamps(self, member_id: str) -> dict[str, str]: ...  # field -> hlc of the pulled edit
    def set_member_field_stamps(self, member_id: str, stamps: dict[str, str]) -> None: ...
    def stamp_fields(self, rows: Sequence[tuple[str, str, str]]) -> None: ...  # (member_id, field, hlc), many
    def park(self, seq: int, member_id: str, event: str) -> None: ...  # a pulled event whose member is unknown
    def parked_ready(self) -> list[tuple[int, str]]: ...  # (seq, event) whose member is known now, by seq
    def unpark(self, seqs: list[int]) -> None: ...
    def parked(self) -> int: ...


# A snapshot's member and card as plain tuples, not Member and Card: a million of each
# built and taken apart again was a third of a new till's load.
# (id, name, phone, email, birthday, consent_marketing, consent_data_processing, tier_code,
#  status, enrolled_at, merged_into)
SnapshotMember = tuple[str, str, str | None, str | None, date | None, bool, bool, str, MemberStatus, datetime,
                       str | None]
SnapshotCard = tuple[str, str, CardStatus, datetime]  # (number, member_id, status, issued_at)


class ChainSnapshotLoad(Protocol):
    """A new till's first load of the chain's members (sync's snapshot): ``start`` makes
    the tables quick to fill, ``finish`` makes them whole again; both inside the one
    transaction that commits the load, so a load cut off leaves nothing behind."""

    def empty(self) -> bool: ...  # no member stored at all
    def start(self) -> None: ...
    def add(self, members: Sequence[SnapshotMember], cards: Sequence[SnapshotCard],
            stamps: Sequence[tuple[str, str, str]]) -> None: ...  # stamps: (member_id, field, hlc)
    def finish(self) -> None: ...


class ApprovalRepository(Protocol):
    def add(self, approval: Approval) -> None: ...
    def get(self, approval_id: str) -> Approval | None: ...
    def use(self, approval_id: str, at: datetime) -> bool: ...  # False when it was already used


class LookupRepository(Protocol):
    def add(self, lookup: Lookup) -> None: ...
    def latest(self, member_id: str, terminal_id: str, since: datetime) -> LookupHow | None: ...
    def since(self, since: datetime) -> list[Lookup]: ...  # oldest first
    def prune(self, before: datetime) -> int: ...


class ReferralRepository(Protocol):
    """Who referred whom (a member enrolled with a friend's code), until the first purchase."""

    def add(self, referred_id: str, referrer_id: str, code: str, at: datetime) -> None: ...
    def pending_referrer(self, referred_id: str) -> str | None: ...  # None: none, or converted
    def convert(self, referred_id: str, sale_id: str, at: datetime) -> bool: ...  # False: already
    def converted_since(self, referrer_id: str, since: datetime) -> int: ...
    def members_with_id_prefix(self, prefix: str, limit: int = 2) -> list[str]: ...
    def made_between(self, start: datetime, end: datetime) -> int: ...
    def converted_between(self, start: datetime, end: datetime) -> int: ...
    def add_pulled(self, referred_id: str, referrer_id: str, code: str, at: datetime) -> bool: ...  # False: known
    def links(self) -> list[tuple[str, str, str, datetime]]: ...  # referred, referrer, code, referred at


class PrizeStore(Protocol):
    """Partner voucher codes, prize outcomes and giveaway draws (store/repositories/prizes.py)."""

    def next_sale_number(self, terminal_id: str) -> int: ...
    def add_codes(self, reward_id: str, codes: Iterable[str], at: datetime) -> tuple[int, int]: ...
    def codes_left(self, reward_id: str) -> int: ...
    def hand_out_code(self, reward_id: str, sale_id: str, at: datetime) -> str | None: ...
    def code_counts(self) -> list[tuple[str, int, int]]: ...
    def add_outcome(self, *, sale_id: str, kind: str, subject_id: str, outcome: str, member_id: str | None,
                    terminal_id: str, at: datetime) -> None: ...
    def outcome_counts(self, kind: str, since: datetime, until: datetime) -> list[tuple[str, str, int]]: ...
    def last_outcome_at(self, kind: str, member_id: str) -> datetime | None: ...  # the member's newest of ``kind``
    def entries(self, reward_id: str) -> list[Entry]: ...
    def draw(self, reward_id: str) -> GiveawayDraw | None: ...
    def add_draw(self, draw: GiveawayDraw) -> None: ...
    def set_winners(self, reward_id: str, winners: tuple[str, ...], at: datetime) -> None: ...
    # A chain's codes and giveaways (docs/ARCHITECTURE.md "Prizes in a chain"):
    def add_leased_codes(self, reward_id: str, codes: Iterable[str], at: datetime) -> int: ...  # added
    def code_is_leased(self, reward_id: str, code: str) -> bool: ...
    def own_free_codes(self, reward_id: str) -> list[str]: ...
    def take_handed_out(self, reward_id: str, code: str, sale_id: str, at: datetime) -> bool: ...  # False: known
    def has_entries(self, reward_id: str, sale_id: str) -> bool: ...
    def put_draw(self, draw: GiveawayDraw) -> None: ...
    def reveal(self, reward_id: str, seed: str, winners: tuple[str, ...], at: datetime) -> None: ...


class Settings(Protocol):
    def get(self, key: str, default: str | None = None) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...


@dataclass(frozen=True, slots=True)
class GiftCardRow:
    """One card in the liability report: what is on it now and what went on and off it."""

    number: str
    currency: str
    balance_minor: int
    loaded_minor: int
    spent_minor: int
    issued_at: datetime | None
    last_at: datetime


@dataclass(frozen=True, slots=True)
class GiftCardMoves:
    """The money that moved on all cards in a period, by kind (``GiftCardEntryKind`` values)."""

    by_kind: Mapping[str, int]
    cards_sold: int


class GiftCardRepository(Protocol):
    def append(self, entries: Sequence[GiftCardEntry], *, origin: str = ...) -> None: ...
    def exists(self, entry_id: str) -> bool: ...
    def for_card(self, number: str) -> list[GiftCardEntry]: ...
    def for_sale(self, sale_id: str) -> list[GiftCardEntry]: ...
    # Redeemed at ``terminal_id`` since ``since`` (a positive amount): the offline cap's "today".
    def spent_at_till(self, number: str, terminal_id: str, since: datetime) -> int: ...
    def cards(self, *, limit: int, cursor: str | None = None) -> Page[GiftCardRow]: ...  # by number
    def outstanding(self) -> tuple[int, int]: ...  # (cards with money left, money left in total)
    def moves(self, start: datetime, end: datetime) -> GiftCardMoves: ...
    def overspent(self, limit: int) -> list[GiftCardRow]: ...
    def loads_per_till(self, start: datetime, end: datetime, terminal_id: str | None) -> list[TillKeyedIn]: ...


@dataclass(frozen=True, slots=True)
class DonationRecord:
    entry_id: str  # the DONATE ledger entry that took the points
    member_id: str
    charity_id: str
    charity_name: str
    points: int
    amount_minor: int
    currency: str
    at: datetime


@dataclass(frozen=True, slots=True)
class CharityTotal:
    charity_id: str
    charity_name: str  # the name it had at its latest donation in the period
    donations: int
    points: int
    amount_minor: int
    currency: str


class DonationRepository(Protocol):
    def add(self, donation: DonationRecord) -> None: ...
    def exists(self, entry_id: str) -> bool: ...
    def per_charity(self, start: datetime, end: datetime) -> list[CharityTotal]: ...


@dataclass(frozen=True, slots=True)
class BoughtLine:
    """One line of a member's sale or return (quantity negative), for challenges."""

    at: datetime
    product_code: str
    category: str
    quantity: int


@dataclass(frozen=True, slots=True)
class PaidMembershipRow:
    id: str
    member_id: str
    paid_tier_id: str
    name: str
    tier_code: str
    fee_minor: int
    currency: str
    sold_at: datetime
    until: date  # the shop's calendar day it ends on
    actor: str
    terminal_id: str
    receipt_no: str


class CountingRepository(Protocol):
    """Challenges, badges and paid memberships (store/repositories/counting.py)."""

    def bought_since(self, member_id: str, since: datetime) -> list[BoughtLine]: ...
    def footprint(self, member_id: str) -> tuple[int, frozenset[str]]: ...  # visits, categories bought
    def badges_held(self, member_id: str) -> frozenset[str]: ...
    def award_badges(self, member_id: str, badge_ids: Iterable[str], at: datetime, sale_id: str | None) -> None: ...
    def badge_counts(self, start: datetime | None = None, end: datetime | None = None) -> dict[str, int]: ...
    def completions(self, start: datetime, end: datetime) -> dict[str, tuple[int, int, int]]: ...
    def bought_by_members_since(self, since: datetime) -> list[tuple[str, BoughtLine]]: ...
    def add_paid_membership(self, row: PaidMembershipRow) -> None: ...
    def paid_membership(self, member_id: str) -> PaidMembershipRow | None: ...
    def paid_memberships(self) -> list[PaidMembershipRow]: ...
    def paid_members_until(self, today: date) -> set[str]: ...
    def hold_badge(self, member_id: str, badge_id: str, at: datetime, sale_id: str | None) -> bool: ...
    def add_pulled_paid_membership(self, row: PaidMembershipRow) -> bool: ...  # False: known here already
    def all_badges(self) -> list[tuple[str, str, datetime, str | None]]: ...  # member, badge, earned at, sale
    def memberships_per_till(self, start: datetime, end: datetime, terminal_id: str | None) -> list[TillKeyedIn]: ...


class UnitOfWork(Protocol):
    """One transaction. ``with uow:`` begins; ``commit()`` makes it durable;
    leaving the block without commit rolls everything back."""

    members: MemberRepository
    cards: CardRepository
    ledger: LedgerRepository
    balances: BalanceRepository
    sales: SaleRepository
    products: ProductRepository
    program: ProgramRepository
    staff: StaffRepository
    consents: ConsentLog
    audit: AuditLog
    outbox: Outbox
    sync_state: SyncState
    chain_snapshot: ChainSnapshotLoad
    settings: Settings
    reports: ReportQueries
    approvals: ApprovalRepository
    integrity: IntegrityReads
    lookups: LookupRepository
    referrals: ReferralRepository
    gift_cards: GiftCardRepository
    donations: DonationRepository
    prizes: PrizeStore
    counting: CountingRepository
    # What the work committed through this unit of work changed, from the events it
    # recorded: the till refreshes the views showing those, and nothing else.
    changes: Changes

    def note_changes(self, changes: Changes) -> None: ...  # counted once the transaction commits
    def __enter__(self) -> UnitOfWork: ...
    def __exit__(self, *exc: object) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...
