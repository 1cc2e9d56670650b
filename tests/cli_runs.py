"""Running ``loyalty-pos`` in-process the way a shell would: the exit code (argparse's
refusals included, which raise SystemExit) and what it printed."""

from __future__ import annotations

import pytest

from loyalty_pos.cli.main import main


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse refusing an argument
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err
