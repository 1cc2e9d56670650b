"""``loyalty-pos backup`` and ``restore``: the database file with its card key beside it."""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.durability import fsync_directory
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.output_files import check_output, write_output
from loyalty_pos.store.backup import backup
from loyalty_pos.store.errors import CorruptDatabase, NotOurDatabase
from loyalty_pos.store.files import ensure_writable_dir, existing_database


class RestoreRefused(LoyaltyError):
    code = "restore_refused"
    template = "Not restoring {path}: {reason}"


def _timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def back_up(db_path: Path, key_path: Path, dest: Path, *, data_dir: Path | None = None) -> Path:
    """A consistent copy (SQLite online backup) plus the card-signing key beside it:
    without the key, restored cards' QR codes could not be verified.

    ``data_dir``: the shop's folder, given when a person chose ``dest``; neither the
    copy nor its key may land on one of its files (the database, the key, a backup)."""
    source = existing_database(db_path)
    dest = dest.expanduser()
    if dest.is_dir():
        dest = dest / f"loyalty-{_timestamp()}.sqlite"
    key_copy = dest.with_name(dest.name + ".key")
    if data_dir is not None:
        dest = check_output(dest, data_dir)
        key_copy = check_output(key_copy, data_dir)
    ensure_writable_dir(dest.parent)
    backup(source, dest)
    if key_path.is_file():
        write_output(key_copy, data_dir, lambda partial: shutil.copyfile(key_path, partial), mode=0o600)
    return dest


def back_up_into(db_path: Path, key_path: Path, folder: Path) -> Path:
    """A new dated backup in ``folder``, made if missing: a folder setting names no file,
    and ``back_up`` takes a path that is not a folder yet for the file to write."""
    folder = folder.expanduser()
    ensure_writable_dir(folder)
    return back_up(db_path, key_path, folder)


def _keep_replaced(db_path: Path, kept: Path) -> None:
    """A sound database is kept as a consistent copy. A damaged, empty or foreign one (what
    a restore is usually for) cannot be copied through SQLite: it is moved aside as it is,
    with its side files, so the restore can go ahead and nothing is thrown away."""
    try:
        backup(db_path, kept)
    except (CorruptDatabase, NotOurDatabase):  # not a full disk: moving it aside would not help
        for suffix in ("", "-wal", "-shm", "-journal"):
            side = Path(f"{db_path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{kept}{suffix}"))
        fsync_directory(kept.parent)


def restore(db_path: Path, key_path: Path, backup_dir: Path, src: Path) -> Path:
    """Refuses a file that fails ``check``; keeps the database it replaces (returned)."""
    src = src.expanduser()
    if not src.is_file():
        raise RestoreRefused(path=str(src), reason="no such file")
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / "trial.sqlite"
        backup(src, trial)  # check a copy: never open the user's only backup read-write
        report = check_file(trial)
    if not report.ok:
        raise RestoreRefused(path=str(src), reason="it fails check: " + "; ".join(report.problems[:3]))
    ensure_writable_dir(backup_dir)
    kept = backup_dir / f"before-restore-{_timestamp()}.sqlite"
    if db_path.is_file():
        _keep_replaced(db_path, kept)
    backup(src, db_path)
    key_copy = src.with_name(src.name + ".key")
    if key_copy.is_file():
        shutil.copyfile(key_copy, key_path)
        key_path.chmod(0o600)
    return kept
