"""What a figure was measured on: the file system under the store, the CPU model and the
load, and whether that file system can give durability figures at all."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from pathlib import Path

MOUNTS = Path("/proc/mounts")
CPUINFO = Path("/proc/cpuinfo")
# File systems in memory: fsync returns at once, so a durable checkout measured there
# reads as fast as one that is not durable at all.
MEMORY_FILESYSTEMS = frozenset({"tmpfs", "ramfs"})


def _unescape(field: str) -> str:
    # /proc/mounts spells space, tab, newline and backslash in octal (fstab(5)).
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


@dataclass(frozen=True, slots=True)
class Mount:
    point: Path
    fstype: str
    options: tuple[str, ...]
    source: str


def mount_of(path: Path, mounts_text: str | None = None) -> Mount | None:
    """The mount holding ``path``: the longest mount point that contains it (the last
    one listed wins when one is mounted over another). None without /proc/mounts."""
    if mounts_text is None:
        if not MOUNTS.exists():
            return None
        mounts_text = MOUNTS.read_text()
    target = Path(os.path.realpath(path))
    best: Mount | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 4:
            continue
        point = Path(_unescape(fields[1]))
        if target != point and point not in target.parents:
            continue
        if best is None or len(point.parts) >= len(best.point.parts):
            best = Mount(point, fields[2], tuple(fields[3].split(",")), _unescape(fields[0]))
    return best


def filesystem_of(path: Path, mounts_text: str | None = None) -> str:
    mount = mount_of(path, mounts_text)
    return mount.fstype if mount is not None else "unknown"


def in_memory(path: Path, mounts_text: str | None = None) -> str | None:
    """Why ``path`` is on a file system in memory ("tmpfs at /tmp"), or None when it is not.
    An overlay counts when its writable layer lies on one (upperdir=...)."""
    mount = mount_of(path, mounts_text)
    if mount is None:
        return None
    if mount.fstype in MEMORY_FILESYSTEMS:
        return f"{mount.fstype} at {mount.point}"
    if mount.fstype == "overlay":
        upper = next((option.split("=", 1)[1] for option in mount.options if option.startswith("upperdir=")), None)
        if upper is not None:
            under = mount_of(Path(upper), mounts_text)
            if under is not None and under.fstype in MEMORY_FILESYSTEMS:
                return f"overlay at {mount.point} whose writable layer is on {under.fstype} at {under.point}"
    return None


def cpu_model(cpuinfo_text: str | None = None) -> str:
    if cpuinfo_text is None and CPUINFO.exists():
        cpuinfo_text = CPUINFO.read_text()
    for line in (cpuinfo_text or "").splitlines():
        key, _, value = line.partition(":")
        # x86 says "model name"; ARM boards say "Model" or only "Hardware".
        if key.strip() in ("model name", "Model", "Hardware", "cpu model") and value.strip():
            return value.strip()
    return platform.processor() or platform.machine() or "unknown"


def load_average() -> tuple[float, float, float] | None:
    try:
        return os.getloadavg()
    except OSError:
        return None
