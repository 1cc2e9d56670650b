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
    canonical,
    compare_heads,
    link,
)

stored = st.one_of(st.none(), st.integers(min_value=-(2**63), max_value=2**63 - 1), st.text(max_size=20),
                   st.binary(max_size=8))
records = st.lists(stored, min_size=1, max_size=8)


@given(records, st.data())
def test_changing_any_stored_value_changes_the_link(record: list, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(record) - 1))
    other = data.draw(stored.filter(lambda value: value != record[index] or type(value) is not type(record[index])))
    edited = [*record[:index], other, *record[index + 1:]]
    assert link(GENESIS, "local", 1, "ledger", "1", record) != link(GENESIS, "local", 1, "ledger", "1", edited)


@given(records)
def test_a_record_hashes_the_same_every_time_and_moved_elsewhere_does_not(record: list) -> None:
    first = link(GENESIS, "local", 7, "sale", "s-1", record)
    assert first == link(GENESIS, "local", 7, "sale", "s-1", list(record))
    assert first != link(GENESIS, "local", 8, "sale", "s-1", record)  # reordered
    assert first != link(GENESIS, "till-02", 7, "sale", "s-1", record)  # another till's chain
    assert first != link(bytes([1]) * 32, "local", 7, "sale", "s-1", record)  # after another link


def test_canonical_spelling_is_compact_sorted_and_utf8() -> None:
    assert canonical({"b": 1, "a": "ø"}) == '{"a":"ø","b":1}'.encode()
    assert canonical([b"\x00\xff"]) == b'[{"blob":"00ff"}]'


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
