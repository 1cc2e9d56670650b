"""kill -9 in the middle of selling and taking back: every acknowledged sale and return
is there, nothing is half-saved (the cycle is ``loyalty-pos bench --crash``'s own)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from loyalty_pos.bench.crash import CrashRun, CycleResult, figures, kill_cycle, prepare_shop, run_cycles, verify
from loyalty_pos.cli.main import main
from loyalty_pos.config import Config


def test_kill_9_during_checkouts_loses_no_acknowledged_sale(tmp_path: Path) -> None:
    data_dir = tmp_path / "shop"
    member_ids = prepare_shop(data_dir)
    db_path = Config.load(data_dir).db_path
    for round_ in range(3):
        result = kill_cycle(data_dir, member_ids, seed=round_, kill_after_s=0.5 + 0.3 * round_, during_start=False)
        assert result.sales, "the seller never got going"
        assert result.seller_error is None
        connection = sqlite3.connect(db_path)
        try:
            stored = {row[0] for row in connection.execute("SELECT sale_id FROM sales")}
        finally:
            connection.close()
        assert set(result.sales) | set(result.returns) <= stored, f"round {round_}: lost"
        verify(db_path, result)
        assert result.ok, (result.lost, result.half_saved, result.check_problems)


def test_crash_cycles_take_back_sales_and_lose_nothing(tmp_path: Path) -> None:
    run = run_cycles(tmp_path / "shop", 4, 19, lambda _message: None, max_kill_after_s=1.0)
    assert len(run.cycles) == 4
    assert run.total("sales") > 0 and run.total("returns") > 0
    assert [cycle for cycle in run.cycles if not cycle.ok] == []


@pytest.fixture(scope="module")
def sold_shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CycleResult]:
    data_dir = tmp_path_factory.mktemp("crash") / "shop"
    member_ids = prepare_shop(data_dir)
    result = kill_cycle(data_dir, member_ids, seed=5, kill_after_s=1.0, during_start=False)
    assert result.sales
    return Config.load(data_dir).db_path, result


def _copy(db_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy.sqlite"
    source = sqlite3.connect(db_path)
    target = sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return copy


def _damaged(db_path: Path, tmp_path: Path, sql: str) -> CycleResult:
    copy = _copy(db_path, tmp_path)
    connection = sqlite3.connect(copy)
    try:
        with connection:
            connection.execute(sql)
    finally:
        connection.close()
    result = CycleResult()
    verify(copy, result)
    return result


def test_an_acknowledged_sale_missing_from_the_store_is_counted_lost(sold_shop, tmp_path: Path) -> None:  # noqa: ANN001
    db_path, acknowledged = sold_shop
    result = CycleResult(sales=[*acknowledged.sales, "00000000-0000-4000-8000-000000000000"],
                         returns=["00000000-0000-4000-8000-000000000001"])
    verify(_copy(db_path, tmp_path), result)
    assert result.lost == ["sale 00000000-0000-4000-8000-000000000000", "return 00000000-0000-4000-8000-000000000001"]


def test_a_member_sale_without_its_ledger_entries_is_half_saved(sold_shop, tmp_path: Path) -> None:  # noqa: ANN001
    db_path, _ = sold_shop
    result = _damaged(db_path, tmp_path, "DELETE FROM ledger WHERE sale_ref = (SELECT sale_id FROM sales "
                                         "s WHERE member_id IS NOT NULL AND points_earned > 0 AND NOT EXISTS "
                                         "(SELECT 1 FROM sales r WHERE r.returned_of = s.sale_id) LIMIT 1)")
    assert any("ledger holds" in problem for problem in result.half_saved), result.half_saved


def test_ledger_entries_of_a_sale_that_is_not_stored_are_half_saved(sold_shop, tmp_path: Path) -> None:  # noqa: ANN001
    db_path, _ = sold_shop
    result = _damaged(db_path, tmp_path, "UPDATE ledger SET sale_ref = '00000000-0000-4000-8000-00000000000f' "
                                         "WHERE seq = (SELECT MAX(seq) FROM ledger WHERE sale_ref IS NOT NULL)")
    assert any("which is not stored" in problem for problem in result.half_saved), result.half_saved


def test_a_sale_without_lines_or_audit_entry_is_half_saved(sold_shop, tmp_path: Path) -> None:  # noqa: ANN001
    db_path, _ = sold_shop
    no_lines = _damaged(db_path, tmp_path, "DELETE FROM sale_lines WHERE sale_id = (SELECT MIN(sale_id) FROM sales)")
    assert any("has no lines" in problem for problem in no_lines.half_saved), no_lines.half_saved
    unaudited = _damaged(db_path, tmp_path / "..", "UPDATE audit_log SET details = '{}' "
                                                  "WHERE seq = (SELECT MAX(seq) FROM audit_log WHERE action = 'sale_committed')")
    assert any("no audit entry" in problem for problem in unaudited.half_saved), unaudited.half_saved


def test_anything_lost_fails_the_figures() -> None:
    clean = CrashRun(1, [CycleResult(sales=["a"], returns=["b"])])
    assert all(figure.passed for figure in figures(clean, 1))
    for bad in (CycleResult(sales=["a"], returns=["b"], lost=["sale a"]),
                CycleResult(sales=["a"], returns=["b"], half_saved=["sale a has no lines"]),
                CycleResult(sales=["a"], returns=["b"], check_problems=["member m: balance 5, ledger says 4"]),
                CycleResult(sales=["a"], returns=["b"], seller_error="seller exited with 1")):
        failed = [figure.name for figure in figures(CrashRun(1, [bad]), 1) if not figure.passed]
        assert len(failed) == 1, failed


def test_bench_crash_prints_its_seed_and_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path / "shop"), "bench", "--crash", "--cycles", "2", "--seed", "3", "--json"])
    captured = capsys.readouterr()
    assert "crash seed 3 (repeat with --seed 3)" in captured.err
    named = {figure["name"]: figure for figure in json.loads(captured.out)}
    assert named["crash_cycles"]["value"] == 2
    assert named["crash_lost"]["value"] == 0 and named["crash_check_failures"]["value"] == 0
    assert code == 0
