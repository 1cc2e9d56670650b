"""The shop's card-signing key: created once, kept private, never shown.

Every printed QR code depends on this key. Losing or replacing it makes all
printed cards' QR codes "forged" (their barcodes still work), so the file is
created exactly once and a damaged file is refused rather than regenerated.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from loyalty_pos.domain.errors import LoyaltyError

KEY_BYTES = 32
_FINGERPRINT_CONTEXT = b"loyalty-pos card key fingerprint v1:"


class CardKeyError(LoyaltyError):
    """The key file exists but cannot be used; regenerating would void every printed card."""

    code = "card_key_invalid"
    template = (
        "The card signing key {path} is {size} bytes, expected {expected}. "
        "Restore it from a backup; a new key would make every printed card's QR code invalid."
    )


def load_or_create_key(path: Path) -> bytes:
    """Read the key at ``path``, creating it (32 random bytes, mode 0600) if absent."""
    if not path.exists():
        _create_key(path)
    # Read back even after creating: if another process won the race, its key counts.
    key = path.read_bytes()
    if len(key) != KEY_BYTES:
        raise CardKeyError(path=str(path), size=len(key), expected=KEY_BYTES)
    return key


def key_fingerprint(key: bytes) -> str:
    """A short hex string to compare keys between tills (``"3f2a91bc-04de"``).

    Hashed with a context string so it reveals nothing usable about the key or
    the tags made with it.
    """
    digest = hashlib.sha256(_FINGERPRINT_CONTEXT + key).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}"


def _create_key(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(KEY_BYTES)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    # 0o600 from the moment the file exists: never a window where others can read it.
    # (Windows ignores the mode; the per-user data directory protects it there.)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
            handle.flush()
            os.fsync(handle.fileno())
        _publish(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    _fsync_directory(path.parent)


def _publish(temp: Path, path: Path) -> None:
    """Move the finished file into place without ever overwriting an existing key."""
    try:
        os.link(temp, path)  # atomic and fails if the key appeared meanwhile
    except FileExistsError:
        return
    except OSError:
        # Filesystems without hard links (FAT on a USB stick, some network shares).
        if not path.exists():
            os.replace(temp, path)


def _fsync_directory(directory: Path) -> None:
    # The rename must survive a power cut too; Windows cannot open directories.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
