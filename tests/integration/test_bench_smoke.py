"""The benchmarks run end to end at a small store size (figures are not judged here:
speed targets live in benchmarks/, never in timed tests)."""

from __future__ import annotations

import json

import pytest

from loyalty_pos.cli.main import main

EXPECTED = {
    "engine_price_30_lines_p95", "seed_300_members", "card_lookup_p99", "member_search_p95",
    "checkout_commit_p95", "checkout_raw_sqlite_floor_p95", "checkout_to_floor_ratio", "rss_services_mb",
}


def test_bench_json_reports_every_figure(capsys: pytest.CaptureFixture[str]) -> None:
    main(["bench", "--members", "300", "--json"])
    out = capsys.readouterr().out
    figures = json.loads(out)
    assert {f["name"] for f in figures} == EXPECTED
    for figure in figures:
        assert set(figure) == {"name", "value", "unit", "target", "passed"}
        assert figure["value"] > 0
        assert figure["target"].split()[0] in ("<=", ">=")
        assert isinstance(figure["passed"], bool)


def test_bench_gui_group_reports_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    main(["bench", "--members", "300", "--gui", "--json"])
    figures = json.loads(capsys.readouterr().out)
    assert {f["name"] for f in figures} == {"cold_start_to_usable_till_s", "scan_to_member_painted_p95", "rss_till_mb"}
    assert all(f["value"] > 0 for f in figures)


def test_bench_reports_group_times_every_report(capsys: pytest.CaptureFixture[str]) -> None:
    main(["bench", "--members", "300", "--reports", "--json"])
    figures = json.loads(capsys.readouterr().out)
    assert {f["name"] for f in figures} == {"report_program_report_s", "report_liability_over_time_s",
                                            "report_tier_movements_s", "report_campaign_results_s",
                                            "report_top_members_s"}
    assert all(f["value"] > 0 and f["target"] == "<= 2" for f in figures)


def test_bench_reuses_a_store_given_with_data_dir(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    data_dir = str(tmp_path / "shop")
    main(["--data-dir", data_dir, "demo", "--no-gui", "--members", "200"])
    capsys.readouterr()
    main(["--data-dir", data_dir, "bench", "--members", "999", "--reports", "--json"])
    captured = capsys.readouterr()
    assert "reusing the store seeded earlier: 200 members" in captured.err
    assert len(json.loads(captured.out)) == 5
