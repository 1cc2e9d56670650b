"""A figure says what it was measured on, and one from a store smaller than the targets'
is never judged (DESIGN.md section 7: the targets are for 1,000,000 members)."""

from __future__ import annotations

import json

import pytest

from loyalty_pos.bench.figures import TARGET_MEMBERS, Figure

ROW_FIELDS = {"name", "value", "unit", "target", "passed", "members", "samples", "cache", "cache_method",
              "load_avg", "filesystem", "cpu"}


@pytest.mark.parametrize("value", [0.5, 50.0])  # met and missed: neither is a verdict on a small store
def test_a_figure_from_a_small_store_is_not_judged(value: float) -> None:
    figure = Figure.measured("card_lookup_p99", value, "ms", "<= 2", members=300, samples=250)
    assert figure.passed is None
    assert figure.verdict() == "n/a (300 members)"
    assert "PASS" not in figure.line() and "FAIL" not in figure.line()
    assert json.loads(json.dumps(figure.as_dict()))["passed"] is None


def test_one_member_short_of_the_targets_size_is_still_not_judged() -> None:
    assert Figure.measured("x", 1, "ms", "<= 2", members=TARGET_MEMBERS - 1).passed is None


def test_a_figure_from_a_full_size_store_is_judged() -> None:
    assert Figure.measured("x", 1, "ms", "<= 2", members=TARGET_MEMBERS).line().endswith("PASS")
    assert Figure.measured("x", 3, "ms", "<= 2", members=2 * TARGET_MEMBERS).line().endswith("FAIL")


def test_the_runner_stamps_the_store_size_on_a_figure_made_without_one() -> None:
    # The other groups' figures are made without a member count; the runner adds it.
    made = Figure.measured("report_top_members_s", 0.1, "s", "<= 2")
    assert made.passed is True
    stamped = made.with_context(members=100_000, filesystem="ext4", cpu="Some CPU")
    assert (stamped.passed, stamped.members, stamped.filesystem, stamped.cpu) == (None, 100_000, "ext4", "Some CPU")


def test_a_figures_own_member_count_wins_over_the_runners() -> None:
    figure = Figure.measured("x", 1, "ms", "<= 2", members=TARGET_MEMBERS)
    assert figure.with_context(members=5, filesystem="ext4", cpu="c").passed is True


def test_a_json_row_says_what_it_was_measured_on() -> None:
    figure = Figure.measured("card_lookup_dbevicted_p99", 4.2, "ms", "<= 10", members=1_000_000, samples=200,
                             cache="dbevicted", cache_method="posix_fadvise").with_context(
        members=None, filesystem="ext4", cpu="Xeon")
    row = figure.as_dict()
    assert set(row) == ROW_FIELDS
    assert (row["members"], row["samples"], row["cache"], row["cache_method"], row["filesystem"], row["cpu"]) == (
        1_000_000, 200, "dbevicted", "posix_fadvise", "ext4", "Xeon")
    assert isinstance(row["load_avg"], float)


def test_one_member_is_not_members() -> None:
    assert Figure.measured("x", 1, "ms", "<= 2", members=1).verdict() == "n/a (1 member)"
