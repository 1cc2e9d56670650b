"""The benchmarks run end to end at a small store size (figures are not judged here:
speed targets live in benchmarks/, never in timed tests)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from loyalty_pos.bench import gui, page_cache, reports
from loyalty_pos.cli.main import main

STATES = ("", "_cold", "_dbevicted")
EXPECTED = {
    "engine_price_30_lines_p95", "engine_price_30_lines_demo_program_p95", "seed_300_members",
    *(f"card_lookup{state}_p99" for state in STATES),
    *(f"member_search_{page}{state}_p95" for page in (25, 50) for state in STATES),
    "checkout_commit_p95", "checkout_cpu_mean", "checkout_raw_sqlite_floor_p95", "checkout_raw_sqlite_floor_cpu_mean",
    "checkout_to_floor_ratio", "checkout_to_floor_cpu_ratio", "rss_services_mb",
}
ROW_FIELDS = {"name", "value", "unit", "target", "passed", "members", "samples", "cache", "cache_method",
              "load_avg", "filesystem", "cpu"}


@pytest.fixture(autouse=True)
def no_cache_drop_for_the_whole_machine(tmp_path, monkeypatch: pytest.MonkeyPatch) -> Path:  # noqa: ANN001
    """The cold path runs, but writes its "drop the OS cache" to a file of the test's:
    the suite must not empty the cache of a machine others work on."""
    from loyalty_pos.bench import cache

    control = tmp_path / "drop_caches"
    control.write_text("")
    monkeypatch.setattr(cache, "DROP_CACHES", control)
    return control


@pytest.fixture
def scratch_on_tmpfs(tmp_path, monkeypatch: pytest.MonkeyPatch) -> Path:  # noqa: ANN001
    """The bench's scratch directory on a tmpfs, as /proc/mounts would say it."""
    from loyalty_pos.bench import environment

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\ntmpfs {scratch} tmpfs rw,nosuid 0 0\n")
    monkeypatch.setattr(environment, "MOUNTS", mounts)
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    return scratch


def test_bench_json_reports_every_figure(scratch_on_tmpfs: Path, no_cache_drop_for_the_whole_machine: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--members", "300", "--json", "--allow-tmpfs"]) == 0  # nothing judged: nothing failed
    out = capsys.readouterr().out
    figures = json.loads(out)
    assert {f["name"] for f in figures} == EXPECTED
    for figure in figures:
        assert set(figure) == ROW_FIELDS
        assert figure["value"] > 0
        assert figure["target"].split()[0] in ("<=", ">=")
        assert figure["passed"] is None, figure  # 300 members: never PASS (nor FAIL)
        assert figure["members"] == 300
        assert figure["filesystem"] == "tmpfs"  # --allow-tmpfs measures there, and says so
        assert figure["cpu"]
        assert isinstance(figure["load_avg"], float)
    by_name = {f["name"]: f for f in figures}
    for name, samples in ((n, by_name[n]["samples"]) for n in by_name if n.startswith(("card_", "member_", "checkout_"))):
        assert samples and samples > 0, name
    assert by_name["card_lookup_p99"]["cache"] == "warm"
    assert by_name["card_lookup_cold_p99"]["cache"] == "cold"
    assert "drop_caches" in by_name["card_lookup_cold_p99"]["cache_method"]
    assert no_cache_drop_for_the_whole_machine.read_text() == "3\n"
    assert by_name["member_search_50_dbevicted_p95"]["cache"] == "dbevicted"
    assert "posix_fadvise" in by_name["member_search_50_dbevicted_p95"]["cache_method"]


def test_bench_refuses_a_tmpfs_scratch_for_durability_figures(scratch_on_tmpfs: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--members", "300", "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # no figure, not even the engine's: the run did not start
    assert "tmpfs at" in captured.err and "--allow-tmpfs" in captured.err
    assert not any(scratch_on_tmpfs.iterdir())  # nothing seeded there


def test_bench_human_output_starts_with_what_it_measures_on(capsys: pytest.CaptureFixture[str]) -> None:
    main(["bench", "--members", "300", "--reports"])
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "members      300"
    assert out[1].startswith("file system  ") and out[2].startswith("CPU          ")
    assert out[3].startswith("load average ") and out[4].startswith("cold cache   ")
    assert not any(line.endswith("PASS") for line in out)
    assert any(line.endswith("n/a (300 members)") for line in out)


@pytest.fixture
def small_gui_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each measurement path once, at its smallest: a smoke test, not a figure."""
    monkeypatch.setattr(gui, "WARM_RUNS", 1)
    monkeypatch.setattr(gui, "WARMUP_STARTS", 0)
    monkeypatch.setattr(gui, "SCANS", 2)
    monkeypatch.setattr(gui, "DAY_SALES", 3)
    monkeypatch.setattr(gui, "DAY_RETURNS", 1)
    monkeypatch.setattr(reports, "SECTION_RUNS", 1)
    # Dropping the whole OS cache would slow every other test on the machine: the
    # database's eviction takes the same path through the figures.
    monkeypatch.setattr(page_cache, "methods", lambda: (page_cache.DB_EVICTED,))


def test_bench_gui_group_reports_its_figures(capsys: pytest.CaptureFixture[str], small_gui_runs: None) -> None:
    main(["bench", "--members", "300", "--gui", "--json"])
    captured = capsys.readouterr()
    figures = {f["name"]: f for f in json.loads(captured.out)}
    # Tests run Qt offscreen: the figures say so, as they do on a machine without X.
    assert set(figures) == {"start_warm_worst_s_offscreen", "start_dbevicted_s_offscreen",
                            "scan_to_painted_p95_offscreen", "scan_to_painted_30_lines_p95_offscreen",
                            "scan_first_after_dbevicted_ms_offscreen", "rss_peak_day_mb"}
    assert all(f["value"] > 0 for f in figures.values())
    units = {name: f["unit"] for name, f in figures.items()}
    assert units == {"start_warm_worst_s_offscreen": "s", "start_dbevicted_s_offscreen": "s",
                     "scan_to_painted_p95_offscreen": "ms", "scan_to_painted_30_lines_p95_offscreen": "ms",
                     "scan_first_after_dbevicted_ms_offscreen": "ms", "rss_peak_day_mb": "MB"}
    # Plausible, not timed: a start is Python and Qt loading (well under a minute, over a
    # tenth of a second); a scan includes its own 74 ms burst of keys; a till is tens of MB.
    assert 0.1 < figures["start_warm_worst_s_offscreen"]["value"] < 60
    assert figures["scan_to_painted_p95_offscreen"]["value"] > 74
    assert 50 < figures["rss_peak_day_mb"]["value"] < 4_000
    assert "a scripted day: 3 sales, 1 returns" in captured.err


def test_bench_reports_group_times_every_report(capsys: pytest.CaptureFixture[str], small_gui_runs: None) -> None:
    main(["bench", "--members", "300", "--reports", "--json"])
    figures = json.loads(capsys.readouterr().out)
    each = {"report_program_report_s", "report_liability_over_time_s", "report_tier_movements_s",
            "report_campaign_results_s", "report_top_members_s"}
    section = {"reports_first_tab_s_offscreen": "<= 1", "reports_all_loaded_s_offscreen": "<= 2"}
    assert {f["name"] for f in figures} == each | set(section)
    assert all(f["value"] > 0 and f["target"] == "<= 2" for f in figures if f["name"] in each)
    assert all(f["value"] > 0 and f["unit"] == "s" and f["target"] == section[f["name"]]
               for f in figures if f["name"] in section)


def test_bench_reuses_a_store_given_with_data_dir(tmp_path, capsys: pytest.CaptureFixture[str],  # noqa: ANN001
                                                  small_gui_runs: None) -> None:
    data_dir = str(tmp_path / "shop")
    main(["--data-dir", data_dir, "demo", "--no-gui", "--members", "200"])
    capsys.readouterr()
    main(["--data-dir", data_dir, "bench", "--members", "999", "--reports", "--json"])
    captured = capsys.readouterr()
    assert "reusing the store seeded earlier: 200 members" in captured.err
    assert len(json.loads(captured.out)) == 7
