"""Commands that write a chosen file never write over the shop's own files (issue 19)."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from tests.cli_runs import run_cli
from tests.integration.conftest import Shop


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, *argv)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def data(shop: Shop) -> Path:
    shop.enrol("Ada Lovelace")  # a card waiting to be printed: the sheet is not empty
    shop.app.checkpoint()
    return shop.app.config.data_dir


def _refused_cleanly(code: int, err: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err and "Not writing" in err or "Cannot write the card sheet" in err, err
    assert len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize("name", ["loyalty.sqlite", "loyalty.sqlite-wal", "card-signing.key"])
def test_cards_print_onto_a_shop_file_is_refused(data: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    target = data / name
    before = _digest(target) if target.exists() else None
    code, _, err = _run(capsys, "--data-dir", str(data), "cards", "print", "--out", str(target))
    _refused_cleanly(code, err)
    assert (_digest(target) if target.exists() else None) == before
    code, out, _ = _run(capsys, "--data-dir", str(data), "check")
    assert code == 0 and "OK" in out


def test_cards_print_through_a_symlink_to_the_database_is_refused(
        data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "cards.pdf"
    link.symlink_to(data / "loyalty.sqlite")
    before = _digest(data / "loyalty.sqlite")
    code, _, err = _run(capsys, "--data-dir", str(data), "cards", "print", "--out", str(link))
    _refused_cleanly(code, err)
    assert _digest(data / "loyalty.sqlite") == before and link.is_symlink()


def test_cards_print_onto_a_fifo_leaves_it_a_fifo(data: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A device node or a pipe is never replaced by a rename (as root, /dev/full was)."""
    fifo = tmp_path / "printer"
    os.mkfifo(fifo)
    code, _, err = _run(capsys, "--data-dir", str(data), "cards", "print", "--out", str(fifo))
    _refused_cleanly(code, err)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_cards_print_elsewhere_still_works(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cards.pdf"
    code, printed, err = _run(capsys, "--data-dir", str(data), "cards", "print", "--out", str(out))
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF") and "1 card(s)" in printed
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("where", ["card-signing.key", "loyalty.sqlite", ".", "backups/loyalty-extra.sqlite",
                                   "backups/../card-signing.key"])
def test_backup_onto_the_shops_files_is_refused(data: Path, capsys: pytest.CaptureFixture[str], where: str) -> None:
    (data / "backups").mkdir(exist_ok=True)
    key, database = _digest(data / "card-signing.key"), _digest(data / "loyalty.sqlite")
    before = sorted(p.name for p in data.rglob("*"))
    code, _, err = _run(capsys, "--data-dir", str(data), "backup", str(data / where))
    _refused_cleanly(code, err)
    assert _digest(data / "card-signing.key") == key and _digest(data / "loyalty.sqlite") == database
    assert sorted(p.name for p in data.rglob("*")) == before


def test_backup_into_the_shops_backups_folder_adds_a_dated_file_and_keeps_the_others(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The folder itself, as Settings' "Back up now" does: a new name, never one it holds."""
    (data / "backups").mkdir(exist_ok=True)
    (data / "backups" / "loyalty-daily-2026-12-01.sqlite").write_bytes(b"kept")
    before = {p.name: _digest(p) for p in (data / "backups").iterdir()}
    code, out, err = _run(capsys, "--data-dir", str(data), "backup", str(data / "backups"))
    assert code == 0, err
    after = {p.name: p for p in (data / "backups").iterdir()}
    assert {name: _digest(after[name]) for name in before} == before
    added = sorted(set(after) - set(before))
    assert added and added[0].startswith("loyalty-") and added[0] in out


def test_backup_through_a_hard_link_to_the_key_is_refused(data: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """The key copy goes to DEST.key: here a hard link to the shop's own key."""
    os.link(data / "card-signing.key", tmp_path / "copy.sqlite.key")
    key = _digest(data / "card-signing.key")
    code, _, err = _run(capsys, "--data-dir", str(data), "backup", str(tmp_path / "copy.sqlite"))
    _refused_cleanly(code, err)
    assert _digest(data / "card-signing.key") == key and not (tmp_path / "copy.sqlite").exists()


def test_backup_elsewhere_writes_the_copy_and_its_private_key(data: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--data-dir", str(data), "backup", str(tmp_path / "copy.sqlite"))
    assert code == 0, err
    key_copy = tmp_path / "copy.sqlite.key"
    assert key_copy.read_bytes() == (data / "card-signing.key").read_bytes()
    assert stat.S_IMODE(key_copy.stat().st_mode) == 0o600


def test_key_export_into_the_data_folder_is_refused(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A -journal beside a WAL database would be read as a hot journal and "roll back" into it."""
    code, _, err = _run(capsys, "--data-dir", str(data), "cards", "key", "export",
                        str(data / "loyalty.sqlite-journal"))
    _refused_cleanly(code, err)
    assert not (data / "loyalty.sqlite-journal").exists()
