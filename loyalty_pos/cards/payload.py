"""The signed QR payload printed on member cards.

``LP1:<card number>:<tag>``: a card signed with the shop's first key (every card
printed before key rings, and every card of a shop that never rotated: readable
by every release). ``LP2:<key id><card number>:<tag>``: a card signed with a later
key of the ring; the one-character key id says which key to check it with.

The tag is an HMAC under the shop's (or chain's) key, so somebody who knows a
card number cannot make a QR code the till accepts: a QR typed up by hand, or
generated from a number read off a receipt, is refused as forged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from loyalty_pos.cards.key_ring import KeyRing, as_ring, key_id
from loyalty_pos.domain.members import validate_card_number

PAYLOAD_VERSION = 1
PAYLOAD_PREFIX = f"LP{PAYLOAD_VERSION}:"
RING_PAYLOAD_VERSION = 2
RING_PAYLOAD_PREFIX = f"LP{RING_PAYLOAD_VERSION}:"
# 80 bits: far beyond guessing at a till (each guess is a physical scan), and the
# whole payload stays within QR version 2-M in alphanumeric mode (38 characters),
# which keeps the printed modules large.
TAG_BYTES = 10
TAG_LENGTH = 16  # base32 characters for TAG_BYTES, without padding
MIN_KEY_BYTES = 16


def card_tag(card_number: str, key: bytes, *, prefix: str = PAYLOAD_PREFIX) -> str:
    """The 16-character base32 tag for an already validated card number.

    ``prefix`` is what precedes the number in the payload (``LP2:`` and the key id
    for a ring payload), so a tag cannot be moved to a payload of another form."""
    if len(key) < MIN_KEY_BYTES:
        # A short key is a setup bug, not a scan problem: fail loudly.
        raise ValueError(f"card signing key must have at least {MIN_KEY_BYTES} bytes")
    mac = hmac.new(key, prefix.encode("ascii") + card_number.encode("ascii"), hashlib.sha256)
    return base64.b32encode(mac.digest()[:TAG_BYTES]).decode("ascii").rstrip("=")


def tag_matches(card_number: str, tag: str, key: bytes, *, prefix: str = PAYLOAD_PREFIX) -> bool:
    """Constant-time comparison, so response timing cannot leak the right tag."""
    expected = card_tag(card_number, key, prefix=prefix)
    return hmac.compare_digest(expected.encode("ascii"), tag.encode("ascii", "replace"))


def ring_tag_matches(card_number: str, tag: str, ring: bytes | KeyRing, kid: str | None) -> bool:
    """Whether a scanned tag was made by a key of ``ring``.

    ``kid`` None (an ``LP1`` card): every key is tried, because an ``LP1`` card may
    have been printed by a till of the chain whose first key this till imported; each
    extra key adds one 2^-80 chance for a forger, which stays negligible for a ring
    of a few keys.
    """
    keys = as_ring(ring)
    if kid is None:
        return any([tag_matches(card_number, tag, key) for key in keys.keys])  # every key: no timing hint
    prefix = f"{RING_PAYLOAD_PREFIX}{kid}"
    return any([tag_matches(card_number, tag, key, prefix=prefix) for key in keys.named(kid)])


def encode_qr_payload(card_number: str, key: bytes | KeyRing) -> str:
    """``LP1:9400123412341238:ABCDEFGHIJKLMNOP`` for a valid card number signed with
    the ring's first key; ``LP2:K9400123412341238:...`` with a later one.

    Raises ``CardRefused`` for a number that is not a valid card number: we never
    sign something the till would refuse anyway.
    """
    number = validate_card_number(card_number)
    ring = as_ring(key)
    if ring.current == ring.first:
        return f"{PAYLOAD_PREFIX}{number}:{card_tag(number, ring.current)}"
    prefix = f"{RING_PAYLOAD_PREFIX}{key_id(ring.current)}"
    return f"{prefix}{number}:{card_tag(number, ring.current, prefix=prefix)}"
