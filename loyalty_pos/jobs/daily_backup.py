"""The daily backup: one copy a day into the shop's backup folder, the old ones pruned.

Run with the daily jobs (``jobs.daily``), so it happens when the till starts and every
day it stays open. A day is the shop's calendar day; a backup already made that day
is not made again. Only files this job named (``loyalty-daily-<day>.sqlite`` and the
card key beside each) are ever deleted: a manager's own copies in the folder are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from loyalty_pos.jobs.backup_passphrase import stored_passphrase
from loyalty_pos.jobs.backups import PASSPHRASE_NEEDED_DAILY, PassphraseNeeded, back_up
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.shop import (
    BACKUP_DIR,
    BACKUP_OFF_SITE,
    backup_keep_days,
    shop_zone,
)
from loyalty_pos.store.files import ensure_writable_dir

_DAILY = re.compile(r"loyalty-daily-(\d{4}-\d{2}-\d{2})\.sqlite")


@dataclass(frozen=True, slots=True)
class BackupPlace:
    """The shop's files, and the folder used while the manager has not chosen one."""

    db_path: Path
    key_path: Path
    default_dir: Path


@dataclass(frozen=True, slots=True)
class DailyBackup:
    made: Path | None  # None: today's was already there
    deleted: tuple[Path, ...]


def daily_backup(make_uow: Callable[..., UnitOfWork], place: BackupPlace, *, clock: Clock) -> DailyBackup:
    uow = make_uow(readonly=True)
    with uow:
        off_site = uow.settings.get(BACKUP_OFF_SITE) == "yes"
        keep_days = backup_keep_days(uow)
        today = clock.now().astimezone(shop_zone(uow)).date()
    folder = backup_folder(make_uow, place)
    ensure_writable_dir(folder)
    target = folder / f"loyalty-daily-{today.isoformat()}.sqlite"
    made = None if target.exists() else back_up(place.db_path, place.key_path, target, off_site=off_site,
                                                  passphrase=lambda: till_passphrase(place, folder))
    return DailyBackup(made, _prune(folder, today - timedelta(days=keep_days)))


def till_passphrase(place: BackupPlace, folder: Path) -> str:
    """The passphrase the till seals and opens its own backups with, unattended."""
    secret = stored_passphrase(place.db_path.parent)
    if secret is None:  # never a plain copy off the machine instead
        raise PassphraseNeeded(path=str(folder), template=PASSPHRASE_NEEDED_DAILY)
    return secret


def backup_folder(make_uow: Callable[..., UnitOfWork], place: BackupPlace) -> Path:
    """The folder the manager chose in Settings, else the data directory's."""
    uow = make_uow(readonly=True)
    with uow:
        chosen = uow.settings.get(BACKUP_DIR)
    return Path(chosen).expanduser() if chosen else place.default_dir


def _prune(folder: Path, oldest_kept: date) -> tuple[Path, ...]:
    deleted = []
    for path in sorted(folder.iterdir()):
        match = _DAILY.fullmatch(path.name)
        if match is None or date.fromisoformat(match.group(1)) >= oldest_kept:
            continue
        # The backup goes with its key and the chain head kept beside it.
        for old in (path, path.with_name(path.name + ".key"), path.with_name(path.name + ".head")):
            if old.exists():
                old.unlink()
                deleted.append(old)
    return tuple(deleted)
