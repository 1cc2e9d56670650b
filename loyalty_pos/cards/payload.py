"""The signed QR payload ``LP1:<card number>:<tag>`` printed on member cards.

The tag is an HMAC under the shop's (or chain's) key, so somebody who knows a
card number cannot make a QR code the till accepts: a QR typed up by hand, or
generated from a number read off a receipt, is refused as forged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from loyalty_pos.domain.members import validate_card_number

PAYLOAD_VERSION = 1
PAYLOAD_PREFIX = f"LP{PAYLOAD_VERSION}:"
# 80 bits: far beyond guessing at a till (each guess is a physical scan), and the
# whole payload stays within QR version 2-M in alphanumeric mode (38 characters),
# which keeps the printed modules large.
TAG_BYTES = 10
TAG_LENGTH = 16  # base32 characters for TAG_BYTES, without padding
MIN_KEY_BYTES = 16


def card_tag(card_number: str, key: bytes) -> str:
    """The 16-character base32 tag for an already validated card number."""
    if len(key) < MIN_KEY_BYTES:
        # A short key is a setup bug, not a scan problem: fail loudly.
        raise ValueError(f"card signing key must have at least {MIN_KEY_BYTES} bytes")
    mac = hmac.new(key, PAYLOAD_PREFIX.encode("ascii") + card_number.encode("ascii"), hashlib.sha256)
    return base64.b32encode(mac.digest()[:TAG_BYTES]).decode("ascii").rstrip("=")


def tag_matches(card_number: str, tag: str, key: bytes) -> bool:
    """Constant-time comparison, so response timing cannot leak the right tag."""
    expected = card_tag(card_number, key)
    return hmac.compare_digest(expected.encode("ascii"), tag.encode("ascii", "replace"))


def encode_qr_payload(card_number: str, key: bytes) -> str:
    """``LP1:9400123412341238:ABCDEFGHIJKLMNOP`` for a valid card number.

    Raises ``CardRefused`` for a number that is not a valid card number: we never
    sign something the till would refuse anyway.
    """
    number = validate_card_number(card_number)
    return f"{PAYLOAD_PREFIX}{number}:{card_tag(number, key)}"
