"""Composition root: turns a Config into a store, a card key ring and a clock.

The only place (with the CLI) that knows which adapter implements which port.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from loyalty_pos.cards.key_ring import KeyRing
from loyalty_pos.config import Config
from loyalty_pos.data_dir_lock import hold_data_dir
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.jobs.backup_offer import DamagedShop, offering_restore
from loyalty_pos.jobs.card_key_ring import opening_ring
from loyalty_pos.jobs.chain_keys import TillKeys
from loyalty_pos.services.clock import Clock, SystemClock
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.store.files import ensure_writable_dir, existing_database, refuse_empty_database
from loyalty_pos.store.shop_database import ShopDatabase, open_shop_database

if TYPE_CHECKING:  # Qt loads only when a window opens
    from loyalty_pos.gui.bench_start import BenchStart
    from loyalty_pos.gui.launch import SmokeStart


class CardKeyNotLoaded(RuntimeError):
    """A bug: the app was opened without its key (``check_key=False``) and then asked for it."""


@dataclass
class App:
    config: Config
    database: ShopDatabase
    ring: KeyRing | None
    clock: Clock

    @property
    def key(self) -> KeyRing:
        if self.ring is None:
            raise CardKeyNotLoaded("opened with check_key=False: the card key was not loaded")
        return self.ring

    def uow(self, *, readonly: bool = False) -> UnitOfWork:
        return self.database.uow(readonly=readonly)

    def till_keys(self) -> TillKeys:
        """The key file as this till's sync rounds reach it: a ring head office grew is
        this app's ring from then on (``taken``), so nothing needs a restart."""
        return TillKeys(self.config.key_path, self.database.uow, self.clock, taken=self._took)

    def _took(self, ring: KeyRing) -> None:
        self.ring = ring

    def checkpoint(self) -> None:
        self.database.checkpoint()

    def close(self) -> None:
        self.database.close()


def open_app(config: Config, *, clock: Clock | None = None, create: bool = True, new_shop: bool = False,
             check_key: bool = True) -> App:
    """Open (creating or upgrading, after a backup) the shop's database and its card keys.

    ``create=False``: refuse a data directory without a shop (``NoDatabase``) rather than
    make an empty one, for a command that only uses an existing shop.
    The card key file must be the ring the shop records (else ``CardKeyProblem``, which
    says how to fix it); only ``new_shop`` (the demo, on a database that is no shop yet)
    makes a key. ``check_key=False``: the key commands, which mend a missing or wrong key.
    """
    if not create:
        existing_database(config.db_path)
    with offering_restore(config):  # a damaged, empty or foreign file: named with the backup that fixes it
        refuse_empty_database(config.db_path)
        ensure_writable_dir(config.data_dir)
        # Creating or migrating the schema takes the data directory's lock: never under a running till.
        database = open_shop_database(config.db_path, config.backup_dir,
                                      guard=lambda: hold_data_dir(config.data_dir, "a database upgrade"))
    try:
        ring = opening_ring(database.uow, config.key_path, new_shop=new_shop) if check_key else None
    except BaseException:
        database.close()
        raise
    return App(config=config, database=database, ring=ring, clock=clock or SystemClock())


def run_till(config: Config, *, smoke: SmokeStart | None = None,
             offer_restore: Callable[[DamagedShop], bool] | None = None, bench: BenchStart | None = None) -> int:
    """Open the shop and hand the till window its context; returns the exit code.

    A data directory without a shop gets the setup window first; closed before the
    shop is created, nothing is stored and the till does not open. A database the
    start refuses (damaged, empty, foreign) gets ``offer_restore`` (the till's dialog
    by default): restored, the till opens on the backup; declined, the refusal stands.
    ``smoke`` closes whichever window comes up first (``--smoke-test``); ``bench`` signs in
    and closes once the sale screen is ready (``--bench-start``)."""
    from functools import partial

    from loyalty_pos.gui.launch import launch
    from loyalty_pos.sync.till_link import register_till, run_sync_round

    if bench is not None:
        # Timed to the sale screen: a folder without a shop is an error here, not a setup window.
        existing_database(config.db_path)
    if not _shop_ready(config, offer_restore, smoke):
        return 0
    try:
        app = open_app(config)
    except LoyaltyError as refusal:  # a missing or wrong card key, say: shown, then the command line's message
        from loyalty_pos.gui.launch import start_refusal_box

        start_refusal_box(refusal.message).exec()
        raise
    on_shown = smoke.till_shown if smoke is not None else bench.till_shown if bench is not None else None
    # Its checkpointer writes the chain head file in the background, so no sale waits for it.
    app.database.defer_head_file()
    try:
        return launch(app.uow, clock=app.clock, key=app.key, config=config, checkpoint=app.checkpoint,
                      on_shown=on_shown,
                      # The window applies head office's publication itself, between sales.
                      sync_round=partial(run_sync_round, keys=app.till_keys(), apply_published=False),
                      sync_register=register_till, key_now=lambda: app.key)
    finally:
        app.close()


def bench_start_till(config: Config, username: str, pin: str) -> tuple[int, str | None]:
    """Start the till as a shortcut would, sign in to the demo shop and close once the sale
    screen is ready for a scan: the exit code and "ready" (or why not)."""
    from loyalty_pos.gui.bench_start import BenchStart

    bench = BenchStart(username, pin)
    code = run_till(config, bench=bench)
    return code, bench.reached


def smoke_test_till(config: Config, screenshot: Path | None = None) -> tuple[int, str | None]:
    """Start the till as a shortcut would and close it once its first screen is up: the
    exit code and that screen ("sign-in", or "setup" on a data directory without a shop)."""
    from loyalty_pos.gui.launch import SmokeStart

    smoke = SmokeStart(screenshot)
    code = run_till(config, smoke=smoke)
    return code, smoke.reached


def _shop_ready(config: Config, offer_restore: Callable[[DamagedShop], bool] | None,
                smoke: SmokeStart | None) -> bool:
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
            from loyalty_pos.system_region import system_language

            # The shop's language is in the database that will not open: the computer's is the best guess.
            offer_restore = lambda damaged: ask_restore(damaged, system_language())  # noqa: E731
        if not offer_restore(damaged):
            raise
        restore(config.db_path, config.key_path, config.backup_dir, damaged.backup)
        exists = shop_exists(config)
    return exists or _set_up(config, smoke) is not None


def _set_up(config: Config, smoke: SmokeStart | None = None) -> object | None:
    from loyalty_pos.gui.launch import run_setup
    from loyalty_pos.jobs.shop_setup import create_shop
    from loyalty_pos.system_region import known_zones, setup_defaults

    return run_setup(lambda shop: create_shop(config, shop).created, defaults=setup_defaults(),
                     known_zones=known_zones(), data_dir=str(config.data_dir),
                     on_shown=smoke.setup_shown if smoke is not None else None, join=joining(config))


def joining(config: Config) -> Callable[[str, str, Callable[[str], None]], object]:
    """The setup window's "Join a chain": ``jobs/chain_join`` with the real sync client."""
    import socket
    from functools import partial

    from loyalty_pos.jobs.chain_join import join_chain
    from loyalty_pos.sync.till_link import register_till, run_sync_round

    def register(make_uow: Callable[..., UnitOfWork], url: str, code: str, terminal_name: str, *,
                 clock: Clock) -> object:
        return register_till(make_uow, server_url=url, code=code, clock=clock, terminal_name=terminal_name)

    return lambda url, code, progress: join_chain(
        config, url, code, terminal_name=socket.gethostname(), register=register,
        run_round=partial(run_sync_round, apply_published=True), progress=progress)
