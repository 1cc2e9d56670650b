"""Resident memory of this process, without a dependency: /proc on Linux, psutil elsewhere."""

from __future__ import annotations

from pathlib import Path


def resident_mb() -> float:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import psutil  # macOS/Windows: only there do we need it

    return psutil.Process().memory_info().rss / 2**20
