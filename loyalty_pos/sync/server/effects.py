"""What one pushed event means for the merged projections, read with the till's own classes.

Kinds the server merges are parsed strictly (``domain.events.event_from_stored``): a
member, card or ledger event the till could not read back is refused with 422, never
half-applied. Every other kind is stored and relayed as it came.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from loyalty_pos.domain import events as ev
from loyalty_pos.domain.errors import DocumentInvalid
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.sync.server.merge import ERASED, MERGED, MemberChange, Tombstone

_CONTACT_FIELDS = ("name", "phone", "email", "birthday", "consent_marketing", "consent_data_processing")


@dataclass(frozen=True, slots=True)
class CardChange:
    card: str
    member_id: str
    blocked: bool
    reason: str | None = None


@dataclass(slots=True)
class Effects:
    """Everything one batch changes besides the event log itself."""

    members: list[MemberChange] = field(default_factory=list)
    entries: list[LedgerEntry] = field(default_factory=list)
    cards: list[CardChange] = field(default_factory=list)
    # A chain's partner codes (sync/server/partner_pool.py): pooled by head office, handed out by tills.
    codes: list[ev.PartnerCodesPooled | ev.PartnerCodeHandedOut] = field(default_factory=list)

    def add(self, kind: str, hlc: str, payload: dict[str, Any], shop_id: str) -> None:
        if kind == ev.EventType.LEDGER_ENTRY:
            self.entries.append(ledger_entry(payload))
            return
        if kind in _CODE_KINDS:
            self.codes.append(_code_event(ev.event_from_stored(kind, payload)))
            return
        handler = _HANDLERS.get(kind)
        if handler is not None:
            handler(self, ev.event_from_stored(kind, payload), hlc, shop_id)


def _enrolled(fx: Effects, event: ev.MemberEnrolled, hlc: str, shop_id: str) -> None:
    values = {name: _plain(getattr(event, name)) for name in _CONTACT_FIELDS}
    values["tier"] = event.tier
    fx.members.append(MemberChange(event.member_id, hlc, values, home_shop=shop_id))
    fx.cards.append(CardChange(event.card, event.member_id, blocked=False))


def _updated(fx: Effects, event: ev.MemberUpdated, hlc: str, shop_id: str) -> None:
    # Only what the edit changed: another till's edit of a different field must survive.
    names = [name for name in event.changed if name in _CONTACT_FIELDS] or list(_CONTACT_FIELDS)
    fx.members.append(MemberChange(event.member_id, hlc, {name: _plain(getattr(event, name)) for name in names}))


def _tier(fx: Effects, event: ev.TierChanged, hlc: str, shop_id: str) -> None:
    fx.members.append(MemberChange(event.member_id, hlc, {"tier": event.to_tier}))


def _consent(fx: Effects, event: ev.ConsentChanged, hlc: str, shop_id: str) -> None:
    fx.members.append(MemberChange(event.member_id, hlc, {f"consent_{event.consent}": event.granted}))


def _erased(fx: Effects, event: ev.MemberErased, hlc: str, shop_id: str) -> None:
    fx.members.append(MemberChange(event.member_id, hlc, tombstone=Tombstone(ERASED, hlc)))
    fx.cards.extend(CardChange(card, event.member_id, blocked=True, reason="member erased") for card in event.cards)


def _merged(fx: Effects, event: ev.MembersMerged, hlc: str, shop_id: str) -> None:
    fx.members.append(MemberChange(event.duplicate_id, hlc, tombstone=Tombstone(MERGED, hlc, event.keep_id)))


def _card_issued(fx: Effects, event: ev.CardIssued, hlc: str, shop_id: str) -> None:
    fx.cards.append(CardChange(event.card, event.member_id, blocked=False))
    fx.cards.extend(CardChange(card, event.member_id, blocked=True, reason="replaced") for card in event.replaced)


def _card_blocked(fx: Effects, event: ev.CardBlocked, hlc: str, shop_id: str) -> None:
    fx.cards.append(CardChange(event.card, event.member_id, blocked=True, reason=event.reason))


_ENTRY_TEXTS = ("id", "member_id", "terminal_id", "actor")
_ENTRY_OPTIONAL = ("sale_ref", "reason", "reward_id")
_ENTRY_FIELDS = frozenset({"schema_version", "kind", "points", "at", "expires_at", *_ENTRY_TEXTS, *_ENTRY_OPTIONAL})


def ledger_entry(payload: dict[str, Any]) -> LedgerEntry:
    """A ``ledger_entry`` payload read by hand, as strictly as ``LedgerEntryPosted.from_payload``
    (tests/unit/test_sync_merge.py holds the two to the same answers): it runs for
    every entry of every push, and the generic reader costs five times as much."""
    if payload.get("schema_version") != ev.LedgerEntryPosted.schema_version:
        raise DocumentInvalid(what="ledger_entry event", problem=f"schema version {payload.get('schema_version')!r}")
    unknown = payload.keys() - _ENTRY_FIELDS
    if unknown:
        raise DocumentInvalid(what="ledger_entry event", problem=f"unknown field {sorted(unknown)[0]!r}")
    for name in _ENTRY_TEXTS:
        if not isinstance(payload.get(name), str):
            raise DocumentInvalid(what="ledger_entry event", problem=f"{name} must be a text")
    for name in _ENTRY_OPTIONAL:
        if not isinstance(payload.get(name), str | None):
            raise DocumentInvalid(what="ledger_entry event", problem=f"{name} must be a text or null")
    points, at, expires = payload.get("points"), payload.get("at"), payload.get("expires_at")
    if not isinstance(points, int) or isinstance(points, bool):
        raise DocumentInvalid(what="ledger_entry event", problem="points must be a whole number")
    try:
        kind = EntryKind(payload.get("kind"))
        moment = _instant(at)
        lapses = _instant(expires) if expires is not None else None
    except (ValueError, TypeError):
        raise DocumentInvalid(what="ledger_entry event", problem="kind, at or expires_at is not valid") from None
    return LedgerEntry(id=payload["id"], member_id=payload["member_id"], kind=kind, points=points, at=moment,
                       terminal_id=payload["terminal_id"], actor=payload["actor"], sale_ref=payload.get("sale_ref"),
                       reason=payload.get("reason"), reward_id=payload.get("reward_id"), expires_at=lapses)


def _instant(value: Any) -> datetime:
    if not isinstance(value, str):
        raise TypeError("an instant is a text")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("an instant needs its UTC offset")
    return moment


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


_HANDLERS: dict[str, Any] = {
    ev.EventType.MEMBER_ENROLLED: _enrolled,
    ev.EventType.MEMBER_UPDATED: _updated,
    ev.EventType.TIER_CHANGED: _tier,
    ev.EventType.CONSENT_CHANGED: _consent,
    ev.EventType.MEMBER_ERASED: _erased,
    ev.EventType.MEMBERS_MERGED: _merged,
    ev.EventType.CARD_ISSUED: _card_issued,
    ev.EventType.CARD_BLOCKED: _card_blocked,
}


_CODE_KINDS = frozenset({ev.EventType.PARTNER_CODES_POOLED, ev.EventType.PARTNER_CODE_HANDED_OUT})
MAX_CODE = 80  # the till's and the server's column


def _code_event(event: ev.Event) -> ev.PartnerCodesPooled | ev.PartnerCodeHandedOut:
    """Read before the transaction: codes the columns hold, and ids the lease can name."""
    assert isinstance(event, ev.PartnerCodesPooled | ev.PartnerCodeHandedOut)
    codes = event.codes if isinstance(event, ev.PartnerCodesPooled) else (event.code,)
    if not 0 < len(event.reward_id) <= MAX_CODE or not all(0 < len(code) <= MAX_CODE for code in codes):
        raise DocumentInvalid(what=f"{event.type} event", problem="a reward id and codes of 1 to 80 characters")
    return event


def covered_kinds() -> frozenset[str]:
    """The member and card kinds the server merges into its projections."""
    return frozenset(str(kind.value) for kind in _HANDLERS)
