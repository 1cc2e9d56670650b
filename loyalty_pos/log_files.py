"""The log file and the crash file, in the platform's log folder.

A till started from a desktop shortcut has no terminal: an error it does not write to
a file is lost. Every command logs to a rotating file (5 x 1 MB, so a till running for
years never fills the disk), and a hard crash (a segfault in Qt, a deadlock killed
with SIGABRT) leaves Python's tracebacks in a separate crash file beside it, written
by faulthandler when nothing else can run.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

from platformdirs import user_log_dir

from loyalty_pos.config import APP_NAME

LOG_DIR_ENV = "LOYALTY_POS_LOG_DIR"
LOG_NAME = "loyalty-pos.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"


@dataclass(frozen=True, slots=True)
class LogFiles:
    folder: Path
    log: Path
    crash: Path


_active: tuple[LogFiles, RotatingFileHandler] | None = None
_crash_stream: list[TextIO] = []  # faulthandler writes to the file object; keep it open


def log_folder() -> Path:
    """``LOYALTY_POS_LOG_DIR`` if set, else the platform's (``~/.local/state/loyalty-pos/log`` on Linux)."""
    chosen = os.environ.get(LOG_DIR_ENV) or user_log_dir(APP_NAME, appauthor=False)
    return Path(chosen).expanduser().resolve()


def current() -> LogFiles | None:
    """The files this process logs to, once :func:`start_logging` has run."""
    return _active[0] if _active is not None else None


def start_logging() -> LogFiles | None:
    """Log to the rotating file and send crash tracebacks to the crash file.

    Calling it again is harmless (the CLI's main may run several times in one test
    process); a changed ``LOYALTY_POS_LOG_DIR`` moves the log. A folder that cannot be
    written is said once on stderr and the command goes on without a log: a read-only
    home must not stop a sale.
    """
    global _active
    folder = log_folder()
    files = LogFiles(folder=folder, log=folder / LOG_NAME, crash=folder / CRASH_NAME)
    if _active is not None and _active[0] == files:
        return files
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(files.log, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as error:
        print(f"loyalty-pos: cannot write the log in {folder} ({error.strerror or error}); "
              f"set {LOG_DIR_ENV} to a writable folder", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    if _active is not None:
        root.removeHandler(_active[1])
        _active[1].close()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    _active = (files, handler)
    _send_crashes_to(files.crash)
    return files


def _send_crashes_to(path: Path) -> None:
    # Someone already asked for crash tracebacks elsewhere (python -X faulthandler,
    # pytest's own handler): leave them where they were asked for.
    if faulthandler.is_enabled() and not _crash_stream:
        return
    try:
        stream = open(path, "a", encoding="utf-8")  # noqa: SIM115 - must outlive this call
    except OSError:
        return
    faulthandler.enable(file=stream, all_threads=True)
    for old in _crash_stream:
        old.close()
    _crash_stream[:] = [stream]
