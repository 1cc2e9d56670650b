"""One till per data directory: a second start is refused and says who holds it;
read-only commands are not; the lock ends with its process, even a killed one."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from loyalty_pos.cli.main import main
from loyalty_pos.data_dir_lock import EXIT_IN_USE, DataDirInUse, hold_data_dir, read_holder
from loyalty_pos.store.revisions import HEAD
from loyalty_pos.store.schema import current_revision, migrate

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and the holder script are POSIX")


def _start_holder(data_dir: Path, what: str = "the till") -> subprocess.Popen[str]:
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from loyalty_pos.data_dir_lock import hold_data_dir
        with hold_data_dir(Path({str(data_dir)!r}), {what!r}):
            print("held", flush=True)
            time.sleep(300)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, cwd=ROOT)
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != "held":
        child.kill()
        raise AssertionError(f"the holder did not start: {child.communicate()[1]}")
    return child


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    data_dir = tmp_path / "shop"
    child = _start_holder(data_dir)
    try:
        yield data_dir, child
    finally:
        child.kill()
        child.wait(timeout=30)


def _refusal(capsys: pytest.CaptureFixture[str], child: subprocess.Popen[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0] == (f"loyalty-pos: the till is already running on this data directory (pid {child.pid} "
                        f"on host {socket.gethostname()}); close it first")
    return lines[0]


def test_demo_is_refused_while_a_till_holds_the_data_dir(holder: tuple[Path, subprocess.Popen[str]],
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, child = holder
    assert main(["demo", "--no-gui", "--members", "5", "--data-dir", str(data_dir)]) == EXIT_IN_USE
    _refusal(capsys, child)
    assert not (data_dir / "loyalty.sqlite").exists()


def test_a_second_till_is_refused_before_any_window(holder: tuple[Path, subprocess.Popen[str]],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, child = holder
    assert main(["--data-dir", str(data_dir)]) == EXIT_IN_USE
    _refusal(capsys, child)


def test_restore_is_refused_while_a_till_holds_the_data_dir(holder: tuple[Path, subprocess.Popen[str]],
                                                            tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, child = holder
    other = tmp_path / "other"
    assert main(["demo", "--no-gui", "--members", "5", "--data-dir", str(other)]) == 0
    capsys.readouterr()
    assert main(["restore", str(other / "loyalty.sqlite"), "--data-dir", str(data_dir)]) == EXIT_IN_USE
    _refusal(capsys, child)


def test_read_only_commands_run_beside_the_till(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "shop"
    assert main(["demo", "--no-gui", "--members", "5", "--data-dir", str(data_dir)]) == 0
    child = _start_holder(data_dir)
    try:
        capsys.readouterr()
        assert main(["check", "--data-dir", str(data_dir)]) == 0
        assert main(["cards", "key", "show", "--data-dir", str(data_dir)]) == 0
        assert "OK" in capsys.readouterr().out
    finally:
        child.kill()
        child.wait(timeout=30)


def test_a_migration_is_refused_under_a_running_till(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "shop"
    data_dir.mkdir()
    migrate(data_dir / "loyalty.sqlite", "0005")  # a store made by the previous release
    child = _start_holder(data_dir)
    try:
        assert main(["cards", "key", "show", "--data-dir", str(data_dir)]) == EXIT_IN_USE
        _refusal(capsys, child)
        assert current_revision(data_dir / "loyalty.sqlite") == "0005"
    finally:
        child.kill()
        child.wait(timeout=30)
    assert main(["cards", "key", "show", "--data-dir", str(data_dir)]) == 0
    assert current_revision(data_dir / "loyalty.sqlite") == HEAD


def test_the_lock_ends_when_its_holder_is_killed(tmp_path: Path) -> None:
    data_dir = tmp_path / "shop"
    child = _start_holder(data_dir, "loyalty-pos restore")
    with pytest.raises(DataDirInUse) as refused:
        with hold_data_dir(data_dir, "the till"):
            pass
    assert refused.value.params == {"holder": "loyalty-pos restore", "pid": child.pid,
                                    "host": socket.gethostname()}
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    with hold_data_dir(data_dir, "the till"):
        holder = read_holder(data_dir)
        assert holder is not None and holder.pid == os.getpid() and holder.what == "the till"


def test_the_lock_is_re_entrant_in_one_process_and_released_at_the_end(tmp_path: Path) -> None:
    data_dir = tmp_path / "shop"
    with hold_data_dir(data_dir, "the till"):
        with hold_data_dir(data_dir, "a database upgrade"):
            pass
        probe = _try_in_another_process(data_dir)
        assert "DataDirInUse" in probe
    assert _try_in_another_process(data_dir) == "took it"


def _try_in_another_process(data_dir: Path) -> str:
    script = textwrap.dedent(f"""
        from pathlib import Path
        from loyalty_pos.data_dir_lock import DataDirInUse, hold_data_dir
        try:
            with hold_data_dir(Path({str(data_dir)!r}), "probe"):
                print("took it")
        except DataDirInUse as error:
            print("DataDirInUse", error.message)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=ROOT)
    return done.stdout.strip()
