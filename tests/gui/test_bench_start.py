"""``loyalty-pos --bench-start``: the start figure's end point, and no way in.

It signs in with credentials only ``loyalty-pos bench`` hands it, through the ordinary
sign-in, on the demo shop only; anywhere else it refuses before any till is shown.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from loyalty_pos.cli.main import BENCH_SIGN_IN_ENV, EXIT_USAGE, main
from loyalty_pos.demo.shop import CASHIER_PIN, CASHIER_USER

ROOT = Path(__file__).resolve().parents[2]


def _start(data: Path, tmp_path: Path, sign_in: str | None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != BENCH_SIGN_IN_ENV}
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "LOYALTY_POS_LOG_DIR": str(tmp_path / "logs")})
    if sign_in is not None:
        env[BENCH_SIGN_IN_ENV] = sign_in
    return subprocess.run([sys.executable, "-m", "loyalty_pos", "--data-dir", str(data), "--bench-start"],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("bench-start") / "demo"
    assert main(["--data-dir", str(data), "demo", "--no-gui", "--members", "20"]) == 0
    return data


def test_it_reaches_the_signed_in_sale_screen_and_says_ready(demo_dir: Path, tmp_path: Path) -> None:
    done = _start(demo_dir, tmp_path, f"{CASHIER_USER}:{CASHIER_PIN}")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["ready"]


def test_it_is_refused_without_the_bench_handing_it_credentials(demo_dir: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(BENCH_SIGN_IN_ENV, raising=False)
    with pytest.raises(SystemExit) as refused:
        main(["--data-dir", str(demo_dir), "--bench-start"])
    assert refused.value.code == EXIT_USAGE
    assert "--bench-start is for `loyalty-pos bench` only" in capsys.readouterr().err


def test_the_right_pin_of_a_real_shop_does_not_open_it(tmp_path: Path) -> None:
    data = tmp_path / "shop"
    pin = tmp_path / "pin.txt"
    pin.write_text("2580\n")
    pin.chmod(0o600)
    assert main(["init", "--shop-name", "Fjellkaffe", "--country", "NO", "--timezone", "Europe/Oslo",
                 "--manager", "ingrid", "--pin-file", str(pin), "--data-dir", str(data)]) == 0
    done = _start(data, tmp_path, "ingrid:2580")
    assert done.returncode != 0
    assert "ready" not in done.stdout
    assert "--bench-start signs in only on the demo shop" in done.stderr


def test_a_wrong_pin_is_refused_as_at_the_keyboard(demo_dir: Path, tmp_path: Path) -> None:
    done = _start(demo_dir, tmp_path, f"{CASHIER_USER}:0000")
    assert done.returncode != 0
    assert "ready" not in done.stdout
    assert "sign-in refused" in done.stderr


def test_it_is_refused_with_a_command(demo_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BENCH_SIGN_IN_ENV, f"{CASHIER_USER}:{CASHIER_PIN}")
    with pytest.raises(SystemExit) as refused:
        main(["--data-dir", str(demo_dir), "--bench-start", "check"])
    assert refused.value.code == EXIT_USAGE
