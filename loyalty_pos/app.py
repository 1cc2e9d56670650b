"""Composition root: turns a Config into a store, a signing key and a clock.

The only place (with the CLI) that knows which adapter implements which port.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

from loyalty_pos.cards.keys import load_or_create_key
from loyalty_pos.config import Config
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.services.clock import Clock, SystemClock
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.store.checkpoint import checkpoint
from loyalty_pos.store.engine import open_engine
from loyalty_pos.store.schema import upgrade
from loyalty_pos.store.unit_of_work import SqlUnitOfWork


class DataDirUnusable(LoyaltyError):
    code = "data_dir_unusable"
    template = "Cannot use data directory {path}: {reason}."


def ensure_writable_dir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as error:
        raise DataDirUnusable(path=str(path), reason=error.strerror or str(error)) from None
    if not os.access(path, os.W_OK):
        raise DataDirUnusable(path=str(path), reason="not writable")


@dataclass
class App:
    config: Config
    engine: Engine
    key: bytes
    clock: Clock

    def uow(self, *, readonly: bool = False) -> UnitOfWork:
        return SqlUnitOfWork(self.engine, readonly=readonly)

    def checkpoint(self) -> None:
        """Copy the WAL into the database file without blocking sales (see store/checkpoint.py)."""
        checkpoint(self.engine)

    def close(self) -> None:
        try:
            checkpoint(self.engine, mode="TRUNCATE")  # leave a compact file behind
        except LoyaltyError:
            pass  # another till still has it open; its own close will do it
        self.engine.dispose()


def open_app(config: Config, *, clock: Clock | None = None) -> App:
    """Open (creating or upgrading, after a backup) the shop's database."""
    ensure_writable_dir(config.data_dir)
    upgrade(config.db_path, config.backup_dir)
    engine = open_engine(config.db_path)
    key = load_or_create_key(config.key_path)
    return App(config=config, engine=engine, key=key, clock=clock or SystemClock())


def run_till(config: Config) -> int:
    """Open the shop and hand the till window its context; returns the exit code.

    A data directory without a shop gets the setup window first; closed before the
    shop is created, nothing is stored and the till does not open."""
    from loyalty_pos.gui.launch import launch
    from loyalty_pos.jobs.shop_setup import shop_exists

    if not shop_exists(config) and _set_up(config) is None:
        return 0
    app = open_app(config)
    try:
        return launch(app.uow, clock=app.clock, key=app.key, config=config, checkpoint=app.checkpoint)
    finally:
        app.close()


def _set_up(config: Config) -> object | None:
    from loyalty_pos.gui.launch import run_setup
    from loyalty_pos.jobs.shop_setup import create_shop
    from loyalty_pos.system_region import known_zones, setup_defaults

    return run_setup(lambda shop: create_shop(config, shop).created, defaults=setup_defaults(),
                     known_zones=known_zones(), data_dir=str(config.data_dir))
