"""The demo's history is shaped like a shop's: skewed visits and many distinct names."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.demo.seed import population_spec, seed_demo
from loyalty_pos.demo.visits import VisitModel
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.store.bulk import BulkLoader
from loyalty_pos.store.demo.population import write_population

MEMBERS = 15_000  # enough for the name pairs to show
HISTORY_MEMBERS = 2_000  # enough for the visits' tail to show


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    """The members alone (their history takes a minute at this size; names do not need it)."""
    config = Config.load(tmp_path_factory.mktemp("shape") / "shop")
    now = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    open_app(config, clock=FixedClock(now), new_shop=True).close()
    with BulkLoader(config.db_path) as loader:
        write_population(loader, population_spec(members=MEMBERS, seed=3, now=now))
    connection = sqlite3.connect(config.db_path)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    config = Config.load(tmp_path_factory.mktemp("shape-year") / "shop")
    seed_demo(config, members=HISTORY_MEMBERS, seed=3, clock=FixedClock(datetime(2026, 6, 1, 9, 0, tzinfo=UTC)))
    connection = sqlite3.connect(config.db_path)
    yield connection
    connection.close()


def test_a_tenth_of_the_members_make_over_40_percent_of_the_visits(history: sqlite3.Connection) -> None:
    visits = sorted((row[0] for row in history.execute(
        "SELECT count(s.sale_id) FROM members m LEFT JOIN sales s ON s.member_id = m.id AND s.returned_of IS NULL "
        "GROUP BY m.id")), reverse=True)
    assert len(visits) == HISTORY_MEMBERS
    assert sum(visits[:HISTORY_MEMBERS // 10]) >= 0.40 * sum(visits)
    assert visits[0] >= 30  # a weekly regular or so
    assert 0.2 * HISTORY_MEMBERS < visits.count(0) < 0.5 * HISTORY_MEMBERS  # many bought nothing this year


def test_names_are_many_and_from_each_country(db: sqlite3.Connection) -> None:
    distinct = db.execute("SELECT count(DISTINCT name) FROM members").fetchone()[0]
    assert distinct >= 10_000
    names = {row[0] for row in db.execute("SELECT name FROM members")}
    for word in ("Øystein", "Nyoman", "Hsin-Yi", "陳"):
        assert any(word in name for name in names)


def test_the_visit_model_is_heavy_tailed() -> None:
    counts = VisitModel().counts()
    assert counts == tuple(sorted(counts)) and max(counts) == 52
    assert sum(counts[-len(counts) // 10:]) >= 0.40 * sum(counts)
    assert 2.0 < sum(counts) / len(counts) < 2.6  # keeps a million members' year to ~2.3 million sales
