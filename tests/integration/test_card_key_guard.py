"""The shop's card key is checked against the fingerprints it records, never regenerated."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from loyalty_pos.app import open_app
from loyalty_pos.cards.key_ring import KeyRing, key_fingerprint
from loyalty_pos.cards.keys import CardKeyError, pending_path, read_ring
from loyalty_pos.cards.payload import encode_qr_payload
from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.config import Config
from loyalty_pos.services.members.cards import resolve_scan
from loyalty_pos.services.shop.card_key_ring import CardKeyProblem
from loyalty_pos.store import schema
from tests.cli_runs import run_cli
from tests.integration.conftest import Shop
from tests.pin_files import pin_file


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--data-dir", str(data_dir), *argv)


def _closed(shop: Shop) -> Config:
    shop.app.close()
    return shop.app.config


def test_a_missing_key_stops_the_shop_and_is_never_regenerated(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    config = _closed(shop)
    config.key_path.unlink()
    with pytest.raises(CardKeyProblem) as refused:
        open_app(config)
    assert "the file is missing" in refused.value.message
    assert "from a backup" in refused.value.message and "cards key import FILE" in refused.value.message
    assert not config.key_path.exists()  # not silently replaced by a new key
    code, _, err = _run(capsys, config.data_dir, "member", "9400123412341239")
    assert code == 2 and "cards key import FILE" in err and "Traceback" not in err
    assert not config.key_path.exists()


def test_a_key_replaced_by_other_32_bytes_is_refused(shop: Shop) -> None:
    config = _closed(shop)
    original = config.key_path.read_bytes()
    config.key_path.write_bytes(os.urandom(32))
    with pytest.raises(CardKeyProblem) as refused:
        open_app(config)
    assert f"this shop's key is {key_fingerprint(original)}" in refused.value.message


def test_a_ring_with_one_key_replaced_is_refused_at_start(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    config = shop.app.config
    code, _, err = _run(capsys, config.data_dir, "cards", "key", "rotate", "--pin-file", pin_file("9999"))
    assert code == 0, err
    _closed(shop)
    ring = config.key_path.read_bytes()
    assert len(ring) == 64
    for position in (0, 32):
        config.key_path.write_bytes(ring[:position] + os.urandom(32) + ring[position + 32:])
        with pytest.raises(CardKeyProblem):
            open_app(config)
    config.key_path.write_bytes(ring[:32])  # the rotation's key cut off: cards printed since would be forged
    with pytest.raises(CardKeyProblem):
        open_app(config)
    config.key_path.write_bytes(ring[:40])
    with pytest.raises(CardKeyError):
        open_app(config)
    config.key_path.write_bytes(ring)
    open_app(config).close()


def test_rotation_keeps_printed_cards_scanning_and_is_audited(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    member = shop.enrol("Kari Nordmann")
    assert member.active_card is not None
    number = member.active_card.number
    printed_before = encode_qr_payload(number, shop.app.key)
    first = key_fingerprint(shop.app.key.current)
    config = shop.app.config

    code, out, err = _run(capsys, config.data_dir, "cards", "key", "rotate", "--pin-file", pin_file("1111"),
                          "--manager", "cashier")
    assert code == 2 and config.key_path.read_bytes() == shop.app.key.current  # a cashier cannot rotate
    code, out, err = _run(capsys, config.data_dir, "cards", "key", "rotate", "--pin-file", pin_file("9999"))
    assert code == 0, err
    assert "still scan" in out

    reopened = open_app(config)
    try:
        ring = reopened.key
        assert ring.keys[0] == shop.app.key.current and len(ring.keys) == 2
        after = resolve_scan(reopened.uow(readonly=True), printed_before, key=ring)
        assert after.member is not None and after.member.member_id == member.id
        printed_after = encode_qr_payload(number, ring)
        assert printed_after.startswith("LP2:")
        assert classify_scan(printed_after, ring).kind == "member_card"
        assert classify_scan(printed_after, KeyRing((ring.first,))).code == "forged"  # signed with the new key
    finally:
        reopened.close()
    with closing(sqlite3.connect(config.db_path)) as db:
        rows = db.execute("SELECT actor, details FROM audit_log WHERE action = 'card_key_rotated'").fetchall()
        recorded = db.execute("SELECT value FROM settings WHERE key = 'card_key_ring'").fetchone()[0]
    assert len(rows) == 1 and rows[0][0] == "manager"
    assert first in rows[0][1] and ring.current.hex() not in rows[0][1]
    assert recorded == ",".join(ring.fingerprints)


def test_a_rotation_cut_off_before_the_rename_is_finished_at_the_next_start(shop: Shop) -> None:
    config = _closed(shop)
    grown = KeyRing((shop.app.key.current, os.urandom(32)))
    pending_path(config.key_path).write_bytes(b"".join(grown.keys))
    with closing(sqlite3.connect(config.db_path)) as db:  # the database had recorded it
        db.execute("UPDATE settings SET value = ? WHERE key = 'card_key_ring'", (",".join(grown.fingerprints),))
        db.commit()
    reopened = open_app(config)
    try:
        assert reopened.key == grown
    finally:
        reopened.close()
    assert not pending_path(config.key_path).exists()


def test_import_puts_back_a_missing_key_from_a_backup(shop: Shop, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    config = _closed(shop)
    backup_key = tmp_path / "loyalty-backup.sqlite.key"
    backup_key.write_bytes(config.key_path.read_bytes())
    config.key_path.write_bytes(os.urandom(32))  # someone else's key

    stranger = tmp_path / "stranger.key"
    stranger.write_bytes(os.urandom(32))
    code, _, err = _run(capsys, config.data_dir, "cards", "key", "import", str(stranger), "--pin-file", pin_file("9999"))
    assert code == 2 and "does not mend it" in err

    code, out, err = _run(capsys, config.data_dir, "cards", "key", "import", str(backup_key),
                          "--pin-file", pin_file("9999"))
    assert code == 0, err
    assert "put back this shop's card keys" in out
    assert config.key_path.read_bytes() == backup_key.read_bytes()
    assert len(list(config.data_dir.glob("card-signing.key.replaced-*"))) == 1  # the wrong file is kept
    open_app(config).close()


def test_check_reports_a_missing_or_different_key(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    config = _closed(shop)
    code, out, _ = _run(capsys, config.data_dir, "check")
    assert code == 0 and "PROBLEM" not in out
    key = config.key_path.read_bytes()
    config.key_path.unlink()
    code, out, _ = _run(capsys, config.data_dir, "check")
    assert code == 1 and "PROBLEM: card key" in out and "the file is missing" in out
    config.key_path.write_bytes(os.urandom(32))
    code, out, _ = _run(capsys, config.data_dir, "check")
    assert code == 1 and f"this shop's key is {key_fingerprint(key)}" in out


def test_migration_0013_records_the_key_file_present_at_upgrade(tmp_path: Path) -> None:
    config = Config.load(tmp_path / "old")
    config.data_dir.mkdir()
    schema.migrate(config.db_path, "0009")
    key = os.urandom(32)
    config.key_path.write_bytes(key)
    schema.upgrade(config.db_path, config.backup_dir)
    with closing(sqlite3.connect(config.db_path)) as db:
        assert db.execute("SELECT value FROM settings WHERE key = 'card_key_ring'").fetchone() == (
            key_fingerprint(key),)


def test_migration_0013_without_a_key_file_records_nothing_and_check_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = Config.load(tmp_path / "old")
    config.data_dir.mkdir()
    schema.migrate(config.db_path, "0009")
    schema.upgrade(config.db_path, config.backup_dir)
    with closing(sqlite3.connect(config.db_path)) as db:
        assert db.execute("SELECT value FROM settings WHERE key = 'card_key_ring'").fetchone() is None
    code, out, _ = _run(capsys, config.data_dir, "check")
    assert code == 1 and "no card key on record" in out
    with pytest.raises(CardKeyProblem):
        open_app(config)
    assert not config.key_path.exists()


def test_head_offices_ring_is_taken_only_when_it_appends_to_this_tills(shop: Shop) -> None:
    from loyalty_pos.jobs.card_key_ring import take_head_office_ring
    from loyalty_pos.services.shop.card_key_ring import recorded_ring

    app = shop.app
    own = app.key
    other, newer = bytes(range(32)), bytes(range(1, 33))

    def take(published: KeyRing) -> KeyRing | None:
        return take_head_office_ring(app.uow, app.config.key_path, published, clock=app.clock)

    assert take(own) is None  # the same ring: nothing written, nothing audited
    for hostile in (KeyRing((other,)), KeyRing((other, *own.keys)), KeyRing((*own.keys, other)[::-1])):
        assert take(hostile) is None  # dropped, prepended before, reordered: refused
        assert recorded_ring(app.uow(readonly=True)) == own.fingerprints
    assert read_ring(app.config.key_path) == own
    grown = KeyRing((*own.keys, other, newer))
    assert take(grown) == grown
    assert recorded_ring(app.uow(readonly=True)) == grown.fingerprints
    assert not pending_path(app.config.key_path).exists()
