"""``loyalty-pos backup`` and ``restore``: the database file with its card key ring beside it.

A backup written off the machine (a folder on another file system than the data
directory, or the backup folder marked off-site in Settings) is sealed with a
passphrase (``jobs.backup_crypto``): a lost USB stick must not hand out the members
and the card keys. Restore opens a sealed backup with the same passphrase.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from loyalty_pos.cards.key_ring import KeyRing
from loyalty_pos.cards.keys import (
    CardKeyError,
    CardKeyMissing,
    keep_aside,
    read_key_file,
    read_ring,
    write_ring,
)
from loyalty_pos.domain.chain import LOCAL_ORIGIN, Head
from loyalty_pos.domain.check_problems import ProblemLines
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.durability import SQLITE_SIDE_SUFFIXES, fsync_directory
from loyalty_pos.i18n.catalogue import text
from loyalty_pos.jobs.backup_crypto import is_sealed, open_sealed, seal_file
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.output_files import check_output, write_output
from loyalty_pos.services.clock import SystemClock
from loyalty_pos.services.shop.chain_marks import record_restore
from loyalty_pos.services.shop.shop_identity import UNKNOWN, ShopIdentity, shop_identity
from loyalty_pos.store.backup import backup
from loyalty_pos.store.chain_head_file import HeadFileUnreadable, head_path, read_head
from loyalty_pos.store.errors import CorruptDatabase, NotOurDatabase
from loyalty_pos.store.files import ensure_writable_dir, existing_database
from loyalty_pos.store.shop_database import ShopDatabase, open_shop_database

Passphrase = Callable[[], str]  # asked only when a backup is sealed or opened


class RestoreRefused(LoyaltyError):
    code = "restore_refused"
    template = "Not restoring {path}: {reason}"


class RestoreNeedsConsent(RestoreRefused):
    """Refused until the person says so: ``consent`` names the keyword argument (the
    command line's flag, the back office's second question) that allows it."""

    code = "restore_needs_consent"
    template = "Not restoring {path}: {why}. To restore it anyway, pass --{flag}"

    def __init__(self, *, path: str, consent: str, template: str, **values: str) -> None:
        super().__init__(template=template, path=path, consent=consent, flag=consent.replace("_", "-"), **values)

    @property
    def why(self) -> str:
        """The English between "Not restoring {path}: " and the flag (the back office asks with it)."""
        why = self.message.removeprefix(f"Not restoring {self.params['path']}: ")
        return why.removesuffix(f". To restore it anyway, pass --{self.params['flag']}")

    def why_text(self, language: str) -> str:
        """``why`` in ``language``: the back office asks its question with it."""
        return text(f"restore_consent.{self.consent}", language, **self.params)

    @property
    def consent(self) -> str:
        return str(self.params["consent"])


# One whole sentence per reason the folder needs sealing (a translation reorders all of it).
PASSPHRASE_NEEDED_OFF_SITE = (
    "{path} is marked off-site, "
    "so the backup is sealed with a passphrase, and none was given: use "
    "--passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; "
    "the till's daily backup reads it from backup-passphrase (mode 0600) in the data folder.")
PASSPHRASE_NEEDED_OFF_MACHINE = (
    "{path} is off this machine (another disk or a network share), "
    "so the backup is sealed with a passphrase, and none was given: use "
    "--passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; "
    "the till's daily backup reads it from backup-passphrase (mode 0600) in the data folder.")
PASSPHRASE_NEEDED_DAILY = (
    "{path} is off the machine (or marked off-site), "
    "so the backup is sealed with a passphrase, and none was given: use "
    "--passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; "
    "the till's daily backup reads it from backup-passphrase (mode 0600) in the data folder.")


class PassphraseNeeded(LoyaltyError):
    code = "backup_passphrase_needed"
    template = PASSPHRASE_NEEDED_OFF_MACHINE


@dataclass(frozen=True, slots=True)
class Restored:
    kept_db: Path | None  # the database the backup replaced; None when there was none
    kept_key: Path | None  # the key ring file it replaced; None when there was none


def _timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def off_machine(folder: Path, data_dir: Path) -> bool:
    """Whether ``folder`` is on another file system than the data directory: a USB
    stick, a network share, another disk. A folder not made yet counts as where its
    nearest existing parent is."""
    existing = folder.expanduser().absolute()
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    try:
        return existing.stat().st_dev != data_dir.stat().st_dev
    except OSError:
        return True  # cannot tell: seal rather than leak


def back_up(db_path: Path, key_path: Path, dest: Path, *, passphrase: Passphrase | None = None,
            off_site: bool = False, data_dir: Path | None = None) -> Path:
    """A consistent copy (SQLite online backup) plus the card key ring beside it:
    without the keys, restored cards' QR codes could not be verified. Sealed when
    ``off_site`` or ``dest`` is off the machine (``off_machine``).

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
    sealed = off_site or off_machine(dest.parent, db_path.parent)
    if not sealed:
        backup(source, dest)
        if key_path.is_file():
            write_output(key_copy, data_dir, lambda partial: shutil.copyfile(key_path, partial), mode=0o600)
        return dest
    if passphrase is None:
        raise PassphraseNeeded(path=str(dest.parent), template=(
            PASSPHRASE_NEEDED_OFF_SITE if off_site else PASSPHRASE_NEEDED_OFF_MACHINE))
    secret = passphrase()
    # The plain copy stays on the data directory's disk: only sealed bytes leave it.
    with tempfile.TemporaryDirectory(dir=db_path.parent, prefix=".backup-") as scratch:
        plain = backup(source, Path(scratch) / "plain.sqlite")
        _seal_into(plain, dest, secret)
        # The chain head is a hash, not a secret: kept beside the sealed file as beside a plain one.
        if head_path(plain).is_file():
            shutil.copyfile(head_path(plain), head_path(dest))
        if key_path.is_file():
            _seal_into(key_path, key_copy, secret)
    return dest


def _seal_into(src: Path, dest: Path, passphrase: str) -> None:
    temp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.tmp")
    try:
        seal_file(src, temp, passphrase)
        os.replace(temp, dest)
    finally:
        temp.unlink(missing_ok=True)
    fsync_directory(dest.parent)


def back_up_into(db_path: Path, key_path: Path, folder: Path, *, passphrase: Passphrase | None = None,
                 off_site: bool = False) -> Path:
    """A new dated backup in ``folder``, made if missing: a folder setting names no file,
    and ``back_up`` takes a path that is not a folder yet for the file to write."""
    folder = folder.expanduser()
    ensure_writable_dir(folder)
    return back_up(db_path, key_path, folder, passphrase=passphrase, off_site=off_site)


def _head_of(copy: Path) -> Head | None:
    try:
        heads = read_head(copy)
    except HeadFileUnreadable:
        return None
    return next((head for head in heads or () if head.origin == LOCAL_ORIGIN), None)


def _keep_replaced(db_path: Path, kept: Path) -> None:
    """A sound database is kept as a consistent copy. A damaged, empty or foreign one (what
    a restore is usually for) cannot be copied through SQLite: it is moved aside as it is,
    with its side files, so the restore can go ahead and nothing is thrown away."""
    try:
        backup(db_path, kept)
    except (CorruptDatabase, NotOurDatabase):  # not a full disk: moving it aside would not help
        for suffix in ("", *SQLITE_SIDE_SUFFIXES):
            side = Path(f"{db_path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{kept}{suffix}"))
        fsync_directory(kept.parent)


def restore(db_path: Path, key_path: Path, backup_dir: Path, src: Path, *, passphrase: Passphrase | None = None,
            other_shop: bool = False, replace_printed: bool = False) -> Restored:
    """Refuses a file that fails ``check``, another shop's backup (unless ``other_shop``)
    and a backup whose card keys would orphan cards printed here (unless
    ``replace_printed``); keeps the database and the key ring it replaces, and chains a
    "restored to entry N" record naming the head it replaced."""
    src = src.expanduser()
    if not src.is_file():
        raise RestoreRefused(path=str(src), template="Not restoring {path}: no such file")
    ensure_writable_dir(backup_dir)
    stamp = _timestamp()
    # A private folder on the data directory's disk: an opened sealed backup is plain text.
    with tempfile.TemporaryDirectory(dir=backup_dir, prefix=".restore-") as scratch:
        trial, incoming = unpack_backup(src, Path(scratch), passphrase)
        report = check_file(trial)
        if not report.ok:
            raise RestoreRefused(path=str(src), template="Not restoring {path}: it fails check: {problems}",
                                 problems=ProblemLines(report.problems[:3]))
        _guard(src, trial, incoming, db_path, key_path, other_shop=other_shop, replace_printed=replace_printed)
        kept_db = backup_dir / f"before-restore-{stamp}.sqlite" if db_path.is_file() else None
        replaced = None
        if kept_db is not None:
            _keep_replaced(db_path, kept_db)  # a damaged one is moved aside as it is
            replaced = _head_of(kept_db)
        kept_key = keep_aside(key_path, stamp=stamp)  # always: the only copy of keys printed cards may need
        backup(trial, db_path)
        if incoming is not None:
            write_ring(key_path, incoming)
    # The restored file may be older than this release: brought to head first, then marked.
    database = open_shop_database(db_path, backup_dir)
    try:
        record_restore(database.uow(), backup=src.name, replaced=replaced, clock=SystemClock())
    finally:
        database.close()
    return Restored(kept_db, kept_key)


def unpack_backup(src: Path, scratch: Path, passphrase: Passphrase | None) -> tuple[Path, KeyRing | None]:
    """``src`` (sealed or not) as a database file in ``scratch`` and its key ring, if one
    was kept beside it. For restore and the restore drill."""
    trial = scratch / "trial.sqlite"
    key_copy = src.with_name(src.name + ".key")
    if is_sealed(src):
        if passphrase is None:
            raise RestoreRefused(path=str(src), template=(
                "Not restoring {path}: it is sealed; give its passphrase (--passphrase-file F, "
                "LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked)"))
        secret = passphrase()
        opened = scratch / "opened.sqlite"
        open_sealed(src, opened, secret)
        backup(opened, trial)  # check a copy made the way restore writes it
        if key_copy.is_file():
            open_sealed(key_copy, scratch / "trial.key", secret)
            key_copy = scratch / "trial.key"
    else:
        backup(src, trial)  # check a copy: never open the user's only backup read-write
    incoming = read_key_file(key_copy) if key_copy.is_file() else None
    return trial, incoming


def _guard(src: Path, trial: Path, incoming: KeyRing | None, db_path: Path, key_path: Path, *,
           other_shop: bool, replace_printed: bool) -> None:
    backup_shop = _identity(trial)
    current_shop = _identity(db_path) if db_path.is_file() else UNKNOWN
    backup_ring, current_ring = backup_shop.ring, current_shop.ring
    if backup_shop.shop_id and current_shop.shop_id and backup_shop.shop_id != current_shop.shop_id \
            and not other_shop:
        raise RestoreNeedsConsent(path=str(src), consent="other_shop", template=(
            "Not restoring {path}: it is another shop's backup (shop {backup_shop}; this is shop {current_shop}): "
            "its data and card keys would replace this shop's. To restore it anyway, pass --{flag}"),
            backup_shop=str(backup_shop), current_shop=str(current_shop))
    if incoming is not None and backup_ring and incoming.fingerprints != backup_ring:
        raise RestoreRefused(path=str(src), template=(
            "Not restoring {path}: the key file beside it holds {held}, but the backup's shop signs with "
            "{signs}: it is not this backup's key file"), held=", ".join(incoming.fingerprints),
            signs=", ".join(backup_ring))
    arriving = incoming.fingerprints if incoming is not None else backup_ring
    here = _present(key_path) or current_ring
    if other_shop or replace_printed or not arriving or not here:
        return
    if arriving[:len(here)] != here:  # a newer backup may add keys; it must not drop or change ours
        raise RestoreNeedsConsent(path=str(src), consent="replace_printed", template=(
            "Not restoring {path}: its card keys ({arriving}) are not this till's ({here}): cards printed with "
            "this till's keys would read as forged after it (this till's key file is kept aside either way). "
            "To restore it anyway, pass --{flag}"), arriving=", ".join(arriving), here=", ".join(here))


def _identity(db_path: Path) -> ShopIdentity:
    try:
        database = ShopDatabase.open(db_path)
        try:
            return shop_identity(database.uow(readonly=True))
        finally:
            database.dispose()
    except Exception:  # noqa: BLE001 - a damaged database is what a restore is for; it names no shop
        return UNKNOWN


def _present(key_path: Path) -> tuple[str, ...]:
    try:
        return read_ring(key_path).fingerprints
    except (CardKeyMissing, CardKeyError):
        return ()
