"""A folder without a shop is refused by every command but setup and the demo (issue 19):
nothing is created there, and a zero-byte or foreign database is never set up over."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from loyalty_pos.app import run_till
from loyalty_pos.config import Config
from loyalty_pos.jobs.backup_offer import DamagedShop
from loyalty_pos.jobs.nearby_shops import nearby_shops
from tests.cli_runs import run_cli
from tests.integration.conftest import Shop
from tests.pin_files import pin_file

CARD = "9400000000000009"

COMMANDS = {
    "member": ["member", CARD],
    "expire": ["expire"],
    "cards key show": ["cards", "key", "show"],
    "cards key export": ["cards", "key", "export", "{tmp}/exported.key"],
    "cards print": ["cards", "print", "--out", "{tmp}/cards.pdf"],
    "backup": ["backup", "{tmp}/copy.sqlite"],
    "points adjust": ["points", "adjust", CARD, "10", "--reason", "test", "--pin-file", "{pin}"],
    "check": ["check"],
    "report day": ["report", "day"],
}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, *argv)


def _argv(command: str, tmp_path: Path) -> list[str]:
    pin = str(pin_file("9999"))
    return [part.format(tmp=tmp_path, pin=pin) for part in COMMANDS[command]]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_mistyped_data_dir_is_refused_and_nothing_is_made_there(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    typo = tmp_path / "shpo"
    code, _, err = _run(capsys, "--data-dir", str(typo), *_argv(command, tmp_path))
    assert code == 2, err
    # "no shop database" where these commands always said so (check, backup, cards print)
    assert ("There is no shop in" in err or "There is no shop database" in err) and str(typo) in err
    assert "Traceback" not in err
    assert not (typo / "loyalty.sqlite").exists()
    assert not (typo / "card-signing.key").exists()
    assert not (tmp_path / "exported.key").exists()


@pytest.mark.parametrize("command", ["member", "cards key export", "expire"])
def test_the_refusal_names_a_shop_next_to_the_typo(
        shop: Shop, capsys: pytest.CaptureFixture[str], command: str) -> None:
    data = shop.app.config.data_dir
    typo = data.with_name(data.name + "x")
    code, _, err = _run(capsys, "--data-dir", str(typo), *_argv(command, data.parent))
    assert code == 2
    assert f"did you mean --data-dir {data}" in err
    assert not typo.exists() or not any(typo.iterdir())


def test_nearby_shops_puts_the_closest_spelling_first(tmp_path: Path) -> None:
    for name in ("archive", "shop", "shop-old"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "loyalty.sqlite").write_bytes(b"SQLite format 3\x00")
    (tmp_path / "empty").mkdir()
    assert nearby_shops(tmp_path / "shpo")[:2] == [tmp_path / "shop", tmp_path / "shop-old"]
    assert tmp_path / "empty" not in nearby_shops(tmp_path / "shpo")


def _zero_byte_shop(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    (data / "loyalty.sqlite").touch()
    return data


@pytest.mark.parametrize("command", ["member", "expire", "cards key show", "backup"])
def test_a_zero_byte_database_is_never_set_up_over(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   command: str) -> None:
    data = _zero_byte_shop(tmp_path)
    code, _, err = _run(capsys, "--data-dir", str(data), *_argv(command, tmp_path))
    assert code == 2
    assert "is empty (0 bytes)" in err and "restore" in err
    assert (data / "loyalty.sqlite").stat().st_size == 0
    assert not (data / "card-signing.key").exists()


def test_check_still_reports_a_zero_byte_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _zero_byte_shop(tmp_path)
    code, _, err = _run(capsys, "--data-dir", str(data), "check")
    assert code != 0 and "Traceback" not in err
    assert (data / "loyalty.sqlite").stat().st_size == 0


def test_the_till_does_not_start_setup_over_a_zero_byte_database(tmp_path: Path) -> None:
    """Before, the start made an empty schema in the file and the setup window replaced it."""
    data = _zero_byte_shop(tmp_path)
    with pytest.raises(DamagedShop, match=r"is empty \(0 bytes\)"):
        run_till(Config.load(data))
    assert (data / "loyalty.sqlite").stat().st_size == 0


def test_the_till_refuses_a_foreign_database_and_leaves_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    with sqlite3.connect(data / "loyalty.sqlite") as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    before = hashlib.sha256((data / "loyalty.sqlite").read_bytes()).hexdigest()
    with pytest.raises(DamagedShop, match="not a loyalty-pos database"):
        run_till(Config.load(data))
    assert hashlib.sha256((data / "loyalty.sqlite").read_bytes()).hexdigest() == before
    assert not (data / "card-signing.key").exists()
