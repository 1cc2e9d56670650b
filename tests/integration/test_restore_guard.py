"""Restore: another shop's backup, or one whose card keys differ, only when told; the
replaced key ring is always kept."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from loyalty_pos.app import App, open_app
from loyalty_pos.cards.payload import encode_qr_payload
from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.jobs.backups import RestoreRefused, back_up, restore
from tests.integration.conftest import Shop, demo_shop_at
from tests.integration.test_card_key_guard import _run
from tests.pin_files import pin_file


@pytest.fixture
def other(tmp_path: Path) -> Iterator[App]:
    with demo_shop_at(tmp_path / "other") as app:
        yield app


def test_another_shops_backup_is_refused_unless_told(shop: Shop, other: App, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    theirs = back_up(other.config.db_path, other.config.key_path, tmp_path / "theirs.sqlite")
    config = shop.app.config
    ours = config.key_path.read_bytes()
    shop.app.close()
    code, _, err = _run(capsys, config.data_dir, "restore", str(theirs))
    assert code == 2 and "another shop's backup" in err and "--other-shop" in err
    assert config.key_path.read_bytes() == ours
    code, _, err = _run(capsys, config.data_dir, "restore", str(theirs), "--replace-printed")
    assert code == 2 and "--other-shop" in err  # the key flag does not cover another shop

    code, out, err = _run(capsys, config.data_dir, "restore", str(theirs), "--other-shop")
    assert code == 0, err
    [kept] = config.data_dir.glob("card-signing.key.replaced-*")
    assert kept.read_bytes() == ours and str(kept) in out  # kept and reported
    assert config.key_path.read_bytes() == other.config.key_path.read_bytes()
    open_app(config).close()  # the shop opens: its key is the one the restored data records


def test_a_backup_from_before_a_rotation_needs_replace_printed(shop: Shop, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    config = shop.app.config
    old = back_up(config.db_path, config.key_path, tmp_path / "old.sqlite")
    code, _, err = _run(capsys, config.data_dir, "cards", "key", "rotate", "--pin-file", pin_file("9999"))
    assert code == 0, err
    rotated = config.key_path.read_bytes()
    member = shop.enrol("Printed Since")
    assert member.active_card is not None
    reopened = open_app(config)
    printed_since = encode_qr_payload(member.active_card.number, reopened.key)
    reopened.close()
    shop.app.close()

    code, _, err = _run(capsys, config.data_dir, "restore", str(old))
    assert code == 2 and "--replace-printed" in err and "read as forged" in err
    assert config.key_path.read_bytes() == rotated
    code, out, err = _run(capsys, config.data_dir, "restore", str(old), "--replace-printed")
    assert code == 0, err
    [kept] = config.data_dir.glob("card-signing.key.replaced-*")
    assert kept.read_bytes() == rotated  # put back, the cards printed since would scan again
    restored = open_app(config)
    try:
        assert classify_scan(printed_since, restored.key).code == "forged"
    finally:
        restored.close()


def test_restoring_this_shops_own_backup_keeps_the_key_aside_anyway(shop: Shop, tmp_path: Path) -> None:
    config = shop.app.config
    made = back_up(config.db_path, config.key_path, tmp_path / "own.sqlite")
    shop.app.close()
    done = restore(config.db_path, config.key_path, config.backup_dir, made)
    assert done.kept_key is not None and done.kept_key.read_bytes() == config.key_path.read_bytes()
    assert done.kept_db is not None and done.kept_db.is_file()


def test_a_backup_with_a_key_file_that_is_not_its_own_is_refused(shop: Shop, tmp_path: Path) -> None:
    config = shop.app.config
    made = back_up(config.db_path, config.key_path, tmp_path / "own.sqlite")
    made.with_name(made.name + ".key").write_bytes(os.urandom(32))
    shop.app.close()
    for flags in ({}, {"other_shop": True}, {"replace_printed": True}):
        with pytest.raises(RestoreRefused, match="not this backup's key file"):
            restore(config.db_path, config.key_path, config.backup_dir, made, **flags)
    assert not list(config.data_dir.glob("card-signing.key.replaced-*"))
