"""The hash chain's pure rules: any change to a record changes its link, and what a head
kept outside says of the database's chain."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.chain import (
    EMPTY_HASH,
    GENESIS,
    OUTSIDE_HEAD_LAG_LIMIT,
    Head,
    compare_heads,
    link,
)

records = st.text(max_size=200)


@given(records, records)
def test_a_different_record_gives_a_different_link(record: str, other: str) -> None:
    assert (record == other) == (link(GENESIS, "local", 1, "ledger", "1", record)
                                 == link(GENESIS, "local", 1, "ledger", "1", other))


@given(st.text(max_size=10), st.text(max_size=10), records)
def test_the_boundary_between_ref_and_record_cannot_be_shifted(ref: str, extra: str, record: str) -> None:
    if extra:
        assert link(GENESIS, "local", 1, "sale", ref + extra, record) != link(GENESIS, "local", 1, "sale", ref,
                                                                              extra + record)


@given(records)
def test_a_record_hashes_the_same_every_time_and_moved_elsewhere_does_not(record: str) -> None:
    first = link(GENESIS, "local", 7, "sale", "s-1", record)
    assert first == link(GENESIS, "local", 7, "sale", "s-1", str(record))
    assert first != link(GENESIS, "local", 8, "sale", "s-1", record)  # reordered
    assert first != link(GENESIS, "till-02", 7, "sale", "s-1", record)  # another till's chain
    assert first != link(bytes([1]) * 32, "local", 7, "sale", "s-1", record)  # after another link


def _head(n: int, digest: str = "ab" * 32) -> Head:
    return Head("local", n, digest)


def test_the_database_head_itself_and_an_earlier_link_are_accepted() -> None:
    assert compare_heads(_head(10), _head(10), {10: "ab" * 32}) == []
    assert compare_heads(_head(9), _head(10, "cd" * 32), {9: "ab" * 32}) == []
    assert compare_heads(Head("local", 0, EMPTY_HASH), _head(10), None) == []


def test_a_cut_off_tail_a_rewritten_chain_and_a_stale_head_are_named() -> None:
    assert "2 chained records were cut off" in compare_heads(_head(12), _head(10), None)[0]
    assert "rewritten" in compare_heads(_head(9), _head(10), {9: "cd" * 32})[0]
    assert "links behind" in compare_heads(_head(1), _head(OUTSIDE_HEAD_LAG_LIMIT + 2), {1: "ab" * 32})[0]


@pytest.mark.parametrize("data", [None, [], {"origin": "local", "n": -1, "hash": "ab" * 32},
                                  {"origin": "local", "n": True, "hash": "ab" * 32},
                                  {"origin": "local", "n": 1, "hash": "XY" * 32}])
def test_a_head_that_is_not_one_is_refused(data: object) -> None:
    with pytest.raises(ValueError):
        Head.from_plain(data)
