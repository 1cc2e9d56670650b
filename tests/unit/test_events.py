"""Typed events: one per audited/queued action, each round-tripping through its stored payload,
and none carrying a member's identity into the audit log."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime

import pytest

from loyalty_pos.domain.basket import PricedLine, Product
from loyalty_pos.domain.errors import DocumentInvalid
from loyalty_pos.domain.events import (
    EVENT_CLASSES,
    PERSONAL_FIELDS,
    AccessRecovered,
    ApprovalFailed,
    BadgeEarned,
    ApprovalGiven,
    ApprovalIssued,
    BalanceFlagged,
    CampaignEnded,
    CampaignRemoved,
    CampaignSaved,
    SegmentRemoved,
    SegmentSaved,
    CardBlocked,
    ConsentChanged,
    CardIssued,
    CardKeyImported,
    CardKeyRingReceived,
    CardKeyRingRefused,
    HeadOfficeApplied,
    MemberActionRecorded,
    MemberReferred,
    PartnerCodesImported,
    GiveawaySeedCommitted,
    GiveawayDrawn,
    GiveawayEntered,
    PartnerCodeHandedOut,
    PartnerCodesLeased,
    PartnerCodesPooled,
    CardKeyReplaced,
    CardKeyRotated,
    CardsPrinted,
    CategoryAdded,
    CategoryRemoved,
    CurrencyChanged,
    ChainRestored,
    ChainStarted,
    Event,
    EventType,
    CharityDonated,
    GiftCardEntryPosted,
    LedgerEntryPosted,
    MemberEnrolled,
    MembersMerged,
    MemberDataExported,
    MemberErased,
    MemberUpdated,
    PaidMembershipSold,
    PinReset,
    PointsAdjusted,
    PointsExpired,
    PointsTransferred,
    ProductDeactivated,
    ProductSaved,
    ProductsImported,
    ProgramDraftDiscarded,
    ProgramDraftSaved,
    ProgramEarningSaved,
    ProgramExpirySaved,
    ProgramLimitsSaved,
    ProgramPublished,
    ProgramTiersSaved,
    ProgramPriceRulesSaved,
    RecoveryFailed,
    ReturnProcessed,
    RewardRetired,
    RewardSaved,
    SaleCommitted,
    SettingsChanged,
    ShopCreated,
    SignedIn,
    SoldRecord,
    SignInFailed,
    StaffActivated,
    StaffCreated,
    StaffDeactivated,
    StaffMemberLinked,
    StaffUnlocked,
    TierChanged,
    event_from_stored,
    stored_payload,
)
from loyalty_pos.domain.gift_cards import GiftCardEntryKind
from loyalty_pos.domain.ledger import EntryKind
from loyalty_pos.domain.receipt import Receipt, ReceiptKind, ReceiptLine
from loyalty_pos.domain.roles import Role
from loyalty_pos.domain.tender import Tender
from loyalty_pos.domain.tiers import Qualifying

T0 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
ADA = "00000000-0000-4000-8000-000000000001"
BOB = "00000000-0000-4000-8000-000000000002"
CARD = "9400000000000018"
ADA_IDENTITY = {"name": "Ada Lovelace", "phone": "+4791234567", "email": "ada@example.com",
                "birthday": date(1815, 12, 10)}

# A sale's record as another till stores it: a line with its discount and points, and the receipt.
SOLD = SoldRecord("T003", "kari", (PricedLine(1, "COF-ESP", "Espresso", "coffee", 2, 12900, 1500, 25800, 0,
                                                  points_earned=37),),
                  Qualifying(25800, 37),
                  Receipt(ReceiptKind.SALE, "R01-000001", "s-1", T0, "T003", "kari", "Kaffebar", "NOK",
                          (ReceiptLine("Espresso", 2, 12900, 25800, 0),), 25800, 0, 25800, 0, 25800, Tender.CARD))

EXAMPLES: list[Event] = [
    MemberEnrolled(ADA, **ADA_IDENTITY, consent_marketing=True, consent_data_processing=True, card=CARD,
                   tier="basic"),
    MemberUpdated(ADA, **ADA_IDENTITY, consent_marketing=False, consent_data_processing=True,
                  changed=("phone", "consents")),
    MembersMerged(ADA, BOB, 120, (CARD,), ("email",)),
    TierChanged(ADA, "basic", "silver", "spend 5,000.00 in 12 months", 500_000),
    CardIssued(ADA, CARD, ("9400000000000026",)),
    CardBlocked(ADA, CARD, "lost"),
    CardsPrinted(CARD, 3),
    CardKeyReplaced("AAAA-BBBB", "CCCC-DDDD", "card-key.2026-11-23.old"),
    PointsAdjusted("e-1", ADA, -50, "goodwill"),
    PointsTransferred("t-1", ADA, BOB, 1000),
    PointsExpired("run-1", 12, 3400),
    LedgerEntryPosted("e-2", ADA, EntryKind.EARN, 37, T0, "01", "kari", sale_ref="s-1", expires_at=T0),
    BalanceFlagged(ADA, "s-1", -20, 20),
    SaleCommitted("s-1", "R01-000001", ADA, 25800, "NOK", Tender.CARD, 37, 0, "kari", "a-1", SOLD),
    ReturnProcessed("r-1", "s-1", "R01-000002", 12900, 18, 18, 0, False, "kari", "a-2", SOLD),
    ProductSaved(Product("COF-ESP", "Espresso", "coffee", 3200, "NOK", 1500, "7310000000001")),
    ProductDeactivated(Product("COF-ESP", "Espresso", "coffee", 3200, "NOK", active=False)),
    ProductsImported("products.csv", "merge", 10, 9, 1),
    CategoryAdded("coffee"),
    CategoryRemoved("tea"),
    RewardSaved({"id": "free-coffee", "points_cost": 100}),
    RewardRetired({"id": "free-coffee", "points_cost": 100}),
    CampaignSaved({"id": "double", "multiplier_pct": 200}),
    SegmentSaved({"id": "lapsed-60", "kind": "lapsed", "days": 60}),
    SegmentRemoved({"id": "lapsed-60", "kind": "lapsed", "days": 60}),
    CampaignEnded({"id": "double", "multiplier_pct": 200}),
    CampaignRemoved({"id": "double", "multiplier_pct": 200}),
    ProgramEarningSaved(4, {"points_per_step": 1, "step_minor": 1000}),
    ProgramTiersSaved(4, {"basis": "spend", "tiers": [{"code": "basic"}]}),
    ProgramPriceRulesSaved(4, {"member_prices": [{"id": "mp-bun", "product_code": "BUN", "price_minor": 2000}]}),
    ProgramExpirySaved(4, {"months": 24}, "reverse_to_zero_and_flag"),
    ProgramDraftSaved(),
    ProgramDraftDiscarded(5),
    ProgramPublished(4, {"version": 4, "currency": "NOK"}),
    StaffCreated("kari", Role.CASHIER),
    StaffActivated("kari"),
    StaffDeactivated("kari"),
    StaffUnlocked("kari"),
    PinReset("kari"),
    SignedIn("kari"),
    SignInFailed("kari", 3, True),
    ApprovalGiven("01"),
    ApprovalIssued("a-1", "discount", 5000, "s-1", "kari", "01", datetime(2026, 11, 23, 10, 10, tzinfo=UTC)),
    ApprovalFailed("01", 2),
    SettingsChanged({"shop_name": "Fjord & Co."}),
    CurrencyChanged("NOK", "SEK", 2, 14),
    ShopCreated("Fjord & Co.", "NO", "NOK", "Europe/Oslo", "nb", True, "tiers", "Points and tiers", "kari", 1,
                ("COFFEE",)),
    RecoveryFailed("kari"),
    AccessRecovered("kari"),
    ConsentChanged(ADA, "marketing", False, "member_request"),
    MemberErased(ADA, 340, (CARD,), 3, "request"),
    MemberDataExported(ADA, "json"),
    CardKeyRotated("3f2a91bc-04de", "77aa01cd-9e10", 2),
    CardKeyImported(("77aa01cd-9e10",), "77aa01cd-9e10", 3),
    CardKeyRingReceived(("77aa01cd-9e10",), "77aa01cd-9e10", 2),
    CardKeyRingRefused(("3f2a91bc-04de", "77aa01cd-9e10"), ("5b0c7e21-aa03",)),
    ChainStarted(41, "ab" * 32, 7),
    ChainRestored(120, "cd" * 32, 133, "ef" * 32, "loyalty-20261206T101500Z.sqlite"),
    HeadOfficeApplied(3, 2, 4, 17),
    ProgramLimitsSaved(5, {"earn_per_sale": 500, "verify_searched": "phone_digits"}),
    StaffMemberLinked("kari", "m-1", True),
    MemberActionRecorded("e-3", ADA, "review", "review", 25),
    MemberReferred(BOB, ADA, "NBJ8EQD1"),
    GiftCardEntryPosted("g-1", "GC0000000017", GiftCardEntryKind.REDEEM, -2500, "NOK", T0, "01", "kari", "s-1"),
    CharityDonated("e-3", ADA, "red-cross", "Red Cross", 500, 2500, "NOK", T0),
    PartnerCodesImported("cinema", 120, 2, 118),
    GiveawaySeedCommitted("bike", "ab" * 32, datetime(2026, 12, 24, 23, 0, tzinfo=UTC)),
    GiveawayDrawn("bike", "c0ffee", "ab" * 32, 40, (ADA, BOB)),
    BadgeEarned(ADA, "explorer", "s-1"),
    PaidMembershipSold("pm-1", ADA, "gold-year", "gold", 49_900, "NOK", date(2027, 11, 23), "R01-000002"),
    PartnerCodesPooled("cinema", ("XJ7-0001", "XJ7-0002")),
    PartnerCodesLeased("cinema", 25, 31),
    PartnerCodeHandedOut("cinema", "XJ7-0001", "s-1", "T002", T0),
    GiveawayEntered("bike", "s-1", ADA, ("s-1:1", "s-1:2"), "T002", T0),
]


def test_there_is_one_example_and_one_class_per_event_type() -> None:
    assert {type(event).type for event in EXAMPLES} == set(EventType) == set(EVENT_CLASSES)
    assert len(EXAMPLES) == len(EventType)
    assert all(cls.type is type_ for type_, cls in EVENT_CLASSES.items())


@pytest.mark.parametrize("event", EXAMPLES, ids=lambda event: str(event.type))
def test_every_event_round_trips_through_its_stored_payload(event: Event) -> None:
    stored = json.loads(json.dumps(stored_payload(event), ensure_ascii=False))  # as the outbox keeps it
    assert stored["schema_version"] == event.schema_version == 1
    assert event_from_stored(str(event.type), stored) == event
    assert dataclasses.is_dataclass(event) and event.key  # every event says what it is about


@pytest.mark.parametrize("event", EXAMPLES, ids=lambda event: str(event.type))
def test_no_event_puts_a_member_s_identity_in_the_audit_log(event: Event) -> None:
    details = json.dumps(event.audit_details(), default=str, ensure_ascii=False)
    for value in ADA_IDENTITY.values():
        assert str(value) not in details
    if event.type not in (EventType.CATEGORY_ADDED, EventType.CATEGORY_REMOVED):  # a category's name
        assert not PERSONAL_FIELDS & set(event.audit_details())


def test_the_sync_payload_may_carry_the_member_s_fields() -> None:
    enrolled = EXAMPLES[0]
    assert enrolled.payload()["name"] == "Ada Lovelace" and enrolled.payload()["birthday"] == "1815-12-10"
    assert enrolled.audit_details() == {"member_id": ADA, "consent_marketing": True,
                                        "consent_data_processing": True, "card": CARD, "tier": "basic"}


def test_a_payload_of_another_schema_version_or_shape_is_refused() -> None:
    stored = stored_payload(SignedIn("kari"))
    with pytest.raises(DocumentInvalid, match="schema version 2"):
        event_from_stored("signed_in", {**stored, "schema_version": 2})
    with pytest.raises(DocumentInvalid, match="schema version None"):
        event_from_stored("signed_in", {"username": "kari"})  # as earlier releases queued it
    with pytest.raises(DocumentInvalid, match="unknown field"):
        event_from_stored("signed_in", {**stored, "password": "1234"})
    with pytest.raises(DocumentInvalid, match="unknown event type 'note'"):
        event_from_stored("note", stored)
    with pytest.raises(DocumentInvalid, match="tender: 'cheque'"):
        event_from_stored("sale_committed", {**stored_payload(EXAMPLES[13]), "tender": "cheque"})


def test_a_sale_or_return_queued_before_they_carried_their_record_still_reads() -> None:
    """Outbox rows written by the previous release have no ``sold``: they still sync."""
    for event in (EXAMPLES[13], EXAMPLES[14]):
        old = {name: value for name, value in stored_payload(event).items() if name != "sold"}
        assert event_from_stored(str(event.type), old) == dataclasses.replace(event, sold=None)


def test_a_sale_s_lines_and_receipt_stay_out_of_the_audit_log() -> None:
    for event in (EXAMPLES[13], EXAMPLES[14]):
        assert "sold" in event.payload() and "sold" not in event.audit_details()
