"""The daily backup: one a day into the shop's folder, older ones than the setting deleted."""

from __future__ import annotations

from pathlib import Path

from loyalty_pos.jobs.daily import run_daily_jobs
from loyalty_pos.jobs.daily_backup import BackupPlace
from loyalty_pos.services.shop.settings import change_settings
from tests.integration.conftest import Shop


def _run(shop: Shop, place: BackupPlace):
    return run_daily_jobs(shop.app.uow, terminal_id="01", clock=shop.clock, backups=place)


def test_one_backup_a_day_into_the_chosen_folder_and_old_ones_pruned(shop: Shop, tmp_path: Path) -> None:
    config = shop.app.config
    place = BackupPlace(config.db_path, config.key_path, tmp_path / "default")
    folder = tmp_path / "chosen"
    change_settings(shop.uow(), {"backup_dir": str(folder), "backup_keep_days": "2"}, actor=shop.manager,
                    clock=shop.clock)
    mine = folder / "my-own-copy.sqlite"
    folder.mkdir()
    mine.write_bytes(b"the manager's")

    first = _run(shop, place).backup
    assert first is not None and first.made is not None and first.made.parent == folder
    assert _run(shop, place).backup.made is None  # the same day: not again

    for _ in range(3):
        shop.clock.advance(days=1)
        _run(shop, place)
    days = sorted(path.name for path in folder.glob("loyalty-daily-*.sqlite"))
    assert len(days) == 3 and first.made.name not in days  # today and the 2 days before
    assert sorted(path.name for path in folder.glob("loyalty-daily-*.sqlite.head")) == [f"{d}.head" for d in days]
    assert mine.exists()  # never a file the job did not name
    assert not (tmp_path / "default").exists()


def test_without_a_folder_setting_the_data_directorys_backups_are_used(shop: Shop, tmp_path: Path) -> None:
    config = shop.app.config
    run = _run(shop, BackupPlace(config.db_path, config.key_path, tmp_path / "default")).backup
    assert run is not None and run.made is not None and run.made.parent == tmp_path / "default"
    assert run.made.with_name(run.made.name + ".key").exists() == config.key_path.exists()
