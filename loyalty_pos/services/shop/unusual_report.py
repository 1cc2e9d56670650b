"""Reports → Unusual activity: the patterns of the program's fraud limits that reached
their thresholds over the last days, each named for the manager (a member's name, a
cashier's user name) with its count and when it happened."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from loyalty_pos.domain.unusual_activity import Finding, Pattern, find_unusual
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program

REPORT_DAYS = 7  # the lookups are kept a little longer (domain.unusual_activity.LOOKUP_KEEP)


@dataclass(frozen=True, slots=True)
class UnusualRow:
    pattern: Pattern
    who: str  # a member id or a user name
    name: str  # the member's name, or the cashier's user name
    count: int
    threshold: int
    window_minutes: int
    first_at: datetime
    last_at: datetime


@dataclass(frozen=True, slots=True)
class UnusualReport:
    since: datetime
    rows: tuple[UnusualRow, ...]
    watching: bool  # False when the program watches no pattern at all


def unusual_activity(uow: UnitOfWork, *, now: datetime, days: int = REPORT_DAYS) -> UnusualReport:
    since = now - timedelta(days=days)
    with uow:
        limits = published_program(uow).limits
        findings = find_unusual(limits, uow.ledger.redemption_entries_since(since), uow.lookups.since(since))
        rows = tuple(_row(uow, finding, limits.window_minutes) for finding in findings)
    watching = any(t is not None for t in (limits.member_redemptions, limits.cashier_redemptions,
                                           limits.cashier_lookups))
    return UnusualReport(since, rows, watching)


def _row(uow: UnitOfWork, finding: Finding, window_minutes: int) -> UnusualRow:
    name = finding.who
    if finding.pattern is Pattern.MEMBER_REDEMPTIONS:
        member = uow.members.get(finding.who)
        name = member.name if member is not None else finding.who
    return UnusualRow(finding.pattern, finding.who, name, finding.count, finding.threshold, window_minutes,
                      finding.first_at, finding.last_at)
