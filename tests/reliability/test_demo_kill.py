"""kill -9 while ``demo`` seeds: the folder holds no shop or the complete demo, never a
malformed one, and the next ``demo`` succeeds (issue 19: 8 of 12 runs were "malformed")."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from loyalty_pos.jobs.integrity import check_file

ROOT = Path(__file__).resolve().parents[2]
MEMBERS = 3_000
# After start-up (imports, ~1 s) the schema, the shop, the bulk load and its indexes follow.
KILL_AFTER_S = (0.6, 1.2, 1.8, 2.4, 3.0, 3.8)


def _demo(data_dir: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "loyalty_pos", "--data-dir", str(data_dir), "demo", "--no-gui",
                             "--members", str(MEMBERS)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def _members(db: Path) -> int:
    connection = sqlite3.connect(db)
    try:
        return connection.execute("SELECT count(*) FROM members").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.slow
def test_a_demo_killed_while_seeding_leaves_no_shop_or_the_whole_demo(tmp_path: Path) -> None:
    outcomes = []
    for round_, delay in enumerate(KILL_AFTER_S):
        data_dir = tmp_path / f"demo-{round_}"
        child = _demo(data_dir)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        db = data_dir / "loyalty.sqlite"
        if db.exists():
            report = check_file(db)
            assert report.ok, (delay, report.problems)
            assert _members(db) == MEMBERS, delay
            outcomes.append("complete")
        else:
            outcomes.append("none")
        rerun = _demo(data_dir)
        _out, err = rerun.communicate(timeout=300)
        assert rerun.returncode == 0, err.decode()
        assert check_file(db).ok and _members(db) == MEMBERS
        assert not list(data_dir.glob(".demo-*"))  # the killed run's staging folder was swept
    assert "none" in outcomes  # at least one kill landed mid-seed
