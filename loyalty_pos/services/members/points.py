"""Manager corrections and household transfers; both only ever add ledger entries."""

from __future__ import annotations

import uuid
from datetime import datetime

from loyalty_pos.domain.errors import NotFound, ValidationError
from loyalty_pos.domain.events import PointsAdjusted, PointsTransferred
from loyalty_pos.domain.fraud_limits import needs_second_manager
from loyalty_pos.domain.limits import check_points_entry
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, PointsState, ensure_can_spend
from loyalty_pos.domain.members import Member, MemberStatus
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.members.projection import current_state, post_entries
from loyalty_pos.services.members.second_manager import use_second_approval
from loyalty_pos.services.sale.fraud_checks import check_own_card

TRANSFER_STEP = 1_000


def active_member(uow: UnitOfWork, member_id: str) -> Member:
    """The member whose points move, refused when missing or not active."""
    return _member(uow, member_id)


def _member(uow: UnitOfWork, member_id: str) -> Member:
    member = uow.members.get(member_id)
    if member is None:
        raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
    if member.status is not MemberStatus.ACTIVE:
        raise ValidationError(code="member_not_active", template="{name} is {status}",
                              name=member.name, status=member.status.value)
    return member


def adjust_points(uow: UnitOfWork, *, member_id: str, points: int, reason: str, actor: Actor, clock: Clock,
                  approval: str | None = None) -> int:
    """A correction is a new ADJUST entry with the manager's reason; returns the new balance.
    Above the program's threshold it needs ``approval``, a second manager's (second_manager.py);
    nobody adjusts their own member card."""
    actor.require_manager("Adjusting points")
    if not reason or not reason.strip():
        raise ValidationError(code="reason_required", template="An adjustment needs a reason")
    if points == 0:
        raise ValidationError(code="zero_points", template="An adjustment moves at least 1 point")
    check_points_entry(points)
    now = clock.now()
    with uow:
        member = _member(uow, member_id)
        program = published_program(uow)
        check_own_card(uow, actor, member)
        if needs_second_manager(program.limits, points):
            assert program.limits.second_manager_above is not None
            use_second_approval(uow, actor, approval, member_id=member.id, points=points,
                                threshold=program.limits.second_manager_above, now=now)
        if points < 0:
            ensure_can_spend(current_state(uow, member.id), -points)
        entry = LedgerEntry(
            id=str(uuid.uuid4()), member_id=member.id, kind=EntryKind.ADJUST, points=points, at=now,
            terminal_id=actor.terminal_id, actor=actor.username, reason=reason.strip(),
            expires_at=program.expiry.expiry_for(now) if points > 0 else None,
        )
        balance = post_entries(uow, [entry])[member.id].balance
        record(uow, actor, PointsAdjusted(entry.id, member.id, points, reason.strip()), now)
        uow.commit()
    return balance


def consumed_lots(state: PointsState, points: int) -> list[tuple[datetime | None, int]]:
    """Which expiry dates the giver's FIFO spend would take, so transferred points keep
    the expiry they had: pooling must not become a way to extend points' life."""
    taken: list[tuple[datetime | None, int]] = []
    needed = points
    for lot in state.lots:
        if not needed:
            break
        take = min(lot.remaining, needed)
        if take:
            taken.append((lot.expires_at, take))
            needed -= take
    return taken


def transfer_points(
    uow: UnitOfWork, *, from_member_id: str, to_member_id: str, points: int, actor: Actor, clock: Clock
) -> tuple[int, int]:
    """Household pooling in steps of 1,000; returns both new balances."""
    actor.require_manager("Transferring points")
    if points <= 0 or points % TRANSFER_STEP:
        raise ValidationError(code="transfer_step", template="Transfers go in steps of {step:,} points",
                              step=TRANSFER_STEP)
    if from_member_id == to_member_id:
        raise ValidationError(code="transfer_same_member", template="Choose two different members")
    now = clock.now()
    with uow:
        giver = _member(uow, from_member_id)
        receiver = _member(uow, to_member_id)
        # Moving points into (or out of) one's own card is an adjustment of it by other means.
        check_own_card(uow, actor, giver)
        check_own_card(uow, actor, receiver)
        state = current_state(uow, giver.id)
        ensure_can_spend(state, points)
        transfer_ref = str(uuid.uuid4())
        common = {"kind": EntryKind.TRANSFER, "at": now, "terminal_id": actor.terminal_id,
                  "actor": actor.username, "sale_ref": transfer_ref}
        entries = [LedgerEntry(id=str(uuid.uuid4()), member_id=giver.id, points=-points,
                               reason=f"transfer to {receiver.id}", **common)]
        entries += [
            LedgerEntry(id=str(uuid.uuid4()), member_id=receiver.id, points=amount, expires_at=expires,
                        reason=f"transfer from {giver.id}", **common)
            for expires, amount in consumed_lots(state, points)
        ]
        states = post_entries(uow, entries)
        record(uow, actor, PointsTransferred(transfer_ref, giver.id, receiver.id, points), now)
        uow.commit()
    return states[giver.id].balance, states[receiver.id].balance
