"""Progress on stderr: a bar on a terminal, plain lines every tenth elsewhere."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.cli.progress import progress_printer


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_bar_redrawn_in_place() -> None:
    stream = _Terminal()
    show = progress_printer(stream)
    for done in range(0, 101, 25):
        show("members", done, 100)
    text = stream.getvalue()
    assert text.count("\r") == 4 and text.endswith("\n")
    assert "[###############...............]" in text


def test_a_pipe_gets_one_line_per_tenth() -> None:
    stream = io.StringIO()
    show = progress_printer(stream)
    for done in range(0, 1001):
        show("members", done, 1000)
    lines = stream.getvalue().splitlines()
    assert lines[0] == "members: 0/1,000 (0 %)"
    assert lines[-1] == "members: 1,000/1,000 (100 %)"
    assert [line.rsplit("(", 1)[1] for line in lines] == [f"{tenth * 10} %)" for tenth in range(11)]
    assert "\r" not in stream.getvalue()


def test_a_stage_run_again_is_reported_again() -> None:
    stream = io.StringIO()
    show = progress_printer(stream)
    for _ in range(2):
        show("card sheet pages", 0, 2)
        show("card sheet pages", 2, 2)
    assert stream.getvalue().count("(100 %)") == 2


@given(st.integers(min_value=0, max_value=5_000), st.lists(st.integers(min_value=0, max_value=5_000)))
def test_never_more_than_eleven_lines_a_stage_and_100_only_when_done(total: int, steps: list[int]) -> None:
    stream = io.StringIO()
    show = progress_printer(stream)
    for done in sorted(min(step, total) for step in steps):
        show("stage", done, total)
    lines = stream.getvalue().splitlines()
    assert len(lines) <= 11
    for line in lines:
        done_text = line.split(": ", 1)[1].split("/", 1)[0].replace(",", "")
        assert line.endswith("(100 %)") == (int(done_text) >= total)
