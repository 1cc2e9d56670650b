"""Erasing a member: personal data gone, the books still adding up.

What goes: name, phone, email, birthday and consents on the member and on every
duplicate merged into it; the contact fields of queued sync payloads. What stays: the
member id, tier and enrolment time, the ledger (anonymous once the member is), sales
with their stored receipts and audit entries. Those are chained records, never
rewritten: they name the member by id only (a reprint reads the first name from the
member, which is gone), and a receipt's masked card is the last digits of a card now
blocked, belonging to nobody anyone can name. The balance is forfeited with an ADJUST entry, so the
points liability drops by exactly that balance and ``check`` still refolds it.
The cards are blocked. Erasing cannot be undone; erasing again changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from loyalty_pos.domain.consents import ConsentSource
from loyalty_pos.domain.errors import NotFound, ValidationError
from loyalty_pos.domain.events import MemberErased
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.domain.members import CardStatus, Member, MemberStatus
from loyalty_pos.domain.privacy import erased
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.members.consents import record_consents
from loyalty_pos.services.members.projection import current_state, post_entries
from loyalty_pos.services.ports import UnitOfWork

FORFEIT_REASON = "Forfeited: the member's data was erased"
REQUEST, RETENTION = "request", "retention"


@dataclass(frozen=True, slots=True)
class Erasure:
    member_id: str
    already_erased: bool  # True: nothing was changed, the member had been erased before
    points_forfeited: int = 0
    cards_blocked: tuple[str, ...] = ()
    receipts: int = 0  # sales and returns kept, naming the member by id only
    duplicates: int = 0  # merged-in records erased with it


def erase_member(uow: UnitOfWork, member_id: str, *, actor: Actor, clock: Clock, reason: str = REQUEST) -> Erasure:
    """Manager only. Raises NotFound for an unknown id and ``member_merged`` for a merged
    duplicate (its data lives on in the member it was merged into: erase that one)."""
    actor.require_manager("Erasing a member")
    now = clock.now()
    with uow:
        member = uow.members.get(member_id)
        if member is None:
            raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
        if member.status is MemberStatus.ERASED:
            return Erasure(member_id, already_erased=True)
        if member.status is MemberStatus.MERGED:
            raise ValidationError(code="member_merged",
                                  template="This record was merged into member {merged_into}: erase that member (its duplicates go with it)",
                                  merged_into=member.merged_into)
        result = erase_in(uow, member, actor=actor, now=now, reason=reason)
        uow.commit()
    return result


def erase_in(uow: UnitOfWork, member: Member, *, actor: Actor, now: datetime, reason: str) -> Erasure:
    """Inside the caller's transaction (retention erases many members per transaction)."""
    duplicates = uow.members.merged_from(member.id)
    blocked: list[str] = []
    receipts = 0
    for record_ in (member, *duplicates):
        for card in record_.cards:
            if card.status is CardStatus.ACTIVE:
                uow.cards.set_status(card.number, CardStatus.BLOCKED)
                blocked.append(card.number)
        receipts += uow.sales.count_of_member(record_.id)
        uow.outbox.forget_member(record_.id)
        # A duplicate stays MERGED: returns of its sales follow it to the member it became.
        anonymous = erased(record_)
        if record_.status is MemberStatus.MERGED:
            anonymous = replace(anonymous, status=MemberStatus.MERGED)
        uow.members.update(anonymous)
        if record_.status is not MemberStatus.MERGED:
            record_consents(uow, record_.id, record_.consents, erased(record_).consents,
                            source=ConsentSource.ERASURE, actor=actor, at=now)
    balance = current_state(uow, member.id).balance
    if balance:
        post_entries(uow, [LedgerEntry(
            id=str(uuid.uuid4()), member_id=member.id, kind=EntryKind.ADJUST, points=-balance, at=now,
            terminal_id=actor.terminal_id, actor=actor.username, reason=FORFEIT_REASON,
        )])
    result = Erasure(member.id, already_erased=False, points_forfeited=balance, cards_blocked=tuple(blocked),
                     receipts=receipts, duplicates=len(duplicates))
    record(uow, actor, MemberErased(member.id, balance, result.cards_blocked, receipts, reason), now)
    return result
