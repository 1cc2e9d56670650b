"""The command line refuses bad input with one clear line and a non-zero exit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from loyalty_pos.cli.main import main
from loyalty_pos.domain.members import luhn_check_digit
from tests.cli_runs import run_cli
from tests.integration.conftest import Shop
from tests.pin_files import pin_file


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, *argv)


def _one_clear_line(err: str, *words: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0], lines[0]


def _card(shop: Shop, name: str = "Ada Lovelace") -> str:
    member = shop.enrol(name)
    assert member.active_card is not None
    return member.active_card.number


def test_member_lookup_prints_the_balance(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    number = _card(shop)
    code, out, _ = _run(capsys, "--data-dir", str(shop.app.config.data_dir), "member", number)
    assert code == 0
    assert "Ada Lovelace" in out and "25 points" in out


def test_unknown_card(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    body = "940000000000000"
    code, _, err = _run(capsys, "--data-dir", str(shop.app.config.data_dir), "member", body + luhn_check_digit(body))
    assert code == 2
    _one_clear_line(err, "no member has this card")


def test_bad_check_digit(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    number = _card(shop)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    code, _, err = _run(capsys, "--data-dir", str(shop.app.config.data_dir), "member", wrong)
    assert code == 2
    _one_clear_line(err, "check digit")


@pytest.mark.parametrize("amount", ["0", "-0", "zero"])
def test_amount_zero_or_not_a_number_is_refused(shop: Shop, capsys: pytest.CaptureFixture[str], amount: str) -> None:
    number = _card(shop)
    code, _, err = _run(capsys, "--data-dir", str(shop.app.config.data_dir), "points", "adjust", number, amount,
                        "--reason", "test", "--pin-file", pin_file("9999"))
    assert code == 2
    _one_clear_line(err)


@pytest.mark.parametrize("amount", [str(2**63 - 1), str(2**63), str(-(2**63)), "10000001"])
def test_an_absurd_adjustment_is_refused_in_one_line(shop: Shop, capsys: pytest.CaptureFixture[str],
                                                      amount: str) -> None:
    number = _card(shop)
    code, _, err = _run(capsys, "--data-dir", str(shop.app.config.data_dir), "points", "adjust", number, amount,
                        "--reason", "typo", "--pin-file", pin_file("9999"))
    assert code == 2
    _one_clear_line(err, "10,000,000")


def test_transfer_amount_must_be_positive(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    giver, receiver = _card(shop, "Per Hansen"), _card(shop, "Kari Hansen")
    code, _, err = _run(capsys, "--data-dir", str(shop.app.config.data_dir), "points", "transfer", giver, receiver,
                        "-1000", "--pin-file", pin_file("9999"))
    assert code == 2
    _one_clear_line(err, "1,000")


def test_removing_more_than_the_balance_is_refused(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    number = _card(shop)  # 25 welcome points
    code, _, err = _run(capsys, "--data-dir", str(shop.app.config.data_dir), "points", "adjust", number, "-500",
                        "--reason", "mistake", "--pin-file", pin_file("9999"))
    assert code == 2
    _one_clear_line(err, "500", "25")
    code, out, _ = _run(capsys, "--data-dir", str(shop.app.config.data_dir), "points", "adjust", number, "-5",
                        "--reason", "mistake", "--pin-file", pin_file("9999"))
    assert code == 0 and "balance 20" in out


def test_wrong_manager_pin(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    number = _card(shop)
    code, _, err = _run(capsys, "--data-dir", str(shop.app.config.data_dir), "points", "adjust", number, "5",
                        "--reason", "x", "--pin-file", pin_file("0000"))
    assert code == 2
    _one_clear_line(err, "PIN")


def test_data_dir_that_is_not_writable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    code, _, err = _run(capsys, "--data-dir", str(blocker / "data"), "demo", "--no-gui", "--members", "1")
    assert code == 2
    _one_clear_line(err, "Cannot use data directory")


def test_a_file_that_is_not_our_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    with sqlite3.connect(data / "loyalty.sqlite") as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    code, _, err = _run(capsys, "--data-dir", str(data), "check")
    assert code == 2
    _one_clear_line(err)


def test_a_corrupt_database_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "loyalty.sqlite").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    code, _, err = _run(capsys, "--data-dir", str(data), "check")
    assert code != 0
    assert "Traceback" not in err


def test_check_backup_and_restore(shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _card(shop)
    data = str(shop.app.config.data_dir)
    code, out, _ = _run(capsys, "--data-dir", data, "check")
    assert code == 0 and "OK" in out
    backup = tmp_path / "backup.sqlite"
    code, out, _ = _run(capsys, "--data-dir", data, "backup", str(backup))
    assert code == 0 and backup.is_file() and (tmp_path / "backup.sqlite.key").is_file()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 100)
    code, _, err = _run(capsys, "--data-dir", data, "restore", str(bad))
    assert code == 2
    _one_clear_line(err, "not a loyalty-pos database")
    code, out, _ = _run(capsys, "--data-dir", data, "restore", str(backup))
    assert code == 0 and "restored" in out


def test_backup_and_restore_report_in_the_computers_language(shop: Shop, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    data = str(shop.app.config.data_dir)
    backup = tmp_path / "backup.sqlite"
    code, out, _ = _run(capsys, "--data-dir", data, "backup", str(backup))
    assert code == 0 and out.strip() == f"sikkerhetskopi skrevet til {backup}"
    code, out, _ = _run(capsys, "--data-dir", data, "restore", str(backup))
    assert code == 0 and out.startswith(f"gjenopprettet fra {backup}; den forrige databasen ble beholdt som ")


def test_bad_arguments_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["demo", "--members", "many"])
    assert exit_.value.code == 2
    _one_clear_line(capsys.readouterr().err, "many")
