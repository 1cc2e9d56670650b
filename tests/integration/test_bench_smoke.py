"""The benchmarks run end to end at a small store size (figures are not judged here:
speed targets live in benchmarks/, never in timed tests)."""

from __future__ import annotations

import json

import pytest

from loyalty_pos.cli import main

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
