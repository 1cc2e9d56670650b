"""The sync server's merge rules as pure functions: the result does not depend on order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.sync.server.merge import ERASED, MERGED, MemberChange, Tombstone, merge_all

_hlcs = st.integers(1, 40).map(lambda n: f"{n:016d}-0000-T00{n % 3}")
_fields = st.dictionaries(st.sampled_from(["name", "phone", "email", "tier"]), st.text(max_size=5) | st.none(),
                          max_size=3)


@st.composite
def _change(draw: st.DrawFn) -> MemberChange:
    hlc = draw(_hlcs)
    stone = draw(st.none() | st.builds(Tombstone, st.sampled_from([ERASED, MERGED]), st.just(hlc),
                                       st.sampled_from(["M2", "M3"])))
    return MemberChange("M1", hlc, {} if stone else draw(_fields), stone, draw(st.none() | st.sampled_from(["s1", "s2"])))


@given(changes=st.lists(_change(), max_size=8), data=st.data())
def test_the_merged_member_does_not_depend_on_arrival_order(changes: list[MemberChange], data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(changes))
    assert merge_all(shuffled) == merge_all(changes)
    # Arriving in two batches (an earlier state merged with the rest) changes nothing either.
    cut = data.draw(st.integers(0, len(shuffled)))
    assert merge_all(shuffled[cut:], merge_all(shuffled[:cut])) == merge_all(changes)


def test_each_field_keeps_its_own_last_writer() -> None:
    merged = merge_all([MemberChange("M1", "0000000000000003-0000-T002", {"phone": "+44 2"}),
                        MemberChange("M1", "0000000000000002-0000-T001", {"name": "Ada B", "phone": "+44 1"})])
    assert merged.value("name") == "Ada B" and merged.value("phone") == "+44 2"


def test_a_tombstone_beats_later_edits_and_drops_the_data() -> None:
    erased = Tombstone(ERASED, "0000000000000005-0000-T001")
    merged = merge_all([MemberChange("M1", "0000000000000001-0000-T001", {"name": "Ada"}),
                        MemberChange("M1", erased.hlc, tombstone=erased),
                        MemberChange("M1", "0000000000000009-0000-T002", {"name": "Ada again"})])
    assert merged.tombstone == erased and merged.fields == {} and merged.value("name") is None


def test_an_erasure_beats_a_merge_whatever_their_clocks() -> None:
    merged = merge_all([MemberChange("M1", "2", tombstone=Tombstone(ERASED, "2")),
                        MemberChange("M1", "9", tombstone=Tombstone(MERGED, "9", "M2"))])
    assert merged.tombstone is not None and merged.tombstone.kind == ERASED
