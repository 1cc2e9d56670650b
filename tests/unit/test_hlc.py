"""The hybrid logical clock: never backwards, ordered as its spelling, merges past both."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.hlc import Hlc, receive, tick

walls = st.integers(min_value=0, max_value=10 ** 15)
nodes = st.sampled_from(["T001", "T002", "T010", "local"])
stamps = st.builds(Hlc, walls, st.integers(min_value=0, max_value=9999), nodes)


def test_spelling_is_the_contracts() -> None:
    assert str(Hlc(1733475600000, 7, "T003")) == "0001733475600000-0007-T003"
    assert Hlc.parse("0001733475600000-0007-T003") == Hlc(1733475600000, 7, "T003")


@pytest.mark.parametrize("text", ["", "1-2-T1", "0001733475600000-0007-", "0001733475600000-00a7-T1", None])
def test_a_malformed_stamp_is_refused(text: object) -> None:
    with pytest.raises(ValueError):
        Hlc.parse(text)  # type: ignore[arg-type]


@given(stamps, stamps)
def test_order_is_the_order_of_the_spellings(a: Hlc, b: Hlc) -> None:
    assert (a < b) == (str(a) < str(b))
    assert Hlc.parse(str(a)) == a


@given(st.lists(st.one_of(walls.map(lambda w: ("tick", w, None)),
                          st.tuples(st.just("receive"), walls, stamps)), min_size=1, max_size=40), nodes)
def test_a_till_never_issues_a_stamp_at_or_below_one_it_issued_or_received(steps: list, node: str) -> None:
    last: Hlc | None = None
    for what, now, remote in steps:
        new = tick(last, now, node) if what == "tick" else receive(last, remote, now, node)
        if last is not None:
            assert new > last
        if remote is not None:
            assert (new.wall_ms, new.counter) > (remote.wall_ms, remote.counter)
        assert new.node == node
        assert new.wall_ms >= now  # it follows the wall clock when that is ahead
        last = new


def test_a_clock_set_back_keeps_counting_forward() -> None:
    first = tick(None, 5_000, "T001")
    assert tick(first, 4_000, "T001") == Hlc(5_000, 1, "T001")


def test_a_full_counter_moves_on_a_millisecond_rather_than_wrapping() -> None:
    assert tick(Hlc(5_000, 9999, "T001"), 5_000, "T001") == Hlc(5_001, 0, "T001")


@given(st.one_of(stamps.map(str), st.text(alphabet="0123456789-T_.:a", max_size=30),
                 st.from_regex(r"\d{16}-\d{4}-[A-Za-z0-9_.:-]{1,40}", fullmatch=True)))
def test_the_wall_read_alone_refuses_what_parse_refuses(text: str) -> None:
    """The snapshot reads a million stamps' walls without building an Hlc: the same
    spellings must be refused, and the wall must be parse's."""
    try:
        expected: int | None = Hlc.parse(text).wall_ms
    except ValueError:
        expected = None
    if expected is None:
        with pytest.raises(ValueError):
            Hlc.wall_of(text)
    else:
        assert Hlc.wall_of(text) == expected
