"""Where the till keeps its data and how it is tuned; flags and env override.

A shop's data lives in one machine-wide directory, so whichever OS account opens
the till (the owner's, a shared "till" account, a service) finds the same shop:
C:\\ProgramData\\loyalty-pos on Windows, /Library/Application Support/loyalty-pos on
macOS, /var/lib/loyalty-pos elsewhere. Only the demo lives in the user's own data
directory, where it can never be mistaken for the shop.
"""

from __future__ import annotations

import getpass
import os
import sys
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from platformdirs import site_data_dir, user_data_dir

from loyalty_pos.domain.errors import LoyaltyError

APP_NAME = "loyalty-pos"
DATA_DIR_ENV = "LOYALTY_POS_DATA_DIR"
TERMINAL_ENV = "LOYALTY_POS_TERMINAL"
# Not platformdirs' site_data_dir on Linux: that is /usr/local/share, which is for files a
# package installs; the FHS puts a program's changing state in /var/lib.
UNIX_SHOP_DIR = Path("/var/lib") / APP_NAME
DEMO_SUBDIR = "demo"


# The whole refusal per platform, its fix included (a translation words all of it); the
# command line in it is the platform's, filled with the folder and the login name.
UNUSABLE_TEMPLATES = {
    "win32": (
        "loyalty-pos keeps a shop's data in {path}, where every account on this computer finds it, but cannot use "
        "that folder ({reason}). Start loyalty-pos once with \"Run as administrator\" so it can create the folder, "
        "or create {path} yourself and give the Users group Modify permission on it. Or keep the data in a folder "
        "of your choice with --data-dir DIR or the environment variable LOYALTY_POS_DATA_DIR=DIR. To only try "
        "loyalty-pos, run: loyalty-pos demo"),
    "darwin": (
        "loyalty-pos keeps a shop's data in {path}, where every account on this computer finds it, but cannot use "
        "that folder ({reason}). Create it once for the account that runs the till: sudo mkdir -p '{path}' && "
        "sudo chown {user} '{path}'. Or keep the data in a folder of your choice with --data-dir DIR or the "
        "environment variable LOYALTY_POS_DATA_DIR=DIR. To only try loyalty-pos, run: loyalty-pos demo"),
    "other": (
        "loyalty-pos keeps a shop's data in {path}, where every account on this computer finds it, but cannot use "
        "that folder ({reason}). Create it once for the account that runs the till: sudo install -d -o {user} "
        "-m 0755 {path} Or keep the data in a folder of your choice with --data-dir DIR or the environment "
        "variable LOYALTY_POS_DATA_DIR=DIR. To only try loyalty-pos, run: loyalty-pos demo"),
}


class SharedDataDirUnusable(LoyaltyError):
    code = "shared_data_dir_unusable"
    template = UNUSABLE_TEMPLATES["other"]


def machine_data_dir() -> Path:
    """Where a shop's data lives when neither a flag nor the environment says otherwise."""
    if sys.platform in ("win32", "darwin"):
        return Path(site_data_dir(APP_NAME, appauthor=False))
    return UNIX_SHOP_DIR


def demo_data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DEMO_SUBDIR


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a container, a service without one)
        return "USER"


def _check_usable(path: Path) -> None:
    """Create ``path`` if needed and prove a file can be written in it, or say how to fix it."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as error:
        template = UNUSABLE_TEMPLATES.get(sys.platform, UNUSABLE_TEMPLATES["other"])
        raise SharedDataDirUnusable(template=template, path=str(path), reason=error.strerror or str(error),
                                    user=_login_name()) from None


@dataclass(frozen=True, slots=True)
class ScannerSettings:
    """A wedge scanner types a whole code within a few ms per key; people don't."""

    max_gap_ms: int = 35
    min_length: int = 6


@dataclass(frozen=True, slots=True)
class Config:
    data_dir: Path
    terminal_id: str = "01"
    scanner: ScannerSettings = field(default_factory=ScannerSettings)
    language: str | None = None  # None = the system locale
    source: str = "given"  # where data_dir came from: "given" (flag), "env", "machine" or "demo"

    @property
    def db_path(self) -> Path:
        return self.data_dir / "loyalty.sqlite"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def key_path(self) -> Path:
        return self.data_dir / "card-signing.key"

    @classmethod
    def load(cls, data_dir: str | os.PathLike[str] | None = None, *, demo: bool = False,
             **overrides: object) -> Config:
        """``data_dir`` (a flag) wins; the demo otherwise keeps to the user's own demo
        directory (the environment names the shop's, which the demo must never seed);
        a shop otherwise uses the environment's directory, else the machine-wide one,
        which is checked here so the person learns how to fix it before anything runs."""
        if data_dir:
            chosen, source = Path(data_dir), "given"
        elif demo:
            chosen, source = demo_data_dir(), "demo"
        elif os.environ.get(DATA_DIR_ENV):
            chosen, source = Path(os.environ[DATA_DIR_ENV]), "env"
        else:
            chosen, source = machine_data_dir(), "machine"
            _check_usable(chosen)
        config = cls(data_dir=chosen.expanduser().resolve(), source=source)
        terminal = os.environ.get(TERMINAL_ENV)
        if terminal:
            config = replace(config, terminal_id=terminal)
        return replace(config, **overrides) if overrides else config
