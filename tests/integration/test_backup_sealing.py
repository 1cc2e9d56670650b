"""Backups that leave the machine are sealed with a passphrase; restore opens them."""

from __future__ import annotations

import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from loyalty_pos.jobs.backup_crypto import CHUNK, BackupSealFailed, is_sealed, open_sealed, seal_file
from loyalty_pos.jobs.backups import PassphraseNeeded, RestoreRefused, back_up, off_machine, restore
from loyalty_pos.jobs.daily import run_daily_jobs
from loyalty_pos.jobs.daily_backup import BackupPlace
from loyalty_pos.services.shop.settings import change_settings
from loyalty_pos.services.shop.shop import BACKUP_DIR, BACKUP_OFF_SITE
from tests.integration.conftest import Shop
from tests.pin_files import pin_file
from tests.integration.test_card_key_guard import _run

PASSPHRASE = "correct horse battery staple"


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 17])
def test_sealing_round_trips_any_size(tmp_path: Path, size: int) -> None:
    plain = tmp_path / "plain"
    plain.write_bytes(os.urandom(size))
    seal_file(plain, tmp_path / "sealed", PASSPHRASE)
    assert is_sealed(tmp_path / "sealed")
    open_sealed(tmp_path / "sealed", tmp_path / "opened", PASSPHRASE)
    assert (tmp_path / "opened").read_bytes() == plain.read_bytes()


def test_a_wrong_passphrase_a_cut_off_or_altered_file_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.write_bytes(os.urandom(2 * CHUNK + 5))
    seal_file(plain, tmp_path / "sealed", PASSPHRASE)
    sealed = (tmp_path / "sealed").read_bytes()
    with pytest.raises(BackupSealFailed, match="wrong passphrase"):
        open_sealed(tmp_path / "sealed", tmp_path / "opened", "Correct horse battery staple")
    assert not (tmp_path / "opened").exists()
    variants = {
        "cut at a chunk": sealed[:len(sealed) - (5 + 16 + 5)],
        "last byte flipped": sealed[:-1] + bytes([sealed[-1] ^ 1]),
        "extra data": sealed + b"x",
        "header only": sealed[:40],
    }
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(BackupSealFailed):
            open_sealed(tmp_path / name, tmp_path / "opened", PASSPHRASE)
        assert not (tmp_path / "opened").exists(), name


def test_an_off_site_backup_is_sealed_and_restores(shop: Shop, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    member = shop.enrol("Kari Nordmann")
    config = shop.app.config
    dest = tmp_path / "usb" / "shop.sqlite"
    with pytest.raises(PassphraseNeeded):
        back_up(config.db_path, config.key_path, dest, off_site=True)
    assert not dest.exists()  # never a plain copy instead
    code, out, err = _run(capsys, config.data_dir, "backup", str(dest), "--off-site",
                          "--passphrase-file", pin_file(PASSPHRASE))
    assert code == 0, err
    key_copy = dest.with_name(dest.name + ".key")
    assert is_sealed(dest) and is_sealed(key_copy)
    assert b"Kari" not in dest.read_bytes() and config.key_path.read_bytes() not in key_copy.read_bytes()
    assert not list(config.data_dir.glob(".backup-*"))  # the plain copy made on the way is gone

    with closing(sqlite3.connect(config.db_path)) as db:
        db.execute("DELETE FROM members WHERE id = ?", (member.id,))  # a mistake to undo
        db.commit()
    shop.app.close()
    code, _, err = _run(capsys, config.data_dir, "restore", str(dest), "--passphrase-file", pin_file("wrong"))
    assert code == 2 and "wrong passphrase" in err
    code, out, err = _run(capsys, config.data_dir, "restore", str(dest), "--passphrase-file", pin_file(PASSPHRASE))
    assert code == 0, err
    with closing(sqlite3.connect(config.db_path)) as db:
        assert db.execute("SELECT count(*) FROM members WHERE id = ?", (member.id,)).fetchone() == (1,)
    assert not list(config.backup_dir.glob(".restore-*"))


def test_the_daily_backup_into_an_off_site_folder_is_sealed_or_not_made(
        shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = shop.app.config
    folder = tmp_path / "share"
    change_settings(shop.uow(), {BACKUP_DIR: str(folder), BACKUP_OFF_SITE: "yes"}, actor=shop.manager,
                    clock=shop.clock)
    place = BackupPlace(config.db_path, config.key_path, config.backup_dir)
    monkeypatch.delenv("LOYALTY_POS_BACKUP_PASSPHRASE", raising=False)
    with pytest.raises(PassphraseNeeded, match="backup-passphrase"):
        run_daily_jobs(shop.app.uow, terminal_id="01", clock=shop.clock, backups=place)
    assert not list(folder.glob("*.sqlite"))
    secret = config.data_dir / "backup-passphrase"
    secret.write_text(PASSPHRASE + "\n")
    secret.chmod(0o600)
    run = run_daily_jobs(shop.app.uow, terminal_id="01", clock=shop.clock, backups=place)
    assert run.backup is not None and run.backup.made is not None and is_sealed(run.backup.made)
    assert run.drill is not None and run.drill.ok, run.drill  # the week's drill opened it with the same passphrase


@pytest.mark.skipif(sys.platform != "linux", reason="/proc is Linux's")
def test_a_folder_on_another_file_system_is_off_the_machine(tmp_path: Path) -> None:
    assert not off_machine(tmp_path / "not" / "made" / "yet", tmp_path)
    assert off_machine(Path("/proc/self"), tmp_path)


def test_restoring_a_sealed_backup_needs_its_passphrase(shop: Shop, tmp_path: Path) -> None:
    config = shop.app.config
    dest = back_up(config.db_path, config.key_path, tmp_path / "b.sqlite", off_site=True, passphrase=lambda: "pw")
    with pytest.raises(RestoreRefused, match="it is sealed"):
        restore(config.db_path, config.key_path, config.backup_dir, dest)
