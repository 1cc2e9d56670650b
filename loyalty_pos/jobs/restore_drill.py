"""The restore drill: the latest backup restored into a scratch folder and checked there,
as a restore and the next start would (migrated, then ``check`` with its card key).

Weekly with the daily jobs (``jobs.daily``), and on demand with ``loyalty-pos backup
drill``. The shop's own files are only read.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from loyalty_pos.cards.keys import write_ring
from loyalty_pos.domain.check_problems import Problem
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.jobs.backups import Passphrase, unpack_backup
from loyalty_pos.jobs.card_key_ring import key_file_problems
from loyalty_pos.jobs.daily_backup import BackupPlace, backup_folder
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.restore_drill import DrillResult, drill_due, record_drill
from loyalty_pos.store.shop_database import open_shop_database

# Files restore itself writes, not backups a manager would restore from.
_NOT_BACKUPS = ("before-restore-",)


def latest_backup(folder: Path) -> Path | None:
    """The newest ``*.sqlite`` in ``folder`` by modification time; None when there is none."""
    if not folder.is_dir():
        return None
    found = [path for path in folder.glob("*.sqlite")
             if path.is_file() and not path.name.startswith((".", *_NOT_BACKUPS))]
    return max(found, key=lambda path: (path.stat().st_mtime_ns, path.name), default=None)


def run_drill(make_uow: Callable[..., UnitOfWork], place: BackupPlace, *, clock: Clock,
              passphrase: Passphrase | None) -> DrillResult:
    folder = backup_folder(make_uow, place)
    latest = latest_backup(folder)
    if latest is None:
        result = DrillResult(clock.now(), "", (Problem("no_backup", folder=str(folder)),))
    else:
        result = DrillResult(clock.now(), str(latest), tuple(_restored_problems(latest, place, passphrase)))
    record_drill(make_uow(), result)
    return result


def drill_if_due(make_uow: Callable[..., UnitOfWork], place: BackupPlace, *, clock: Clock,
                 passphrase: Passphrase | None) -> DrillResult | None:
    if not drill_due(make_uow(readonly=True), clock.now()):
        return None
    return run_drill(make_uow, place, clock=clock, passphrase=passphrase)


def _restored_problems(latest: Path, place: BackupPlace, passphrase: Passphrase | None) -> list[str]:
    # In the data directory: on its disk, never in a shared /tmp (an opened sealed backup is plain).
    with tempfile.TemporaryDirectory(dir=place.db_path.parent, prefix=".drill-") as scratch_dir:
        scratch = Path(scratch_dir)
        try:
            trial, ring = unpack_backup(latest, scratch, passphrase)
            restored, key_path = scratch / "loyalty.sqlite", scratch / "card-signing.key"
            trial.rename(restored)
            if ring is not None:
                write_ring(key_path, ring)
            else:
                return [Problem("backup_without_key")]
            if not check_file(restored).problems:  # the file is sound: bring it to this release's schema
                open_shop_database(restored, scratch / "backups").dispose()
            report = check_file(restored)
            problems = list(report.problems)
            if not any(problem.startswith("sqlite:") for problem in problems):
                problems += key_file_problems(restored, key_path)
            return problems
        except LoyaltyError as error:
            return [error.message]
        except OSError as error:
            return [Problem("backup_unreadable", path=str(latest), error=error.strerror or str(error))]
