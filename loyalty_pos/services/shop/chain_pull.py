"""Apply one page of events pulled from the chain server, in the caller's transaction.

What another till recorded becomes true here as it would have had it happened here,
without recording it again: no outbox row (it came from the server), and ledger entries
chained on their origin till's chain (docs/ARCHITECTURE.md, "Per origin"), so this
till's own chain and ``check`` stay valid.

- Members: upserted field by field, last writer by hlc wins (``domain.field_clock``),
  this till's own edits counted by their outbox stamps; an erasure or a merge is a
  tombstone: a member erased stays erased whatever arrives later.
- Ledger: entries inserted by entry id when absent; each member's balance and lots are
  then the fold of the union. A merged balance below zero (two offline tills together
  spent more than the member had) stays as it is and is returned as a problem.
- Cards: issued and blocked as at their till.
- Sales and returns that carry their record: stored as sold (``services.sale.chain_sales``),
  so any till can take them back.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from loyalty_pos.domain.events import (
    CardBlocked,
    CardIssued,
    Event,
    LedgerEntryPosted,
    MemberEnrolled,
    MemberErased,
    MembersMerged,
    MemberUpdated,
    ReturnProcessed,
    SaleCommitted,
    event_from_stored,
)
from loyalty_pos.domain.field_clock import FieldWrite, winners
from loyalty_pos.domain.hlc import Hlc, receive
from loyalty_pos.domain.ledger import LedgerEntry, fold
from loyalty_pos.domain.members import Card, CardStatus, Consents, Member, MemberStatus
from loyalty_pos.domain.privacy import erased
from loyalty_pos.services.members.projection import put_state
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.sale.chain_sales import store_pulled_return, store_pulled_sale
from loyalty_pos.services.shop.chain_counting import convert_pulled_sale, members_of_counting, take_pulled_counting
from loyalty_pos.services.shop.chain_giving import take_pulled_giving
from loyalty_pos.services.shop.chain_prizes import take_pulled_prizes

MEMBER_FIELDS = ("name", "phone", "email", "birthday", "consent_marketing", "consent_data_processing")
TOMBSTONE = "_tombstone"  # the stamp of the erasure or merge that ended the member's record
EVERY_FIELD = "*"  # one row for an enrolment's stamp on every field: a new till pulls a million of them


def parse_time(text: Any) -> datetime:
    if not isinstance(text, str):
        raise ValueError(f"not a time: {text!r}")
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError(f"a time without its zone: {text!r}")
    return parsed.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class PulledEvent:
    """An event as pull returns it (docs/SYNC_PROTOCOL.md)."""

    seq: int
    event_id: str
    kind: str
    key: str
    at: datetime
    hlc: Hlc
    origin_terminal: str
    payload: dict[str, Any]

    @classmethod
    def from_wire(cls, data: Any) -> PulledEvent:
        """Raises ValueError (or KeyError) naming what does not follow the protocol."""
        if not isinstance(data, dict) or not isinstance(data.get("payload"), dict):
            raise ValueError("an event is an object with a payload")
        seq = data["seq"]
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise ValueError(f"seq {seq!r}")
        texts = {name: data[name] for name in ("event_id", "kind", "key", "origin_terminal")}
        if not all(isinstance(value, str) and value for value in texts.values()):
            raise ValueError("event_id, kind, key and origin_terminal are text")
        return cls(seq, texts["event_id"], texts["kind"], texts["key"], parse_time(data["at"]),
                   Hlc.parse(data["hlc"]), texts["origin_terminal"], data["payload"])

    def to_wire(self) -> dict[str, Any]:
        return {"seq": self.seq, "event_id": self.event_id, "kind": self.kind, "key": self.key,
                "at": self.at.isoformat(), "hlc": str(self.hlc), "origin_terminal": self.origin_terminal,
                "payload": self.payload}


@dataclass
class Applied:
    applied: int = 0
    own: int = 0  # this till's own events, skipped
    ignored: int = 0  # kinds this till does not take from the chain (yet), or already known
    parked: int = 0  # about a member not known here yet: applied when the member arrives
    negative: list[str] = field(default_factory=list)  # members whose merged balance is below zero


class _Page:
    """What one page collects before writing it in bulk: new members, ledger entries."""

    def __init__(self, uow: UnitOfWork, result: Applied) -> None:
        self.uow, self.result = uow, result
        self.entries: dict[str, tuple[PulledEvent, LedgerEntry]] = {}  # entry id -> event and entry, in order
        self.enrolments: dict[str, tuple[PulledEvent, MemberEnrolled]] = {}

    def flush_enrolments(self) -> None:
        """Members new here are written a page at a time (a new till pulls a whole chain);
        ones already known take their enrolment as an edit, field by field."""
        if not self.enrolments:
            return
        pending, self.enrolments = self.enrolments, {}
        known = self.uow.members.existing(list(pending))
        new = [(pulled, event) for member_id, (pulled, event) in pending.items() if member_id not in known]
        cards_taken = self.uow.cards.existing([event.card for _, event in new if event.card])
        self.uow.members.add_many([
            Member(event.member_id, event.name, event.phone, event.email, event.birthday,
                   Consents(event.consent_marketing, event.consent_data_processing), event.tier,
                   MemberStatus.ACTIVE, pulled.at) for pulled, event in new])
        self.uow.cards.add_many([Card(event.card, event.member_id, CardStatus.ACTIVE, pulled.at)
                                 for pulled, event in new if event.card and event.card not in cards_taken])
        self.uow.sync_state.stamp_fields([(event.member_id, EVERY_FIELD, str(pulled.hlc)) for pulled, event in new])
        self.result.applied += len(new)
        for member_id in known:
            pulled, event = pending[member_id]
            fields = {name: getattr(event, name) for name in MEMBER_FIELDS}
            if _edit(self.uow, member_id, fields, str(pulled.hlc)):
                self.result.applied += 1
            else:
                self.result.ignored += 1


def apply_pulled(uow: UnitOfWork, events: Sequence[PulledEvent], *, terminal_id: str, now: datetime) -> Applied:
    """Inside the caller's transaction. An event about a member this till has not heard of
    (their enrolment is in a later page) is parked and applied once the member arrives."""
    result = Applied()
    page = _Page(uow, result)
    newest: Hlc | None = None
    for pulled in events:
        newest = pulled.hlc if newest is None or pulled.hlc > newest else newest
        if pulled.origin_terminal == terminal_id:
            result.own += 1
            continue
        _take(page, pulled)
    page.flush_enrolments()
    ready = uow.sync_state.parked_ready()
    uow.sync_state.unpark([seq for seq, _ in ready])  # first: one still waiting on a second member parks again
    for _seq, text in ready:
        result.parked -= 1
        _take(page, PulledEvent.from_wire(json.loads(text)))
    page.flush_enrolments()
    result.negative = _post(uow, list(page.entries.values()), result)
    if newest is not None:
        clock = uow.outbox.clock()
        node = clock.node if clock is not None else terminal_id
        uow.outbox.observe(receive(clock, newest, int(now.timestamp() * 1000), node), now)
    return result


def _park(uow: UnitOfWork, pulled: PulledEvent, member_id: str, result: Applied) -> None:
    """Kept until the member arrives: applying it now would lose it (or break a foreign key)."""
    uow.sync_state.park(pulled.seq, member_id, json.dumps(pulled.to_wire(), separators=(",", ":")))
    result.parked += 1


def _take(page: _Page, pulled: PulledEvent) -> None:
    uow, result = page.uow, page.result
    event = event_from_stored(pulled.kind, pulled.payload)
    giving = take_pulled_giving(uow, event, pulled.origin_terminal)
    if giving is None:
        giving = take_pulled_prizes(uow, event, pulled.at, pulled.origin_terminal)
    if giving is not None:  # about no member here: a card, or a charity's money
        result.applied, result.ignored = result.applied + giving, result.ignored + (not giving)
        return
    if isinstance(event, LedgerEntryPosted):  # written after the page's members, in _post
        if event.id not in page.entries and not uow.ledger.exists(event.id):
            page.entries[event.id] = (pulled, _entry(event))
        else:
            result.ignored += 1
        return
    if isinstance(event, MemberEnrolled) and event.member_id not in page.enrolments:
        page.enrolments[event.member_id] = (pulled, event)
        return
    page.flush_enrolments()  # what follows may be about a member enrolled earlier in the page
    unknown = next((member_id for member_id in _members_of(event) if uow.members.get(member_id) is None), None)
    if unknown is not None:
        _park(uow, pulled, unknown, result)
    elif _apply_one(uow, event, pulled):
        result.applied += 1
    else:
        result.ignored += 1


def _members_of(event: Event) -> tuple[str, ...]:
    """The members an event needs to exist here before it can be applied."""
    if isinstance(event, MembersMerged):
        return (event.keep_id, event.duplicate_id)
    if isinstance(event, MemberUpdated | MemberErased | CardIssued | CardBlocked):
        return (event.member_id,)
    if isinstance(event, SaleCommitted) and event.sold is not None and event.member_id is not None:
        return (event.member_id,)
    return members_of_counting(event)


def _entry(event: LedgerEntryPosted) -> LedgerEntry:
    return LedgerEntry(id=event.id, member_id=event.member_id, kind=event.kind, points=event.points, at=event.at,
                       terminal_id=event.terminal_id, actor=event.actor, sale_ref=event.sale_ref,
                       reason=event.reason, reward_id=event.reward_id, expires_at=event.expires_at)


def _post(uow: UnitOfWork, entries: list[tuple[PulledEvent, LedgerEntry]], result: Applied) -> list[str]:
    known = {member_id: uow.members.get(member_id) is not None
             for member_id in dict.fromkeys(entry.member_id for _, entry in entries)}
    by_origin: dict[str, list[LedgerEntry]] = defaultdict(list)
    for pulled, entry in entries:
        if known[entry.member_id]:
            by_origin[pulled.origin_terminal].append(entry)
            result.applied += 1
        else:
            _park(uow, pulled, entry.member_id, result)
    members = [member_id for member_id, here in known.items() if here]
    for origin, mine in by_origin.items():
        uow.ledger.append(mine, origin=origin)
    negative = []
    for member_id in members:
        state = put_state(uow, member_id, fold(uow.ledger.for_member(member_id)))
        if state.balance < 0:
            negative.append(member_id)
    return negative


def _apply_one(uow: UnitOfWork, event: Event, pulled: PulledEvent) -> bool:
    if isinstance(event, MemberEnrolled):  # a second enrolment of one member in a page: an edit
        return _edit(uow, event.member_id, {name: getattr(event, name) for name in MEMBER_FIELDS}, str(pulled.hlc))
    if isinstance(event, MemberUpdated):
        fields = {name: getattr(event, name) for name in (event.changed or MEMBER_FIELDS) if name in MEMBER_FIELDS}
        return _edit(uow, event.member_id, fields, str(pulled.hlc))
    if isinstance(event, MemberErased):
        return _erased(uow, event, str(pulled.hlc))
    if isinstance(event, MembersMerged):
        return _merged(uow, event, str(pulled.hlc))
    if isinstance(event, CardIssued):
        return _card_issued(uow, event, pulled.at)
    if isinstance(event, SaleCommitted):  # so a return can be made here too
        convert_pulled_sale(uow, event, pulled.at)
        return store_pulled_sale(uow, event, pulled.at, origin=pulled.origin_terminal)
    if isinstance(event, ReturnProcessed):
        return store_pulled_return(uow, event, pulled.at, origin=pulled.origin_terminal)
    counted = take_pulled_counting(uow, event, pulled.at, pulled.origin_terminal)
    if counted is not None:
        return counted
    if isinstance(event, CardBlocked):
        card = uow.cards.get(event.card)
        if card is None or card.status is CardStatus.BLOCKED:
            return False
        uow.cards.set_status(event.card, CardStatus.BLOCKED)
        return True
    return False


def _known_stamps(uow: UnitOfWork, member_id: str) -> dict[str, FieldWrite]:
    """Per field, the stamp of the last write this till knows: pulled ones, and its own edits."""
    stamps = dict(uow.sync_state.member_field_stamps(member_id))
    every = stamps.pop(EVERY_FIELD, None)
    if every is not None:
        for name in MEMBER_FIELDS:
            stamps[name] = max(stamps.get(name, ""), every)
    for kind, hlc, payload in uow.outbox.own_member_edits(member_id):
        changed = payload.get("changed") if kind == "member_updated" else None
        for name in (changed or MEMBER_FIELDS):
            if hlc > stamps.get(name, ""):
                stamps[name] = hlc
    return {name: FieldWrite(hlc, None) for name, hlc in stamps.items()}


def _edit(uow: UnitOfWork, member_id: str, fields: dict[str, Any], hlc: str) -> bool:
    member = uow.members.get(member_id)
    if member is None or member.status in (MemberStatus.ERASED, MemberStatus.MERGED):
        return False  # a tombstone beats any later edit
    state = _known_stamps(uow, member_id)
    tombstone = state.pop(TOMBSTONE, None)
    won = winners(state, fields, hlc, tombstone=tombstone.hlc if tombstone else None)
    if not won:
        return False
    consents = Consents(won.get("consent_marketing", member.consents.marketing),
                        won.get("consent_data_processing", member.consents.data_processing))
    plain = {name: value for name, value in won.items() if not name.startswith("consent_")}
    uow.members.update(replace(member, consents=consents, **plain))
    uow.sync_state.set_member_field_stamps(member_id, dict.fromkeys(won, hlc))
    return True


def _erased(uow: UnitOfWork, event: MemberErased, hlc: str) -> bool:
    member = uow.members.get(event.member_id)
    if member is None or member.status is MemberStatus.ERASED:
        return False
    for card in member.cards:
        if card.status is CardStatus.ACTIVE:
            uow.cards.set_status(card.number, CardStatus.BLOCKED)
    anonymous = erased(member)
    if member.status is MemberStatus.MERGED:
        anonymous = replace(anonymous, status=MemberStatus.MERGED)
    uow.members.update(anonymous)
    uow.outbox.forget_member(member.id)
    uow.sync_state.set_member_field_stamps(member.id, {TOMBSTONE: hlc})
    return True


def _merged(uow: UnitOfWork, event: MembersMerged, hlc: str) -> bool:
    duplicate = uow.members.get(event.duplicate_id)
    if duplicate is None or duplicate.status is MemberStatus.MERGED or uow.members.get(event.keep_id) is None:
        return False
    for number in event.cards:
        if uow.cards.get(number) is not None:
            uow.cards.move(number, event.keep_id)
    uow.members.update(replace(duplicate, status=MemberStatus.MERGED, merged_into=event.keep_id))
    uow.sync_state.set_member_field_stamps(duplicate.id, {TOMBSTONE: hlc})
    return True


def _card_issued(uow: UnitOfWork, event: CardIssued, at: datetime) -> bool:
    if uow.members.get(event.member_id) is None or uow.cards.get(event.card) is not None:
        return False
    for number in event.replaced:
        old = uow.cards.get(number)
        if old is not None and old.status is CardStatus.ACTIVE:
            uow.cards.set_status(number, CardStatus.REPLACED)
    uow.cards.add(Card(event.card, event.member_id, CardStatus.ACTIVE, at))
    return True
