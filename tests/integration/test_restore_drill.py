"""The restore drill: weekly, the latest backup is restored aside and checked; the result is kept."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from loyalty_pos.domain.check_problems import Problem
from loyalty_pos.i18n.check_texts import problem_text
from loyalty_pos.jobs.backups import back_up
from loyalty_pos.jobs.daily import run_daily_jobs
from loyalty_pos.jobs.daily_backup import BackupPlace
from loyalty_pos.jobs.restore_drill import latest_backup, run_drill
from loyalty_pos.services.shop.restore_drill import (
    DRILL_SETTING,
    MAX_PROBLEMS_KEPT,
    DrillResult,
    last_drill,
    record_drill,
)
from tests.integration.conftest import Shop
from tests.integration.test_card_key_guard import _run


def _place(shop: Shop) -> BackupPlace:
    config = shop.app.config
    return BackupPlace(config.db_path, config.key_path, config.backup_dir)


def test_a_good_backup_passes_and_the_result_is_kept(shop: Shop) -> None:
    place = _place(shop)
    made = back_up(place.db_path, place.key_path, place.default_dir / "loyalty-manual.sqlite")
    result = run_drill(shop.app.uow, place, clock=shop.clock, passphrase=None)
    assert result.ok and result.backup == str(made)
    assert last_drill(shop.uow(readonly=True)) == result
    assert not list(place.db_path.parent.glob(".drill-*"))  # the scratch copy is gone


@pytest.mark.parametrize("damage", ["garbage", "no key", "wrong key", "nothing"])
def test_a_useless_backup_fails_the_drill(shop: Shop, damage: str) -> None:
    place = _place(shop)
    made = back_up(place.db_path, place.key_path, place.default_dir / "loyalty-manual.sqlite")
    key_copy = made.with_name(made.name + ".key")
    if damage == "garbage":
        made.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    elif damage == "no key":
        key_copy.unlink()
    elif damage == "wrong key":
        key_copy.write_bytes(os.urandom(32))
    else:
        made.unlink()
        key_copy.unlink()
    result = run_drill(shop.app.uow, place, clock=shop.clock, passphrase=None)
    assert not result.ok and result.problems, damage
    assert last_drill(shop.uow(readonly=True)) == result


def test_the_drill_runs_weekly_with_the_daily_jobs(shop: Shop) -> None:
    place = _place(shop)
    first = run_daily_jobs(shop.app.uow, terminal_id="01", clock=shop.clock, backups=place)
    assert first.drill is not None and first.drill.ok
    assert first.backup is not None and first.drill.backup == str(first.backup.made)
    shop.clock.advance(days=3)
    assert run_daily_jobs(shop.app.uow, terminal_id="01", clock=shop.clock, backups=place).drill is None
    shop.clock.advance(days=4)
    again = run_daily_jobs(shop.app.uow, terminal_id="01", clock=shop.clock, backups=place)
    assert again.drill is not None and again.drill.at == shop.clock.now()


def test_latest_backup_skips_what_restore_set_aside(tmp_path: Path) -> None:
    (tmp_path / "loyalty-daily-2026-12-01.sqlite").write_bytes(b"a")
    newest = tmp_path / "before-restore-20261206T000000Z.sqlite"
    newest.write_bytes(b"b")
    assert latest_backup(tmp_path) == tmp_path / "loyalty-daily-2026-12-01.sqlite"
    assert latest_backup(tmp_path / "none") is None


def test_backup_drill_on_demand(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    config = shop.app.config
    code, out, _ = _run(capsys, config.data_dir, "backup", "drill")
    assert code == 1 and "no backup to restore" in out
    # A file named inside the shop's backups folder could be one of its backups: refused.
    code, _, err = _run(capsys, config.data_dir, "backup", str(config.backup_dir / "loyalty-now.sqlite"))
    assert code != 0 and "backups folder" in err
    # The folder itself: a new dated backup there, as Settings' "Back up now" makes.
    code, out, err = _run(capsys, config.data_dir, "backup", str(config.backup_dir))
    assert code == 0, err
    made = out.strip().rsplit("/", 1)[-1]
    assert made.startswith("loyalty-") and (config.backup_dir / made).is_file()
    code, out, _ = _run(capsys, config.data_dir, "backup", "drill")
    assert code == 0 and f"{made}: OK" in out


def test_a_kept_result_reads_in_the_language_of_whoever_reads_it(shop: Shop) -> None:
    found = tuple(Problem("record_gone", kind="sale", ref=f"R{n}", n=n) for n in range(MAX_PROBLEMS_KEPT + 2))
    record_drill(shop.uow(), DrillResult(shop.clock.now(), "/b/loyalty.sqlite", found))
    kept = last_drill(shop.uow(readonly=True))
    assert kept is not None and kept.problems[:MAX_PROBLEMS_KEPT] == found[:MAX_PROBLEMS_KEPT]
    assert [problem_text(line, "nb") for line in kept.problems] == \
        [problem_text(line, "nb") for line in found[:MAX_PROBLEMS_KEPT]] + ["... og 2 til"]


def test_a_result_kept_by_an_earlier_release_reads_as_it_was_kept(shop: Shop) -> None:
    with shop.uow() as uow:
        uow.settings.set(DRILL_SETTING, json.dumps({"at": "2026-03-01T10:00:00+00:00", "backup": "b.sqlite",
                                                    "problems": ["no backup to restore in /b"]}))
        uow.commit()
    kept = last_drill(shop.uow(readonly=True))
    assert kept is not None and kept.problems == ("no backup to restore in /b",)
