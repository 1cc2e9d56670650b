"""The sync server's merge rules as pure functions: the result does not depend on order."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.events import LedgerEntryPosted, event_from_stored
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, fold
from loyalty_pos.sync.server.effects import ledger_entry
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


# -- ledger entries: the hand reader agrees with the till's, the projection with the fold --

_instants = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC))


@st.composite
def _entry_payloads(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(list(EntryKind)))
    points = draw(st.integers(-500, 500).filter(bool))
    return {"schema_version": 1, "id": draw(st.uuids()).hex, "member_id": draw(st.sampled_from(["M1", "M2"])),
            "kind": kind.value, "points": points, "at": draw(_instants).isoformat(), "terminal_id": "T001",
            "actor": "cashier", "sale_ref": draw(st.none() | st.just("S1")), "reason": draw(st.none() | st.just("r")),
            "reward_id": None, "expires_at": draw(st.none() | _instants.map(datetime.isoformat))}


def _read_by_the_till(payload: dict[str, Any]) -> LedgerEntry | type[Exception]:
    try:
        event = event_from_stored("ledger_entry", payload)
        assert isinstance(event, LedgerEntryPosted)
        return LedgerEntry(event.id, event.member_id, event.kind, event.points, event.at, event.terminal_id,
                           event.actor, event.sale_ref, event.reason, event.reward_id, event.expires_at)
    except LoyaltyError:
        return LoyaltyError


def _read_by_the_server(payload: dict[str, Any]) -> LedgerEntry | type[Exception]:
    try:
        return ledger_entry(payload)
    except LoyaltyError:
        return LoyaltyError


@settings(max_examples=60)
@given(payload=_entry_payloads(), spoil=st.sampled_from([None, "points", "kind", "extra", "id", "version"]))
def test_the_servers_ledger_reader_agrees_with_the_tills(payload: dict[str, Any], spoil: str | None) -> None:
    if spoil == "points":
        payload["points"] = str(payload["points"])
    elif spoil == "kind":
        payload["kind"] = "gift"
    elif spoil == "extra":
        payload["colour"] = "red"
    elif spoil == "id":
        payload["id"] = 7
    elif spoil == "version":
        payload["schema_version"] = 2
    assert _read_by_the_server(payload) == _read_by_the_till(payload)


def test_an_entry_without_a_utc_offset_is_refused_by_the_server() -> None:
    payload = {"schema_version": 1, "id": "e", "member_id": "M", "kind": "earn", "points": 5,
               "at": "2026-12-06T09:00:00", "terminal_id": "T001", "actor": "a"}
    with pytest.raises(LoyaltyError):
        ledger_entry(payload)  # naive and aware instants cannot be ordered in one fold


@settings(max_examples=40)
@given(payloads=st.lists(_entry_payloads(), max_size=30))
def test_the_balance_projection_equals_the_domains_fold(payloads: list[dict[str, Any]]) -> None:
    entries = []
    for payload in payloads:
        try:
            entries.append(ledger_entry(payload))
        except LoyaltyError:
            continue
    # ingest.py keeps the balance as the sum of the entries the union gained.
    assert fold(entries).balance == sum(entry.points for entry in entries)
