"""The shop's card-signing key: created once, kept private, never shown.

Every printed QR code depends on this key. Losing or replacing it makes all
printed cards' QR codes "forged" (their barcodes still work), so the file is
created exactly once and a damaged file is refused rather than regenerated.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
from pathlib import Path

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.durability import fsync_directory

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


class KeyFileRefused(LoyaltyError):
    code = "card_key_file_refused"
    template = "{path}: {reason}."


def read_key_file(path: Path) -> bytes:
    """A key file handed over by head office (``cards key export``), checked before use."""
    try:
        key = path.read_bytes()
    except OSError as error:
        raise KeyFileRefused(path=str(path), reason=error.strerror or str(error)) from None
    if len(key) != KEY_BYTES:
        raise KeyFileRefused(path=str(path), reason=f"{len(key)} bytes, not a card signing key ({KEY_BYTES} bytes)")
    return key


def export_key(key: bytes, dest: Path) -> None:
    """Write ``key`` to a new file readable by its owner only; an existing file is never
    overwritten (it may be another shop's key)."""
    try:
        _write_private(dest, key)
    except FileExistsError:
        raise KeyFileRefused(path=str(dest), reason="already exists; choose a new file name") from None
    except OSError as error:
        raise KeyFileRefused(path=str(dest), reason=error.strerror or str(error)) from None


def replace_key(path: Path, key: bytes, *, stamp: str) -> Path:
    """Put ``key`` in place of this till's key; the old one is kept beside it as
    ``<name>.replaced-<stamp>`` (cards printed with it can be verified again by
    putting it back). Returns the kept copy's path."""
    kept = path.with_name(f"{path.name}.replaced-{stamp}")
    temp = _temp_beside(path)
    try:
        _write_private(temp, key)
        if path.exists():
            shutil.copy2(path, kept)  # a copy, not a link: the old key must survive the replace
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    fsync_directory(path.parent)
    return kept


def _create_key(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp_beside(path)
    try:
        _write_private(temp, secrets.token_bytes(KEY_BYTES))
        _publish(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    fsync_directory(path.parent)


def _temp_beside(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


def _write_private(path: Path, data: bytes) -> None:
    """A new file (never an existing one), durable before this returns.

    0o600 from the moment the file exists: never a window where others can read it.
    (Windows ignores the mode; the per-user data directory protects it there.)
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


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
