"""One demo store per benchmark run, seeded on first use and shared by the groups."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from loyalty_pos.config import Config
from loyalty_pos.demo.seed import seed_demo


class SeededStore:
    def __init__(self, scratch: Path, members: int, log: Callable[[str], None]) -> None:
        self.config = Config.load(scratch / "shop")
        self.members = members
        self.seed_seconds: float | None = None
        self._log = log

    def ensure(self) -> Config:
        if self.seed_seconds is None:
            self._log(f"seeding {self.members:,} demo members ...")
            start = time.perf_counter()
            seed_demo(self.config, members=self.members, seed=11, progress=None)
            self.seed_seconds = time.perf_counter() - start
        return self.config
