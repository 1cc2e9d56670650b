"""Members merge field by field, last writer by hlc wins, whatever order edits arrive in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.field_clock import FieldWrite, lww_merge, winners

FIELDS = ("name", "phone", "email")
edits = st.lists(
    st.tuples(st.dictionaries(st.sampled_from(FIELDS), st.text(max_size=3), min_size=1),
              st.integers(min_value=0, max_value=50)),
    max_size=8, unique_by=lambda edit: edit[1],  # stamps carry the terminal id, so they never tie
)


def _stamp(n: int) -> str:
    return f"{n:016d}-0000-T001"


def _apply(order: list) -> dict[str, FieldWrite]:
    state: dict[str, FieldWrite] = {}
    for fields, n in order:
        state = lww_merge(state, fields, _stamp(n))
    return state


@settings(max_examples=200)
@given(edits, st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_arrival_order(changes: list, random) -> None:  # noqa: ANN001
    shuffled = list(changes)
    random.shuffle(shuffled)
    assert _apply(changes) == _apply(shuffled)
    assert _apply(changes + changes) == _apply(changes)  # a repeat changes nothing


def test_the_later_edit_wins_per_field_not_per_member() -> None:
    state = lww_merge({}, {"name": "Ada", "phone": "1"}, _stamp(1))
    state = lww_merge(state, {"phone": "2"}, _stamp(3))
    state = lww_merge(state, {"name": "Ada L", "phone": "old"}, _stamp(2))  # arrives late from an offline till
    assert {name: write.value for name, write in state.items()} == {"name": "Ada L", "phone": "2"}


def test_an_edit_at_or_below_the_tombstone_changes_nothing() -> None:
    state = {"name": FieldWrite(_stamp(1), "Erased")}
    assert lww_merge(state, {"name": "Ada"}, _stamp(4), tombstone=_stamp(5)) == state
    assert winners(state, {"name": "Ada"}, _stamp(6), tombstone=_stamp(5)) == {"name": "Ada"}
