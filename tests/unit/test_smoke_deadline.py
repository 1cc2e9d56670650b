"""``--smoke-test``'s deadline (loyalty_pos/cli/smoke_deadline.py): a hung start ends,
saying where each thread waited; one that finishes in time is left alone."""

from __future__ import annotations

import threading

import pytest

from loyalty_pos.cli.main import build_parser
from loyalty_pos.cli.smoke_deadline import THREAD_NAME, SmokeDeadline


def test_a_block_that_outlives_the_deadline_is_ended_with_the_stack_it_waited_in(
        capsys: pytest.CaptureFixture[str]) -> None:
    ended: list[int] = []
    expired = threading.Event()
    said: list[str] = []

    def end(code: int) -> None:
        ended.append(code)
        expired.set()

    with SmokeDeadline(0.05, lambda: said.append("failed"), code=7, end=end):
        assert expired.wait(10)
    assert ended == [7] and said == ["failed"]
    err = capsys.readouterr().err
    assert "within 0.05 s" in err
    assert "test_a_block_that_outlives_the_deadline_is_ended_with_the_stack_it_waited_in" in err
    assert THREAD_NAME not in err  # the deadline's own thread is no clue


def test_a_block_that_finishes_in_time_leaves_no_deadline_running() -> None:
    def end(code: int) -> None:
        raise AssertionError(f"ended with {code}")

    with SmokeDeadline(60, lambda: None, end=end):
        assert THREAD_NAME in {thread.name for thread in threading.enumerate()}
    assert THREAD_NAME not in {thread.name for thread in threading.enumerate()}


@pytest.mark.parametrize("seconds", ["0", "-1", "nan", "inf", "soon", "86400"])
def test_a_smoke_timeout_that_is_no_deadline_is_refused(seconds: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as refused:
        build_parser().parse_args(["--smoke-test", "--smoke-timeout", seconds])
    assert refused.value.code == 2
    assert "--smoke-timeout" in capsys.readouterr().err


def test_a_smoke_timeout_is_read_in_seconds() -> None:
    assert build_parser().parse_args(["--smoke-test", "--smoke-timeout", "2.5"]).smoke_timeout == 2.5
