"""Unusual patterns a manager should look at: many redemptions in a short time (by one
member, or rung up by one cashier) and one cashier looking up many different members.

Each pattern is a count inside a sliding window (``FraudLimits.window_minutes``) reaching
its threshold. A pattern is listed once per member or cashier, at its busiest window, so a
long spree is one row with its count rather than a row per minute of it.
"""

from __future__ import annotations

import enum
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from loyalty_pos.domain.fraud_limits import FraudLimits


class LookupHow(enum.StrEnum):
    """How a member came onto a sale at the till."""

    CARD = "card"  # their card was scanned: the card is the proof
    SEARCH = "search"  # picked from a search by name or phone: not proof of anything
    VERIFIED = "verified"  # searched, then proved who they are (phone digits, birth date)
    FAILED = "failed"  # searched, and the proof typed was wrong


# Lookups are kept this long: long enough for any pattern window and the week's report.
LOOKUP_KEEP = timedelta(days=8)


@dataclass(frozen=True, slots=True)
class Lookup:
    at: datetime
    terminal_id: str
    actor: str
    member_id: str
    how: LookupHow


@dataclass(frozen=True, slots=True)
class Redemption:
    """One REDEEM ledger entry, as the patterns need it."""

    entry_id: str
    member_id: str
    actor: str
    at: datetime


class Pattern(enum.StrEnum):
    MEMBER_REDEMPTIONS = "member_redemptions"  # who: a member id
    CASHIER_REDEMPTIONS = "cashier_redemptions"  # who: a user name
    CASHIER_LOOKUPS = "cashier_lookups"  # who: a user name; counts different members


@dataclass(frozen=True, slots=True)
class Finding:
    pattern: Pattern
    who: str
    count: int  # at the busiest window
    threshold: int
    first_at: datetime  # the busiest window's first and last event
    last_at: datetime


@dataclass(frozen=True, slots=True)
class _Burst:
    count: int
    first_at: datetime
    last_at: datetime


def busiest(events: Sequence[tuple[datetime, str]], window: timedelta) -> _Burst | None:
    """The window of length ``window`` (both ends included) holding the most different
    items, from ``(at, item)`` events; the earliest such window on a tie."""
    ordered = sorted(events)
    best: _Burst | None = None
    inside: Counter[str] = Counter()
    start = 0
    for end, (at, item) in enumerate(ordered):
        inside[item] += 1
        while ordered[start][0] < at - window:
            gone = ordered[start][1]
            inside[gone] -= 1
            if not inside[gone]:
                del inside[gone]
            start += 1
        if best is None or len(inside) > best.count:
            best = _Burst(len(inside), ordered[start][0], at)
    return best


def _findings(pattern: Pattern, grouped: dict[str, list[tuple[datetime, str]]], threshold: int | None,
              window: timedelta) -> list[Finding]:
    if threshold is None:
        return []
    found = []
    for who, events in grouped.items():
        burst = busiest(events, window)
        if burst is not None and burst.count >= threshold:
            found.append(Finding(pattern, who, burst.count, threshold, burst.first_at, burst.last_at))
    return found


def find_unusual(limits: FraudLimits, redemptions: Iterable[Redemption], lookups: Iterable[Lookup]) -> list[Finding]:
    """Every pattern that reached its threshold, furthest over it first."""
    window = timedelta(minutes=limits.window_minutes)
    by_member: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    by_cashier: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for redemption in redemptions:
        by_member[redemption.member_id].append((redemption.at, redemption.entry_id))
        by_cashier[redemption.actor].append((redemption.at, redemption.entry_id))
    looked_up: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for lookup in lookups:
        looked_up[lookup.actor].append((lookup.at, lookup.member_id))
    found = (_findings(Pattern.MEMBER_REDEMPTIONS, by_member, limits.member_redemptions, window)
             + _findings(Pattern.CASHIER_REDEMPTIONS, by_cashier, limits.cashier_redemptions, window)
             + _findings(Pattern.CASHIER_LOOKUPS, looked_up, limits.cashier_lookups, window))
    return sorted(found, key=lambda f: (f.threshold - f.count, f.pattern.value, f.who))
