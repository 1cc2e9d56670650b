"""The demo's history is shaped like a shop's: skewed visits and many distinct names."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from loyalty_pos.config import Config
from loyalty_pos.demo.seed import seed_demo
from loyalty_pos.demo.visits import VisitModel
from loyalty_pos.services.clock import FixedClock

MEMBERS = 15_000  # enough for the name pairs to show; seeds in about two seconds


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    config = Config.load(tmp_path_factory.mktemp("shape") / "shop")
    seed_demo(config, members=MEMBERS, seed=3, clock=FixedClock(datetime(2026, 6, 1, 9, 0, tzinfo=UTC)))
    connection = sqlite3.connect(config.db_path)
    yield connection
    connection.close()


def test_a_tenth_of_the_members_make_over_40_percent_of_the_visits(db: sqlite3.Connection) -> None:
    visits = sorted((row[0] for row in db.execute(
        "SELECT count(s.sale_id) FROM members m LEFT JOIN sales s ON s.member_id = m.id GROUP BY m.id")),
        reverse=True)
    assert len(visits) == MEMBERS
    assert sum(visits[:MEMBERS // 10]) >= 0.40 * sum(visits)
    assert visits[0] >= 30  # a weekly regular or so
    assert 0.2 * MEMBERS < visits.count(0) < 0.5 * MEMBERS  # many bought nothing this year


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
