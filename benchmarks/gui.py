"""The till at shop scale: cold start to a usable window, scan -> member and balance
painted, and the till's resident memory — each in a fresh process of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable

from loyalty_pos.bench.figures import Figure, percentile
from loyalty_pos.bench.seeded import SeededStore

_COLD_RUNS = 3
_SCANS = 200


def _cold_start_seconds(data_dir: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "loyalty_pos.bench.cold_start", data_dir],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    line = child.stdout.readline()
    seconds = time.perf_counter() - start
    _out, err = child.communicate(timeout=60)
    if line.strip() != "ready":
        raise RuntimeError(f"the till did not start: {err[-2000:]}")
    return seconds


def _till_session(data_dir: str, scans: int) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run([sys.executable, "-m", "loyalty_pos.bench.till_session", data_dir, str(scans)],
                          capture_output=True, text=True, env=env, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"the till session failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(store: SeededStore, *, log: Callable[[str], None]) -> list[Figure]:
    config = store.ensure()
    data_dir = str(config.data_dir)
    log("cold starts ...")
    _cold_start_seconds(data_dir)  # the first run warms the OS file cache
    cold = sorted(_cold_start_seconds(data_dir) for _ in range(_COLD_RUNS))
    log("scans ...")
    session = _till_session(data_dir, _SCANS)
    return [
        Figure.measured("cold_start_to_usable_till_s", cold[len(cold) // 2], "s", "<= 1.5"),
        Figure.measured("scan_to_member_painted_p95", percentile(session["scan_ms"], 95), "ms", "<= 50"),
        Figure.measured("rss_till_mb", float(session["rss_mb"]), "MB", "<= 300"),
    ]
