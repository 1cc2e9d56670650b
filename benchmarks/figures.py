"""A measured figure with its target, what it was measured on, and the percentiles
figures are made of."""

from __future__ import annotations

import operator
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace

_COMPARE = {"<=": operator.le, ">=": operator.ge}
# The targets (DESIGN.md section 7) are set for a shop of this size: a smaller store
# answers faster for being small, so its figure cannot say the target is met.
TARGET_MEMBERS = 1_000_000


def _load_average() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:  # not on every platform
        return None


@dataclass(frozen=True, slots=True)
class Figure:
    name: str
    value: float
    unit: str
    target: str  # "<= 2" or ">= 5000", in ``unit``
    # None: not judged, because the store it was measured on is smaller than the targets'.
    passed: bool | None
    # What the figure was measured on. ``members`` None: no store (the engine alone).
    members: int | None = None
    samples: int | None = None
    cache: str | None = None  # "warm", "cold" (whole OS cache dropped) or "dbevicted"
    cache_method: str | None = None  # how the cache was made cold, for "cold" and "dbevicted"
    load_avg: float | None = None  # 1-minute load average when the figure was taken
    filesystem: str | None = None  # of the store's (or scratch) directory
    cpu: str | None = None

    @classmethod
    def measured(cls, name: str, value: float, unit: str, target: str, *, members: int | None = None,
                 samples: int | None = None, cache: str | None = None,
                 cache_method: str | None = None) -> Figure:
        op, limit = target.split()
        figure = cls(name, round(value, 3), unit, target, _COMPARE[op](value, float(limit)),
                     samples=samples, cache=cache, cache_method=cache_method, load_avg=_load_average())
        return figure.on_store(members) if members is not None else figure

    def on_store(self, members: int) -> Figure:
        """This figure as measured on a store of ``members``: below the targets' size it
        is not judged."""
        judged = self.passed if members >= TARGET_MEMBERS else None
        return replace(self, members=members, passed=judged)

    def with_context(self, *, members: int | None, filesystem: str | None, cpu: str | None) -> Figure:
        """What the runner knows of every figure; a figure's own member count is kept."""
        figure = replace(self, filesystem=self.filesystem or filesystem, cpu=self.cpu or cpu)
        if figure.members is None and members is not None:
            figure = figure.on_store(members)
        return figure

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def verdict(self) -> str:
        if self.passed is None:
            if self.members is None:
                return "n/a"
            return f"n/a ({self.members:,} member{'' if self.members == 1 else 's'})"
        return "PASS" if self.passed else "FAIL"

    def line(self) -> str:
        return f"{self.name:<36} {self.value:>12,.3f} {self.unit:<10} target {self.target:<10} {self.verdict()}"


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile: the value at or below which ``pct`` % of samples fall."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    rank = max(1, -(-len(ordered) * pct // 100))  # ceiling without floats drifting
    return ordered[int(rank) - 1]


def time_ms(call: Callable[[], object], repeats: int, warmup: int = 5) -> list[float]:
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples
