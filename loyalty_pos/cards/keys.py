"""The shop's card-signing key ring file: created once, kept private, never shown.

Every printed QR code depends on these keys. Losing or replacing them makes
printed cards' QR codes "forged" (their barcodes still work), so the file is
created exactly once (by setup or the demo), a damaged or missing file is refused
rather than regenerated, and a key is only ever added to it.

The file is the ring's keys, 32 bytes each, oldest first: the one-key file of
earlier releases is a ring of one.
"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
from pathlib import Path

from loyalty_pos.cards.key_ring import KeyRing, key_fingerprint
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.durability import fsync_directory

__all__ = [
    "KEY_BYTES",
    "CardKeyError",
    "CardKeyMissing",
    "KeyFileRefused",
    "export_key",
    "keep_aside",
    "key_fingerprint",
    "load_or_create_key",
    "pending_path",
    "read_key_file",
    "read_ring",
    "replace_key",
    "write_ring",
]

KEY_BYTES = 32
MAX_RING_KEYS = 256  # a rotation a week for five years; a bigger "key file" is something else


class CardKeyError(LoyaltyError):
    """The key file exists but cannot be used; regenerating would void every printed card."""

    code = "card_key_invalid"
    template = (
        "The card signing key {path} is {size} bytes, expected {expected} per key. "
        "Restore it from a backup (the .key file beside the backup); a new key would make every "
        "printed card's QR code invalid."
    )


class CardKeyMissing(LoyaltyError):
    code = "card_key_missing"
    template = (
        "The card signing key {path} is missing, so printed cards' QR codes cannot be checked. "
        "Restore it from a backup (the .key file beside the backup) or with "
        "'loyalty-pos cards key import FILE'; a new key would make every printed card's QR code invalid."
    )


def load_or_create_key(path: Path) -> bytes:
    """The current key of the ring at ``path``, creating a one-key ring (32 random bytes,
    mode 0600) if absent. Only first-run setup and the demo call this."""
    if not path.exists():
        _create_key(path)
    # Read back even after creating: if another process won the race, its key counts.
    return read_ring(path).current


def read_ring(path: Path) -> KeyRing:
    """The ring at ``path``; never creates one (``CardKeyMissing``)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CardKeyMissing(path=str(path)) from None
    if not data or len(data) % KEY_BYTES:
        raise CardKeyError(path=str(path), size=len(data), expected=KEY_BYTES)
    keys = tuple(data[start:start + KEY_BYTES] for start in range(0, len(data), KEY_BYTES))
    try:
        return KeyRing(keys)
    except ValueError:
        raise CardKeyError(path=str(path), size=len(data), expected=KEY_BYTES) from None


def pending_path(path: Path) -> Path:
    """Where a grown ring waits while the database records it: after a crash between
    the two, the till finds the ring there and finishes the move."""
    return path.with_name(f"{path.name}.pending")


def write_ring(path: Path, ring: KeyRing) -> None:
    """Replace the ring file in one rename, durable before this returns."""
    temp = _temp_beside(path)
    try:
        _write_private(temp, b"".join(ring.keys))
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    fsync_directory(path.parent)


def keep_aside(path: Path, *, stamp: str) -> Path | None:
    """Copy the ring file to ``<name>.replaced-<stamp>`` before it is replaced; None when
    there is no file to keep."""
    if not path.is_file():
        return None
    kept = path.with_name(f"{path.name}.replaced-{stamp}")
    shutil.copy2(path, kept)  # a copy, not a link: the old keys must survive the replace
    fsync_directory(path.parent)
    return kept


class KeyFileRefused(LoyaltyError):
    code = "card_key_file_refused"
    template = "{path}: {reason}."


def read_key_file(path: Path) -> KeyRing:
    """A key or ring file handed over by head office (``cards key export``) or kept in a
    backup, checked before use."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # /dev/zero or a pipe would be read for ever
            raise KeyFileRefused(path=str(path), template="{path}: not a regular file.")
        if info.st_size > MAX_RING_KEYS * KEY_BYTES:
            raise KeyFileRefused(path=str(path), template="{path}: {size:,} bytes, far too large for a card key file.",
                                     size=info.st_size)
        data = path.read_bytes()[:MAX_RING_KEYS * KEY_BYTES + 1]
    except OSError as error:
        raise KeyFileRefused(path=str(path), reason=error.strerror or str(error)) from None
    if not data or len(data) % KEY_BYTES or len(data) > MAX_RING_KEYS * KEY_BYTES:
        raise KeyFileRefused(path=str(path), template="{path}: {size} bytes, not a card signing key ({key_bytes} bytes "
                                                      "per key).", size=len(data), key_bytes=KEY_BYTES)
    try:
        return KeyRing(tuple(data[start:start + KEY_BYTES] for start in range(0, len(data), KEY_BYTES)))
    except ValueError:
        raise KeyFileRefused(path=str(path), template="{path}: it holds the same key twice.") from None


def export_key(key: bytes | KeyRing, dest: Path) -> None:
    """Write ``key`` (a whole ring: the other till then checks every card this one
    printed) to a new file readable by its owner only; an existing file is never
    overwritten (it may be another shop's key)."""
    data = b"".join(key.keys) if isinstance(key, KeyRing) else key
    try:
        _write_private(dest, data)
    except FileExistsError:
        raise KeyFileRefused(path=str(dest), template="{path}: already exists; choose a new file name.") from None
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
