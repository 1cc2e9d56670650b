"""The passphrase the till seals its off-machine daily backups with, unattended.

It lives on the till (the environment, or a file only the till's account can read in
the data directory), never on the backup medium: what sealing protects against is
the stick or share being read elsewhere. Keep a copy of it away from the till too:
without it a sealed backup cannot be restored.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from loyalty_pos.domain.errors import LoyaltyError

PASSPHRASE_ENV = "LOYALTY_POS_BACKUP_PASSPHRASE"
PASSPHRASE_FILE = "backup-passphrase"


class PassphraseFileRefused(LoyaltyError):
    code = "backup_passphrase_file_refused"
    template = "{path}: {reason}"


def stored_passphrase(data_dir: Path) -> str | None:
    """The environment's, else the first line of ``<data dir>/backup-passphrase`` (refused
    unless only its owner can read it); None when neither is set."""
    from_env = os.environ.get(PASSPHRASE_ENV, "")
    if from_env:
        return from_env
    path = data_dir / PASSPHRASE_FILE
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        raise PassphraseFileRefused(path=str(path), template="{path}: not a file")
    if os.name == "posix" and info.st_mode & 0o077:
        raise PassphraseFileRefused(path=str(path), mode=f"{stat.S_IMODE(info.st_mode):04o}",
                                    template="{path}: other accounts can read or change it (mode {mode}): chmod 600 {path}")
    lines = path.read_text(encoding="utf-8").splitlines()
    return (lines[0].strip() if lines else "") or None
