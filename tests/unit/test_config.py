"""Config.load decides where the data lives: a flag, the environment, the machine-wide folder;
the demo in the user's own folder. Run with a temporary HOME and machine folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from loyalty_pos import config as config_module
from loyalty_pos.config import DATA_DIR_ENV, Config, SharedDataDirUnusable


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private home and a machine-wide folder that does not exist yet."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    shared = tmp_path / "var" / "lib" / "loyalty-pos"
    monkeypatch.setattr(config_module, "UNIX_SHOP_DIR", shared)
    return shared


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="platformdirs' site folder is used there")
def test_a_shop_lives_in_the_machine_wide_folder(machine: Path) -> None:
    config = Config.load()
    assert config.data_dir == machine.resolve() and config.source == "machine"
    assert machine.is_dir()  # created on first use


def test_the_machine_wide_folder_elsewhere() -> None:
    if sys.platform == "win32":
        assert config_module.machine_data_dir().parts[-2:] == ("ProgramData", "loyalty-pos")
    elif sys.platform == "darwin":
        assert str(config_module.machine_data_dir()) == "/Library/Application Support/loyalty-pos"
    else:
        assert config_module.machine_data_dir() == Path("/var/lib/loyalty-pos")


def test_the_environment_then_a_flag_win(machine: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert Config.load().data_dir == (tmp_path / "from-env").resolve()
    assert Config.load().source == "env"
    flagged = Config.load(tmp_path / "from-flag")
    assert flagged.data_dir == (tmp_path / "from-flag").resolve() and flagged.source == "given"
    assert not machine.exists()  # never touched when not used


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG layout of the user data folder")
def test_the_demo_keeps_to_the_users_own_folder(machine: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "the-shop"))  # the shop's: never the demo's
    demo = Config.load(demo=True)
    assert demo.data_dir == (tmp_path / "home" / ".local" / "share" / "loyalty-pos" / "demo").resolve()
    assert demo.source == "demo"
    assert Config.load(tmp_path / "chosen", demo=True).data_dir == (tmp_path / "chosen").resolve()
    assert not machine.exists()


def test_an_unusable_machine_wide_folder_says_how_to_fix_it(machine: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # A file where the folder's parent should be: creating it fails even for root.
    blocker = tmp_path / "blocked"
    blocker.write_text("not a folder")
    monkeypatch.setattr(config_module, "machine_data_dir", lambda: blocker / "loyalty-pos")
    with pytest.raises(SharedDataDirUnusable) as refused:
        Config.load()
    message = refused.value.message
    assert str(blocker / "loyalty-pos") in message
    assert "every account on this computer" in message
    assert "--data-dir" in message and DATA_DIR_ENV in message and "loyalty-pos demo" in message
    if sys.platform not in ("win32", "darwin"):
        assert "sudo install -d -o " in message and "/loyalty-pos" in message
