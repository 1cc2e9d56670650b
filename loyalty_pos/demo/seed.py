"""``loyalty-pos demo``: the demo shop with N members and a year of their history.

The shop itself (staff, products, program) is installed through the services, as a
manager would set it up. Members and cards are then generated inside SQLite by the
store's population writer, and each member's 15 months worked out by the domain's
rules (``demo/year.py``) and bulk-inserted, all in one bulk transaction.

The bulk load runs without durability, so the whole store is built in a private
folder inside the data directory and its database renamed into place only when
complete: a demo killed while seeding leaves no shop (the next run starts again,
sweeping the leftovers), never a half-loaded or malformed one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.demo import shop
from loyalty_pos.demo.catalog import install_demo_shop
from loyalty_pos.demo.fraud_history import seed_lookup_burst
from loyalty_pos.demo.names import FIRST_NAMES, LAST_NAMES
from loyalty_pos.demo.visits import VisitModel
from loyalty_pos.demo.year import YearSpec, write_year
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.members import DEFAULT_ISSUER_PREFIX
from loyalty_pos.durability import SQLITE_SIDE_SUFFIXES, fsync_directory, fsync_file
from loyalty_pos.services.actor import SYSTEM, Actor, Role, system_actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.profile import DEMO, holds_shop
from loyalty_pos.services.shop.settings import change_settings
from loyalty_pos.services.shop.shop import SHOP_NAME
from loyalty_pos.store.bulk import BulkLoader
from loyalty_pos.store.chain_head_file import head_path
from loyalty_pos.store.demo.population import PopulationSpec, write_population
from loyalty_pos.store.files import DataDirUnusable, ensure_writable_dir

Progress = Callable[[str, int, int], None]

HISTORY_TERMINAL = "90"  # the history's receipts (R90-...), apart from the real tills' numbers
_PHONE_PREFIX = "+47"
# Finishing steps of the bulk load, reported as one "indexing" stage.
_FINISHING = ("indexes", "search index", "chain")
STAGING_PREFIX = ".demo-"


@dataclass(frozen=True, slots=True)
class SeedSummary:
    data_dir: Path
    members: int
    already_seeded: bool
    # What the CLI's catalogue line names (cli.demo_ready), so it need not reach into demo.shop.
    shop_name: str = shop.SHOP_NAME
    cashier: str = f"{shop.CASHIER_USER}/{shop.CASHIER_PIN}"
    manager: str = f"{shop.MANAGER_USER}/{shop.MANAGER_PIN}"

    def __str__(self) -> str:
        if self.already_seeded:
            return (f"The demo shop at {self.data_dir} is already set up ({self.members:,} members). "
                    f"Sign in as {shop.CASHIER_USER}/{shop.CASHIER_PIN} or {shop.MANAGER_USER}/{shop.MANAGER_PIN}.")
        return (f"Demo shop '{shop.SHOP_NAME}' ready at {self.data_dir} with {self.members:,} members. "
                f"Sign in as {shop.CASHIER_USER}/{shop.CASHIER_PIN} or {shop.MANAGER_USER}/{shop.MANAGER_PIN}.")


def seed_demo(config: Config, *, members: int, seed: int = 2026, progress: Progress | None = None,
              clock: Clock | None = None) -> SeedSummary:
    """Reports ``progress(stage, done, total)`` for "members", "history" (members whose
    history is written) and "indexing". ``clock`` (the system's by default) says when
    "now" is: the history is the 15 months before it."""
    # A demo killed while seeding, or after its rename but before tidying up, left these.
    for leftover in config.data_dir.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(leftover, ignore_errors=True)
    if config.db_path.exists():
        ready = _existing_demo(config, clock)
        if ready is not None:
            return ready
    ensure_writable_dir(config.data_dir)
    try:
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=config.data_dir))
    except OSError as error:
        raise DataDirUnusable(path=str(config.data_dir), reason=error.strerror or str(error)) from None
    try:
        staged = replace(config, data_dir=staging)
        if config.key_path.is_file():  # the folder's key stays the key: cards printed from it still scan
            shutil.copy2(config.key_path, staged.key_path)
        _seed_new(staged, members=members, seed=seed, progress=progress, clock=clock)
        _put_in_place(staged, config)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return SeedSummary(config.data_dir, members, already_seeded=False)


def _existing_demo(config: Config, clock: Clock | None) -> SeedSummary | None:
    """The demo already here, or None for a store with nothing in it (an earlier release's
    unfinished demo), which a new one replaces; a real shop is refused."""
    app = open_app(config, clock=clock)
    try:
        with app.uow(readonly=True) as uow:
            seeded = uow.program.published() is not None
            if seeded:
                unmarked = _unmarked_demo(uow, config.data_dir)
                existing = uow.members.count()
        if not seeded:
            if holds_shop(app.uow(readonly=True)):
                with app.uow(readonly=True) as uow:
                    name = uow.settings.get(SHOP_NAME) or ""
                raise not_a_demo(config.data_dir, name)
            return None
        if unmarked:
            change_settings(app.uow(), {DEMO: shop.SIGN_IN}, actor=SYSTEM, clock=app.clock)
        return SeedSummary(config.data_dir, existing, already_seeded=True)
    finally:
        app.close()


def _seed_new(config: Config, *, members: int, seed: int, progress: Progress | None, clock: Clock | None) -> None:
    app = open_app(config, clock=clock, new_shop=True)  # the demo is one of the two places a key is made
    try:
        install_demo_shop(app.uow, app.clock, terminal_id=config.terminal_id)
        now = app.clock.now()
    finally:
        app.close()
    if members:
        report = progress or (lambda _stage, _done, _total: None)

        def finishing(phase: str) -> None:
            report("indexing", _FINISHING.index(phase) if phase in _FINISHING else 0, len(_FINISHING))

        with BulkLoader(config.db_path, on_phase=finishing) as loader:
            write_population(loader, population_spec(members=members, seed=seed, now=now), progress=report)
            write_year(loader, year_spec(now), seed=seed, members=members, progress=report)
        report("indexing", len(_FINISHING), len(_FINISHING))
        app = open_app(config, clock=clock)
        try:
            seed_lookup_burst(app.uow(), now, terminal_id=config.terminal_id, members=members)
        finally:
            app.close()


def _put_in_place(staged: Config, config: Config) -> None:
    """The key first, then the database's rename, which makes the folder a demo shop. The
    load ran unsynced, so the file is synced before it is named; closing its last
    connection left no WAL beside it."""
    fsync_file(staged.db_path)
    if not config.key_path.exists():
        os.replace(staged.key_path, config.key_path)
    for suffix in SQLITE_SIDE_SUFFIXES:  # an old store's side files would be read as the new one's
        Path(f"{config.db_path}{suffix}").unlink(missing_ok=True)
    # The chain head goes with its database: an old head beside the new file would read as tampering.
    if head_path(staged.db_path).exists():
        os.replace(head_path(staged.db_path), head_path(config.db_path))
    else:
        head_path(config.db_path).unlink(missing_ok=True)
    os.replace(staged.db_path, config.db_path)
    fsync_directory(config.data_dir)


class NotADemo(LoyaltyError):
    code = "not_a_demo"
    template = ("{path} holds the shop {name!r}, not the demo; the demo never touches a real shop's data. "
                "Run 'loyalty-pos demo' without --data-dir: the demo keeps its own folder.")


def not_a_demo(data_dir: Path, name: str) -> NotADemo:
    if name:
        return NotADemo(path=str(data_dir), name=name)
    return NotADemo(path=str(data_dir), template=(
        "{path} holds a shop without a name, not the demo; the demo never touches a real shop's data. "
        "Run 'loyalty-pos demo' without --data-dir: the demo keeps its own folder."))


def _unmarked_demo(uow: UnitOfWork, data_dir: Path) -> bool:
    """Whether the seeded store is a demo from the release before demos were marked (its
    shop name and accounts tell); a real shop is refused."""
    if uow.settings.get(DEMO):
        return False
    name = uow.settings.get(SHOP_NAME) or ""
    if name != shop.SHOP_NAME or uow.staff.get(shop.MANAGER_USER) is None or uow.staff.get(shop.CASHIER_USER) is None:
        raise not_a_demo(data_dir, name)
    return True


def population_spec(*, members: int, seed: int, now: datetime) -> PopulationSpec:
    """The demo's members: names, cards, phones, all starting in the program's first tier."""
    program = shop.demo_program(now)
    return PopulationSpec(
        members=members, seed=seed, now=now, first_names=FIRST_NAMES, last_names=LAST_NAMES,
        first_tier=program.tiers.tiers[0].code, card_prefix=DEFAULT_ISSUER_PREFIX, phone_prefix=_PHONE_PREFIX,
    )


def year_spec(now: datetime) -> YearSpec:
    """The demo shop's program and catalogue as installed at ``now``, which the history follows."""
    return YearSpec(
        program=shop.demo_program(now), products=tuple(shop.demo_products()), now=now,
        zone=ZoneInfo(shop.TIMEZONE), shop_name=shop.SHOP_NAME,
        cashier=Actor(shop.CASHIER_USER, Role.CASHIER, HISTORY_TERMINAL), jobs=system_actor(HISTORY_TERMINAL),
        visits=VisitModel().counts(),
    )
