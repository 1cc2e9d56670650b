"""Composition root: turns a Config into a store, a signing key and a clock.

The only place (with the CLI) that knows which adapter implements which port.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from loyalty_pos.cards.keys import load_or_create_key
from loyalty_pos.config import Config
from loyalty_pos.data_dir_lock import hold_data_dir
from loyalty_pos.jobs.backup_offer import DamagedShop, offering_restore
from loyalty_pos.services.clock import Clock, SystemClock
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.store.files import ensure_writable_dir, existing_database, refuse_empty_database
from loyalty_pos.store.shop_database import ShopDatabase, open_shop_database


@dataclass
class App:
    config: Config
    database: ShopDatabase
    key: bytes
    clock: Clock

    def uow(self, *, readonly: bool = False) -> UnitOfWork:
        return self.database.uow(readonly=readonly)

    def checkpoint(self) -> None:
        self.database.checkpoint()

    def close(self) -> None:
        self.database.close()


def open_app(config: Config, *, clock: Clock | None = None, create: bool = True) -> App:
    """Open (creating or upgrading, after a backup) the shop's database.

    ``create=False``: refuse a data directory without a shop (``NoDatabase``) rather than
    make an empty one, and a new card key, for a command that only uses an existing shop.
    """
    if not create:
        existing_database(config.db_path)
    with offering_restore(config):  # a damaged, empty or foreign file: named with the backup that fixes it
        refuse_empty_database(config.db_path)
        ensure_writable_dir(config.data_dir)
        # Creating or migrating the schema takes the data directory's lock: never under a running till.
        database = open_shop_database(config.db_path, config.backup_dir,
                                      guard=lambda: hold_data_dir(config.data_dir, "a database upgrade"))
    key = load_or_create_key(config.key_path)
    return App(config=config, database=database, key=key, clock=clock or SystemClock())


def run_till(config: Config, *, offer_restore: Callable[[DamagedShop], bool] | None = None) -> int:
    """Open the shop and hand the till window its context; returns the exit code.

    A data directory without a shop gets the setup window first; closed before the
    shop is created, nothing is stored and the till does not open. A database the
    start refuses (damaged, empty, foreign) gets ``offer_restore`` (the till's dialog
    by default): restored, the till opens on the backup; declined, the refusal stands."""
    from loyalty_pos.gui.launch import launch

    if not _shop_ready(config, offer_restore):
        return 0
    app = open_app(config)
    try:
        return launch(app.uow, clock=app.clock, key=app.key, config=config, checkpoint=app.checkpoint)
    finally:
        app.close()


def _shop_ready(config: Config, offer_restore: Callable[[DamagedShop], bool] | None) -> bool:
    from loyalty_pos.jobs.backups import restore
    from loyalty_pos.jobs.shop_setup import shop_exists

    try:
        with offering_restore(config):
            exists = shop_exists(config)
    except DamagedShop as damaged:
        if damaged.backup is None:
            raise
        if offer_restore is None:
            from loyalty_pos.gui.launch import ask_restore

            offer_restore = ask_restore
        if not offer_restore(damaged):
            raise
        restore(config.db_path, config.key_path, config.backup_dir, damaged.backup)
        exists = shop_exists(config)
    return exists or _set_up(config) is not None


def _set_up(config: Config) -> object | None:
    from loyalty_pos.gui.launch import run_setup
    from loyalty_pos.jobs.shop_setup import create_shop
    from loyalty_pos.system_region import known_zones, setup_defaults

    return run_setup(lambda shop: create_shop(config, shop).created, defaults=setup_defaults(),
                     known_zones=known_zones(), data_dir=str(config.data_dir))
