"""The append-only points ledger: immutable entries, lots, FIFO consumption, expiry.

A member's points are never stored as a number that can be edited: they are the
fold of their ledger entries. Positive entries open *lots* (with an expiry);
negative entries consume the open lots first-in-first-out by expiry date, so the
points that would expire soonest are spent first. A consumption larger than the
open lots leaves *debt*, which later positive entries pay back first.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from loyalty_pos.domain.calendar import add_months
from loyalty_pos.domain.errors import InsufficientPoints, ValidationError


class EntryKind(enum.StrEnum):
    EARN = "earn"  # points from a purchase
    REDEEM = "redeem"  # points spent on a reward (negative)
    EXPIRE = "expire"  # lots past their expiry (negative)
    REVERSE = "reverse"  # a return: earned points taken back (-) or spent points restored (+)
    ADJUST = "adjust"  # a manager's correction, with a reason (+/-)
    TRANSFER = "transfer"  # household pooling: - on the giver, + on the receiver
    BONUS = "bonus"  # campaign/non-purchase points (+)
    DONATE = "donate"  # points given to a charity (-); reward_id names the charity


# Kinds whose sign is fixed; the others may go either way.
_POSITIVE_ONLY = {EntryKind.EARN, EntryKind.BONUS}
_NEGATIVE_ONLY = {EntryKind.REDEEM, EntryKind.EXPIRE, EntryKind.DONATE}


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    id: str  # UUID: the same entry synced twice is stored once
    member_id: str
    kind: EntryKind
    points: int
    at: datetime
    terminal_id: str
    actor: str
    sale_ref: str | None = None
    reason: str | None = None
    reward_id: str | None = None
    expires_at: datetime | None = None  # for positive entries: when this lot lapses

    def __post_init__(self) -> None:
        if not isinstance(self.points, int) or isinstance(self.points, bool):
            raise ValidationError(detail="points are whole numbers")
        if self.points == 0:
            raise ValidationError(code="zero_points", template="a ledger entry moves at least 1 point")
        if self.kind in _POSITIVE_ONLY and self.points < 0:
            raise ValidationError(detail=f"{self.kind.value} entries add points")
        if self.kind in _NEGATIVE_ONLY and self.points > 0:
            raise ValidationError(detail=f"{self.kind.value} entries remove points")
        if self.kind is EntryKind.ADJUST and not (self.reason and self.reason.strip()):
            raise ValidationError(code="reason_required", template="an adjustment needs a reason")


@dataclass(frozen=True, slots=True)
class Lot:
    """Points from one positive entry that are still unspent."""

    entry_id: str
    opened_at: datetime
    expires_at: datetime | None
    remaining: int


def _fifo_key(lot: Lot) -> tuple[int, datetime, datetime, str]:
    # Lots that never expire are spent last; among equals, oldest first.
    never = lot.expires_at is None
    return (1 if never else 0, lot.expires_at or lot.opened_at, lot.opened_at, lot.entry_id)


@dataclass(frozen=True, slots=True)
class PointsState:
    """What the ledger says about one member at a moment."""

    lots: tuple[Lot, ...] = ()
    debt: int = 0
    last_activity: datetime | None = None

    @classmethod
    def cached(cls, lots: Iterable[Lot], balance: int, last_activity: datetime | None) -> PointsState:
        """The state a projection keeps (open lots in FIFO order, the balance, the last
        activity), as folding the ledger gives it: the debt is what the lots do not cover."""
        open_lots = tuple(lot for lot in lots if lot.remaining)
        return cls(open_lots, sum(lot.remaining for lot in open_lots) - balance, last_activity)

    @property
    def balance(self) -> int:
        return sum(lot.remaining for lot in self.lots) - self.debt

    def apply(self, entry: LedgerEntry) -> PointsState:
        activity = entry.at if entry.kind in _ACTIVITY_KINDS else None
        last = self.last_activity
        if activity is not None and (last is None or activity > last):
            last = activity
        if entry.points > 0:
            repay = min(self.debt, entry.points)
            fresh = entry.points - repay
            lots = self.lots
            if fresh:
                lot = Lot(entry.id, entry.at, entry.expires_at, fresh)
                lots = tuple(sorted((*lots, lot), key=_fifo_key))
            return PointsState(lots, self.debt - repay, last)
        needed = -entry.points
        kept: list[Lot] = []
        for lot in self.lots:  # lots are kept in FIFO order
            if needed and lot.remaining:
                take = min(needed, lot.remaining)
                needed -= take
                if lot.remaining - take:
                    kept.append(replace(lot, remaining=lot.remaining - take))
            else:
                kept.append(lot)
        return PointsState(tuple(kept), self.debt + needed, last)

    def expiring_between(self, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
        """Open points whose lots lapse in ``(start, end]``, soonest first."""
        return [
            (lot.expires_at, lot.remaining)
            for lot in self.lots
            if lot.expires_at is not None and start < lot.expires_at <= end and lot.remaining
        ]


# Earning or spending keeps a member "active" for the inactivity expiry policy;
# expiry itself and manager corrections do not.
_ACTIVITY_KINDS = {EntryKind.EARN, EntryKind.REDEEM, EntryKind.BONUS, EntryKind.TRANSFER, EntryKind.DONATE}


def fold(entries: Iterable[LedgerEntry]) -> PointsState:
    """Replay entries in (time, id) order; the only way a balance is computed."""
    state = PointsState()
    for entry in sorted(entries, key=lambda e: (e.at, e.id)):
        state = state.apply(entry)
    return state


def balance_of(entries: Iterable[LedgerEntry]) -> int:
    return sum(e.points for e in entries)


def ensure_can_spend(state: PointsState, points: int) -> None:
    if points <= 0:
        raise ValidationError(code="points_not_positive", template="points to spend must be above 0")
    if points > state.balance:
        raise InsufficientPoints(needed=points, available=max(state.balance, 0))


@dataclass(frozen=True, slots=True)
class ExpiryPolicy:
    """Points lapse ``months_after_earning`` after they were earned, and/or all at
    once after ``inactivity_months`` without earning or spending. ``None`` = off."""

    months_after_earning: int | None = 12
    inactivity_months: int | None = None

    def __post_init__(self) -> None:
        for value in (self.months_after_earning, self.inactivity_months):
            if value is not None and value <= 0:
                raise ValidationError(detail="expiry months must be above 0")

    def expiry_for(self, earned_at: datetime) -> datetime | None:
        if self.months_after_earning is None:
            return None
        return add_months(earned_at, self.months_after_earning)


@dataclass(frozen=True, slots=True)
class ExpiryDue:
    points: int  # positive: how many points lapse now
    reason: str  # "lots_expired" or "inactivity"
    lots: tuple[Lot, ...] = field(default=())


def expiry_due(state: PointsState, policy: ExpiryPolicy, now: datetime) -> ExpiryDue | None:
    """How many points lapse at ``now``; the caller appends one EXPIRE entry for them.

    Because consumption is FIFO by expiry date, an EXPIRE entry of that size
    consumes exactly the lapsed lots.
    """
    if policy.inactivity_months is not None and state.last_activity is not None:
        if add_months(state.last_activity, policy.inactivity_months) <= now:
            open_lots = tuple(lot for lot in state.lots if lot.remaining)
            total = sum(lot.remaining for lot in open_lots)
            if total:
                return ExpiryDue(total, "inactivity", open_lots)
    lapsed = tuple(
        lot for lot in state.lots if lot.expires_at is not None and lot.expires_at <= now
    )
    total = sum(lot.remaining for lot in lapsed)
    if total:
        return ExpiryDue(total, "lots_expired", lapsed)
    return None


def soonest_expiry(state: PointsState, now: datetime, days: int) -> tuple[datetime, int] | None:
    """The next date on which points lapse within ``days``, and how many lapse then."""
    upcoming = state.expiring_between(now, now + timedelta(days=days))
    if not upcoming:
        return None
    first_date = upcoming[0][0]
    return first_date, sum(p for d, p in upcoming if d.date() == first_date.date())


@dataclass(frozen=True, slots=True)
class SpentPoints:
    """Points a negative entry took: from a lot (with that lot's expiry), or not covered by
    any lot (``covered`` False: the entry ran into debt there)."""

    expires_at: datetime | None
    points: int
    covered: bool = True


def spent_by(entries: Iterable[LedgerEntry], entry_ids: Iterable[str]) -> tuple[SpentPoints, ...]:
    """What the entries ``entry_ids`` consumed when the ledger was folded, in the order the
    fold took it (their own order, then FIFO by expiry): so points given back later can
    keep the expiry they had when they were spent."""
    wanted = set(entry_ids)
    spent: list[SpentPoints] = []
    state = PointsState()
    for entry in sorted(entries, key=lambda e: (e.at, e.id)):
        if entry.id in wanted and entry.points < 0:
            needed = -entry.points
            for lot in state.lots:
                if not needed:
                    break
                take = min(needed, lot.remaining)
                if take:
                    spent.append(SpentPoints(lot.expires_at, take))
                    needed -= take
            if needed:
                spent.append(SpentPoints(None, needed, covered=False))
        state = state.apply(entry)
    return tuple(spent)
