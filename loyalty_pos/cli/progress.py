"""Progress of long commands on stderr: a bar on a terminal, plain lines anywhere else.

A bar redrawn with carriage returns is right on a terminal and garbage in a log file,
a CI job's output or a pipe: there, one line per stage start and per tenth done.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

ProgressCallback = Callable[[str, int, int], None]  # (stage, done, total)
BAR_WIDTH = 30


def progress_printer(stream: TextIO | None = None) -> ProgressCallback:
    stream = sys.stderr if stream is None else stream
    isatty = getattr(stream, "isatty", None)
    return _bar(stream) if isatty is not None and isatty() else _lines(stream)


def _bar(stream: TextIO) -> ProgressCallback:
    def show(stage: str, done: int, total: int) -> None:
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        end = "\n" if done >= total else "\r"
        stream.write(f"{stage:<18} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done:>10,}/{total:,}{end}")
        stream.flush()

    return show


def _lines(stream: TextIO) -> ProgressCallback:
    reported: dict[str, int] = {}  # stage -> the last tenth written

    def show(stage: str, done: int, total: int) -> None:
        # Tenths round down: "100 %" only once the stage is really done.
        tenth = 10 if total <= 0 or done >= total else done * 10 // total
        last = reported.get(stage)
        if last is not None and last < 10 and tenth <= last:
            return
        if last == 10 and tenth == 10:
            return
        reported[stage] = tenth
        stream.write(f"{stage}: {done:,}/{total:,} ({tenth * 10} %)\n")
        stream.flush()

    return show
