"""A damaged, empty or foreign database at start (issue 19): a clear message naming the
newest backup that passes check and how to restore it; the till offers to restore it."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from loyalty_pos.app import run_till
from loyalty_pos.config import Config
from loyalty_pos.jobs.backup_offer import DamagedShop, latest_good_backup
from loyalty_pos.jobs.backups import back_up_into
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.cli.main import main
from tests.integration.conftest import Shop


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _members(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT count(*) FROM members").fetchone()[0]


def _backed_up_then_damaged(shop: Shop, damage: bytes) -> tuple[Config, Path, str]:
    member = shop.enrol("Ada Lovelace")
    assert member.active_card is not None
    config = shop.app.config
    backup = back_up_into(config.db_path, config.key_path, config.backup_dir)
    shop.app.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{config.db_path}{suffix}").unlink(missing_ok=True)
    config.db_path.write_bytes(damage)
    return config, backup, member.active_card.number


DAMAGES = {
    "corrupt": b"SQLite format 3\x00" + b"\xff" * 4096,
    "empty": b"",
    "foreign": b"these are my recipes, not a shop" * 100,
}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_the_command_names_the_backup_and_the_restore_command_works(
        shop: Shop, capsys: pytest.CaptureFixture[str], damage: str) -> None:
    config, backup, card = _backed_up_then_damaged(shop, DAMAGES[damage])
    code, _, err = _run(capsys, "--data-dir", str(config.data_dir), "member", card)
    assert code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    command = f"loyalty-pos --data-dir {config.data_dir} restore {backup}"
    assert command in err
    assert config.db_path.read_bytes() == DAMAGES[damage]  # nothing was replaced or "upgraded"
    code, out, err = _run(capsys, *command.split()[1:])
    assert code == 0, err
    code, out, _ = _run(capsys, "--data-dir", str(config.data_dir), "member", card)
    assert code == 0 and "Ada Lovelace" in out
    kept = [path for path in config.backup_dir.iterdir() if path.name.startswith("before-restore-")]
    assert [path.read_bytes() for path in kept if not path.name.endswith(("-wal", "-shm"))] == [DAMAGES[damage]]


def test_without_a_good_backup_the_message_says_so(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    config, backup, card = _backed_up_then_damaged(shop, DAMAGES["corrupt"])
    backup.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # the only backup is damaged too
    code, _, err = _run(capsys, "--data-dir", str(config.data_dir), "expire")
    assert code == 2 and "damaged" in err and "No backup that passes check was found" in err


def test_the_newest_backup_that_passes_check_is_offered(shop: Shop) -> None:
    config = shop.app.config
    good = back_up_into(config.db_path, config.key_path, config.backup_dir)
    newer = config.backup_dir / "loyalty-newer.sqlite"
    newer.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
    later = time.time() + 60
    os.utime(newer, (later, later))
    assert latest_good_backup(config.backup_dir) == good
    assert newer.read_bytes().startswith(b"SQLite format 3\x00\xff")  # checked on a copy, left as it was


def test_the_till_restores_the_offered_backup_when_asked(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    config, backup, _card = _backed_up_then_damaged(shop, DAMAGES["corrupt"])
    offered: list[DamagedShop] = []
    monkeypatch.setattr("loyalty_pos.gui.launch.launch", lambda *_args, **_kwargs: 0)  # no window here
    assert run_till(config, offer_restore=lambda damaged: offered.append(damaged) or True) == 0
    assert offered[0].backup == backup and "damaged" in offered[0].problem
    assert check_file(config.db_path).ok and _members(config.db_path) >= 1


def test_the_till_leaves_the_file_when_the_restore_is_declined(shop: Shop) -> None:
    config, _backup, _card = _backed_up_then_damaged(shop, DAMAGES["corrupt"])
    with pytest.raises(DamagedShop):
        run_till(config, offer_restore=lambda _damaged: False)
    assert config.db_path.read_bytes() == DAMAGES["corrupt"]
