"""The demo's members and a year of their history, written by SQLite itself.

A million members with two million sales must load within a minute on two cores,
so no generated row passes through Python: every table is filled by ``INSERT ...
SELECT`` over a numbers CTE or a scratch plan (``history``), with
pseudo-randomness from hashing each row's own key (``expressions``). Only the
demo's parameters (names, products, program figures, ``now``, seed) come in from
``loyalty_pos.demo``.

The rows are what the services would have written, so ``loyalty-pos check`` passes:

* each sale (one line, on terminal ``terminal_id``) earns ``total // step * points_per_step``
  points (FLOOR) in one EARN entry that expires as the program's expiry policy says;
* all history lies in the last 364 days, inside the expiry window (a policy that would
  lapse some of it is refused), so no lot has lapsed and there are no EXPIRE entries;
* some members redeemed the reward once, on their last sale, when their earlier sales
  covered it (checkout only lets a member spend what they hold): a REDEEM entry at the
  sale's instant, a second line made free, and the oldest lots consumed first (FIFO by
  expiry, as ``domain.ledger.fold``);
* balance = sum of the entries; lots = what is left of each EARN; tier = 12-month spend.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.ledger import ExpiryPolicy
from loyalty_pos.domain.tender import Tender
from loyalty_pos.store.demo import history
from loyalty_pos.store.bulk import BulkLoader
from loyalty_pos.store.demo.history import DAY, HISTORY_DAYS, History
from loyalty_pos.store.types import EPOCH, to_micros

Progress = Callable[[str, int, int], None]

_MAX_MEMBERS = 10_000_000  # keeps phone numbers unique and every row key below 2**31
_CHUNK = 100_000  # members (or sales) per statement: progress steps, bounded sorts
_SCRATCH = ("demo_first", "demo_last", "demo_products", "demo_days", "demo_slots", "demo_kinds", "demo_visits",
            "demo_sales", "demo_totals")
_POPULATED = ("members", "cards", "ledger", "balances", "lots", "sales", "sale_lines")


@dataclass(frozen=True, slots=True)
class HistoryProduct:
    code: str
    name: str
    category: str
    unit_price: int
    tax_rate_bp: int


@dataclass(frozen=True, slots=True)
class HistoryReward:
    """The free-product reward some members redeemed once, as checkout would have booked
    it: one unit of ``product`` added to the sale and made free."""

    reward_id: str
    points: int
    description: str  # the REDEEM entry's reason and the receipt's reward line
    product: HistoryProduct


@dataclass(frozen=True, slots=True)
class PopulationSpec:
    members: int
    seed: int
    now: datetime
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    products: tuple[HistoryProduct, ...]  # what the history sells
    tiers: tuple[tuple[str, int], ...]  # (code, 12-month spend from which it applies)
    step_minor: int  # points are earned per whole step of the total (FLOOR)
    points_per_step: int
    expiry: ExpiryPolicy
    reward: HistoryReward
    shop_name: str
    currency: str
    terminal_id: str  # the history's receipts are numbered apart from real tills'
    cashier: str
    tender: Tender
    card_prefix: str
    phone_prefix: str
    visits: tuple[int, ...]  # equally likely visit counts a member's year is drawn from


@dataclass(frozen=True, slots=True)
class PopulationCounts:
    members: int
    sales: int
    entries: int
    redemptions: int


def write_population(loader: BulkLoader, spec: PopulationSpec, *, progress: Progress | None = None) -> PopulationCounts:
    """Members, cards and their history, inside ``loader``'s transaction.

    Reports ``progress(stage, done, total)`` for the stages "planning", "members",
    "sales", "ledger" and "balances". Refuses a shop that already has members or sales
    (the generated keys start from the first row).
    """
    _validate(spec)
    report = progress or (lambda _stage, _done, _total: None)
    for table in _POPULATED:
        if loader.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
            raise ValidationError(code="demo_not_empty",
                                  detail=f"the demo population loads into a shop without members ({table} has rows)")
    plan = History(spec)
    # Scratch tables live in the main file, not TEMP: in a TEMP file they were slower,
    # and an in-memory temp store slowed the index rebuild's sorts (both measured).
    # The pages they free on DROP are reused by those indexes: the file does not grow.
    _scratch_tables(loader, spec, plan)
    sales = 0
    report("planning", 0, spec.members)
    for low, high in _spans(spec.members):
        history.plan_sales(loader, plan, low, high)
        planned = int(loader.execute("SELECT coalesce(max(seq), 0) FROM demo_sales").fetchone()[0])
        if planned > sales:
            history.plan_totals(loader, plan, (low, high), (sales + 1, planned))
        sales = planned
        report("planning", high, spec.members)
    plan.entry_keys = 2 * sales + 2
    for stage, total, first, step in (
        ("members", spec.members, 0, history.members),
        ("sales", sales, 1, history.sales),  # sales count from 1, as receipt numbers do
        ("ledger", sales, 1, history.ledger),
        ("balances", spec.members, 0, history.balances),
    ):
        report(stage, 0, total)
        for low, high in _spans(total, first=first):
            step(loader, plan, low, high)
            report(stage, high - first, total)
    redemptions = int(loader.execute("SELECT coalesce(sum(redeemed), 0) FROM demo_sales").fetchone()[0])
    if sales:
        loader.execute(
            "INSERT INTO receipt_counters(terminal_id, last_seq) VALUES (?, ?) "
            "ON CONFLICT(terminal_id) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
            (spec.terminal_id.strip().upper(), sales),
        )
    for table in _SCRATCH:
        loader.execute(f"DROP TABLE {table}")
    return PopulationCounts(spec.members, sales, sales + redemptions, redemptions)


def _spans(total: int, *, first: int = 0, size: int = _CHUNK) -> list[tuple[int, int]]:
    """``[low, high)`` ranges covering ``first .. first + total - 1``."""
    end = first + total
    return [(start, min(start + size, end)) for start in range(first, end, size)]


def _validate(spec: PopulationSpec) -> None:
    if not 0 <= spec.members <= _MAX_MEMBERS:
        raise ValidationError(detail=f"the demo holds 0 to {_MAX_MEMBERS:,} members, not {spec.members:,}")
    if not (spec.first_names and spec.last_names and spec.products and spec.tiers):
        raise ValidationError(detail="the demo needs names, products and tiers")
    if len(spec.first_names) * len(spec.last_names) >= 1 << 20 or len(spec.products) >= 1 << 10:
        raise ValidationError(detail="the demo draws from at most 2**20 name pairs and 1,024 products")
    if not spec.card_prefix.isdigit() or not 1 <= len(spec.card_prefix) <= 8:
        raise ValidationError(detail=f"bad card prefix {spec.card_prefix!r}")
    if spec.step_minor <= 0 or spec.points_per_step <= 0 or spec.reward.points <= 0:
        raise ValidationError(detail="earning steps and the reward's points must be above 0")
    if not spec.visits or min(spec.visits) < 0 or max(spec.visits) > history.KEYS_PER_MEMBER:
        raise ValidationError(detail=f"a member makes 0 to {history.KEYS_PER_MEMBER} visits in the demo year")
    if spec.now.utcoffset() is None:
        raise ValidationError(detail="now must be timezone-aware")
    cheapest = min(history.smallest_total(product.unit_price) for product in spec.products)
    if cheapest < spec.step_minor:
        raise ValidationError(detail="every history sale must earn points: a sale can total less than one step")


def _ascii_word(text: str) -> str:
    """The part of a name an e-mail address can carry ("jose" for "José")."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower()) or "member"


def _scratch_tables(loader: BulkLoader, spec: PopulationSpec, plan: History) -> None:
    for statement in (
        "CREATE TABLE demo_first(i INTEGER PRIMARY KEY, name TEXT, json TEXT, mail TEXT)",
        "CREATE TABLE demo_last(i INTEGER PRIMARY KEY, name TEXT, mail TEXT)",
        "CREATE TABLE demo_products(i INTEGER PRIMARY KEY, code TEXT, name TEXT, json TEXT, category TEXT, "
        "unit_price INTEGER, tax_rate_bp INTEGER)",
        "CREATE TABLE demo_days(day INTEGER PRIMARY KEY, iso TEXT, life INTEGER)",
        "CREATE TABLE demo_slots(j INTEGER PRIMARY KEY)",
        "CREATE TABLE demo_kinds(k INTEGER PRIMARY KEY)",
        "CREATE TABLE demo_visits(q INTEGER PRIMARY KEY, cnt INTEGER)",
        # One row per sale, in member order and, within a member, in time order.
        "CREATE TABLE demo_sales(seq INTEGER PRIMARY KEY, i INTEGER, last INTEGER, sale_id TEXT, at INTEGER, "
        "expires INTEGER, p INTEGER, quantity INTEGER, total INTEGER, points INTEGER, remaining INTEGER, "
        "redeemed INTEGER)",
        "CREATE TABLE demo_totals(i INTEGER PRIMARY KEY, first_seq INTEGER, last_seq INTEGER, spend INTEGER, "
        "points INTEGER, redeem INTEGER, next_expiry INTEGER, last_at INTEGER)",
    ):
        loader.execute(statement)
    loader.executemany("INSERT INTO demo_first VALUES (?, ?, ?, ?)", [
        (index, name, json.dumps(name, ensure_ascii=False), _ascii_word(name))
        for index, name in enumerate(spec.first_names)
    ])
    loader.executemany("INSERT INTO demo_last VALUES (?, ?, ?)", [
        (index, name, _ascii_word(name)) for index, name in enumerate(spec.last_names)
    ])
    loader.executemany("INSERT INTO demo_products VALUES (?, ?, ?, ?, ?, ?, ?)", [
        (index, p.code, p.name, json.dumps(p.name, ensure_ascii=False), p.category, p.unit_price, p.tax_rate_bp)
        for index, p in enumerate(spec.products)
    ])
    loader.executemany("INSERT INTO demo_days VALUES (?, ?, ?)", _days(spec, plan.now))
    loader.executemany("INSERT INTO demo_slots VALUES (?)", [(j,) for j in range(max(spec.visits))])
    loader.executemany("INSERT INTO demo_visits VALUES (?, ?)", list(enumerate(spec.visits)))
    loader.executemany("INSERT INTO demo_kinds VALUES (?)", [(0,), (1,)])


def _days(spec: PopulationSpec, now_us: int) -> list[tuple[int, str, int | None]]:
    """Each UTC day of the history: its date for receipts and how long a lot earned that
    day lives (the policy counts calendar months, so that depends on the day)."""
    rows = []
    last = now_us // DAY
    for day in range(last - HISTORY_DAYS - 1, last + 1):
        midnight = EPOCH + timedelta(days=day)
        expires = spec.expiry.expiry_for(midnight)
        life = None if expires is None else to_micros(expires) - day * DAY
        if life is not None and life <= HISTORY_DAYS * DAY:
            raise ValidationError(detail="the demo history assumes points live more than a year; "
                                         "this expiry policy would lapse some of it")
        rows.append((day, midnight.date().isoformat(), life))
    return rows
