"""Progress of long commands on stderr: a bar on a terminal, plain lines anywhere else.

A bar redrawn with carriage returns is right on a terminal and garbage in a log file,
a CI job's output or a pipe: there, one line per stage start and per tenth done.

A job names its stage with a short key ("members", "card sheet pages"); the line shows the
catalogue's ``cli.stage.<key>`` (blanks as underscores) in the CLI's language, and its counts
as that language writes numbers. tests/unit/test_cli_catalogue.py fails on a stage a job
reports that the catalogue lacks.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from loyalty_pos.cli.say import cli_language
from loyalty_pos.i18n.catalogue import MESSAGES, text
from loyalty_pos.i18n.formatting import format_integer

ProgressCallback = Callable[[str, int, int], None]  # (stage, done, total)
BAR_WIDTH = 30


def progress_printer(stream: TextIO | None = None) -> ProgressCallback:
    stream = sys.stderr if stream is None else stream
    isatty = getattr(stream, "isatty", None)
    return _bar(stream) if isatty is not None and isatty() else _lines(stream)


def stage_code(stage: str) -> str:
    return "cli.stage." + stage.replace(" ", "_")


def _stage_name(stage: str, language: str) -> str:
    # A stage the catalogue lacks (a job newer than its text) still shows, by its key.
    code = stage_code(stage)
    return text(code, language) if code in MESSAGES else stage


def _counts(done: int, total: int) -> tuple[str, str, str]:
    language = cli_language()
    return format_integer(done, language), format_integer(total, language), language


def _bar(stream: TextIO) -> ProgressCallback:
    def show(stage: str, done: int, total: int) -> None:
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        end = "\n" if done >= total else "\r"
        written_done, written_total, _ = _counts(done, total)
        stream.write(f"{_stage_name(stage, cli_language()):<18} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] "
                     f"{written_done:>10}/{written_total}{end}")
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
        written_done, written_total, language = _counts(done, total)
        stream.write(f"{_stage_name(stage, language)}: {written_done}/{written_total} "
                     f"({format_integer(tenth * 10, language)} %)\n")
        stream.flush()

    return show
