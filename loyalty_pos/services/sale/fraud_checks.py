"""The fraud limits a sale meets at the till, read inside the sale's own unit of work:
what this till moved today, whether the member is the cashier's own card, and whether
a member found by search proved who they are before spending points.

Also the two small commands the till sends: a member put on a sale (a lookup, recorded
for the proof and the unusual-activity report) and a searched member's proof checked.
"""

from __future__ import annotations

from datetime import datetime

from loyalty_pos.domain.errors import NotFound
from loyalty_pos.domain.fraud_limits import (
    FraudLimits,
    OwnCardRefused,
    TodayUsage,
    VerificationFailed,
    VerificationImpossible,
    Verification,
    answer_matches,
    can_verify,
    is_own_card,
    verification_needed,
)
from loyalty_pos.domain.members import Member
from loyalty_pos.domain.unusual_activity import LOOKUP_KEEP, Lookup, LookupHow
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.shop.shop import local_period_start

# How a member came onto the sale that leaves their points unproved. A member put on the
# sale without a lookup (enrolled at this till just now, a command-line or imported sale)
# is not asked: only the till's search records a search.
UNPROVED = (LookupHow.SEARCH, LookupHow.FAILED)


def till_usage(uow: UnitOfWork, terminal_id: str, now: datetime) -> TodayUsage:
    earned, redeemed = uow.ledger.terminal_moved_since(terminal_id, local_period_start(uow, now, "day"))
    return TodayUsage(terminal_earned=earned, terminal_redeemed=redeemed)


def check_own_card(uow: UnitOfWork, actor: Actor, member: Member) -> None:
    """Refuses a sale, redemption or adjustment on the signed-in person's own member record."""
    staff = uow.staff.get(actor.username)
    if staff is None:
        return  # the till's own jobs, a command-line import: nobody's card
    if is_own_card(staff_member_id=staff.member_id, staff_phone=staff.phone, member_id=member.id,
                   member_phone=member.phone):
        raise OwnCardRefused(name=member.name)


def check_verified(uow: UnitOfWork, limits: FraudLimits, actor: Actor, member: Member, points_spent: int,
                   now: datetime, *, requests: int = 0) -> None:
    """Points are not spent for a member last found at this till by search today, until they
    prove who they are (or their card is scanned). Earning needs no proof. The refusal names the
    newest of ``requests`` redemptions: the till asks for the proof, then tries it again."""
    if points_spent <= 0 or limits.verify_searched is Verification.OFF:
        return
    how = uow.lookups.latest(member.id, actor.terminal_id, local_period_start(uow, now, "day"))
    if how in UNPROVED:
        error = verification_needed(limits, member.name)
        error.redemption = requests - 1 if requests else None
        raise error


def _record(uow: UnitOfWork, actor: Actor, member_id: str, how: LookupHow, now: datetime) -> None:
    uow.lookups.add(Lookup(now, actor.terminal_id, actor.username, member_id, how))
    # Indexed on the time, so keeping the table small costs one short delete per lookup.
    uow.lookups.prune(now - LOOKUP_KEEP)


def record_lookup(uow: UnitOfWork, *, member_id: str, how: LookupHow, actor: Actor, clock: Clock) -> None:
    """The cashier put ``member_id`` on a sale, by card or from a search."""
    now = clock.now()
    with uow:
        _record(uow, actor, member_id, how, now)
        uow.commit()


def note_lookup(uow: UnitOfWork, actor: Actor, member_id: str, how: LookupHow, now: datetime) -> None:
    """As :func:`record_lookup`, inside the caller's transaction (a scan that resolves a card)."""
    _record(uow, actor, member_id, how, now)


def verify_member(uow: UnitOfWork, *, member_id: str, answer: str, actor: Actor, clock: Clock) -> None:
    """Checks a searched member's proof (phone digits or birth date) and records the result;
    a wrong answer is recorded too (the report counts it) and then refused."""
    now = clock.now()
    with uow:
        member = uow.members.get(member_id)
        if member is None:
            raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
        limits = published_program(uow).limits
        birthday = member.birthday.isoformat() if member.birthday else None
        if not can_verify(limits, phone=member.phone, birthday=birthday):
            raise VerificationImpossible(name=member.name)
        matched = answer_matches(limits, answer, phone=member.phone, birthday=birthday)
        _record(uow, actor, member.id, LookupHow.VERIFIED if matched else LookupHow.FAILED, now)
        uow.commit()
    if not matched:
        raise VerificationFailed(name=member.name)
