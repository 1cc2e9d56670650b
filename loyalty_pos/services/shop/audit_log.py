"""Reading the audit log: filtered pages for the manager's viewer, and the hash chain's check."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.services.actor import SYSTEM, Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import AuditFilter, AuditRecord, Page, UnitOfWork
from loyalty_pos.services.shop.shop import shop_zone


@dataclass(frozen=True, slots=True)
class AuditQuery:
    """What a manager filters on; days are the shop's calendar days, both inclusive."""

    actor: str | None = None
    action: str | None = None
    first_day: date | None = None
    last_day: date | None = None
    key_text: str = ""


@dataclass(frozen=True, slots=True)
class AuditChoices:
    actors: tuple[str, ...]  # every staff account, "system", and anyone else who ever acted
    actions: tuple[str, ...]
    today: date  # the shop's calendar day, where a date filter starts from


@dataclass(frozen=True, slots=True)
class ChainCheck:
    entries: int
    problems: tuple[str, ...]  # each names the entry (seq) it is about, oldest first

    @property
    def intact(self) -> bool:
        return not self.problems


def search_audit(
    uow: UnitOfWork, query: AuditQuery, *, actor: Actor, cursor: str | None, limit: int
) -> Page[AuditRecord]:
    """Newest first, one keyset page; times in the shop's time zone."""
    actor.require_manager("Reading the audit log")
    if query.first_day and query.last_day and query.first_day > query.last_day:
        raise ValidationError(code="bad_date_range", template="The first day is after the last day.")
    with uow:
        zone = shop_zone(uow)
        where = AuditFilter(
            actor=query.actor or None,
            action=query.action or None,
            start=_midnight(query.first_day, zone) if query.first_day else None,
            end=_midnight(query.last_day + timedelta(days=1), zone) if query.last_day else None,
            key_text=query.key_text.strip() or None,
        )
        page = uow.audit.search(where, cursor=cursor, limit=limit)
    return Page(tuple(replace(row, at=row.at.astimezone(zone)) for row in page.rows), page.next_cursor)


def audit_choices(uow: UnitOfWork, *, actor: Actor, clock: Clock) -> AuditChoices:
    actor.require_manager("Reading the audit log")
    with uow:
        people = {s.username for s in uow.staff.all()} | {SYSTEM.username} | set(uow.audit.actors())
        today = clock.now().astimezone(shop_zone(uow)).date()
        return AuditChoices(tuple(sorted(people)), tuple(uow.audit.actions()), today)


def verify_chain(
    uow: UnitOfWork, *, actor: Actor, progress: Callable[[int, int], None] | None = None
) -> ChainCheck:
    """Re-hash the whole chain in one read transaction, so entries written meanwhile
    neither count nor break it. ``progress(checked, total)`` follows along."""
    actor.require_manager("Verifying the audit log")
    with uow:
        total = uow.audit.count()
        problems = uow.audit.verify(progress=None if progress is None else lambda done: progress(done, total))
    return ChainCheck(total, tuple(problems))


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=zone)
