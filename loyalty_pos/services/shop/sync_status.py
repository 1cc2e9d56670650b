"""The till's link to the chain as the window, the settings and checkout read it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from loyalty_pos.domain.sync_link import (
    DEFAULT_OFFLINE_AFTER_MINUTES,
    SyncLink,
    read_link,
)
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import UnitOfWork

# Shop settings (the settings table): when a registered till counts as offline, and the
# daily cap on what one member redeems then ("": the program's cap).
OFFLINE_AFTER_MINUTES = "offline_after_minutes"
OFFLINE_REDEEM_CAP = "offline_redeem_cap_per_day"
SYNC_EVERY_SECONDS = "sync_every_seconds"
DEFAULT_SYNC_EVERY_SECONDS = 30


@dataclass(frozen=True, slots=True)
class SyncStatus:
    link: SyncLink
    waiting: int  # outbox rows not yet pushed
    offline: bool  # what checkout would apply the offline cap under, now
    offline_after: timedelta
    every_seconds: int
    read_at: datetime  # the clock's time of the read: "2 min ago" counts from it


def _minutes(uow: UnitOfWork, key: str, default: int) -> int:
    value = uow.settings.get(key)
    return int(value) if value and value.isdigit() else default


def offline_after(uow: UnitOfWork) -> timedelta:
    return timedelta(minutes=_minutes(uow, OFFLINE_AFTER_MINUTES, DEFAULT_OFFLINE_AFTER_MINUTES))


def sync_link(uow: UnitOfWork) -> SyncLink:
    """Inside the caller's unit of work."""
    return read_link(uow.sync_state.all())


def till_offline(uow: UnitOfWork, now: datetime) -> bool:
    """Inside the caller's unit of work: checkout asks this itself rather than trust a flag."""
    return sync_link(uow).offline(now, offline_after(uow))


def offline_redeem_cap(uow: UnitOfWork, program_cap: int | None) -> int | None:
    value = uow.settings.get(OFFLINE_REDEEM_CAP)
    return int(value) if value and value.isdigit() else program_cap


def sync_every_seconds(uow: UnitOfWork) -> int:
    with uow:
        return _minutes(uow, SYNC_EVERY_SECONDS, DEFAULT_SYNC_EVERY_SECONDS)


def read_sync_status(uow: UnitOfWork, *, clock: Clock) -> SyncStatus:
    """One read for the status bar and the settings: no role needed, a cashier's window shows it."""
    now = clock.now()
    with uow:
        link = sync_link(uow)
        after = offline_after(uow)
        return SyncStatus(link, uow.outbox.waiting(), link.offline(now, after), after,
                          _minutes(uow, SYNC_EVERY_SECONDS, DEFAULT_SYNC_EVERY_SECONDS), now)
