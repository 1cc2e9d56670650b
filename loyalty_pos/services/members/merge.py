"""Merging a duplicate member into the member who is kept.

Nothing is lost and nothing is rewritten: the duplicate's points reach the kept
member as new TRANSFER entries (one per open lot, each with that lot's expiry, as
household transfers do), its cards are re-pointed, its row stays (status merged,
``merged_into`` the kept member) so its sales and ledger keep their history.

Cards are re-pointed rather than blocked: the person at the till is the same
person, and a card in their wallet that suddenly says "blocked" would punish the
customer for the shop's duplicate. The cashier scanning it simply gets the kept
member; a manager can still block it from the kept member's profile.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from loyalty_pos.domain.errors import NotFound, ValidationError
from loyalty_pos.domain.events import MembersMerged
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.domain.members import Member, MemberStatus
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.members.points import consumed_lots
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.members.projection import current_state, post_entries


@dataclass(frozen=True, slots=True)
class MergeResult:
    keep_id: str
    duplicate_id: str
    points_moved: int  # the duplicate's balance before (negative: a debt moved)
    balance_after: int  # the kept member's
    cards_moved: tuple[str, ...]
    filled: tuple[str, ...]  # contact fields the kept member took from the duplicate


def _load(uow: UnitOfWork, member_id: str) -> Member:
    member = uow.members.get(member_id)
    if member is None:
        raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
    return member


def _check(keep: Member, duplicate: Member) -> None:
    if keep.status is not MemberStatus.ACTIVE:
        raise ValidationError(code="merge_target_not_active",
                              template="Cannot merge into {name}: that member is {status}",
                              name=keep.name, status=keep.status.value)
    # A blocked member's points are frozen on purpose; merging would set them free.
    if duplicate.status is not MemberStatus.ACTIVE:
        raise ValidationError(code="merge_duplicate_not_active",
                              template="Cannot merge {name}: that member is {status}",
                              name=duplicate.name, status=duplicate.status.value)


def _filled(keep: Member, duplicate: Member) -> tuple[Member, tuple[str, ...]]:
    """Contact fields the kept member lacks, from the duplicate. Consents are not
    taken over: a consent is given for a record, never assumed."""
    changes = {
        name: getattr(duplicate, name) for name in ("phone", "email", "birthday")
        if getattr(keep, name) is None and getattr(duplicate, name) is not None
    }
    return replace(keep, **changes), tuple(changes)


def _moves(
    keep: Member, duplicate: Member, uow: UnitOfWork, actor: Actor, clock: Clock
) -> tuple[int, list[LedgerEntry]]:
    state = current_state(uow, duplicate.id)
    balance = state.balance
    if balance == 0:
        return 0, []
    now = clock.now()
    ref = str(uuid.uuid4())
    common = {"kind": EntryKind.TRANSFER, "at": now, "terminal_id": actor.terminal_id, "actor": actor.username,
              "sale_ref": ref}
    out_reason, in_reason = f"merged into {keep.id}", f"merged from {duplicate.id}"
    if balance > 0:
        entries = [LedgerEntry(id=str(uuid.uuid4()), member_id=duplicate.id, points=-balance, reason=out_reason,
                               **common)]
        entries += [
            LedgerEntry(id=str(uuid.uuid4()), member_id=keep.id, points=amount, expires_at=expires,
                        reason=in_reason, **common)
            for expires, amount in consumed_lots(state, balance)
        ]
        return balance, entries
    # A debt (earned points a return took back after they were spent) moves too, or
    # merging would write it off.
    return balance, [
        LedgerEntry(id=str(uuid.uuid4()), member_id=duplicate.id, points=-balance, reason=out_reason, **common),
        LedgerEntry(id=str(uuid.uuid4()), member_id=keep.id, points=balance, reason=in_reason, **common),
    ]


def merge_members(uow: UnitOfWork, *, keep_id: str, duplicate_id: str, actor: Actor, clock: Clock) -> MergeResult:
    """Fold ``duplicate_id`` into ``keep_id`` in one unit of work."""
    actor.require_manager("Merging members")
    if keep_id == duplicate_id:
        raise ValidationError(code="merge_same_member", template="A member cannot be merged into themselves")
    with uow:
        keep, duplicate = _load(uow, keep_id), _load(uow, duplicate_id)
        _check(keep, duplicate)
        moved, entries = _moves(keep, duplicate, uow, actor, clock)
        states = post_entries(uow, entries)
        cards = tuple(card.number for card in duplicate.cards)
        for number in cards:
            uow.cards.move(number, keep.id)
        kept, filled = _filled(keep, duplicate)
        if filled:
            uow.members.update(kept)
        uow.members.update(replace(duplicate, status=MemberStatus.MERGED, merged_into=keep.id))
        balance_after = states[keep.id].balance if keep.id in states else current_state(uow, keep.id).balance
        record(uow, actor, MembersMerged(keep.id, duplicate.id, moved, cards, filled), clock.now())
        uow.commit()
    return MergeResult(keep.id, duplicate.id, moved, balance_after, cards, filled)
