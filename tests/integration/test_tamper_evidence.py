"""``check`` against an attacker with an SQLite editor: every edit below is made with raw
sqlite3 on the shop's file, as such a person would, and must come out as a problem line
(and never as a traceback)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.shop.auth import create_staff
from loyalty_pos.services.actor import Role
from loyalty_pos.store.chain_head_file import head_path
from tests.integration.conftest import Shop


@pytest.fixture
def trading(shop: Shop) -> Iterator[Shop]:
    """A shop with a member who bought twice and had an adjustment, and a cashier account."""
    member = shop.enrol()
    for code, quantity in (("DEL-SAL", 2), ("COF-CAP", 3)):
        checkout(shop.uow(), Checkout(sale_id=str(uuid.uuid4()), member_id=member.id,
                                      lines=(SaleLineInput(code, quantity),), redemptions=(), tender="card"),
                 actor=shop.cashier, clock=shop.clock)
    adjust_points(shop.uow(), member_id=member.id, points=10, reason="goodwill", actor=shop.manager,
                  clock=shop.clock)
    create_staff(shop.uow(), username="olga", display_name="Olga", role=Role.CASHIER, pin="482913",
                 actor=shop.manager, clock=shop.clock)
    shop.member_id = member.id  # type: ignore[attr-defined]
    yield shop


def _db(shop: Shop) -> Path:
    return shop.app.config.db_path


def _edit(shop: Shop, *statements: str) -> None:
    connection = sqlite3.connect(_db(shop))
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def _one(shop: Shop, sql: str) -> tuple:
    connection = sqlite3.connect(_db(shop))
    try:
        return connection.execute(sql).fetchone()
    finally:
        connection.close()


def _problems(shop: Shop) -> list[str]:
    report = check_file(_db(shop))
    assert not report.ok
    return report.problems


def test_an_untouched_shop_passes_and_its_head_file_agrees(trading: Shop) -> None:
    report = check_file(_db(trading))
    assert report.ok, report.problems
    assert head_path(_db(trading)).is_file()
    assert not any("no outside head" in note for note in report.notes)


def test_an_inserted_adjust_with_a_matching_balance_is_caught(trading: Shop) -> None:
    member = trading.member_id  # type: ignore[attr-defined]
    _edit(trading,
          "INSERT INTO ledger (id, member_id, kind, points, at, terminal_id, actor, reason) "
          f"SELECT 'forged-1', '{member}', 'adjust', 5000, max(at), '01', 'manager', 'bonus' FROM ledger",
          f"UPDATE balances SET balance = balance + 5000 WHERE member_id = '{member}'")
    problems = _problems(trading)
    assert any("is not in the chain" in line for line in problems), problems
    # The lot the forged entry would open is missing, so even the projection does not add up.
    assert any("open lots" in line for line in problems), problems


def test_an_earn_entry_edited_with_its_balance_is_caught(trading: Shop) -> None:
    member = trading.member_id  # type: ignore[attr-defined]
    seq, points = _one(trading, f"SELECT seq, points FROM ledger WHERE member_id = '{member}' AND kind = 'earn'")
    _edit(trading, f"UPDATE ledger SET points = {points + 900} WHERE seq = {seq}",
          f"UPDATE balances SET balance = balance + 900 WHERE member_id = '{member}'",
          f"UPDATE lots SET remaining = remaining + 900 WHERE entry_id = (SELECT id FROM ledger WHERE seq = {seq})")
    problems = _problems(trading)
    assert any(line.startswith(f"ledger {seq} ") and "do not match the chain" in line for line in problems), problems


def test_deleted_last_audit_entries_are_caught(trading: Shop) -> None:
    last = _one(trading, "SELECT max(seq) FROM audit_log")[0]
    _edit(trading, f"DELETE FROM audit_log WHERE seq > {last - 2}")
    problems = _problems(trading)
    assert sum("the record is gone" in line for line in problems) == 2, problems


def test_all_audit_entries_and_their_links_deleted_are_caught_by_the_outside_head(trading: Shop) -> None:
    """The attacker also removes the links, and so rechains what is left: the chain then
    verifies on its own, and only the head kept beside the database tells."""
    _edit(trading, "DELETE FROM audit_log", "DELETE FROM chain")
    _rechain(_db(trading))
    problems = _problems(trading)
    assert any("outside head" in line and "loyalty.sqlite.head" in line for line in problems), problems


def test_without_the_head_file_check_says_it_had_nothing_to_compare_with(trading: Shop) -> None:
    head_path(_db(trading)).unlink()
    report = check_file(_db(trading))
    assert report.ok
    assert any("no outside head to compare with" in note for note in report.notes)


def test_a_cut_off_tail_is_caught_by_the_outside_head(trading: Shop) -> None:
    last = _one(trading, "SELECT max(n) FROM chain")[0]
    _edit(trading, "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)",
          f"DELETE FROM chain WHERE n = {last}")
    problems = _problems(trading)
    assert any("cut off the end" in line for line in problems), problems


def test_a_cashier_made_manager_is_caught(trading: Shop) -> None:
    _edit(trading, "UPDATE staff SET role = 'manager' WHERE username = 'olga'")
    problems = _problems(trading)
    assert any("staff 'olga'" in line and "'cashier'" in line for line in problems), problems


def test_a_staff_account_inserted_by_hand_is_caught(trading: Shop) -> None:
    _edit(trading, "INSERT INTO staff (username, display_name, role, pin_hash, active, failed_attempts) "
                   "SELECT 'mallory', 'M', 'manager', pin_hash, 1, 0 FROM staff WHERE username = 'olga'")
    problems = _problems(trading)
    assert any("staff 'mallory'" in line and "no chained record" in line for line in problems), problems


def test_an_edited_sale_total_is_caught(trading: Shop) -> None:
    receipt_no, total = _one(trading, "SELECT receipt_no, total_minor FROM sales ORDER BY at LIMIT 1")
    _edit(trading, f"UPDATE sales SET total_minor = {total // 10} WHERE receipt_no = '{receipt_no}'")
    problems = _problems(trading)
    assert any(f"sale {receipt_no}: total" in line for line in problems), problems
    assert any(line.startswith("sale ") and "do not match the chain" in line for line in problems), problems


def test_a_member_tier_set_by_hand_is_caught(trading: Shop) -> None:
    member = trading.member_id  # type: ignore[attr-defined]
    _edit(trading, f"UPDATE members SET tier_code = 'gold' WHERE id = '{member}'")
    problems = _problems(trading)
    assert any(f"member {member}: tier 'gold'" in line for line in problems), problems


@pytest.mark.parametrize(("column", "value", "says"), [
    ("kind", "'gift'", "unknown kind 'gift'"),
    ("at", "'yesterday'", "time 'yesterday' is not a time"),
    ("at", "1.5", "time 1.5 is not a time"),
    ("expires_at", "'never'", "expiry 'never' is not a time"),
    ("points", "x'00ff'", "are not a whole number"),
    ("member_id", "42", "refers to a missing members row"),  # SQLite's foreign key check names it
])
def test_a_garbage_ledger_row_is_one_line_not_a_traceback(trading: Shop, column: str, value: str, says: str) -> None:
    seq = _one(trading, "SELECT max(seq) FROM ledger")[0]
    _edit(trading, "PRAGMA foreign_keys = OFF", f"UPDATE ledger SET {column} = {value} WHERE seq = {seq}")
    problems = _problems(trading)
    assert any(says in line for line in problems), problems
    assert not any("check stopped" in line for line in problems), problems


def test_a_garbage_audit_time_does_not_stop_the_other_checks(trading: Shop) -> None:
    _edit(trading, "UPDATE audit_log SET at = 'soon' WHERE seq = 1",
          "UPDATE staff SET role = 'manager' WHERE username = 'olga'")
    problems = _problems(trading)
    assert any(line.startswith("audit 1 ") for line in problems), problems
    assert any("staff 'olga'" in line for line in problems), problems


def _rechain(db_path: Path) -> None:
    """What a careful attacker does after editing: recompute every link."""
    from loyalty_pos.store.chain_links import chain_backlog
    from loyalty_pos.store.engine import create_sqlite_engine

    engine = create_sqlite_engine(db_path)
    try:
        with engine.begin() as connection:
            chain_backlog(connection)
    finally:
        engine.dispose()


def test_the_check_command_prints_one_line_per_problem_and_says_when_it_had_no_outside_head(
        trading: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    from loyalty_pos.cli.main import main

    head_path(_db(trading)).unlink()
    _edit(trading, "UPDATE staff SET role = 'manager' WHERE username = 'olga'",
          "UPDATE ledger SET kind = 'gift' WHERE seq = (SELECT max(seq) FROM ledger)")
    code = main(["--data-dir", str(trading.app.config.data_dir), "check"])
    out = capsys.readouterr().out
    problems = [line for line in out.splitlines() if line.startswith("PROBLEM: ")]
    assert code != 0
    assert any("staff 'olga'" in line for line in problems)
    assert any("unknown kind 'gift'" in line for line in problems)
    assert any(line.startswith("NOTE: no outside head to compare with") for line in out.splitlines())
    assert "Traceback" not in out


def test_an_edit_no_viewer_shows_is_an_edit(trading: Shop) -> None:
    """A trailing space on the actor: the row reads the same on screen."""
    seq = _one(trading, "SELECT max(seq) FROM ledger")[0]
    _edit(trading, f"UPDATE ledger SET actor = actor || ' ' WHERE seq = {seq}")
    problems = _problems(trading)
    assert any(line.startswith(f"ledger {seq} ") and "do not match the chain" in line for line in problems), problems
