"""A shop database that cannot be opened, named with the backup to restore it from.

At start only cheap checks run (the file's header and schema); when they refuse the
file (damaged, empty, someone else's), the person is told what is wrong and which
backup in the shop's backups folder is the newest one that passes ``check``, with the
command that restores it. The till shows the same as a dialog that can restore it.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from loyalty_pos.config import Config
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.store.errors import CorruptDatabase, NotOurDatabase, StoreError
from loyalty_pos.store.files import EmptyDatabase

CANDIDATES = 5  # the newest few: checking each costs a copy and a full check

# The refusals a restore fixes; a database too new for this till, or a busy one, is not among them.
_UNOPENABLE = (CorruptDatabase, NotOurDatabase, EmptyDatabase)


# The refused file's own refusal leads; error_text renders it in the reader's language too.
_WITH_BACKUP = ("{problem} The newest backup that passes check is {backup}; restore it with: "
                "loyalty-pos --data-dir {data_dir} restore {backup}")
_NO_BACKUP = ("{problem} No backup that passes check was found in {folder}; if you keep copies "
              "elsewhere, restore one with: loyalty-pos --data-dir {data_dir} restore BACKUP")


class DamagedShop(LoyaltyError):
    code = "damaged_shop"
    template = _WITH_BACKUP

    def __init__(self, refusal: LoyaltyError, config: Config, backup: Path | None) -> None:
        # ``problem`` stays the English line (logs, tests); ``refusal`` is what a screen translates.
        self.refusal, self.problem, self.backup = refusal, refusal.message, backup
        super().__init__(template=_NO_BACKUP if backup is None else _WITH_BACKUP, problem=refusal,
                         folder=str(config.backup_dir), data_dir=str(config.data_dir), backup=str(backup))


@contextmanager
def offering_restore(config: Config) -> Iterator[None]:
    """Turn a refusal of ``config``'s database that a restore fixes into :class:`DamagedShop`."""
    try:
        yield
    except _UNOPENABLE as error:
        raise DamagedShop(refusal=error, config=config, backup=latest_good_backup(config.backup_dir)) from None


def latest_good_backup(folder: Path) -> Path | None:
    """The newest ``*.sqlite`` in ``folder`` whose copy passes ``check`` (the backup itself
    is never opened read-write); None when there is none."""
    try:
        found = [path for path in folder.glob("*.sqlite") if path.is_file() and not path.name.startswith(".")]
    except OSError:
        return None
    found.sort(key=lambda path: path.stat().st_mtime, reverse=True)
    with tempfile.TemporaryDirectory(prefix="loyalty-backup-check-") as scratch:
        for candidate in found[:CANDIDATES]:
            trial = Path(scratch) / "trial.sqlite"
            try:
                shutil.copyfile(candidate, trial)
                if check_file(trial).ok:
                    return candidate
            except (OSError, StoreError):
                continue
            finally:
                for leftover in Path(scratch).iterdir():
                    leftover.unlink()
    return None
