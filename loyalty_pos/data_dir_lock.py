"""One till per data directory: a lock file held with an OS lock.

Two tills on one data directory would both be the same terminal: their receipt
numbers and outbox would collide. The lock is the operating system's (``flock`` on
POSIX, ``msvcrt.locking`` on Windows), so it ends with its process however that
process ends (a crash, a power cut, ``kill -9``): a stale file never blocks a start.
The file also records who holds it, so the refusal can say which process to close.

Taken by the till, by ``demo`` and ``restore``, and around a schema migration;
read-only commands (``check``, ``member``) never need it.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from loyalty_pos.domain.errors import LoyaltyError

LOCK_NAME = "loyalty-pos.lock"
EXIT_IN_USE = 3
# Windows locks byte ranges, and a locked byte cannot be read by anyone else: lock one
# far past the holder's record so a refused start can still read who holds it.
_WINDOWS_LOCK_OFFSET = 1 << 30


class DataDirInUse(LoyaltyError):
    code = "data_dir_in_use"
    template = "{holder} is already running on this data directory (pid {pid} on host {host}); close it first"
    exit_code = EXIT_IN_USE


# A lock file names its holder with the English ``what`` hold_data_dir was given (earlier
# releases wrote the same phrases): each known one is a wording of its own, so a translation
# names the holder its way; a phrase this release does not know keeps the class's wording.
HELD_BY = {
    "the till": "the till is already running on this data directory (pid {pid} on host {host}); close it first",
    "loyalty-pos restore": (
        "loyalty-pos restore is already running on this data directory (pid {pid} on host {host}); close it first"),
    "loyalty-pos demo": (
        "loyalty-pos demo is already running on this data directory (pid {pid} on host {host}); close it first"),
    "a database upgrade": (
        "a database upgrade is already running on this data directory (pid {pid} on host {host}); close it first"),
}
# An unreadable lock file (its holder still writing it, or damaged) names nobody.
HELD_BY_UNKNOWN = "another loyalty-pos is already running on this data directory; close it first"


@dataclass(frozen=True, slots=True)
class Holder:
    pid: int | str
    host: str
    what: str


@dataclass
class _Held:
    fd: int
    depth: int


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_NAME


@contextmanager
def hold_data_dir(data_dir: Path, what: str) -> Iterator[None]:
    """Hold the data directory's lock for the ``with`` block, or raise :class:`DataDirInUse`.

    ``what`` names the holder in another process's refusal ("the till", "loyalty-pos
    restore"). Re-entrant within one process: the till opened by ``demo`` and the
    migration it runs hold the lock ``demo`` already took.
    """
    path = lock_path(data_dir).resolve()
    _acquire(path, what)
    try:
        yield
    finally:
        _release(path)


def read_holder(data_dir: Path) -> Holder | None:
    """Who last held the lock (it may have ended since); None if nobody ever did."""
    try:
        text = lock_path(data_dir).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    try:
        record = json.loads(text)
        return Holder(pid=record["pid"], host=record["host"], what=record["what"])
    except (ValueError, KeyError, TypeError):
        return None


def _acquire(path: Path, what: str) -> None:
    with _guard:
        held = _held.get(path)
        if held is not None:
            held.depth += 1
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            # Same code and words as app.DataDirUnusable: to the user it is the same problem.
            raise LoyaltyError(code="data_dir_unusable", template="Cannot use data directory {path}: {reason}.",
                               path=str(path.parent), reason=error.strerror or str(error)) from None
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            holder = read_holder(path.parent)
            if holder is None:
                raise DataDirInUse(template=HELD_BY_UNKNOWN)
            raise DataDirInUse(template=HELD_BY.get(holder.what, DataDirInUse.template), holder=holder.what,
                               pid=holder.pid, host=holder.host)
        record = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "what": what})
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, record.encode("utf-8"))
        _held[path] = _Held(fd=fd, depth=1)


def _release(path: Path) -> None:
    with _guard:
        held = _held[path]
        held.depth -= 1
        if held.depth:
            return
        del _held[path]
        # The record stays: it only says who held the lock last. Closing the file ends the lock.
        _unlock(held.fd)
        os.close(held.fd)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
