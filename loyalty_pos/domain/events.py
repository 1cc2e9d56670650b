"""What happened, in the past tense: one frozen dataclass per event the till records.

Every mutating use case leaves an event in the hash-chained audit log and, unless it
only matters to this till, in the outbox the sync server will read. The event decides
both shapes:

* ``payload()`` is what sync carries (and ``from_payload`` reads it back, strictly).
  It may hold a member's contact data: the server needs it to keep members in step.
* ``audit_details()`` is what the audit log keeps for ever. The log is hash-chained
  and cannot be edited when a member asks to be erased, so it names members by id
  only: never their name, phone, email or birthday.

``type`` is the stored action/kind word (the same words earlier releases wrote, so old
and new entries filter alike); ``schema_version`` goes with every stored payload so a
reader can tell the shapes apart when one changes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, ClassVar, Self

from loyalty_pos.domain.basket import PricedLine, Product
from loyalty_pos.domain.changes import Changes
from loyalty_pos.domain.errors import DocumentInvalid
from loyalty_pos.domain.gift_cards import GiftCardEntryKind
from loyalty_pos.domain.ledger import EntryKind
from loyalty_pos.domain.plain_data import from_plain, to_plain
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.domain.roles import Role
from loyalty_pos.domain.tender import Tender
from loyalty_pos.domain.tiers import Qualifying

SCHEMA_VERSION_FIELD = "schema_version"
# What audit details never hold: the member's identity beyond their id.
PERSONAL_FIELDS = frozenset({"name", "phone", "email", "birthday"})


class EventType(enum.StrEnum):
    MEMBER_ENROLLED = "member_enrolled"
    MEMBER_UPDATED = "member_updated"
    MEMBERS_MERGED = "members_merged"
    TIER_CHANGED = "tier_changed"
    CONSENT_CHANGED = "consent_changed"
    MEMBER_ERASED = "member_erased"
    MEMBER_DATA_EXPORTED = "member_data_exported"
    CARD_ISSUED = "card_issued"
    CARD_BLOCKED = "card_blocked"
    CARDS_PRINTED = "cards_printed"
    CARD_KEY_REPLACED = "card_key_replaced"
    CARD_KEY_ROTATED = "card_key_rotated"
    CARD_KEY_IMPORTED = "card_key_imported"
    CARD_KEY_RING_RECEIVED = "card_key_ring_received"
    CARD_KEY_RING_REFUSED = "card_key_ring_refused"
    POINTS_ADJUSTED = "points_adjusted"
    POINTS_TRANSFERRED = "points_transferred"
    POINTS_EXPIRED = "points_expired"
    LEDGER_ENTRY = "ledger_entry"
    BALANCE_FLAGGED = "balance_flagged"
    SALE_COMMITTED = "sale_committed"
    RETURN_PROCESSED = "return_processed"
    PRODUCT_SAVED = "product_saved"
    PRODUCT_DEACTIVATED = "product_deactivated"
    PRODUCTS_IMPORTED = "products_imported"
    CATEGORY_ADDED = "category_added"
    CATEGORY_REMOVED = "category_removed"
    REWARD_SAVED = "reward_saved"
    REWARD_RETIRED = "reward_retired"
    CAMPAIGN_SAVED = "campaign_saved"
    CAMPAIGN_ENDED = "campaign_ended"
    CAMPAIGN_REMOVED = "campaign_removed"
    PROGRAM_EARNING_SAVED = "program_earning_saved"
    PROGRAM_TIERS_SAVED = "program_tiers_saved"
    PROGRAM_EXPIRY_SAVED = "program_expiry_saved"
    PROGRAM_DRAFT_SAVED = "program_draft_saved"
    PROGRAM_DRAFT_DISCARDED = "program_draft_discarded"
    PROGRAM_PUBLISHED = "program_published"
    STAFF_CREATED = "staff_created"
    STAFF_ACTIVATED = "staff_activated"
    STAFF_DEACTIVATED = "staff_deactivated"
    STAFF_UNLOCKED = "staff_unlocked"
    PIN_RESET = "pin_reset"
    SIGNED_IN = "signed_in"
    SIGN_IN_FAILED = "sign_in_failed"
    APPROVAL_GIVEN = "approval_given"
    APPROVAL_FAILED = "approval_failed"
    APPROVAL_ISSUED = "approval_issued"
    SETTINGS_CHANGED = "settings_changed"
    CURRENCY_CHANGED = "currency_changed"
    SHOP_CREATED = "shop_created"
    RECOVERY_FAILED = "recovery_failed"
    ACCESS_RECOVERED = "access_recovered"
    CHAIN_STARTED = "chain_started"
    CHAIN_RESTORED = "chain_restored"
    HEAD_OFFICE_APPLIED = "head_office_applied"
    PROGRAM_LIMITS_SAVED = "program_limits_saved"
    STAFF_MEMBER_LINKED = "staff_member_linked"
    MEMBER_ACTION_RECORDED = "member_action_recorded"
    MEMBER_REFERRED = "member_referred"
    GIFT_CARD_ENTRY = "gift_card_entry"
    CHARITY_DONATED = "charity_donated"
    PARTNER_CODES_IMPORTED = "partner_codes_imported"
    GIVEAWAY_SEED_COMMITTED = "giveaway_seed_committed"
    GIVEAWAY_DRAWN = "giveaway_drawn"
    BADGE_EARNED = "badge_earned"
    PAID_MEMBERSHIP_SOLD = "paid_membership_sold"
    PROGRAM_SEGMENT_SAVED = "program_segment_saved"  # "program_": head office authors it in a chain
    PROGRAM_SEGMENT_REMOVED = "program_segment_removed"
    PROGRAM_PRICE_RULES_SAVED = "program_price_rules_saved"
    PARTNER_CODES_POOLED = "partner_codes_pooled"
    PARTNER_CODES_LEASED = "partner_codes_leased"
    PARTNER_CODE_HANDED_OUT = "partner_code_handed_out"
    GIVEAWAY_ENTERED = "giveaway_entered"


@dataclass(frozen=True, slots=True)
class Event:
    type: ClassVar[EventType]
    schema_version: ClassVar[int] = 1
    synced: ClassVar[bool] = True  # False: only this till cares (security events, local summaries)
    changes: ClassVar[Changes] = Changes.NONE  # what views showing the store must read again

    @property
    def key(self) -> str:
        """What the event is about (a member id, a sale id...): the audit viewer's search key."""
        raise NotImplementedError

    def payload(self) -> dict[str, Any]:
        return to_plain(self)

    def audit_details(self) -> dict[str, Any]:
        return self.payload()

    @classmethod
    def from_payload(cls, data: Any) -> Self:
        return from_plain(cls, data, what=f"{cls.type} event (schema {cls.schema_version})")


def _without_personal(details: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in details.items() if name not in PERSONAL_FIELDS}


# -- members ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MemberEnrolled(Event):
    type = EventType.MEMBER_ENROLLED
    changes = Changes.MEMBER | Changes.CARDS | Changes.BALANCE
    member_id: str
    name: str
    phone: str | None
    email: str | None
    birthday: date | None
    consent_marketing: bool
    consent_data_processing: bool
    card: str
    tier: str

    @property
    def key(self) -> str:
        return self.member_id

    def audit_details(self) -> dict[str, Any]:
        return _without_personal(self.payload())


@dataclass(frozen=True, slots=True)
class MemberUpdated(Event):
    type = EventType.MEMBER_UPDATED
    changes = Changes.MEMBER
    member_id: str
    name: str
    phone: str | None
    email: str | None
    birthday: date | None
    consent_marketing: bool
    consent_data_processing: bool
    changed: tuple[str, ...] = ()  # which fields the edit changed: the audit can say what without the values
    approved_by: str | None = None  # the manager whose approval let a cashier make this change

    @property
    def key(self) -> str:
        return self.member_id

    def audit_details(self) -> dict[str, Any]:
        return _without_personal(self.payload())


@dataclass(frozen=True, slots=True)
class MembersMerged(Event):
    type = EventType.MEMBERS_MERGED
    changes = Changes.MEMBER | Changes.CARDS | Changes.BALANCE
    keep_id: str
    duplicate_id: str
    points: int
    cards: tuple[str, ...]
    filled: tuple[str, ...]  # the names of the contact fields the kept member took over

    @property
    def key(self) -> str:
        return self.duplicate_id


@dataclass(frozen=True, slots=True)
class TierChanged(Event):
    type = EventType.TIER_CHANGED
    changes = Changes.MEMBER
    member_id: str
    from_tier: str
    to_tier: str
    reason: str
    metric: int | None = None

    @property
    def key(self) -> str:
        return self.member_id

    def audit_details(self) -> dict[str, Any]:
        # "from"/"to" as every release has audited them: the tier movement report reads them.
        return {"member_id": self.member_id, "from": self.from_tier, "to": self.to_tier, "reason": self.reason,
                "metric": self.metric}


# -- privacy ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConsentChanged(Event):
    type = EventType.CONSENT_CHANGED
    changes = Changes.MEMBER
    member_id: str
    consent: str  # a ConsentKind value
    granted: bool  # False: withdrawn
    source: str  # a ConsentSource value

    @property
    def key(self) -> str:
        return self.member_id


@dataclass(frozen=True, slots=True)
class MemberErased(Event):
    """Names the member by id only: the personal data this removed must not live on here."""

    type = EventType.MEMBER_ERASED
    changes = Changes.MEMBER | Changes.CARDS | Changes.BALANCE | Changes.SALES
    member_id: str
    points_forfeited: int  # the balance the forfeit entry took away (negative: a debt written off)
    cards: tuple[str, ...]  # the cards that stopped working
    receipts: int  # stored receipts that lost the member's name and card
    reason: str  # "request" (the member asked) or "retention" (inactive for the shop's retention period)

    @property
    def key(self) -> str:
        return self.member_id


@dataclass(frozen=True, slots=True)
class MemberDataExported(Event):
    """Who took a copy of a member's data, and in what form: personal data leaving the till."""

    type = EventType.MEMBER_DATA_EXPORTED
    synced = False
    member_id: str
    format: str  # "json" or "pdf"

    @property
    def key(self) -> str:
        return self.member_id


# -- cards -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CardIssued(Event):
    type = EventType.CARD_ISSUED
    changes = Changes.CARDS | Changes.MEMBER
    member_id: str
    card: str
    replaced: tuple[str, ...]

    @property
    def key(self) -> str:
        return self.card


@dataclass(frozen=True, slots=True)
class CardBlocked(Event):
    type = EventType.CARD_BLOCKED
    changes = Changes.CARDS | Changes.MEMBER
    member_id: str
    card: str
    reason: str

    @property
    def key(self) -> str:
        return self.card


@dataclass(frozen=True, slots=True)
class CardsPrinted(Event):
    type = EventType.CARDS_PRINTED
    changes = Changes.CARDS
    first_card: str | None
    count: int

    @property
    def key(self) -> str:
        return self.first_card or "-"


@dataclass(frozen=True, slots=True)
class CardKeyReplaced(Event):
    type = EventType.CARD_KEY_REPLACED
    changes = Changes.CARDS
    synced = False  # only fingerprints, and only this till's key
    old_fingerprint: str
    new_fingerprint: str
    old_key_kept_as: str

    @property
    def key(self) -> str:
        return "card-key"


@dataclass(frozen=True, slots=True)
class CardKeyRotated(Event):
    """A new key signs new cards; the earlier ones stay in the ring for the cards printed with them."""

    type = EventType.CARD_KEY_ROTATED
    changes = Changes.CARDS
    synced = False  # only fingerprints, and only this till's ring
    old_fingerprint: str
    new_fingerprint: str
    ring_size: int

    @property
    def key(self) -> str:
        return "card-key"


@dataclass(frozen=True, slots=True)
class CardKeyImported(Event):
    """Keys from a file (head office's ring, a backup's) joined this till's ring."""

    type = EventType.CARD_KEY_IMPORTED
    changes = Changes.CARDS
    synced = False
    added: tuple[str, ...]  # fingerprints, in the order they joined
    current_fingerprint: str
    ring_size: int

    @property
    def key(self) -> str:
        return "card-key"


@dataclass(frozen=True, slots=True)
class CardKeyRingReceived(Event):
    """Head office's published ring grew this till's: its new keys (a rotation there) scan here."""

    type = EventType.CARD_KEY_RING_RECEIVED
    changes = Changes.CARDS
    synced = False  # the ring itself travels in head office's publication, not as an event
    added: tuple[str, ...]  # fingerprints, in the order they joined
    current_fingerprint: str
    ring_size: int

    @property
    def key(self) -> str:
        return "card-key"


@dataclass(frozen=True, slots=True)
class CardKeyRingRefused(Event):
    """A published ring that would drop or reorder this till's keys: never applied, because
    a server that could swap the signing key could make every card it likes."""

    type = EventType.CARD_KEY_RING_REFUSED
    changes = Changes.CARDS
    synced = False
    kept: tuple[str, ...]  # this till's ring, which stays
    offered: tuple[str, ...]  # the published ring's fingerprints

    @property
    def key(self) -> str:
        return "card-key"


# -- points ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PointsAdjusted(Event):
    type = EventType.POINTS_ADJUSTED
    changes = Changes.BALANCE
    entry_id: str
    member_id: str
    points: int
    reason: str

    @property
    def key(self) -> str:
        return self.entry_id


@dataclass(frozen=True, slots=True)
class PointsTransferred(Event):
    type = EventType.POINTS_TRANSFERRED
    changes = Changes.BALANCE
    transfer_ref: str
    giver_id: str
    receiver_id: str
    points: int

    @property
    def key(self) -> str:
        return self.transfer_ref

    def audit_details(self) -> dict[str, Any]:
        return {"from": self.giver_id, "to": self.receiver_id, "points": self.points}


@dataclass(frozen=True, slots=True)
class PointsExpired(Event):
    type = EventType.POINTS_EXPIRED
    changes = Changes.BALANCE
    synced = False  # a summary: each expiry entry is queued as its own ledger_entry
    run_id: str
    members: int
    points: int

    @property
    def key(self) -> str:
        return self.run_id


@dataclass(frozen=True, slots=True)
class LedgerEntryPosted(Event):
    """Outbox only: the ledger itself is the record of points, so no audit entry."""

    type = EventType.LEDGER_ENTRY
    changes = Changes.BALANCE
    id: str
    member_id: str
    kind: EntryKind
    points: int
    at: datetime
    terminal_id: str
    actor: str
    sale_ref: str | None = None
    reason: str | None = None
    reward_id: str | None = None
    expires_at: datetime | None = None

    @property
    def key(self) -> str:
        return self.id

    def payload(self) -> dict[str, Any]:
        # Spelled out rather than walked generically: this runs for every entry of every sale.
        return {
            "id": self.id, "member_id": self.member_id, "kind": self.kind.value, "points": self.points,
            "at": self.at.isoformat(), "terminal_id": self.terminal_id, "actor": self.actor,
            "sale_ref": self.sale_ref, "reason": self.reason, "reward_id": self.reward_id,
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
        }


@dataclass(frozen=True, slots=True)
class BalanceFlagged(Event):
    type = EventType.BALANCE_FLAGGED
    changes = Changes.BALANCE | Changes.MEMBER
    member_id: str
    sale_id: str
    balance: int
    points_not_taken: int

    @property
    def key(self) -> str:
        return self.member_id


# -- sales -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SoldRecord:
    """A sale's or return's stored record beyond its event's own fields: lines with their
    prices, discounts and points per line, the till and cashier, what it added to the tier
    metrics, and the document printed (without the member's name: tills read it from the member)."""

    terminal_id: str
    actor: str
    lines: tuple[PricedLine, ...]
    qualifying: Qualifying
    receipt: Receipt | None = None


@dataclass(frozen=True, slots=True)
class SaleCommitted(Event):
    type = EventType.SALE_COMMITTED
    changes = Changes.SALES
    sale_id: str
    receipt_no: str
    member_id: str | None
    total_minor: int
    currency: str
    tender: Tender
    points_earned: int
    points_redeemed: int
    # Who approved the sale's manual discounts, and with which approval (None: no discount,
    # or a manager rang it up); absent in entries from before approvals were stored.
    discount_approved_by: str | None = None
    discount_approval_id: str | None = None
    # What another till of the chain needs to store the sale and take it back (docs/SYNC_PROTOCOL.md).
    # Absent in outbox rows written before sales carried them: such a sale still syncs, and
    # stays returnable only at the till that sold it.
    sold: SoldRecord | None = None

    @property
    def key(self) -> str:
        return self.sale_id

    def audit_details(self) -> dict[str, Any]:
        # The lines and the document are the sale's own record; the log keeps what it always kept.
        return {name: value for name, value in self.payload().items() if name != "sold"}


@dataclass(frozen=True, slots=True)
class ReturnProcessed(Event):
    type = EventType.RETURN_PROCESSED
    changes = Changes.SALES
    return_id: str
    sale_id: str
    receipt_no: str
    refund_minor: int
    points_reversed: int
    points_taken: int
    points_restored: int
    flagged: bool
    approved_by: str | None
    approval_id: str | None = None  # the approval used up; absent before approvals were stored
    # The lines taken back, so every till counts what is left to return; absent before returns carried them.
    sold: SoldRecord | None = None

    @property
    def key(self) -> str:
        return self.return_id

    def audit_details(self) -> dict[str, Any]:
        return {name: value for name, value in self.payload().items() if name != "sold"}


# -- catalog and program ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProductSaved(Event):
    type = EventType.PRODUCT_SAVED
    changes = Changes.CATALOG
    product: Product

    @property
    def key(self) -> str:
        return self.product.code


@dataclass(frozen=True, slots=True)
class ProductDeactivated(Event):
    type = EventType.PRODUCT_DEACTIVATED
    changes = Changes.CATALOG
    product: Product

    @property
    def key(self) -> str:
        return self.product.code


@dataclass(frozen=True, slots=True)
class ProductsImported(Event):
    type = EventType.PRODUCTS_IMPORTED
    changes = Changes.CATALOG
    synced = False  # a summary: each saved product is queued as its own product_saved
    file: str
    mode: str
    rows: int
    saved: int
    errors: int

    @property
    def key(self) -> str:
        return self.file


@dataclass(frozen=True, slots=True)
class CategoryAdded(Event):
    type = EventType.CATEGORY_ADDED
    changes = Changes.CATALOG
    name: str  # a product category's name, not a person's

    @property
    def key(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class CategoryRemoved(Event):
    type = EventType.CATEGORY_REMOVED
    changes = Changes.CATALOG
    name: str

    @property
    def key(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class RewardSaved(Event):
    type = EventType.REWARD_SAVED
    changes = Changes.PROGRAM
    reward: dict[str, Any]  # as the program document stores it (program_codec)

    @property
    def key(self) -> str:
        return f"reward:{self.reward['id']}"


@dataclass(frozen=True, slots=True)
class RewardRetired(Event):
    type = EventType.REWARD_RETIRED
    changes = Changes.PROGRAM
    reward: dict[str, Any]

    @property
    def key(self) -> str:
        return f"reward:{self.reward['id']}"


@dataclass(frozen=True, slots=True)
class CampaignSaved(Event):
    type = EventType.CAMPAIGN_SAVED
    changes = Changes.PROGRAM
    campaign: dict[str, Any]  # as the program document stores it (program_codec)

    @property
    def key(self) -> str:
        return f"campaign:{self.campaign['id']}"


@dataclass(frozen=True, slots=True)
class CampaignEnded(Event):
    type = EventType.CAMPAIGN_ENDED
    changes = Changes.PROGRAM
    campaign: dict[str, Any]

    @property
    def key(self) -> str:
        return f"campaign:{self.campaign['id']}"


@dataclass(frozen=True, slots=True)
class CampaignRemoved(Event):
    type = EventType.CAMPAIGN_REMOVED
    changes = Changes.PROGRAM
    campaign: dict[str, Any]

    @property
    def key(self) -> str:
        return f"campaign:{self.campaign['id']}"


@dataclass(frozen=True, slots=True)
class SegmentSaved(Event):
    type = EventType.PROGRAM_SEGMENT_SAVED
    changes = Changes.PROGRAM
    segment: dict[str, Any]  # as the program document stores it (program_codec)

    @property
    def key(self) -> str:
        return f"segment:{self.segment['id']}"


@dataclass(frozen=True, slots=True)
class SegmentRemoved(Event):
    type = EventType.PROGRAM_SEGMENT_REMOVED
    changes = Changes.PROGRAM
    segment: dict[str, Any]

    @property
    def key(self) -> str:
        return f"segment:{self.segment['id']}"


@dataclass(frozen=True, slots=True)
class ProgramEarningSaved(Event):
    type = EventType.PROGRAM_EARNING_SAVED
    changes = Changes.PROGRAM
    version: int
    earning: dict[str, Any]

    @property
    def key(self) -> str:
        return f"program:{self.version}"


@dataclass(frozen=True, slots=True)
class ProgramTiersSaved(Event):
    type = EventType.PROGRAM_TIERS_SAVED
    changes = Changes.PROGRAM
    version: int
    tiers: dict[str, Any]

    @property
    def key(self) -> str:
        return f"program:{self.version}"


@dataclass(frozen=True, slots=True)
class ProgramPriceRulesSaved(Event):
    """Member prices, early access and volume rules saved into the draft, as the program document has them."""

    type = EventType.PROGRAM_PRICE_RULES_SAVED
    changes = Changes.PROGRAM
    version: int
    price_rules: dict[str, Any]

    @property
    def key(self) -> str:
        return f"program:{self.version}"


@dataclass(frozen=True, slots=True)
class ProgramExpirySaved(Event):
    type = EventType.PROGRAM_EXPIRY_SAVED
    changes = Changes.PROGRAM
    version: int
    expiry: dict[str, Any]
    negative_balance: str

    @property
    def key(self) -> str:
        return f"program:{self.version}"


@dataclass(frozen=True, slots=True)
class ProgramDraftSaved(Event):
    type = EventType.PROGRAM_DRAFT_SAVED
    changes = Changes.PROGRAM

    @property
    def key(self) -> str:
        return "draft"


@dataclass(frozen=True, slots=True)
class ProgramDraftDiscarded(Event):
    type = EventType.PROGRAM_DRAFT_DISCARDED
    changes = Changes.PROGRAM
    version: int

    @property
    def key(self) -> str:
        return f"program:{self.version}"


@dataclass(frozen=True, slots=True)
class ProgramPublished(Event):
    type = EventType.PROGRAM_PUBLISHED
    changes = Changes.PROGRAM
    version: int
    program: dict[str, Any]

    @property
    def key(self) -> str:
        return f"program:{self.version}"


# -- staff, sign-in and settings -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StaffCreated(Event):
    type = EventType.STAFF_CREATED
    changes = Changes.STAFF
    username: str
    role: Role

    @property
    def key(self) -> str:
        return self.username


@dataclass(frozen=True, slots=True)
class StaffActivated(Event):
    type = EventType.STAFF_ACTIVATED
    changes = Changes.STAFF
    username: str

    @property
    def key(self) -> str:
        return self.username


@dataclass(frozen=True, slots=True)
class StaffDeactivated(Event):
    type = EventType.STAFF_DEACTIVATED
    changes = Changes.STAFF
    username: str

    @property
    def key(self) -> str:
        return self.username


@dataclass(frozen=True, slots=True)
class StaffUnlocked(Event):
    type = EventType.STAFF_UNLOCKED
    changes = Changes.STAFF
    username: str

    @property
    def key(self) -> str:
        return self.username


@dataclass(frozen=True, slots=True)
class PinReset(Event):
    type = EventType.PIN_RESET
    changes = Changes.STAFF
    username: str

    @property
    def key(self) -> str:
        return self.username


@dataclass(frozen=True, slots=True)
class SignedIn(Event):
    type = EventType.SIGNED_IN
    synced = False  # a security event of this till
    username: str

    @property
    def key(self) -> str:
        return self.username


@dataclass(frozen=True, slots=True)
class SignInFailed(Event):
    type = EventType.SIGN_IN_FAILED
    changes = Changes.STAFF
    synced = False
    username: str
    attempt: int
    locked: bool

    @property
    def key(self) -> str:
        return self.username


@dataclass(frozen=True, slots=True)
class ApprovalGiven(Event):
    type = EventType.APPROVAL_GIVEN
    synced = False
    terminal_id: str

    @property
    def key(self) -> str:
        return self.terminal_id


@dataclass(frozen=True, slots=True)
class ApprovalIssued(Event):
    """A manager's PIN approved one action at a till: what, how much, for which sale,
    return or member (by id), and until when it may be used."""

    type = EventType.APPROVAL_ISSUED
    synced = False
    approval_id: str
    action: str
    amount_minor: int
    subject_id: str
    approver: str
    terminal_id: str
    expires_at: datetime

    @property
    def key(self) -> str:
        return self.subject_id


@dataclass(frozen=True, slots=True)
class ApprovalFailed(Event):
    type = EventType.APPROVAL_FAILED
    synced = False
    terminal_id: str
    attempt: int

    @property
    def key(self) -> str:
        return self.terminal_id


@dataclass(frozen=True, slots=True)
class SettingsChanged(Event):
    type = EventType.SETTINGS_CHANGED
    changes = Changes.SETTINGS
    values: dict[str, str]

    @property
    def key(self) -> str:
        return "settings"


@dataclass(frozen=True, slots=True)
class CurrencyChanged(Event):
    """Before the first sale: every program version and product now reads in ``to``."""

    type = EventType.CURRENCY_CHANGED
    changes = Changes.SETTINGS | Changes.PROGRAM | Changes.CATALOG
    from_currency: str
    to_currency: str
    program_versions: int  # documents rewritten
    products: int

    @property
    def key(self) -> str:
        return "currency"


@dataclass(frozen=True, slots=True)
class ShopCreated(Event):
    """First-run setup: the shop, its first manager and its starter program, in one go."""

    type = EventType.SHOP_CREATED
    changes = Changes.STAFF | Changes.PROGRAM | Changes.CATALOG
    shop_name: str
    country: str
    currency: str
    timezone: str
    language: str
    prices_include_tax: bool
    starter: str
    starter_title: str
    manager: str
    program_version: int
    products: tuple[str, ...]

    @property
    def key(self) -> str:
        return "shop"


@dataclass(frozen=True, slots=True)
class RecoveryFailed(Event):
    """A wrong recovery code: a security event of this till."""

    type = EventType.RECOVERY_FAILED
    synced = False
    username: str

    @property
    def key(self) -> str:
        return "recovery"


@dataclass(frozen=True, slots=True)
class AccessRecovered(Event):
    """The recovery code set a manager's new PIN (and was replaced)."""

    type = EventType.ACCESS_RECOVERED
    changes = Changes.STAFF
    username: str

    @property
    def key(self) -> str:
        return self.username


# -- the hash chain ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChainStarted(Event):
    """Migration 0012 chained every stored record once. The audit log's head before it
    (its entries' personal data were taken out, so their hashes changed) is kept here:
    whoever holds a copy of the old head can still tell which log this one came from."""

    type = EventType.CHAIN_STARTED
    synced = False
    previous_audit_seq: int
    previous_audit_hash: str
    entries_rewritten: int

    @property
    def key(self) -> str:
        return "chain"


@dataclass(frozen=True, slots=True)
class ChainRestored(Event):
    """A backup was restored: the chain continues from the backup's last link, so the
    links written after it (now gone) are accounted for by this entry."""

    type = EventType.CHAIN_RESTORED
    synced = False
    restored_to: int  # the backup's last link
    restored_hash: str
    replaced_head: int | None  # the last link of the database it replaced, when it had one
    replaced_hash: str | None
    backup: str  # the backup's file name

    @property
    def key(self) -> str:
        return "chain"


@dataclass(frozen=True, slots=True)
class HeadOfficeApplied(Event):
    """Head office's publication (profile, staff, program, catalog) became this till's."""

    type = EventType.HEAD_OFFICE_APPLIED
    changes = Changes.SETTINGS | Changes.STAFF | Changes.PROGRAM | Changes.CATALOG
    # Its parts travelled as the publication itself; another till has no use for this.
    synced = False
    version: int  # the server's version of the publication
    program_version: int | None  # the program version it published here; None: the program was the same
    staff: int  # accounts added or changed
    products: int  # products added, changed or deactivated

    @property
    def key(self) -> str:
        return "head-office"


@dataclass(frozen=True, slots=True)
class ProgramLimitsSaved(Event):
    """The draft's fraud limits were saved (domain.fraud_limits)."""

    type = EventType.PROGRAM_LIMITS_SAVED
    changes = Changes.PROGRAM
    version: int
    limits: dict[str, Any]

    @property
    def key(self) -> str:
        return f"program:{self.version}"


@dataclass(frozen=True, slots=True)
class StaffMemberLinked(Event):
    """A staff account was linked to its holder's member record and phone: the till refuses
    their sales, redemptions and adjustments on that card."""

    type = EventType.STAFF_MEMBER_LINKED
    changes = Changes.STAFF
    username: str
    member_id: str | None
    phone_set: bool  # the phone itself stays out of the audit log

    @property
    def key(self) -> str:
        return self.username


@dataclass(frozen=True, slots=True)
class MemberActionRecorded(Event):
    """A cashier recorded a member's non-purchase action (a review, the newsletter ...)."""

    type = EventType.MEMBER_ACTION_RECORDED
    # The points travel as their ledger entry (LEDGER_ENTRY); this is the till's own record of who keyed it.
    synced = False
    changes = Changes.BALANCE
    entry_id: str
    member_id: str
    campaign_id: str
    action: str
    points: int

    @property
    def key(self) -> str:
        return self.member_id


@dataclass(frozen=True, slots=True)
class MemberReferred(Event):
    """A member enrolled with another member's referral code; both earn at the first purchase."""

    type = EventType.MEMBER_REFERRED
    # Chain-wide: the friend's first purchase may be at any till (services/shop/chain_counting.py).
    referred_id: str
    referrer_id: str
    code: str

    @property
    def key(self) -> str:
        return self.referred_id


# -- gift cards and charity -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GiftCardEntryPosted(Event):
    """A gift card's money moved: the entry itself, so every till merges the card's ledger by union."""

    type = EventType.GIFT_CARD_ENTRY
    changes = Changes.SALES
    id: str
    card_number: str
    kind: GiftCardEntryKind
    amount_minor: int
    currency: str
    at: datetime
    terminal_id: str
    actor: str
    sale_ref: str | None = None
    reason: str | None = None  # a void's: every till refuses the card with it

    @property
    def key(self) -> str:
        return self.id  # as a ledger entry: one key per entry, the card is in the details


@dataclass(frozen=True, slots=True)
class CharityDonated(Event):
    """A member's points given to a charity; the points left through ledger entry ``entry_id``."""

    type = EventType.CHARITY_DONATED
    changes = Changes.BALANCE
    entry_id: str
    member_id: str
    charity_id: str
    charity_name: str
    points: int
    amount_minor: int
    currency: str
    at: datetime

    @property
    def key(self) -> str:
        return self.entry_id  # the ledger entry that took the points


# -- prizes ----------------------------------------------------------------------------
# A till outside a chain imports its own codes and draws its own giveaways. In a chain the
# codes are pooled at the server and leased to tills, and head office draws from every
# till's entries (docs/ARCHITECTURE.md "Prizes in a chain"): the seed and the draw travel.


@dataclass(frozen=True, slots=True)
class PartnerCodesImported(Event):
    type = EventType.PARTNER_CODES_IMPORTED
    synced = False
    reward_id: str
    added: int
    duplicates: int  # already there (or twice in the file): kept once
    left: int  # codes still to hand out after the import

    @property
    def key(self) -> str:
        return self.reward_id


@dataclass(frozen=True, slots=True)
class GiveawaySeedCommitted(Event):
    """The digest published before entries close; the seed stays secret until the draw."""

    type = EventType.GIVEAWAY_SEED_COMMITTED
    reward_id: str
    seed_digest: str
    entries_close: datetime

    @property
    def key(self) -> str:
        return self.reward_id


@dataclass(frozen=True, slots=True)
class GiveawayDrawn(Event):
    """The seed revealed with the winners: with the entries, anyone can recompute them."""

    type = EventType.GIVEAWAY_DRAWN
    reward_id: str
    seed: str
    seed_digest: str
    entries: int
    winners: tuple[str, ...]

    @property
    def key(self) -> str:
        return self.reward_id


@dataclass(frozen=True, slots=True)
class PartnerCodesPooled(Event):
    """Codes head office put in the chain's pool: the server keeps them and leases blocks
    of them to tills; no till hands out a pooled code that was not leased to it."""

    type = EventType.PARTNER_CODES_POOLED
    reward_id: str
    codes: tuple[str, ...]

    @property
    def key(self) -> str:
        return self.reward_id

    def audit_details(self) -> dict[str, Any]:
        return {"reward_id": self.reward_id, "codes": len(self.codes)}  # the codes are vouchers: not in the log


@dataclass(frozen=True, slots=True)
class PartnerCodesLeased(Event):
    """A block of the chain's codes this till may hand out, offline too."""

    type = EventType.PARTNER_CODES_LEASED
    synced = False  # the server made the lease; the tills hear of each code as it is handed out
    reward_id: str
    added: int
    left: int  # codes this till holds after the lease

    @property
    def key(self) -> str:
        return self.reward_id


@dataclass(frozen=True, slots=True)
class PartnerCodeHandedOut(Event):
    """A leased code went to a sale: the server checks it was leased to this till, and
    every till counts it in the chain's stock."""

    type = EventType.PARTNER_CODE_HANDED_OUT
    reward_id: str
    code: str
    sale_id: str
    terminal_id: str
    at: datetime

    @property
    def key(self) -> str:
        return self.sale_id

    def audit_details(self) -> dict[str, Any]:
        return {"reward_id": self.reward_id, "sale_id": self.sale_id}  # the code is the partner's voucher


@dataclass(frozen=True, slots=True)
class GiveawayEntered(Event):
    """A sale's entries in a giveaway: the draw at head office counts every till's."""

    type = EventType.GIVEAWAY_ENTERED
    reward_id: str
    sale_id: str
    member_id: str | None
    entries: tuple[str, ...]  # entry ids, "<sale id>:<n>"
    terminal_id: str
    at: datetime

    @property
    def key(self) -> str:
        return self.sale_id


# -- challenges, badges, paid membership ------------------------------------------------


@dataclass(frozen=True, slots=True)
class BadgeEarned(Event):
    type = EventType.BADGE_EARNED
    # Chain-wide: a badge is held once per member, the earliest award kept (services/shop/chain_counting.py).
    member_id: str
    badge_id: str
    sale_id: str | None

    @property
    def key(self) -> str:
        return self.member_id


@dataclass(frozen=True, slots=True)
class PaidMembershipSold(Event):
    type = EventType.PAID_MEMBERSHIP_SOLD
    # Chain-wide: every till honours the year (panel, receipt, the review's exemption).
    changes = Changes.MEMBER
    membership_id: str
    member_id: str
    paid_tier_id: str
    tier_code: str
    fee_minor: int
    currency: str
    until: date
    receipt_no: str
    # What another till's row of it needs; absent from events written before they travelled.
    paid_name: str = ""  # "Gold membership" as sold
    sold_by: str = ""

    @property
    def key(self) -> str:
        return self.member_id


EVENT_CLASSES: dict[EventType, type[Event]] = {
    cls.type: cls for cls in (
        MemberEnrolled, MemberUpdated, MembersMerged, TierChanged, ConsentChanged, MemberErased,
        MemberDataExported, CardIssued, CardBlocked, CardsPrinted, CardKeyReplaced, CardKeyRotated, CardKeyImported,
        CardKeyRingReceived, CardKeyRingRefused,
        PointsAdjusted, PointsTransferred, PointsExpired, LedgerEntryPosted, BalanceFlagged,
        SaleCommitted, ReturnProcessed, ProductSaved, ProductDeactivated, ProductsImported, CategoryAdded,
        CategoryRemoved, RewardSaved, RewardRetired, CampaignSaved, CampaignEnded, CampaignRemoved,
        ProgramEarningSaved, ProgramTiersSaved, ProgramExpirySaved, ProgramDraftSaved, ProgramDraftDiscarded,
        ProgramPublished, StaffCreated, StaffActivated, StaffDeactivated, StaffUnlocked, PinReset, SignedIn,
        SignInFailed, ApprovalGiven, ApprovalIssued, ApprovalFailed, SettingsChanged, ShopCreated, RecoveryFailed,
        AccessRecovered, CurrencyChanged, ChainStarted, ChainRestored, HeadOfficeApplied,
        ProgramLimitsSaved, StaffMemberLinked,
        MemberActionRecorded, MemberReferred,
        GiftCardEntryPosted, CharityDonated,
        PartnerCodesImported, GiveawaySeedCommitted, GiveawayDrawn,
        BadgeEarned, PaidMembershipSold,
        SegmentSaved, SegmentRemoved,
        ProgramPriceRulesSaved,
        PartnerCodesPooled, PartnerCodesLeased, PartnerCodeHandedOut, GiveawayEntered,
    )
}


def stored_payload(event: Event) -> dict[str, Any]:
    """The outbox row's payload: the event's own fields with its schema version."""
    return {SCHEMA_VERSION_FIELD: event.schema_version, **event.payload()}


def event_from_stored(kind: str, payload: Any) -> Event:
    """The event an outbox row holds, read strictly; a version this release cannot read is refused."""
    try:
        cls = EVENT_CLASSES[EventType(kind)]
    except ValueError:
        raise DocumentInvalid(what="outbox row", problem=f"unknown event type {kind!r}") from None
    if not isinstance(payload, dict) or payload.get(SCHEMA_VERSION_FIELD) != cls.schema_version:
        found = payload.get(SCHEMA_VERSION_FIELD) if isinstance(payload, dict) else None
        raise DocumentInvalid(what=f"{kind} event", problem=f"schema version {found!r}, this release reads "
                              f"{cls.schema_version}")
    return cls.from_payload({name: value for name, value in payload.items() if name != SCHEMA_VERSION_FIELD})
