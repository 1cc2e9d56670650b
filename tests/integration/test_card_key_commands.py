"""A chain's tills share head office's card key: a card printed anywhere scans everywhere."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from loyalty_pos.app import App, open_app
from loyalty_pos.cards.keys import key_fingerprint
from loyalty_pos.cards.payload import encode_qr_payload
from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.config import Config
from loyalty_pos.domain.members import Consents
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.cards import mark_printed
from loyalty_pos.services.members.membership import EnrolMember, enrol
from tests.cli_runs import run_cli
from tests.integration.conftest import Shop, demo_shop_at
from tests.pin_files import pin_file


@pytest.fixture
def branch(tmp_path: Path) -> Iterator[App]:
    """A second shop of the chain, set up on its own: its own key, no cards printed."""
    with demo_shop_at(tmp_path / "branch") as app:
        yield app


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--data-dir", str(data_dir), *argv)


def _head_office_card(shop: Shop) -> str:
    member = shop.enrol("Kari Nordmann")
    assert member.active_card is not None
    return encode_qr_payload(member.active_card.number, shop.app.key)


def test_a_branch_that_imports_head_offices_key_accepts_head_offices_cards(
        shop: Shop, branch: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    payload = _head_office_card(shop)
    branch_dir = branch.config.data_dir
    assert classify_scan(payload, branch.key).code == "forged"  # before: another shop's card

    exported = tmp_path / "head-office.key"
    code, out, _ = _run(capsys, shop.app.config.data_dir, "cards", "key", "export", str(exported))
    assert code == 0 and key_fingerprint(shop.app.key.current) in out
    assert exported.stat().st_mode & 0o777 == 0o600

    code, out, err = _run(capsys, branch_dir, "cards", "key", "import", str(exported), "--pin-file", pin_file("9999"))
    assert code == 0, err
    assert "restart the till" in out
    reopened = open_app(Config.load(branch_dir))
    try:
        assert reopened.key.current == shop.app.key.current  # the branch now signs with head office's key
        assert reopened.key.keys == (branch.key.current, shop.app.key.current)  # and still checks its own cards
        assert classify_scan(payload, reopened.key).kind == "member_card"
    finally:
        reopened.close()
    code, out, _ = _run(capsys, branch_dir, "cards", "key", "show")
    assert f"{key_fingerprint(shop.app.key.current)}  (current" in out

    with sqlite3.connect(branch.config.db_path) as db:
        (details,), = db.execute("SELECT details FROM audit_log WHERE action = 'card_key_imported'").fetchall()
    logged = json.loads(details)
    assert logged["current_fingerprint"] == key_fingerprint(shop.app.key.current)
    assert logged["added"] == [key_fingerprint(shop.app.key.current)]
    assert shop.app.key.current.hex() not in details  # only fingerprints are ever logged


def test_a_till_with_printed_cards_keeps_checking_them_after_an_import(
        shop: Shop, branch: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    own = enrol(branch.uow(), EnrolMember("Ola Branch", consents=Consents(data_processing=True)), actor=Actor("cashier", Role.CASHIER, "01"), clock=branch.clock)
    assert own.active_card is not None
    mark_printed(branch.uow(), [own.active_card.number], actor=Actor("manager", Role.MANAGER, "01"),
                 clock=branch.clock)
    branch_dir, old_key = branch.config.data_dir, branch.key
    exported = tmp_path / "head-office.key"
    _run(capsys, shop.app.config.data_dir, "cards", "key", "export", str(exported))

    printed = encode_qr_payload(own.active_card.number, old_key)
    # A key ring: the import adds head office's key, so no --replace-printed is needed and
    # the cards printed here keep scanning (before rings, they were orphaned).
    code, out, err = _run(capsys, branch_dir, "cards", "key", "import", str(exported), "--pin-file", pin_file("9999"))
    assert code == 0, err
    assert branch.config.key_path.read_bytes() == old_key.current + shop.app.key.current
    reopened = open_app(Config.load(branch_dir))
    try:
        assert classify_scan(printed, reopened.key).kind == "member_card"
        assert reopened.key.current == shop.app.key.current
    finally:
        reopened.close()
    code, _, err = _run(capsys, branch_dir, "cards", "key", "import", str(exported), "--pin-file", pin_file("9999"),
                        "--replace-printed")
    assert code == 2 and "already in this till's ring" in err  # twice changes nothing


@pytest.mark.parametrize("problem", ["wrong_pin", "short_file", "missing_file", "cashier_pin"])
def test_bad_imports_are_one_clear_line_and_leave_the_key_alone(
        problem: str, branch: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "head-office.key"
    source.write_bytes(b"x" * (16 if problem == "short_file" else 32))
    if problem == "missing_file":
        source.unlink()
    pin = {"wrong_pin": "1234", "cashier_pin": "1111"}.get(problem, "9999")
    manager = "cashier" if problem == "cashier_pin" else "manager"
    code, _, err = _run(capsys, branch.config.data_dir, "cards", "key", "import", str(source),
                        "--pin-file", pin_file(pin), "--manager", manager)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert branch.config.key_path.read_bytes() == branch.key.current
    assert not list(branch.config.data_dir.glob("card-signing.key.replaced-*"))


def test_export_never_overwrites_a_file(shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "other-shop.key"
    target.write_bytes(b"someone else's key material...!!")
    code, _, err = _run(capsys, shop.app.config.data_dir, "cards", "key", "export", str(target))
    assert code == 2 and "already exists" in err
    assert target.read_bytes() == b"someone else's key material...!!"
