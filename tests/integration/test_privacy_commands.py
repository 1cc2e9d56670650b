"""``loyalty-pos member export|erase|retention`` against a real shop."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from loyalty_pos.domain.members import MemberStatus
from loyalty_pos.services.members.membership import get_member
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from tests.cli_runs import run_cli
from tests.integration.conftest import Shop
from tests.pin_files import pin_file


def _run(capsys: pytest.CaptureFixture[str], shop: Shop, *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--data-dir", str(shop.app.config.data_dir), *argv)


def _sell(shop: Shop, member_id: str) -> None:
    checkout(shop.uow(), Checkout(sale_id=str(uuid.uuid4()), member_id=member_id,
                                  lines=(SaleLineInput("DEL-SAL", 1),), redemptions=(), tender="card"),
             actor=shop.cashier, clock=shop.clock)


def test_member_export_writes_json_or_a_readable_pdf(shop: Shop, capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    member = shop.enrol("Ada Lovelace")
    _sell(shop, member.id)
    out = tmp_path / "ada.json"
    code, said, err = _run(capsys, shop, "member", "export", member.id, "--out", str(out),
                           "--pin-file", pin_file("9999"))
    assert code == 0, err
    assert json.loads(out.read_text(encoding="utf-8"))["member"]["name"] == "Ada Lovelace"
    assert "JSON" in said
    pdf = tmp_path / "ada.pdf"
    assert member.active_card is not None
    code, _, err = _run(capsys, shop, "member", "export", member.active_card.number, "--out", str(pdf),
                        "--pin-file", pin_file("9999"))
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob(".*.tmp"))
    assert {out.stat().st_mode & 0o777, pdf.stat().st_mode & 0o777} == {0o600}  # a person's data: owner only


def test_member_export_never_replaces_the_shops_own_files(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    member = shop.enrol("Ada Lovelace")
    config = shop.app.config
    key = config.key_path.read_bytes()
    for target in (config.key_path, config.db_path, config.data_dir / "backups" / "x.json"):
        code, _, err = _run(capsys, shop, "member", "export", member.id, "--out", str(target),
                            "--pin-file", pin_file("9999"))
        assert code != 0 and "Not writing" in err and "Traceback" not in err, err
    assert config.key_path.read_bytes() == key
    assert not (config.data_dir / "backups" / "x.json").exists()


def test_member_export_needs_a_file_and_a_known_member(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, shop, "member", "export", "nobody", "--pin-file", pin_file("9999"))
    assert code == 2 and "--out" in err
    code, _, err = _run(capsys, shop, "member", "export", "nobody", "--out", "/tmp/x.json",
                        "--pin-file", pin_file("9999"))
    assert code == 2 and "nobody" in err and "Traceback" not in err


def test_member_erase_asks_for_yes_from_a_script_then_a_second_erase_says_nothing_changed(
        shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    member = shop.enrol("Ada Lovelace")
    code, _, err = _run(capsys, shop, "member", "erase", member.id, "--pin-file", pin_file("9999"))
    assert code == 2 and "--yes" in err
    assert get_member(shop.uow(readonly=True), member.id).status is MemberStatus.ACTIVE

    code, said, err = _run(capsys, shop, "member", "erase", member.id, "--yes", "--pin-file", pin_file("9999"))
    assert code == 0, err
    assert "erased" in said and get_member(shop.uow(readonly=True), member.id).status is MemberStatus.ERASED
    code, said, _ = _run(capsys, shop, "member", "erase", member.id, "--yes", "--pin-file", pin_file("9999"))
    assert code == 0 and "already erased: nothing changed" in said


def test_member_erase_refuses_a_cashier_s_pin(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    member = shop.enrol("Ada Lovelace")
    code, _, err = _run(capsys, shop, "member", "erase", member.id, "--yes", "--manager", "cashier",
                        "--pin-file", pin_file("1234"))
    assert code != 0 and "Traceback" not in err
    assert get_member(shop.uow(readonly=True), member.id).status is MemberStatus.ACTIVE


def test_member_retention_lists_then_erases_with_erase(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    # The command runs on the wall clock: Olga enrolled four years before the shop's "now".
    shop.clock.advance(days=-4 * 366)
    old = shop.enrol("Old Olga")
    shop.clock.advance(days=4 * 366)
    fresh = shop.enrol("Fresh Fred")
    code, said, _ = _run(capsys, shop, "member", "retention", "--years", "3")
    assert code == 0 and old.id in said and fresh.id not in said and "--erase" in said
    assert get_member(shop.uow(readonly=True), old.id).status is MemberStatus.ACTIVE

    code, said, err = _run(capsys, shop, "member", "retention", "--years", "3", "--erase", "--yes",
                           "--pin-file", pin_file("9999"))
    assert code == 0, err
    assert "1 member(s) erased" in said
    assert get_member(shop.uow(readonly=True), old.id).status is MemberStatus.ERASED
    assert get_member(shop.uow(readonly=True), fresh.id).status is MemberStatus.ACTIVE
