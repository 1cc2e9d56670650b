"""Files written where a person chose: never one of the shop's own, never half a file.

A typed or picked path (``cards print --out``, ``backup DEST``, a report's CSV)
can name the database, its WAL, the card key or a backup, directly or through a
symlink, a hard link, ``..`` or another letter case; or a device such as
/dev/full, which a rename would replace. So a target is refused when its real
path or its file identity (device and inode) is one of the shop's files, and when
it exists as anything but a regular file. What passes is written to a temporary
file beside it and renamed into place, so a full disk or a crash never leaves a
truncated file under the chosen name.

The top level of the data directory holds nothing but the shop's own files
(database, side files, card key and its kept copies, the lock), and backups/ only
backups: both are refused whole, so a file added there later is covered too.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from loyalty_pos.config import Config
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.durability import SQLITE_SIDE_SUFFIXES, fsync_directory, fsync_file

T = TypeVar("T")


class OutputRefused(LoyaltyError):
    code = "output_refused"
    template = "Not writing {path}: {reason}."
    _LEAD = "Not writing {path}: "

    def __init__(self, code: str | None = None, template: str | None = None, **params: object) -> None:
        super().__init__(code, template, **params)
        # A refusal worded by its own template (so the catalogue translates it whole) still
        # carries the English clause as ``reason``: a caller that wraps it in its own
        # sentence (the card sheet's) keeps working.
        if "reason" not in self.params and self.template.startswith(self._LEAD):
            self.params["reason"] = self.template.removeprefix(self._LEAD).removesuffix(".").format(**self.params)


def case_insensitive(directory: Path) -> bool:
    """Whether names in ``directory`` match whatever their case (Windows', macOS's defaults).

    A name that does not exist yet cannot be compared by identity, only by spelling,
    and there "LOYALTY.SQLITE-WAL" is the WAL."""
    if sys.platform in ("win32", "darwin"):
        return True
    swapped = str(directory).swapcase()
    return swapped != str(directory) and os.path.exists(swapped) and os.path.samefile(directory, swapped)


def check_output(out: Path, data_dir: Path | None) -> Path:
    """``out`` made absolute, or :class:`OutputRefused` saying why it must not be written.

    ``data_dir`` is the shop's folder (None: no shop to protect, e.g. a scratch file)."""
    out = Path(os.path.abspath(Path(out).expanduser()))
    real = Path(os.path.realpath(out))
    try:
        found = os.stat(out)
    except FileNotFoundError:
        found = None
    except OSError as error:
        raise OutputRefused(path=str(out), reason=error.strerror or str(error)) from None
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise OutputRefused(path=str(out), template="Not writing {path}: it is a folder; give a file name."
                            if stat.S_ISDIR(found.st_mode) else "Not writing {path}: it is not a regular file (a device or pipe).")
    if data_dir is not None:
        _refuse_shop_file(out, real, found, Config(data_dir=Path(data_dir)))
    return out


def _refuse_shop_file(out: Path, real: Path, found: os.stat_result | None, shop: Config) -> None:
    named = {
        shop.db_path: "Not writing {path}: it is the shop's database.",
        **{Path(f"{shop.db_path}{s}"): "Not writing {path}: it is one of the shop's database files." for s in SQLITE_SIDE_SUFFIXES},
        shop.key_path: "Not writing {path}: it is the shop's card key.",
    }
    for path, template in named.items():
        if _same_file(real, found, path):
            raise OutputRefused(path=str(out), template=template)
    data_dir, backups = Path(os.path.realpath(shop.data_dir)), Path(os.path.realpath(shop.backup_dir))
    if _same_file(real, found, data_dir):
        raise OutputRefused(path=str(out), template="Not writing {path}: it is the shop's data folder.")
    fold = case_insensitive(data_dir) if data_dir.exists() else False
    for folder in real.parents:
        if _same_dir(folder, backups, fold):
            raise OutputRefused(path=str(out), template="Not writing {path}: it is inside the shop's backups folder {backups}.",
                                backups=str(backups))
    if _same_dir(real.parent, data_dir, fold):
        raise OutputRefused(path=str(out), data_dir=str(data_dir),
                            template="Not writing {path}: the data folder {data_dir} holds only the shop's own files; "
                                     "choose another folder.")
    if found is not None and _identity(found) in set(_identities_of_shop_files(shop)):
        raise OutputRefused(path=str(out),
                            template="Not writing {path}: it is another name (a hard link) for one of the shop's files.")


def _identity(found: os.stat_result) -> tuple[int, int]:
    return found.st_dev, found.st_ino


def _same_file(real: Path, found: os.stat_result | None, path: Path) -> bool:
    if found is not None:
        try:
            return _identity(found) == _identity(os.stat(path))
        except OSError:
            pass
    target = Path(os.path.realpath(path))
    fold = case_insensitive(target.parent) if target.parent.exists() else False
    return _spelled_alike(real, target, fold)


def _same_dir(folder: Path, other: Path, fold: bool) -> bool:
    try:
        if _identity(os.stat(folder)) == _identity(os.stat(other)):
            return True
    except OSError:
        pass
    return _spelled_alike(folder, other, fold)


def _spelled_alike(a: Path, b: Path, fold: bool) -> bool:
    return str(a).casefold() == str(b).casefold() if fold else a == b


def _identities_of_shop_files(shop: Config) -> Iterator[tuple[int, int]]:
    """Every file at the data folder's top level and in backups/: a hard link elsewhere
    to any of them is still that file."""
    for folder in (shop.data_dir, shop.backup_dir):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                yield _identity(entry.stat())
            except OSError:
                continue


def write_output(out: Path, data_dir: Path | None, write: Callable[[Path], T], *, mode: int = 0o644) -> T:
    """Check ``out``, have ``write`` fill a temporary file beside it, then rename that into place.

    ``write`` is given the temporary file's path (it exists, empty) and may replace it.
    The check runs again just before the rename: the path may have changed meanwhile."""
    out = check_output(out, data_dir)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        descriptor, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
        os.close(descriptor)
    except OSError as error:
        raise OutputRefused(path=str(out), reason=error.strerror or str(error)) from None
    partial = Path(name)
    try:
        result = write(partial)
        os.chmod(partial, mode)
        fsync_file(partial)
        check_output(out, data_dir)
        os.replace(partial, out)
        fsync_directory(out.parent)
    except OSError as error:
        raise OutputRefused(path=str(out), reason=error.strerror or str(error)) from None
    finally:
        partial.unlink(missing_ok=True)
    return result
