"""The seed figure: timed to its last fsync, and its 60 s target only for a million members."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from loyalty_pos.bench.seeded import SEED_TARGET_MEMBERS, SeededStore, make_durable


def test_a_small_seed_never_passes_and_a_million_member_one_is_judged(tmp_path: Path) -> None:
    store = SeededStore(tmp_path, 300, log=lambda _line: None)
    store.ensure()
    small = store.seed_figure()
    assert small is not None and small.name == "seed_300_members"
    assert small.value < 60 and small.passed is None  # fast, but not the seed the target is about: not judged
    store.members, store.seed_seconds = SEED_TARGET_MEMBERS, 59.0
    assert store.seed_figure().passed
    store.seed_seconds = 61.0
    assert not store.seed_figure().passed


def test_a_reused_store_has_no_seed_figure(tmp_path: Path) -> None:
    first = SeededStore(tmp_path, 50, log=lambda _line: None)
    first.ensure()
    again = SeededStore(tmp_path, 50, log=lambda _line: None)
    again.ensure()
    assert again.seed_figure() is None


def test_the_timed_region_ends_with_the_wal_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite"
    writer = sqlite3.connect(path)
    try:
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("CREATE TABLE t(x)")
        writer.execute("INSERT INTO t VALUES (1)")
        writer.commit()
        assert Path(f"{path}-wal").stat().st_size > 0
        make_durable(path)
        assert Path(f"{path}-wal").stat().st_size == 0  # checkpointed and truncated
    finally:
        writer.close()
