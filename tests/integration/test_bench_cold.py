"""Cold look-ups and searches on a small store: a kernel that refuses to drop its cache
costs the run its "cold" figures, said on stderr, never the run itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from loyalty_pos.bench import cache
from loyalty_pos.bench.samples import draw
from loyalty_pos.bench.store import Cold, budget, lookup_and_search
from loyalty_pos.config import Config
from loyalty_pos.demo.seed import seed_demo


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Config:
    config = Config.load(tmp_path_factory.mktemp("cold") / "shop")
    seed_demo(config, members=60, seed=11, progress=None)
    return config


def test_a_refused_cache_drop_leaves_the_other_figures(small_store: Config, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "DROP_CACHES", tmp_path)  # a directory: opening it to write fails
    said: list[str] = []
    plan = budget(draw(small_store.db_path, 60), Cold(["cold", "dbevicted"], None))
    figures = lookup_and_search(small_store, 60, plan, said.append)
    caches = {figure.cache for figure in figures}
    assert caches == {"warm", "dbevicted"}
    assert any(line.startswith("no 'cold' figures: making the cache cold failed") for line in said)
