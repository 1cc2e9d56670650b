"""A new shop in a data directory, all or nothing: the setup window and ``loyalty-pos init``.

The whole shop is built in a private folder inside the data directory (schema,
card key, settings, manager, published program, first backup) and checked there.
Then the pieces move into place, the database last: a database with staff in it
is what makes a directory a shop, so a crash or power cut at any moment leaves
either the finished shop or none (and the next setup sweeps the leftovers away).
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC
from pathlib import Path

from loyalty_pos.cards.keys import KEY_BYTES
from loyalty_pos.config import Config
from loyalty_pos.domain.check_problems import ProblemLines
from loyalty_pos.domain.errors import FieldsInvalid, LoyaltyError
from loyalty_pos.durability import SQLITE_SIDE_SUFFIXES, fsync_directory
from loyalty_pos.jobs.backups import back_up
from loyalty_pos.jobs.card_key_ring import new_shop_ring
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.jobs.nearby_shops import did_you_mean, nearby_shops
from loyalty_pos.services.clock import Clock, SystemClock
from loyalty_pos.services.shop.profile import holds_shop
from loyalty_pos.services.shop.setup import (
    NewShop,
    ShopCreated,
    ShopExists,
    set_up_shop,
    shop_problems,
)
from loyalty_pos.store.backup import backup
from loyalty_pos.store.chain_head_file import head_path
from loyalty_pos.store.files import (
    ensure_writable_dir,
    existing_database,
    refuse_empty_database,
)
from loyalty_pos.store.shop_database import open_shop_database
from loyalty_pos.system_region import known_zones

STAGING_PREFIX = ".setup-"


class SetupFailed(LoyaltyError):
    code = "setup_failed"
    template = "The shop was not set up: {reason}. Nothing was saved; please try again."


@dataclass(frozen=True, slots=True)
class SetupOutcome:
    created: ShopCreated
    data_dir: Path
    first_backup: Path


def shop_exists(config: Config) -> bool:
    """Whether ``config``'s directory holds a shop (a database with staff or a program).

    Creates nothing: a missing file is simply no shop. A file from an earlier release
    is brought to the current schema first (after a backup), as opening the till would.
    """
    if not config.db_path.is_file():
        return False
    refuse_empty_database(config.db_path)  # never "no shop yet": setup would replace it
    database = open_shop_database(config.db_path, config.backup_dir)
    try:
        return holds_shop(database.uow(readonly=True))
    finally:
        database.close()


class NoShopYet(LoyaltyError):
    code = "no_shop_yet"
    template = ("There is no shop in {path} yet. Set one up with 'loyalty-pos' (a window guides you) or "
                "'loyalty-pos init' (see --help).")


def no_shop_yet(data_dir: Path) -> NoShopYet:
    """The refusal naming the shops near ``data_dir`` (a likely typo), each wording whole."""
    near = nearby_shops(data_dir)
    if near:
        return NoShopYet(path=str(data_dir), nearby=", ".join(str(folder) for folder in near),
                         template=("There is no shop in {path} yet; did you mean --data-dir {nearby}? Set one up "
                                   "with 'loyalty-pos' (a window guides you) or 'loyalty-pos init' (see --help)."))
    return NoShopYet(path=str(data_dir))


def require_shop(config: Config) -> None:
    """Refuse a folder without a shop (a mistyped --data-dir) before anything is created in it."""
    if not shop_exists(config):
        raise no_shop_yet(config.data_dir)


def require_database_file(config: Config, *, as_no_shop: bool = False) -> None:
    """A database file must be there, or the refusal says where a shop might be:
    :class:`NoShopYet` with ``as_no_shop``, else :class:`NoDatabase` (what check, backup and
    print cards have always said). Nothing is opened, so nothing is migrated: whoever opens
    the file next does that, under the data directory's lock. A zero-byte file is refused."""
    if not config.db_path.exists():
        if as_no_shop:
            raise no_shop_yet(config.data_dir)
        existing_database(config.db_path, hint=did_you_mean(config.data_dir))
    refuse_empty_database(config.db_path)


def create_shop(
    config: Config,
    shop: NewShop,
    *,
    clock: Clock | None = None,
    randbelow: Callable[[int], int] = secrets.randbelow,
) -> SetupOutcome:
    """Set ``shop`` up in ``config.data_dir``; refuses a directory that holds a shop."""
    problems = shop_problems(shop, known_zones())  # before a file is touched
    if problems:
        raise FieldsInvalid(problems, code="bad_new_shop")
    ensure_writable_dir(config.data_dir)
    if shop_exists(config):
        raise ShopExists(where=str(config.data_dir))
    for leftover in config.data_dir.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(leftover, ignore_errors=True)  # an earlier setup cut off half-way
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=config.data_dir))
    try:
        staged = replace(config, data_dir=staging)
        if _usable_key(config.key_path):
            # A key already here (imported from head office before setup) is the shop's key.
            shutil.copy2(config.key_path, staged.key_path)
        clock = clock or SystemClock()
        database = open_shop_database(staged.db_path, staged.backup_dir)
        try:
            new_shop_ring(database.uow, staged.key_path)  # setup is one of the two places a key is made
            created = set_up_shop(database.uow(), shop, known_zones=known_zones(), terminal_id=config.terminal_id,
                                  clock=clock, randbelow=randbelow)
            stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        finally:
            database.close()
        report = check_file(staged.db_path)
        if not report.ok:
            raise SetupFailed(template="The shop was not set up: {problems}. Nothing was saved; please try again.",
                              problems=ProblemLines(report.problems[:3]))
        first_backup = back_up(staged.db_path, staged.key_path, staged.backup_dir / f"loyalty-setup-{stamp}.sqlite")
        ready = backup(staged.db_path, staging / "ready.sqlite")  # one self-contained, synced file
        placed_backup = put_in_place(config, staged, ready, first_backup)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return SetupOutcome(created=created, data_dir=config.data_dir, first_backup=placed_backup)


def _usable_key(path: Path) -> bool:
    size = path.stat().st_size if path.is_file() else 0
    return size > 0 and size % KEY_BYTES == 0  # one key, or a ring imported before setup


def put_in_place(config: Config, staged: Config, ready: Path, first_backup: Path) -> Path:
    """Backups and key first, each verified; the database's rename last makes it a shop."""
    config.backup_dir.mkdir(parents=True, exist_ok=True)
    for made in sorted(staged.backup_dir.iterdir()):
        os.replace(made, config.backup_dir / made.name)
    fsync_directory(config.backup_dir)
    key = staged.key_path.read_bytes()
    if not _usable_key(config.key_path):
        os.replace(staged.key_path, config.key_path)
        fsync_directory(config.data_dir)
    if config.key_path.read_bytes() != key:
        raise SetupFailed(template=("The shop was not set up: the card key {path} changed while the shop was being "
                                    "set up. Nothing was saved; please try again."), path=str(config.key_path))
    if config.db_path.exists():
        # The empty file an earlier release made on its first start (shop_exists said no shop):
        # its side files would be paired with the new database, so they go first.
        if shop_exists(config):
            raise ShopExists(where=str(config.data_dir))
        for suffix in SQLITE_SIDE_SUFFIXES:
            Path(f"{config.db_path}{suffix}").unlink(missing_ok=True)
        os.replace(ready, config.db_path)
    else:
        _link_new(ready, config.db_path, where=config.data_dir)
    if head_path(ready).is_file():  # the shop's chain head comes with it: check has it to compare
        os.replace(head_path(ready), head_path(config.db_path))
    fsync_directory(config.data_dir)
    return config.backup_dir / first_backup.name


def _link_new(source: Path, dest: Path, *, where: Path) -> None:
    """Move ``source`` to ``dest`` unless a database appeared there meanwhile (a second
    setup finishing first): that shop is kept, this one is dropped."""
    try:
        os.link(source, dest)
    except FileExistsError:
        raise ShopExists(where=str(where)) from None
    except OSError:
        if dest.exists():  # file systems without hard links (FAT, some shares)
            raise ShopExists(where=str(where)) from None
        os.replace(source, dest)
