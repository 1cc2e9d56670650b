"""Operations on the shop's database file as a whole: check, backup, restore, expiry."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.services.actor import SYSTEM
from loyalty_pos.services.shop.check import CheckReport, check_ledger
from loyalty_pos.services.members.expiry import expire_points
from loyalty_pos.services.members.tier_review import TierReview, review_tiers
from loyalty_pos.store.backup import backup, integrity_check
from loyalty_pos.store.engine import open_engine
from loyalty_pos.store.files import NoDatabase, ensure_writable_dir
from loyalty_pos.store.unit_of_work import SqlUnitOfWork


class RestoreRefused(LoyaltyError):
    code = "restore_refused"
    template = "Not restoring {path}: {reason}"


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise NoDatabase(path=str(path))
    return path


def check_file(db_path: Path) -> CheckReport:
    """SQLite's integrity check first: refolding a damaged file would only mislead."""
    problems = integrity_check(_existing(db_path))
    if problems:
        return CheckReport(problems=[f"sqlite: {p}" for p in problems])
    engine = open_engine(db_path)
    try:
        return check_ledger(SqlUnitOfWork(engine, readonly=True))
    finally:
        engine.dispose()


def run_check(config: Config) -> CheckReport:
    return check_file(config.db_path)


def _timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def run_backup(config: Config, dest: Path) -> Path:
    """A consistent copy (SQLite online backup) plus the card-signing key beside it:
    without the key, restored cards' QR codes could not be verified."""
    source = _existing(config.db_path)
    dest = dest.expanduser()
    if dest.is_dir():
        dest = dest / f"loyalty-{_timestamp()}.sqlite"
    ensure_writable_dir(dest.parent)
    backup(source, dest)
    if config.key_path.is_file():
        key_copy = dest.with_name(dest.name + ".key")
        shutil.copyfile(config.key_path, key_copy)
        key_copy.chmod(0o600)
    return dest


def run_restore(config: Config, src: Path) -> Path:
    """Refuses a file that fails ``check``; keeps the database it replaces."""
    src = src.expanduser()
    if not src.is_file():
        raise RestoreRefused(path=str(src), reason="no such file")
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / "trial.sqlite"
        backup(src, trial)  # check a copy: never open the user's only backup read-write
        report = check_file(trial)
    if not report.ok:
        raise RestoreRefused(path=str(src), reason="it fails check: " + "; ".join(report.problems[:3]))
    ensure_writable_dir(config.backup_dir)
    kept = config.backup_dir / f"before-restore-{_timestamp()}.sqlite"
    if config.db_path.is_file():
        backup(config.db_path, kept)
    backup(src, config.db_path)
    key_copy = src.with_name(src.name + ".key")
    if key_copy.is_file():
        shutil.copyfile(key_copy, config.key_path)
        config.key_path.chmod(0o600)
    return kept


def run_expiry(config: Config) -> tuple[int, TierReview]:
    """The daily jobs the till runs by itself: points expiry, then the yearly tier review."""
    app = open_app(config)
    try:
        expired = expire_points(app.uow, actor=SYSTEM, clock=app.clock)
        return expired, review_tiers(app.uow, actor=SYSTEM, clock=app.clock)
    finally:
        app.close()
