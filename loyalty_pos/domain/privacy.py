"""What erasing a member leaves behind, and how far back retention looks."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import datetime

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.members import Consents, Member, MemberStatus

# Shown wherever a name used to be (statements, reports, old receipts' sales): a
# placeholder, never an empty string that reads like a bug.
ERASED_NAME = "(erased)"
MAX_RETENTION_YEARS = 100


def erased(member: Member) -> Member:
    """The member with every personal field gone. Id, tier and enrolment time stay: the
    ledger, sales and reports refer to the member by id and must still add up."""
    # The language goes too: with a name gone, "reads Chinese" still says something of a person.
    return replace(member, name=ERASED_NAME, phone=None, email=None, birthday=None, consents=Consents(),
                   status=MemberStatus.ERASED, preferred_language=None)


def retention_cutoff(now: datetime, years: int) -> datetime:
    """``now`` moved back ``years`` calendar years (Feb 29 becomes Feb 28 in a common year):
    a member with no activity since then has been inactive for those years."""
    if not 1 <= years <= MAX_RETENTION_YEARS:
        raise ValidationError(code="bad_years",
                              template="Retention is 1 to {max_retention_years} years, not {years}",
                              max_retention_years=MAX_RETENTION_YEARS, years=years)
    year = now.year - years
    day = min(now.day, calendar.monthrange(year, now.month)[1])
    return now.replace(year=year, day=day)
