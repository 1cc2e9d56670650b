"""One demo store per benchmark run, seeded on first use and shared by the groups.

With ``--data-dir`` (the CLI's global option) a store seeded earlier is reused as it
is: seeding a million members once and measuring it many times saves minutes a run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from loyalty_pos.config import Config
from loyalty_pos.demo.seed import seed_demo


class SeededStore:
    def __init__(self, scratch: Path, members: int, log: Callable[[str], None], data_dir: Path | None = None) -> None:
        self.config = Config.load(data_dir or scratch / "shop")
        self.members = members
        self.seed_seconds: float | None = None  # stays None for a reused store
        self._ready = False
        self._log = log

    def ensure(self) -> Config:
        if not self._ready:
            self._log(f"seeding {self.members:,} demo members in {self.config.data_dir} ...")
            start = time.perf_counter()
            summary = seed_demo(self.config, members=self.members, seed=11, progress=None)
            if summary.already_seeded:
                self.members = summary.members
                self._log(f"reusing the store seeded earlier: {summary.members:,} members")
            else:
                self.seed_seconds = time.perf_counter() - start
            self._ready = True
        return self.config
