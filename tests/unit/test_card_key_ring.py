"""The card key ring: cards printed with any of the shop's keys scan; nothing else does."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.cards.images import qr_image
from loyalty_pos.cards.key_ring import KeyRing, key_id
from loyalty_pos.cards.keys import CardKeyError, read_ring
from loyalty_pos.cards.payload import encode_qr_payload
from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.domain.members import new_card_number

FIRST = bytes(range(32))
SECOND = bytes(range(100, 132))
CARD = "9400123412341239"

card_numbers = st.integers(min_value=0, max_value=10**11 - 1).map(lambda n: new_card_number(lambda _limit: n))
keys = st.binary(min_size=32, max_size=32)


def test_a_card_printed_before_a_rotation_scans_after_it() -> None:
    before = encode_qr_payload(CARD, KeyRing((FIRST,)))
    rotated = KeyRing((FIRST,)).with_current(SECOND)
    assert before.startswith("LP1:")  # the first key keeps the form every release reads
    assert classify_scan(before, rotated).kind == "member_card"


def test_new_cards_are_signed_with_the_current_key_and_name_it() -> None:
    ring = KeyRing((FIRST, SECOND))
    payload = encode_qr_payload(CARD, ring)
    assert payload.startswith(f"LP2:{key_id(SECOND)}{CARD}:")
    assert classify_scan(payload, ring).kind == "member_card"
    assert classify_scan(payload, KeyRing((FIRST,))).code == "forged"  # a till without the new key
    assert classify_scan(payload.lower(), ring).kind == "member_card"  # Caps Lock on the scanner


@settings(max_examples=60)
@given(number=card_numbers, ring_keys=st.lists(keys, min_size=1, max_size=4, unique=True), forger=keys)
def test_a_card_forged_with_a_random_key_is_refused(number: str, ring_keys: list[bytes], forger: bytes) -> None:
    ring = KeyRing(tuple(ring_keys))
    if forger in ring.keys:
        return
    for forged_ring in (KeyRing((forger,)), KeyRing((*ring.keys, forger))):
        forged = encode_qr_payload(number, forged_ring)
        assert classify_scan(forged, ring).code == "forged", forged


@settings(max_examples=40)
@given(number=card_numbers, ring_keys=st.lists(keys, min_size=2, max_size=4, unique=True), data=st.data())
def test_every_key_of_the_ring_verifies_its_own_cards(number: str, ring_keys: list[bytes], data: st.DataObject) -> None:
    ring = KeyRing(tuple(ring_keys))
    upto = data.draw(st.integers(1, len(ring_keys)))
    printed = encode_qr_payload(number, KeyRing(tuple(ring_keys[:upto])))
    assert classify_scan(printed, ring).kind == "member_card"


def test_a_tag_cannot_move_between_key_ids() -> None:
    ring = KeyRing((FIRST, SECOND))
    payload = encode_qr_payload(CARD, ring)
    other_id = next(c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" if c != payload[4])
    assert classify_scan(payload[:4] + other_id + payload[5:], ring).code == "forged"


def test_a_ring_payload_keeps_the_qr_code_at_version_2() -> None:
    payload = encode_qr_payload(CARD, KeyRing((FIRST, SECOND)))
    assert len(payload) == 38
    image = qr_image(payload, box_size=1)
    assert image.size == (33, 33)  # version 2: 25 modules + 2 x 4 quiet modules
    assert [d.text for d in zxingcpp.read_barcodes(qr_image(payload, box_size=4))] == [payload]


def test_a_ring_file_is_its_keys_oldest_first(tmp_path: Path) -> None:
    path = tmp_path / "card-signing.key"
    path.write_bytes(FIRST + SECOND)
    assert read_ring(path) == KeyRing((FIRST, SECOND))
    path.write_bytes(FIRST + FIRST)
    with pytest.raises(CardKeyError, match="64 bytes"):
        read_ring(path)
    path.write_bytes(os.urandom(48))
    with pytest.raises(CardKeyError, match="is 48 bytes, expected 32 per key"):
        read_ring(path)


def test_a_key_file_to_import_that_is_not_a_small_regular_file_is_refused(tmp_path: Path) -> None:
    from loyalty_pos.cards.keys import KeyFileRefused, read_key_file

    with pytest.raises(KeyFileRefused, match="not a regular file"):
        read_key_file(Path("/dev/zero") if Path("/dev/zero").exists() else tmp_path)
    with pytest.raises(KeyFileRefused, match="not a regular file"):
        read_key_file(tmp_path)
    huge = tmp_path / "huge.key"
    huge.write_bytes(b"\x01" * (32 * 257))
    with pytest.raises(KeyFileRefused, match="far too large"):
        read_key_file(huge)
