"""The tables, as typed SQLAlchemy declarations (docs/ARCHITECTURE.md section 4).

Migrations in ``migrations/versions`` create exactly this schema; a test compares
them. One deliberate choice: the big tables (members, cards, ledger, balances,
lots) are plain rowid tables whose natural keys (UUIDs, card numbers) are UNIQUE
INDEXes rather than PRIMARY KEY/UNIQUE constraints. The key is just as unique and
just as fast to look up, but an index can be dropped and rebuilt by one sort,
which is what lets the demo seeder load a million members in seconds instead of
inserting random keys into a B-tree one by one. ``members.row_id`` is an
INTEGER PRIMARY KEY because the FTS5 name index refers to members by rowid and
only such a rowid is guaranteed to survive VACUUM; ``ledger.seq`` gives entries a
stable insertion order.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from loyalty_pos.store.types import JsonText, UtcDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime(), date: Date(), dict[str, Any]: JsonText()}


class MemberTable(Base):
    __tablename__ = "members"
    __table_args__ = (
        Index("uq_members_id", "id", unique=True),
        Index("ix_members_phone", "phone"),
        Index("ix_members_email", "email"),
        Index("ix_members_status_tier_code", "status", "tier_code"),  # migration 0005: tier mix
        Index("ix_members_merged_into", "merged_into"),  # migration 0004
    )

    row_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    birthday: Mapped[date | None]
    consent_marketing: Mapped[bool] = mapped_column(Boolean)
    consent_data_processing: Mapped[bool] = mapped_column(Boolean)
    tier_code: Mapped[str] = mapped_column(String(40))
    tier_reviewed_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16))
    enrolled_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    merged_into: Mapped[str | None] = mapped_column(String(36))  # the member this duplicate became
    preferred_language: Mapped[str | None] = mapped_column(String(16))  # migration 0018; NULL: the till's


class ConsentRecordTable(Base):
    """Every consent given or withdrawn, with when, how and who (migration 0011); the
    member's ``consent_*`` columns are the current state these records lead to."""

    __tablename__ = "consent_records"
    __table_args__ = (Index("ix_consent_records_member_id", "member_id", "seq"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"))
    kind: Mapped[str] = mapped_column(String(32))
    granted: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(80))


class CardTable(Base):
    __tablename__ = "cards"
    __table_args__ = (
        Index("uq_cards_number", "number", unique=True),
        Index("ix_cards_member_id", "member_id"),
        # Only cards still waiting to be printed: a small index the print queue pages through.
        Index("ix_cards_unprinted", "issued_at", "number", sqlite_where=text("printed = 0")),
    )
    __mapper_args__ = {"primary_key": ["number"]}

    number: Mapped[str] = mapped_column(String(16))
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"))
    status: Mapped[str] = mapped_column(String(16))
    issued_at: Mapped[datetime]
    printed: Mapped[bool] = mapped_column(Boolean)


class LedgerTable(Base):
    __tablename__ = "ledger"
    __table_args__ = (
        Index("uq_ledger_id", "id", unique=True),
        Index("ix_ledger_member_at_kind_points", "member_id", "at", "kind", "points"),  # migration 0005
        # Reports read these without touching the table (migration 0005).
        Index("ix_ledger_at_kind_points", "at", "kind", "points"),
        Index("ix_ledger_kind_at_member", "kind", "at", "member_id", "points", "reward_id"),
        # Only bonus entries: an action campaign's points by reason ("campaign:<id>").
        Index("ix_ledger_bonus_reason", "reason", "at", "member_id", "points", "kind",
              sqlite_where=text("kind = 'bonus'")),
        Index("ix_ledger_sale_ref", "sale_ref"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36))
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"))
    kind: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime]
    terminal_id: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(80))
    sale_ref: Mapped[str | None] = mapped_column(String(36))
    reason: Mapped[str | None] = mapped_column(Text)
    reward_id: Mapped[str | None] = mapped_column(String(80))
    expires_at: Mapped[datetime | None]


class BalanceTable(Base):
    __tablename__ = "balances"
    __table_args__ = (
        Index("uq_balances_member_id", "member_id", unique=True),
        Index("ix_balances_next_expiry_at", "next_expiry_at"),
        Index("ix_balances_last_activity_at", "last_activity_at"),
    )
    __mapper_args__ = {"primary_key": ["member_id"]}

    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"))
    balance: Mapped[int] = mapped_column(BigInteger)
    next_expiry_at: Mapped[datetime | None]
    last_activity_at: Mapped[datetime | None]


class LotTable(Base):
    __tablename__ = "lots"
    __table_args__ = (
        Index("uq_lots_entry_id", "entry_id", unique=True),
        Index("ix_lots_member_id", "member_id"),
        Index("ix_lots_expires_at_remaining", "expires_at", "remaining"),  # migration 0005
    )
    __mapper_args__ = {"primary_key": ["entry_id"]}

    entry_id: Mapped[str] = mapped_column(String(36))
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"))
    opened_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    remaining: Mapped[int] = mapped_column(BigInteger)


class SaleTable(Base):
    __tablename__ = "sales"
    __table_args__ = (
        Index("ix_sales_member_id_at", "member_id", "at"),
        Index("ix_sales_returned_of", "returned_of"),
        Index("ix_sales_at_sale_id", "at", "sale_id"),  # migration 0003
        Index("ix_sales_at_member_total", "at", "member_id", "returned_of", "total_minor"),  # migration 0005
        # Another register's receipt is recorded once (migration 0008).
        Index("ix_sales_external_ref", "external_register", "external_date", "external_ref", unique=True),
    )

    sale_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(40), unique=True)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"))
    terminal_id: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(80))
    at: Mapped[datetime]
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(BigInteger)
    tender: Mapped[str] = mapped_column(String(20))
    points_earned: Mapped[int] = mapped_column(BigInteger)
    points_redeemed: Mapped[int] = mapped_column(BigInteger)
    receipt: Mapped[dict[str, Any]]
    returned_of: Mapped[str | None] = mapped_column(ForeignKey("sales.sale_id"))
    # What the sale adds to either tier metric (a return: minus its share), as checkout
    # and returns compute it (migration 0007). The default is only there because SQLite
    # adds a NOT NULL column with one; every writer sets both.
    qualifying_spend_minor: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    qualifying_points: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    # The receipt another register gave this sale (amount-only till, sales import); NULL otherwise.
    external_register: Mapped[str | None] = mapped_column(String(40))
    external_date: Mapped[str | None] = mapped_column(String(10))  # the shop's local date, ISO
    external_ref: Mapped[str | None] = mapped_column(String(40))


class SaleLineTable(Base):
    __tablename__ = "sale_lines"

    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.sale_id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(80))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(BigInteger)
    tax_rate_bp: Mapped[int] = mapped_column(Integer)
    gross_minor: Mapped[int] = mapped_column(BigInteger)
    discount_minor: Mapped[int] = mapped_column(BigInteger)
    points_paid_minor: Mapped[int] = mapped_column(BigInteger)
    points_earned: Mapped[int] = mapped_column(BigInteger)
    points_spent: Mapped[int] = mapped_column(BigInteger)


class SaleCampaignTable(Base):
    """The points each campaign gave on a member's sale, written with the sale (migration
    0005): campaign results read one campaign's rows, not every receipt of its days."""

    __tablename__ = "sale_campaigns"
    # In member order within a campaign: counting the members it reached needs no big sort.
    __table_args__ = (Index("ix_sale_campaigns_campaign", "campaign_id", "member_id", "at", "points", "total_minor"),)

    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.sale_id"), primary_key=True)
    campaign_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    at: Mapped[datetime]
    member_id: Mapped[str] = mapped_column(String(36))
    points: Mapped[int] = mapped_column(BigInteger)
    total_minor: Mapped[int] = mapped_column(BigInteger)


class ReceiptCounterTable(Base):
    """The last receipt sequence per terminal, bumped inside the sale's transaction,
    so a rolled-back sale never burns a number."""

    __tablename__ = "receipt_counters"

    terminal_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)


class CategoryTable(Base):
    __tablename__ = "categories"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)


class ProductTable(Base):
    __tablename__ = "products"
    __table_args__ = (Index("ix_products_name", "name"),)

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(80))
    unit_price: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    tax_rate_bp: Mapped[int] = mapped_column(Integer)
    barcode: Mapped[str | None] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean)


class ProgramVersionTable(Base):
    __tablename__ = "program_versions"
    __table_args__ = (
        # At most one draft and one published version at any time.
        Index("ix_program_versions_one_draft", "status", unique=True, sqlite_where=text("status = 'draft'")),
        Index(
            "ix_program_versions_one_published", "status", unique=True, sqlite_where=text("status = 'published'")
        ),
    )

    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(16))  # draft | published | retired
    document: Mapped[str] = mapped_column(Text)  # program_codec JSON, parsed once per version
    saved_by: Mapped[str] = mapped_column(String(80))
    saved_at: Mapped[datetime]
    published_by: Mapped[str | None] = mapped_column(String(80))
    published_at: Mapped[datetime | None]


class RewardStockTable(Base):
    __tablename__ = "reward_stock"

    reward_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    remaining: Mapped[int] = mapped_column(BigInteger)
    configured: Mapped[int] = mapped_column(BigInteger)  # the stock the last published version set


class StaffTable(Base):
    __tablename__ = "staff"

    username: Mapped[str] = mapped_column(String(80), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean)
    failed_attempts: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[datetime | None]
    phone: Mapped[str | None] = mapped_column(String(32))  # migration 0019: links to the holder's member
    member_id: Mapped[str | None] = mapped_column(String(36))  # migration 0019


# Spelled as literals, not parameters: SQLite uses an expression or partial index only
# for a query that repeats its expression and condition word for word.
TIER_MEMBER_SQL = "json_extract(details, '$.member_id')"
TIER_CHANGED_SQL = "action = 'tier_changed'"


class AuditTable(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_action_at", "action", "at"),  # migration 0005: tier movements
        Index("ix_audit_log_actor", "actor"),  # migration 0006: the viewer's filters, newest first
        Index("ix_audit_log_action", "action"),
        # migration 0010: one member's tier changes, for the tier held on a past sale's date
        Index("ix_audit_log_tier_member", text(TIER_MEMBER_SQL), "at", sqlite_where=text(TIER_CHANGED_SQL)),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(80))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON: exactly the text that was hashed
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ChainTable(Base):
    """One link per append-only record (domain/chain.py; migration 0012): the record's
    kind and key, and the link's hash over the previous link and the record's stored
    values. Numbered per origin till; no rowid, the (origin, n) key is the order."""

    __tablename__ = "chain"
    __table_args__ = (
        Index("uq_chain_kind_ref", "kind", "ref", unique=True),  # each record is chained once
        {"sqlite_with_rowid": False},
    )

    origin: Mapped[str] = mapped_column(String(40), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    ref: Mapped[str] = mapped_column(String(64))
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class OutboxTable(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_pending", "id", sqlite_where=text("sent_at IS NULL")),
        Index("uq_outbox_event_id", "event_id", unique=True),  # migration 0016
        Index("ix_outbox_key", "key"),  # a member's own edits, for last-writer-wins (0016)
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(80))
    key: Mapped[str] = mapped_column(String(200))
    payload: Mapped[dict[str, Any]]
    at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    event_id: Mapped[str] = mapped_column(String(36))  # the event's id on the wire (migration 0016)
    hlc: Mapped[str] = mapped_column(String(64))  # its hybrid-logical-clock stamp


class SyncMemberFieldTable(Base):
    """The stamp of the pulled edit that wrote each member field (migration 0016)."""

    __tablename__ = "sync_member_fields"
    __table_args__ = ({"sqlite_with_rowid": False},)

    member_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(40), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(64))


class SyncStateTable(Base):
    __tablename__ = "sync_state"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]


class SyncParkedTable(Base):
    """Pulled events about a member not known here yet, by server seq (migration 0016)."""

    __tablename__ = "sync_parked"
    __table_args__ = (Index("ix_sync_parked_member_id", "member_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[str] = mapped_column(String(36))
    event: Mapped[str] = mapped_column(Text)


class ApprovalTable(Base):
    """Managers' approvals (migration 0012): kept after use, so a used one cannot be used again."""

    __tablename__ = "approvals"

    approval_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    action: Mapped[str] = mapped_column(String(32))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    subject_id: Mapped[str] = mapped_column(String(80))
    approver: Mapped[str] = mapped_column(String(80))
    terminal_id: Mapped[str] = mapped_column(String(40))
    issued_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class MemberLookupTable(Base):
    """One row per member a cashier put on a sale (migration 0019), pruned after a few days."""

    __tablename__ = "member_lookups"
    __table_args__ = (
        Index("ix_member_lookups_at", "at"),
        Index("ix_member_lookups_member_at", "member_id", "at"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    terminal_id: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(80))
    member_id: Mapped[str] = mapped_column(String(36))
    how: Mapped[str] = mapped_column(String(16))


class ReferralTable(Base):
    """A member enrolled with a friend's code (migration 0020); converted at their first purchase."""

    __tablename__ = "referrals"
    __table_args__ = (
        Index("ix_referrals_referrer_id", "referrer_id", "converted_at"),
        Index("ix_referrals_referred_at", "referred_at"),
    )

    referred_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    referrer_id: Mapped[str] = mapped_column(String(36))
    code: Mapped[str] = mapped_column(String(16))
    referred_at: Mapped[datetime]
    converted_at: Mapped[datetime | None]
    sale_id: Mapped[str | None] = mapped_column(String(36))


class SettingTable(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class GiftCardEntryTable(Base):
    """Gift cards' own money ledger (migration 0021): append-only, one row per entry."""

    __tablename__ = "gift_card_entries"
    __table_args__ = (
        Index("uq_gift_card_entries_id", "id", unique=True),  # an entry synced twice is stored once
        Index("ix_gift_card_entries_card_at", "card_number", "at"),
        Index("ix_gift_card_entries_at_kind", "at", "kind", "amount_minor"),  # the liability report's periods
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36))
    card_number: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    at: Mapped[datetime]
    terminal_id: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(80))
    sale_ref: Mapped[str | None] = mapped_column(String(36))
    reason: Mapped[str | None] = mapped_column(String(200))  # a void's (migration 0026)


class DonationTable(Base):
    """What each donation's points gave a charity, fixed when given (migration 0021): the
    charity's rate may change later, the money promised does not."""

    __tablename__ = "donations"
    __table_args__ = (Index("ix_donations_at_charity", "at", "charity_id", "points", "amount_minor"),)

    entry_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the DONATE ledger entry
    member_id: Mapped[str] = mapped_column(String(36))
    charity_id: Mapped[str] = mapped_column(String(80))
    charity_name: Mapped[str] = mapped_column(String(200))
    points: Mapped[int] = mapped_column(BigInteger)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    at: Mapped[datetime]


class PartnerCodeTable(Base):
    """A partner's voucher codes for a reward (migration 0022), imported on this till; a
    code handed out keeps its sale, so it is never handed out again, even after a return."""

    __tablename__ = "partner_codes"
    __table_args__ = (
        Index("uq_partner_codes_reward_id_code", "reward_id", "code", unique=True),
        Index("ix_partner_codes_free", "reward_id", "seq", sqlite_where=text("sale_id IS NULL")),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)  # import order: handed out first in, first out
    reward_id: Mapped[str] = mapped_column(String(80))
    code: Mapped[str] = mapped_column(String(80))
    imported_at: Mapped[datetime]
    sale_id: Mapped[str | None] = mapped_column(String(36))
    handed_out_at: Mapped[datetime | None]
    # From the chain's pool (migration 0024): handing it out is checked by the server.
    leased: Mapped[bool] = mapped_column(Boolean, server_default=false(), default=False)


class PrizeOutcomeTable(Base):
    """What a sale's prizes turned out to be (migration 0022): a giveaway entry, the reward a
    mystery drew, the reward an instant win gave. The reports and the giveaway draw read it."""

    __tablename__ = "prize_outcomes"
    __table_args__ = (
        Index("ix_prize_outcomes_kind_subject_id", "kind", "subject_id", "at"),
        Index("ix_prize_outcomes_sale_id", "sale_id"),
        Index("ix_prize_outcomes_kind_member_id", "kind", "member_id", "at"),  # a member's last welcome back
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    sale_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))  # "entry", "mystery", "instant_win", "win_back"
    subject_id: Mapped[str] = mapped_column(String(80))  # the giveaway or mystery reward, or the campaign
    outcome: Mapped[str] = mapped_column(String(120))  # the entry id, or the reward drawn or won
    member_id: Mapped[str | None] = mapped_column(String(36))
    terminal_id: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime]


class GiveawayDrawTable(Base):
    """A giveaway's committed seed and, once drawn, its winners (migration 0022)."""

    __tablename__ = "giveaway_draws"

    reward_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    seed: Mapped[str] = mapped_column(String(64))
    seed_digest: Mapped[str] = mapped_column(String(64))
    committed_at: Mapped[datetime]
    committed_by: Mapped[str] = mapped_column(String(80))
    drawn_at: Mapped[datetime | None]
    winners: Mapped[str | None] = mapped_column(Text)  # JSON list of member ids, first drawn first


class MemberBadgeTable(Base):
    """Who holds which badge (migration 0023): a badge is awarded once, on the sale that earned it."""

    __tablename__ = "member_badges"
    __table_args__ = (Index("ix_member_badges_badge", "badge_id", "earned_at"),)

    member_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    badge_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    earned_at: Mapped[datetime]
    sale_id: Mapped[str | None] = mapped_column(String(36))


class PaidMembershipTable(Base):
    """Paid memberships sold (migration 0023): the money was taken on the shop's register."""

    __tablename__ = "paid_memberships"
    __table_args__ = (
        Index("ix_paid_memberships_member_until", "member_id", "until"),
        Index("ix_paid_memberships_sold_at", "sold_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    member_id: Mapped[str] = mapped_column(String(36))
    paid_tier_id: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(200))
    tier_code: Mapped[str] = mapped_column(String(80))
    fee_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    sold_at: Mapped[datetime]
    until: Mapped[date]
    actor: Mapped[str] = mapped_column(String(80))
    terminal_id: Mapped[str] = mapped_column(String(40))
    receipt_no: Mapped[str] = mapped_column(String(40))


def _table(cls: type[Base]) -> Table:
    table = cls.__table__
    assert isinstance(table, Table)
    return table


metadata = Base.metadata
members = _table(MemberTable)
cards = _table(CardTable)
consent_records = _table(ConsentRecordTable)
ledger = _table(LedgerTable)
balances = _table(BalanceTable)
lots = _table(LotTable)
sales = _table(SaleTable)
sale_lines = _table(SaleLineTable)
sale_campaigns = _table(SaleCampaignTable)
receipt_counters = _table(ReceiptCounterTable)
categories = _table(CategoryTable)
products = _table(ProductTable)
program_versions = _table(ProgramVersionTable)
reward_stock = _table(RewardStockTable)
staff = _table(StaffTable)
audit_log = _table(AuditTable)
chain = _table(ChainTable)
outbox = _table(OutboxTable)
sync_state = _table(SyncStateTable)
sync_member_fields = _table(SyncMemberFieldTable)
sync_parked = _table(SyncParkedTable)
settings = _table(SettingTable)
approvals = _table(ApprovalTable)
member_lookups = _table(MemberLookupTable)
referrals = _table(ReferralTable)
gift_card_entries = _table(GiftCardEntryTable)
donations = _table(DonationTable)
partner_codes = _table(PartnerCodeTable)
prize_outcomes = _table(PrizeOutcomeTable)
giveaway_draws = _table(GiveawayDrawTable)
member_badges = _table(MemberBadgeTable)
paid_memberships = _table(PaidMembershipTable)

# Names of the FTS5 index over member names and its triggers (migration 0002).
MEMBERS_FTS = "members_fts"
