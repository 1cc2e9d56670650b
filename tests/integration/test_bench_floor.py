"""The checkout floor writes what our checkout writes: after the same day's sales, each
store holds as many rows in every table, and the floor's store passes ``check`` (its
chain links, audit hashes and balances are the ones our code would have made)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from loyalty_pos.app import open_app
from loyalty_pos.bench.day_mix import MAX_LINES, basket_size, plan_day, sellable_products, seller
from loyalty_pos.bench.raw_floor import PRAGMAS, open_floor, read_sales, run_floor
from loyalty_pos.bench.samples import draw
from loyalty_pos.bench.store import copy_store
from loyalty_pos.config import Config
from loyalty_pos.demo.seed import seed_demo
from loyalty_pos.services.shop.check import check_ledger

SALES = 40


@dataclass(frozen=True)
class Day:
    ours: Config
    floor: Config
    sale_ids: list[str]
    floor_ms: list[float]


def _counts(db_path: Path) -> dict[str, int]:
    with sqlite3.connect(db_path) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Day]:
    """One small demo store; a copy of it; SALES sales by our checkout on the store and
    the same sales by the floor on the copy."""
    root = tmp_path_factory.mktemp("floor")
    config = Config.load(root / "shop")
    seed_demo(config, members=200, seed=11, progress=None)
    floor_config = copy_store(config, root / "floor")
    drawn = draw(config.db_path, 100)
    plans = plan_day(drawn.member_ids, sellable_products(config.db_path), SALES, seed=3)
    app = open_app(config)
    try:
        sell = seller(app)
        for plan in plans:
            sell(plan)
    finally:
        app.close()
    with closing(sqlite3.connect(config.db_path)) as reader:
        rows = read_sales(reader, [plan.sale_id for plan in plans])
    connection = open_floor(floor_config.db_path)
    try:
        samples = run_floor(connection, rows)
    finally:
        connection.close()
    yield Day(config, floor_config, [plan.sale_id for plan in plans], [s.wall_ms for s in samples])


def test_the_floor_writes_as_many_rows_in_every_table_as_our_checkout(day: Day) -> None:
    ours, floor = _counts(day.ours.db_path), _counts(day.floor.db_path)
    assert ours == floor
    with sqlite3.connect(day.ours.db_path) as connection:  # the day had what makes a sale heavy
        kinds = dict(connection.execute(
            "SELECT kind, count(*) FROM ledger WHERE sale_ref IN (SELECT sale_id FROM sales ORDER BY at DESC LIMIT ?) "
            "GROUP BY kind", (SALES,)).fetchall())
        lines = connection.execute(f"SELECT max(n) FROM (SELECT count(*) n FROM sale_lines WHERE sale_id IN "
                                   f"({', '.join('?' * SALES)}) GROUP BY sale_id)", day.sale_ids).fetchone()[0]
    assert kinds.get("redeem", 0) > 0 and kinds.get("earn", 0) > 0
    assert lines > 3


def test_the_floors_store_passes_check(day: Day) -> None:
    app = open_app(day.floor)
    try:
        report = check_ledger(app.uow(readonly=True))
    finally:
        app.close()
    assert report.ok, report.problems
    assert report.entries_checked > 0


def test_the_floor_wrote_each_sale_in_its_own_durable_transaction(day: Day) -> None:
    assert len(day.floor_ms) == SALES and all(ms > 0 for ms in day.floor_ms)


def test_the_floor_uses_the_stores_pragmas(day: Day) -> None:
    app = open_app(day.ours)
    floor = open_floor(day.floor.db_path)
    try:
        with app.database.engine.connect() as connection:
            names = [pragma.split("=")[0].strip() for pragma in PRAGMAS]
            ours = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar() for name in names}
        assert {name: floor.execute(f"PRAGMA {name}").fetchone()[0] for name in names} == ours
    finally:
        floor.close()
        app.close()


def test_a_days_baskets_are_mostly_small_and_never_over_thirty_lines() -> None:
    import random

    rng = random.Random(5)
    sizes = [basket_size(rng) for _ in range(5000)]
    assert min(sizes) == 1 and max(sizes) <= MAX_LINES and max(sizes) >= 20
    assert sizes.count(1) > sizes.count(5) > sizes.count(15)


def test_regulars_come_back_and_occasional_buyers_come_once() -> None:
    members = [f"m{i}" for i in range(1000)]
    plans = plan_day(members, ["A", "B", "C"], 300, seed=1)
    visits: dict[str, int] = {}
    for plan in plans:
        visits[plan.member_id] = visits.get(plan.member_id, 0) + 1
    assert max(visits.values()) >= 3
    assert sum(1 for count in visits.values() if count == 1) > 100
    assert any(plan.redeem_points for plan in plans)
