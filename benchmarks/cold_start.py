"""Start: the real ``loyalty-pos`` entry point, in a process of its own, to the signed-in
sale screen ready for a scan (``--bench-start``: it signs in as the demo cashier and
prints ``ready`` once that screen has the focus and its frame is flushed).

Timed from the moment the process is spawned to the moment its ``ready`` line arrives:
Python's start, the imports, opening and checking the store, building the window, the
sign-in's PIN check and the first frame of the sale screen are all inside.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from loyalty_pos.cli.main import BENCH_SIGN_IN_ENV
from loyalty_pos.demo.shop import CASHIER_PIN, CASHIER_USER

READY = "ready"


def entry_point() -> list[str]:
    """The console script installed beside this interpreter, as a shortcut starts it;
    ``python -m loyalty_pos`` where there is none (a checkout without an install)."""
    script = shutil.which("loyalty-pos", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "loyalty_pos"]


def start_seconds(data_dir: Path, display_env: dict[str, str], timeout: float = 120) -> float:
    env = {**os.environ, **display_env, BENCH_SIGN_IN_ENV: f"{CASHIER_USER}:{CASHIER_PIN}"}
    # An installed till has its bytecode compiled (pip does it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every module at every start instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    child = subprocess.Popen([*entry_point(), "--data-dir", str(data_dir), "--bench-start"],
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=env)
    assert child.stdout is not None
    watchdog = threading.Timer(timeout, child.kill)  # a till that never gets ready must not hang the run
    watchdog.start()
    try:
        line = child.stdout.readline()
        seconds = time.perf_counter() - start
        _out, err = child.communicate(timeout=timeout)
    finally:
        watchdog.cancel()
    if line.strip() != READY or child.returncode != 0:
        raise RuntimeError(f"the till did not reach its sale screen (exit {child.returncode}): {err[-2000:]}")
    return seconds
