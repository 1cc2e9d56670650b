"""``loyalty-pos --smoke-test``: the real start, closed by itself once its first screen is up.

An installed bundle is checked with it on a machine no one sits at (tests/integration/
test_bundle.py); here the same command runs from the checkout, as a subprocess.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from tests.gui.keyboard import ARTIFACTS

ROOT = Path(__file__).resolve().parents[2]


def _run(*argv: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "LOYALTY_POS_LOG_DIR": str(tmp_path / "logs")}
    return subprocess.run([sys.executable, "-m", "loyalty_pos", *argv], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, env=env, timeout=180)


def _init(data: Path, tmp_path: Path) -> None:
    pin = tmp_path / "pin.txt"
    pin.write_text("2580\n")
    pin.chmod(0o600)
    done = _run("init", "--shop-name", "Fjellkaffe", "--country", "NO", "--timezone", "Europe/Oslo",
                "--manager", "ingrid", "--pin-file", str(pin), "--data-dir", str(data), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr


def test_a_smoke_test_on_a_shop_opens_the_sign_in_screen_and_exits_by_itself(tmp_path: Path) -> None:
    data = tmp_path / "shop"
    _init(data, tmp_path)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    picture = ARTIFACTS / "smoke_start_sign_in.png"
    picture.unlink(missing_ok=True)
    done = _run("--data-dir", str(data), "--smoke-test", "--smoke-screenshot", str(picture), tmp_path=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "smoke test passed: the till opened on its sign-in screen and closed"
    assert "Traceback" not in done.stderr
    with Image.open(picture) as image:
        assert image.width >= 600 and image.height >= 500  # the offscreen screen is 800x800
        assert len(image.convert("L").getcolors(maxcolors=256) or range(257)) > 10  # drawn, not one flat colour


def test_a_smoke_test_on_an_empty_folder_reaches_the_first_run_setup_and_stores_nothing(tmp_path: Path) -> None:
    data = tmp_path / "empty"
    picture = tmp_path / "setup.png"
    done = _run("--smoke-test", "--smoke-screenshot", str(picture), "--data-dir", str(data), tmp_path=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "first-run setup" in done.stdout
    assert picture.stat().st_size > 0
    assert not (data / "loyalty.sqlite").exists()
    assert not (data / "card-signing.key").exists()


def test_a_smoke_screenshot_that_cannot_be_written_fails_the_smoke_test(tmp_path: Path) -> None:
    data = tmp_path / "shop"
    _init(data, tmp_path)
    done = _run("--smoke-test", "--smoke-screenshot", str(tmp_path / "no" / "such" / "dir.png"),
                "--data-dir", str(data), tmp_path=tmp_path)
    assert done.returncode == 1
    assert "smoke test failed" in done.stderr and "could not be written" in done.stderr


def test_smoke_test_with_a_command_or_a_screenshot_alone_is_refused(tmp_path: Path) -> None:
    with_command = _run("--smoke-test", "check", "--data-dir", str(tmp_path / "d"), tmp_path=tmp_path)
    assert with_command.returncode == 2 and "give it no command" in with_command.stderr
    alone = _run("--smoke-screenshot", str(tmp_path / "x.png"), "--data-dir", str(tmp_path / "d"), tmp_path=tmp_path)
    assert alone.returncode == 2 and "goes with --smoke-test" in alone.stderr


# The start that hung under Wine: the first screen comes up and is never closed.
_NEVER_CLOSES = """
import sys
from loyalty_pos.gui.launch import SmokeStart
SmokeStart.setup_shown = lambda self, window: None
from loyalty_pos.cli.main import main
raise SystemExit(main(sys.argv[1:]))
"""


def test_a_smoke_start_whose_window_never_closes_fails_at_its_deadline_saying_where_it_waited(
        tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "LOYALTY_POS_LOG_DIR": str(tmp_path / "logs")}
    done = subprocess.run([sys.executable, "-c", _NEVER_CLOSES, "--smoke-test", "--smoke-timeout", "2",
                           "--data-dir", str(tmp_path / "empty")], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, env=env, timeout=90)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "smoke test failed" in done.stderr and "within 2 s" in done.stderr
    assert "in run_setup" in done.stderr  # the stack names the loop it waited in
    assert "in run_setup" in (tmp_path / "logs" / "loyalty-pos.log").read_text(encoding="utf-8")
    assert done.stdout == ""
