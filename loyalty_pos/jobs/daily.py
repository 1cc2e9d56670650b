"""The daily jobs: points expiry, then the yearly tier review (which does nothing until
the review date has passed), then the daily backup where the caller says the files are,
and once a week the restore drill on the latest backup (``jobs.restore_drill``). The till runs them at start and daily on a worker, and
``loyalty-pos expire`` runs them now; both through :func:`run_daily_jobs`, as the till's
system user, so the ledger and the audit log cannot tell who started them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from loyalty_pos.jobs.daily_backup import (
    BackupPlace,
    DailyBackup,
    backup_folder,
    daily_backup,
    till_passphrase,
)
from loyalty_pos.jobs.restore_drill import drill_if_due
from loyalty_pos.services.actor import system_actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.members.expiry import expire_points
from loyalty_pos.services.members.tier_review import TierReview, review_tiers
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.restore_drill import DrillResult


@dataclass(frozen=True, slots=True)
class DailyRun:
    expired: int  # points
    review: TierReview
    backup: DailyBackup | None = None  # None: no backup place was given
    drill: DrillResult | None = None  # None: no drill due this week (or no backup place)


def run_daily_jobs(
    make_uow: Callable[..., UnitOfWork], *, terminal_id: str, clock: Clock, backups: BackupPlace | None = None
) -> DailyRun:
    """Each job works in short transactions, so the till stays usable while a large
    store is swept. The backup comes last: it copies the day's expiry and review too."""
    actor = system_actor(terminal_id)
    expired = expire_points(make_uow, actor=actor, clock=clock)
    review = review_tiers(make_uow, actor=actor, clock=clock)
    backup = daily_backup(make_uow, backups, clock=clock) if backups is not None else None
    drill = None
    if backups is not None:  # weekly, after the day's backup: it is the one restored
        place = backups
        drill = drill_if_due(make_uow, place, clock=clock,
                             passphrase=lambda: till_passphrase(place, backup_folder(make_uow, place)))
    return DailyRun(expired, review, backup, drill)
