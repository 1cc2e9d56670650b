"""The demo keeps to its own folder, marks its store as a demo, and never seeds a real shop."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from loyalty_pos.cli.main import main
from loyalty_pos.config import DATA_DIR_ENV, Config
from loyalty_pos.demo import shop as demo_shop
from loyalty_pos.demo.seed import seed_demo
from loyalty_pos.jobs.shop_setup import create_shop
from loyalty_pos.services.shop.profile import DEMO
from tests.integration.support_shop_setup import new_shop


def _demo_setting(data: Path) -> list[tuple[str]]:
    with sqlite3.connect(data / "loyalty.sqlite") as connection:
        return connection.execute("SELECT value FROM settings WHERE key = ?", (DEMO,)).fetchall()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG layout of the user data folder")
def test_the_demo_seeds_its_own_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "the-shop"))  # where the shop lives: not the demo's
    assert main(["demo", "--no-gui", "--members", "0"]) == 0
    demo_dir = tmp_path / "home" / ".local" / "share" / "loyalty-pos" / "demo"
    assert (demo_dir / "loyalty.sqlite").is_file()
    assert not (tmp_path / "the-shop").exists()
    assert str(demo_dir) in capsys.readouterr().out
    assert _demo_setting(demo_dir) == [(demo_shop.SIGN_IN,)]
    assert "cashier / PIN 1111" in demo_shop.SIGN_IN and "manager / PIN 9999" in demo_shop.SIGN_IN


def test_the_demo_refuses_a_real_shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "shop"
    create_shop(Config.load(data), new_shop())
    assert main(["--data-dir", str(data), "demo", "--no-gui", "--members", "0"]) == 2
    err = capsys.readouterr().err
    assert "Kopi Kita" in err and "not the demo" in err
    assert _demo_setting(data) == []


def test_a_demo_from_the_previous_release_is_marked(tmp_path: Path) -> None:
    config = Config.load(tmp_path / "old-demo")
    seed_demo(config, members=0)
    with sqlite3.connect(config.db_path) as connection:
        connection.execute("DELETE FROM settings WHERE key = ?", (DEMO,))  # as the previous release left it
    summary = seed_demo(config, members=0)
    assert summary.already_seeded
    assert _demo_setting(config.data_dir) == [(demo_shop.SIGN_IN,)]

