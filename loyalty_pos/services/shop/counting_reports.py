"""Reports on challenges, badges and paid memberships, for the back office.

Challenge completions are the ledger's bonus entries of each challenge in the range;
the progress distribution is where members stand now, counted by the same counter
the till uses (domain/challenges.py). Badges: who holds each, and how many were
awarded in the range. Paid memberships: sold and their revenue in the range, and the
members whose membership holds or has lapsed today.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, time, tzinfo

from loyalty_pos.domain.challenges import Challenge, history_start, statuses
from loyalty_pos.domain.counting import Purchase
from loyalty_pos.domain.counting_names import counting_name_in
from loyalty_pos.domain.local_names import local_name
from loyalty_pos.domain.paid_membership import PaidTier, holds
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.shop.shop import shop_zone
from loyalty_pos.services.shop.till_preferences import spoken_language


@dataclass(frozen=True, slots=True)
class ChallengeRow:
    challenge: Challenge
    completions: int  # in the range
    points: int
    members: int  # who completed it in the range
    progress: tuple[int, ...]  # members at 1, 2 ... target-1 now (index 0 = 1)


@dataclass(frozen=True, slots=True)
class BadgeRow:
    badge_id: str
    name: str
    holders: int  # members holding it today
    awarded: int  # awarded in the range


@dataclass(frozen=True, slots=True)
class PaidTierRow:
    paid_tier_id: str
    name: str
    sold: int  # in the range
    revenue_minor: int
    active: int  # members whose membership holds today
    lapsed: int  # members whose last membership of it has ended


@dataclass(frozen=True, slots=True)
class CountingReport:
    currency: str
    challenges: tuple[ChallengeRow, ...]
    badges: tuple[BadgeRow, ...]
    paid_tiers: tuple[PaidTierRow, ...]


def counting_report(uow: UnitOfWork, *, start: datetime, end: datetime, now: datetime) -> CountingReport:
    with uow:
        program = published_program(uow)
        zone = shop_zone(uow)
        today = now.astimezone(zone).date()
        challenges = _challenges(uow, program.challenges, start, end, today, zone)
        holders, awarded = uow.counting.badge_counts(), uow.counting.badge_counts(start, end)
        # Named in the till's language, as the manager reads the rest of the back office.
        language = spoken_language(uow)
        challenges = tuple(replace(row, challenge=replace(row.challenge, name=local_name(
            row.challenge.name, row.challenge.names, language))) for row in challenges)
        badges = tuple(BadgeRow(b.id, local_name(b.name, b.names, language), holders.get(b.id, 0),
                                awarded.get(b.id, 0)) for b in program.badges)
        paid = tuple(replace(row, name=counting_name_in(row.name, program, language))
                     for row in _paid(uow, program.paid_tiers, start, end, today))
    return CountingReport(program.currency, challenges, badges, paid)


def _challenges(uow: UnitOfWork, challenges: tuple[Challenge, ...], start: datetime, end: datetime, today: date,
                zone: tzinfo) -> tuple[ChallengeRow, ...]:
    done = uow.counting.completions(start, end)
    first = history_start(challenges, today)
    history: dict[str, list[Purchase]] = defaultdict(list)
    if first is not None:
        since = datetime.combine(first, time(), zone) if first > date.min else datetime.min.replace(tzinfo=zone)
        for member_id, line in uow.counting.bought_by_members_since(since):
            day = line.at.astimezone(zone).date()
            history[member_id].append(Purchase(day, line.product_code, line.category, line.quantity))
    rows = []
    for challenge in challenges:
        standing: Counter[int] = Counter()
        for purchases in history.values():
            status = statuses((challenge,), purchases, (), today)
            if status and 0 < status[0].progress.count < challenge.target:
                standing[status[0].progress.count] += 1
        count, points, members = done.get(challenge.id, (0, 0, 0))
        rows.append(ChallengeRow(challenge, count, points, members,
                                 tuple(standing[step] for step in range(1, challenge.target))))
    return tuple(rows)


def _paid(uow: UnitOfWork, paid_tiers: tuple[PaidTier, ...], start: datetime, end: datetime, today: date) -> tuple[PaidTierRow, ...]:
    rows = uow.counting.paid_memberships()
    latest: dict[tuple[str, str], date] = {}
    for row in rows:
        key = (row.paid_tier_id, row.member_id)
        latest[key] = max(latest.get(key, row.until), row.until)
    out = []
    for paid in paid_tiers:
        sold = [row for row in rows if row.paid_tier_id == paid.id and start <= row.sold_at < end]
        ends = [until for (tier_id, _member), until in latest.items() if tier_id == paid.id]
        active = sum(1 for until in ends if holds(until, today))
        out.append(PaidTierRow(paid.id, paid.name, len(sold), sum(row.fee_minor for row in sold), active,
                               len(ends) - active))
    return tuple(out)
