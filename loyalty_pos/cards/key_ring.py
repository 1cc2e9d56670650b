"""The shop's card keys: every key it ever signed cards with, the newest one current.

A rotation or joining a chain adds a key; none is ever dropped, because cards
printed with an earlier key are still in members' wallets and must keep scanning.
The first key is the one every card printed before key rings existed was signed
with.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

_FINGERPRINT_CONTEXT = b"loyalty-pos card key fingerprint v1:"
_KEY_ID_CONTEXT = b"loyalty-pos card key id v1:"


def key_fingerprint(key: bytes) -> str:
    """A short hex string to compare keys between tills (``"3f2a91bc-04de"``).

    Hashed with a context string so it reveals nothing usable about the key or
    the tags made with it.
    """
    digest = hashlib.sha256(_FINGERPRINT_CONTEXT + key).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}"


def key_id(key: bytes) -> str:
    """One base32 character naming ``key`` inside a QR payload.

    One character keeps a card's QR code at version 2 (large modules); two keys of a
    ring may share it, which only means both are tried.
    """
    return base64.b32encode(hashlib.sha256(_KEY_ID_CONTEXT + key).digest())[:1].decode("ascii")


@dataclass(frozen=True, slots=True)
class KeyRing:
    keys: tuple[bytes, ...]  # oldest first; the last signs new cards

    def __post_init__(self) -> None:
        if not self.keys:
            raise ValueError("a key ring holds at least one key")
        if len(set(self.keys)) != len(self.keys):
            raise ValueError("a key ring holds each key once")

    @property
    def current(self) -> bytes:
        return self.keys[-1]

    @property
    def first(self) -> bytes:
        return self.keys[0]

    @property
    def fingerprints(self) -> tuple[str, ...]:
        return tuple(key_fingerprint(key) for key in self.keys)

    def named(self, kid: str) -> tuple[bytes, ...]:
        """The keys a payload carrying ``kid`` may have been signed with, newest first."""
        return tuple(key for key in reversed(self.keys) if key_id(key) == kid)

    def with_current(self, key: bytes) -> KeyRing:
        """This ring with ``key`` added as the one that signs from now on."""
        return KeyRing((*self.keys, key))


def as_ring(key: bytes | KeyRing) -> KeyRing:
    """A lone key (callers from before rings, tests' fixed keys) is a ring of one."""
    return key if isinstance(key, KeyRing) else KeyRing((key,))
