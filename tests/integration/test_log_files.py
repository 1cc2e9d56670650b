"""Every command logs to a rotating file in the log folder; a hard crash leaves its
traceback in the crash file beside it."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from loyalty_pos.cli.main import _COMMANDS, main
from loyalty_pos.log_files import BACKUPS, CRASH_NAME, LOG_DIR_ENV, LOG_NAME, current, start_logging
from tests.pin_files import pin_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv(LOG_DIR_ENV, str(folder))
    return folder


def test_a_command_and_its_refusal_are_logged(log_dir: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--data-dir", str(tmp_path / "empty")]) == 2
    text = (log_dir / LOG_NAME).read_text(encoding="utf-8")
    assert "loyalty-pos 0.1.0: check (data dir" in text
    assert "check refused: There is no shop database" in text
    files = current()
    assert files is not None and files.log == log_dir / LOG_NAME
    assert capsys.readouterr().err.count("\n") == 1  # the log adds nothing to the terminal


def test_the_pin_is_never_logged(log_dir: Path, tmp_path: Path) -> None:
    main(["points", "adjust", "9400000000000001", "5", "--reason", "r", "--pin-file", pin_file("4321"),
          "--data-dir", str(tmp_path / "shop")])
    text = (log_dir / LOG_NAME).read_text(encoding="utf-8")
    assert "points adjust" in text and "4321" not in text


def test_a_pin_on_the_command_line_is_refused_saying_what_to_do(
    log_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as refused:
        main(["points", "adjust", "9400000000000001", "5", "--reason", "r", "--pin", "4321",
              "--data-dir", str(tmp_path / "shop")])
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert "never given on the command line" in err and "--pin-file" in err and "4321" not in err
    log = log_dir / LOG_NAME
    assert not log.exists() or "4321" not in log.read_text(encoding="utf-8")


def test_an_unexpected_error_is_logged_with_its_traceback(log_dir: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError("the disk controller caught fire")

    monkeypatch.setitem(_COMMANDS, "check", broken)
    with pytest.raises(RuntimeError):
        main(["check", "--data-dir", str(tmp_path / "shop")])
    text = (log_dir / LOG_NAME).read_text(encoding="utf-8")
    assert "check failed" in text and "Traceback" in text and "the disk controller caught fire" in text


def test_the_log_rotates_at_1_mb_keeping_5_old_files(log_dir: Path) -> None:
    start_logging()
    record = "x" * 1000
    for _ in range(7_000):  # about 7 MB
        logging.getLogger("loyalty_pos.test").info(record)
    names = sorted(path.name for path in log_dir.iterdir() if path.name.startswith(LOG_NAME))
    assert names == [LOG_NAME] + [f"{LOG_NAME}.{n}" for n in range(1, BACKUPS + 1)]
    assert all((log_dir / name).stat().st_size <= 1_000_000 for name in names)


def test_an_unwritable_log_folder_does_not_stop_the_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(LOG_DIR_ENV, str(blocker / "logs"))
    data_dir = tmp_path / "shop"
    assert main(["demo", "--no-gui", "--members", "5", "--data-dir", str(data_dir)]) == 0
    err = capsys.readouterr().err
    assert "loyalty-pos: cannot write the log in" in err and LOG_DIR_ENV in err


def test_a_hard_crash_leaves_its_traceback_in_the_crash_file(tmp_path: Path) -> None:
    log_dir = tmp_path / "logs"
    script = textwrap.dedent(f"""
        import faulthandler
        from loyalty_pos.cli.main import main
        main(["check", "--data-dir", {str(tmp_path / "empty")!r}])
        def crash_inside_the_till():
            faulthandler._sigsegv()
        crash_inside_the_till()
    """)
    env = {**os.environ, LOG_DIR_ENV: str(log_dir)}
    env.pop("PYTHONFAULTHANDLER", None)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env=env, cwd=tmp_path)
    assert done.returncode != 0
    crash = (log_dir / CRASH_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in crash
    assert "crash_inside_the_till" in crash
