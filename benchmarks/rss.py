"""Memory of this process, without a dependency: /proc on Linux, psutil elsewhere."""

from __future__ import annotations

import sys
from pathlib import Path

_STATUS = Path("/proc/self/status")


def _status_mb(field: str) -> float | None:
    if not _STATUS.exists():
        return None
    for line in _STATUS.read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return None


def resident_mb() -> float:
    now = _status_mb("VmRSS")
    if now is not None:
        return now
    import psutil  # macOS/Windows: only there do we need it

    return psutil.Process().memory_info().rss / 2**20


def peak_mb() -> float:
    """The high-water mark of resident memory since the process started: what the
    machine had to have free at the worst moment, not what is resident now."""
    peak = _status_mb("VmHWM")
    if peak is not None:
        return peak
    import resource  # not on Windows, where psutil's peak would be read instead

    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / 2**20 if sys.platform == "darwin" else maxrss / 1024  # bytes on macOS, KiB elsewhere
