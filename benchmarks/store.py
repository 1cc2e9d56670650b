"""Store and services at shop scale: seeding, card look-up and member search (warm, and
cold two ways), a day's checkouts with the till's background jobs running, the same
sales written by plain sqlite3 (the floor), and resident memory."""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from loyalty_pos.bench import cache
from loyalty_pos.bench.background import JobRounds, daily_jobs, every
from loyalty_pos.bench.day_mix import Sold, plan_day, sellable_products, seller
from loyalty_pos.bench.figures import Figure, percentile, time_ms
from loyalty_pos.bench.raw_floor import FloorSample, open_floor, read_sales, run_floor
from loyalty_pos.bench.rss import resident_mb
from loyalty_pos.bench.samples import Samples, draw
from loyalty_pos.bench.seeded import SeededStore

from loyalty_pos.app import App, open_app
from loyalty_pos.config import Config
from loyalty_pos.services.members.membership import find_by_card, search_members
from loyalty_pos.store.backup import backup
from loyalty_pos.store.chain_head_file import head_path

LOOKUPS = 2000
SEARCHES = 600  # per page size
COLD_ROUNDS = 4  # each starts from a cold cache ...
COLD_PER_ROUND = 50  # ... and then takes this many samples
PAGE_SIZES = (25, 50)  # the till's member search and the back office's member list
DAY_SALES = 300
MIN_SALES = 30
LOOKUP_TARGET = {"warm": "<= 2", "cold": "<= 10", "dbevicted": "<= 10"}
SEARCH_TARGET = {"warm": "<= 30", "cold": "<= 100", "dbevicted": "<= 100"}


def warm_database(db_path: Path) -> None:
    """The database files read once, so "warm" means what it says: in the OS cache."""
    for path in cache.database_files(db_path):
        with path.open("rb") as handle:
            while handle.read(1 << 20):
                pass


@dataclass
class Cold:
    """Which ways of making the cache cold this machine allows."""

    methods: list[str]  # "cold" and/or "dbevicted"
    unavailable: str | None  # why "cold" is missing


def cold_methods() -> Cold:
    why = cache.can_drop_os_cache()
    return Cold(["dbevicted"] if why else ["cold", "dbevicted"], why)


def _lookups(app: App, cards: list[str]) -> list[float]:
    cards_left = iter(cards)
    return time_ms(lambda: find_by_card(app.uow(readonly=True), next(cards_left)), len(cards), warmup=0)


def _searches(app: App, queries: list[str], page: int) -> list[float]:
    left = iter(queries)
    return time_ms(lambda: search_members(app.uow(readonly=True), next(left), limit=page), len(queries), warmup=0)


def _cold_samples(config: Config, method: str, keys: list[str],
                  measure: Callable[[App, list[str]], list[float]]) -> tuple[list[float], str]:
    """COLD_ROUNDS times: every connection closed, the cache made cold by ``method``, the
    store opened again as the till opens it, then ``measure`` on the round's share of ``keys``."""
    samples: list[float] = []
    used = ""
    per_round = max(1, -(-len(keys) // COLD_ROUNDS))
    for start in range(0, len(keys), per_round):
        used = cache.drop_os_cache() if method == "cold" else cache.evict_database(config.db_path)
        app = open_app(config)
        try:
            samples += measure(app, keys[start:start + per_round])
        finally:
            app.close()
    return samples, used


@dataclass(frozen=True)
class Budget:
    """Which drawn members each measurement uses: none is used twice, so no sample finds
    another's pages in SQLite's cache. A store smaller than the full budget gives every
    measurement the same share of what it has."""

    cards: dict[str, list[str]]  # by cache state
    searches: dict[tuple[str, int], list[str]]  # by (cache state, page size)
    buyers: list[str]
    sales: int  # the day's sales: DAY_SALES, fewer on a small store (its figures are not judged)


def budget(drawn: Samples, cold: Cold) -> Budget:
    states = ["warm", *cold.methods]
    cold_count = COLD_ROUNDS * COLD_PER_ROUND
    want_cards = {state: LOOKUPS if state == "warm" else cold_count for state in states}
    want_searches = {(state, page): SEARCHES if state == "warm" else cold_count
                     for state in states for page in PAGE_SIZES}
    wanted = sum(want_cards.values()) + sum(want_searches.values()) + DAY_SALES
    scale = min(1.0, len(drawn.member_ids) / wanted)
    # Every row of drawn gives one card and one search: cards are taken from the front,
    # the day's buyers after them, searches from the back.
    rows = list(zip(drawn.cards, drawn.member_ids, strict=True))
    at = 0
    cards = {}
    for state, count in want_cards.items():
        take = max(1, int(count * scale))
        cards[state] = [card for card, _ in rows[at:at + take]]
        at += take
    buyers_count = max(1, int(DAY_SALES * scale))
    buyers = [member for _, member in rows[at:at + buyers_count]] or drawn.member_ids[:buyers_count]
    texts = [text for _kind, text in reversed(drawn.searches)]
    searches = {}
    back = 0
    for key, count in want_searches.items():
        take = max(1, int(count * scale))
        searches[key] = texts[back:back + take]
        back += take
    return Budget(cards, searches, buyers, max(MIN_SALES, int(DAY_SALES * scale)))


def _figure(name: str, samples: list[float], pct: int, target: str, log: Callable[[str], None],
            **context: object) -> list[Figure]:
    """The ``pct`` percentile as a figure; none, said on stderr, when a store too small to
    give this measurement a member of its own left it without samples."""
    if not samples:
        log(f"{name}: not measured, the store has too few members for distinct samples")
        return []
    return [Figure.measured(name, percentile(samples, pct), "ms", target, samples=len(samples), **context)]


def lookup_and_search(config: Config, members: int, plan: Budget, log: Callable[[str], None]) -> list[Figure]:
    """Warm first (the whole database read into the OS cache), then each cold way."""
    figures = []
    warm_database(config.db_path)
    app = open_app(config)
    try:
        for _ in range(5):  # the first calls of a process pay for imports and statement caches
            search_members(app.uow(readonly=True), "Ol", limit=25)
        log("card look-ups, warm ...")
        figures += _figure("card_lookup_p99", _lookups(app, plan.cards["warm"]), 99, LOOKUP_TARGET["warm"], log,
                           members=members, cache="warm")
        for page in PAGE_SIZES:
            log(f"member search, page size {page}, warm ...")
            figures += _figure(f"member_search_{page}_p95", _searches(app, plan.searches["warm", page], page), 95,
                               SEARCH_TARGET["warm"], log, members=members, cache="warm")
    finally:
        app.close()
    for method in [state for state in plan.cards if state != "warm"]:
        try:
            figures += _cold_figures(config, members, plan, method, log)
        except OSError as error:  # writable by its mode, refused by the kernel (no CAP_SYS_ADMIN)
            log(f"no '{method}' figures: making the cache cold failed: {error}")
    return figures


def _cold_figures(config: Config, members: int, plan: Budget, method: str,
                  log: Callable[[str], None]) -> list[Figure]:
    log(f"card look-ups, {method} ...")
    samples, used = _cold_samples(config, method, plan.cards[method], _lookups)
    figures = _figure(f"card_lookup_{method}_p99", samples, 99, LOOKUP_TARGET[method], log,
                      members=members, cache=method, cache_method=used)
    for page in PAGE_SIZES:
        log(f"member search, page size {page}, {method} ...")
        samples, used = _cold_samples(config, method, plan.searches[method, page],
                                      lambda app, texts, page=page: _searches(app, texts, page))
        figures += _figure(f"member_search_{page}_{method}_p95", samples, 95, SEARCH_TARGET[method], log,
                           members=members, cache=method, cache_method=used)
    return figures


def copy_store(config: Config, into: Path) -> Config:
    """A consistent copy of the shop (database, card key, chain head) to open beside it."""
    into.mkdir(parents=True, exist_ok=True)
    copy = Config.load(into)
    backup(config.db_path, copy.db_path)
    shutil.copy2(config.key_path, copy.key_path)
    if head_path(config.db_path).exists():
        shutil.copy2(head_path(config.db_path), head_path(copy.db_path))
    return copy


def checkouts(app: App, scratch: Path, members: int, buyers: list[str], log: Callable[[str], None],
              *, sales: int = DAY_SALES) -> list[Figure]:
    """A day's sales through our checkout, each followed by the same sale written by plain
    sqlite3 on a copy of the store taken just before the day (in ``scratch``: keep it on
    the store's file system). Taking turns, both meet the same background work: the
    till's daily jobs on the store, and each file's own checkpointer."""
    config = app.config
    app.database.defer_head_file()  # as the till runs: its checkpointer writes the head file
    plans = plan_day(buyers, sellable_products(config.db_path), sales + 5)
    sell = seller(app)
    for plan in plans[:5]:  # first calls pay for imports and statement caches: not a day's sale
        sell(plan)
    floor_config = copy_store(config, scratch / "floor")
    floor = open_floor(floor_config.db_path)
    floor_checkpointer = sqlite3.connect(floor_config.db_path, isolation_level=None, check_same_thread=False)
    reader = sqlite3.connect(config.db_path)
    sold: list[Sold] = []
    floor_sold: list[FloorSample] = []
    log(f"checkouts: {sales} sales, each then by plain sqlite3, the daily jobs running alongside ...")
    try:
        with every(1.0, app.checkpoint), \
                every(1.0, lambda: floor_checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()), \
                daily_jobs(app, scratch / "jobs") as rounds:
            for plan in plans[5:]:
                sold.append(sell(plan))
                floor_sold += run_floor(floor, read_sales(reader, [plan.sale_id]))
    finally:
        reader.close()
        floor_checkpointer.close()
        floor.close()
    _log_rounds(log, "checkouts", rounds)
    wall_p95 = percentile([s.wall_ms for s in sold], 95)
    floor_p95 = percentile([s.wall_ms for s in floor_sold], 95)
    cpu = statistics.fmean(s.cpu_ms for s in sold)
    floor_cpu = statistics.fmean(s.cpu_ms for s in floor_sold)
    common = {"members": members, "samples": len(sold)}
    return [
        Figure.measured("checkout_commit_p95", wall_p95, "ms", "<= 10", **common),
        Figure.measured("checkout_cpu_mean", cpu, "ms", "<= 10", **common),
        Figure.measured("checkout_raw_sqlite_floor_p95", floor_p95, "ms", "<= 10", **common),
        Figure.measured("checkout_raw_sqlite_floor_cpu_mean", floor_cpu, "ms", "<= 10", **common),
        Figure.measured("checkout_to_floor_ratio", wall_p95 / floor_p95, "x", "<= 3", **common),
        Figure.measured("checkout_to_floor_cpu_ratio", cpu / floor_cpu, "x", "<= 3", **common),
    ]


def _log_rounds(log: Callable[[str], None], side: str, rounds: JobRounds) -> None:
    log(f"{side}: daily jobs ran {rounds.done} time(s) alongside, {rounds.backups} backup(s) made"
        + (f"; errors: {rounds.errors[:3]}" if rounds.errors else ""))


def run(store: SeededStore, *, log: Callable[[str], None], with_sync: bool = False) -> list[Figure]:
    """The store group. Its scratch files (the floor's copy, the jobs' backups) go beside
    the store, on its file system, and are removed after. ``with_sync`` (``bench --store
    --sync``): the checkouts once more with the till's background sync running
    (bench/sync_background.py), each figure named ``..._sync_on``."""
    config = store.ensure()
    members = store.members
    figures = []
    seed = store.seed_figure()  # None for a reused store (--data-dir): this run did not seed it
    if seed is not None:
        figures.append(seed)
    cold = cold_methods()
    if cold.unavailable:
        log(f"no 'cold' figures: {cold.unavailable}; the '*_dbevicted' ones evict the database's pages only")
    cold_count = COLD_ROUNDS * COLD_PER_ROUND * len(cold.methods)
    drawn = draw(config.db_path, LOOKUPS + cold_count + len(PAGE_SIZES) * (SEARCHES + cold_count) + DAY_SALES)
    plan = budget(drawn, cold)
    figures += lookup_and_search(config, members, plan, log)
    app = open_app(config)
    try:
        with tempfile.TemporaryDirectory(prefix=".loyalty-bench-", dir=config.data_dir.parent) as scratch:
            figures += checkouts(app, Path(scratch), members, plan.buyers, log, sales=plan.sales)
        if with_sync:
            from loyalty_pos.bench.sync_background import background_sync

            with tempfile.TemporaryDirectory(prefix=".loyalty-bench-", dir=config.data_dir.parent) as scratch, \
                    background_sync(app, plan.buyers, log) as rounds:
                synced = checkouts(app, Path(scratch), members, plan.buyers, log, sales=plan.sales)
            log(f"sync on: {rounds.done} rounds alongside, {rounds.pushed:,} events pushed, {rounds.pulled:,} pulled"
                + (f"; errors: {rounds.errors[:3]}" if rounds.errors else ""))
            figures += [replace(figure, name=f"{figure.name}_sync_on") for figure in synced]
        figures.append(Figure.measured("rss_services_mb", resident_mb(), "MB", "<= 300", members=members))
    finally:
        app.close()
    return figures
