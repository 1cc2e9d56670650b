"""A measured figure with its target, and the percentiles figures are made of."""

from __future__ import annotations

import operator
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

_COMPARE = {"<=": operator.le, ">=": operator.ge}


@dataclass(frozen=True, slots=True)
class Figure:
    name: str
    value: float
    unit: str
    target: str  # "<= 2" or ">= 5000", in ``unit``
    passed: bool

    @classmethod
    def measured(cls, name: str, value: float, unit: str, target: str) -> Figure:
        op, limit = target.split()
        return cls(name, round(value, 3), unit, target, _COMPARE[op](value, float(limit)))

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def line(self) -> str:
        verdict = "PASS" if self.passed else "FAIL"
        return f"{self.name:<36} {self.value:>12,.3f} {self.unit:<10} target {self.target:<10} {verdict}"


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
