"""Backups that leave the machine are sealed: AES-256-GCM under a key derived from a passphrase.

A USB stick taken home or a network share holds every member's name and phone and
the card key; whoever finds the stick must not be able to read it or print cards.

Format: ``MAGIC | salt (16) | scrypt log2(n) (1) | nonce prefix (8)`` then chunks
``final flag (1) | length (4, big-endian) | ciphertext``. Each chunk's nonce is the
prefix and its index, and the index and final flag are authenticated, so a chunk
cannot be reordered, dropped or cut off unnoticed. Streamed in 1 MiB chunks: a
shop's database may be larger than the memory one should take for a backup.
"""

from __future__ import annotations

import os
import secrets
import struct
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from loyalty_pos.domain.errors import LoyaltyError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# cryptography is imported when a backup is sealed or opened, not when the till starts
# (which imports this module through the daily jobs): start time is a target.

MAGIC = b"LPOSENC1"
CHUNK = 1 << 20
_SCRYPT_LOG2_N = 15  # 32 MiB, about 0.1 s: cheap once per backup, dear per guess
_HEADER = struct.Struct(">16sB8s")
_CHUNK_HEAD = struct.Struct(">BI")


class BackupSealFailed(LoyaltyError):
    code = "backup_unsealable"
    template = "{path}: {reason}"


def is_sealed(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def seal_file(src: Path, dest: Path, passphrase: str) -> None:
    """Write ``src`` sealed to ``dest`` (a new file: the caller renames it into place)."""
    _require(passphrase, dest)
    salt, prefix = secrets.token_bytes(16), secrets.token_bytes(8)
    cipher = _cipher(passphrase, salt, _SCRYPT_LOG2_N)
    with src.open("rb") as plain, dest.open("xb") as out:
        out.write(MAGIC + _HEADER.pack(salt, _SCRYPT_LOG2_N, prefix))
        index, chunk = 0, plain.read(CHUNK)
        while True:
            following = plain.read(CHUNK)
            final = 0 if following else 1
            sealed = cipher.encrypt(_nonce(prefix, index), chunk, _aad(index, final))
            out.write(_CHUNK_HEAD.pack(final, len(sealed)) + sealed)
            if final:
                break
            index, chunk = index + 1, following
        out.flush()
        os.fsync(out.fileno())


def open_sealed(src: Path, dest: Path, passphrase: str) -> None:
    """Write ``src``'s contents to ``dest`` (a new file); a wrong passphrase or a damaged,
    cut-off or altered file is refused (``dest`` is then removed)."""
    _require(passphrase, src)
    try:
        with src.open("rb") as sealed, dest.open("xb") as out:
            _open_into(sealed, out, src, passphrase)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        dest.unlink(missing_ok=True)
        raise


def _open_into(sealed: BinaryIO, out: BinaryIO, src: Path, passphrase: str) -> None:
    if sealed.read(len(MAGIC)) != MAGIC:
        raise BackupSealFailed(path=str(src), template="{path}: not a sealed loyalty-pos backup")
    header = sealed.read(_HEADER.size)
    if len(header) != _HEADER.size:
        raise BackupSealFailed(path=str(src), template="{path}: the file is cut off")
    salt, log2_n, prefix = _HEADER.unpack(header)
    if not 10 <= log2_n <= 22:
        raise BackupSealFailed(path=str(src), template="{path}: the file is damaged")
    from cryptography.exceptions import InvalidTag

    cipher = _cipher(passphrase, salt, log2_n)
    index = 0
    while True:
        head = sealed.read(_CHUNK_HEAD.size)
        if len(head) != _CHUNK_HEAD.size:
            raise BackupSealFailed(path=str(src), template="{path}: the file is cut off")
        final, length = _CHUNK_HEAD.unpack(head)
        body = sealed.read(length) if length <= CHUNK + 16 else b""
        if final > 1 or len(body) != length:
            raise BackupSealFailed(path=str(src), template="{path}: the file is damaged or cut off")
        try:
            out.write(cipher.decrypt(_nonce(prefix, index), body, _aad(index, final)))
        except InvalidTag:
            raise BackupSealFailed(path=str(src), template=(
                "{path}: wrong passphrase (nothing was restored)" if index == 0
                else "{path}: the file is damaged (nothing was restored)")) from None
        if final:
            if sealed.read(1):
                raise BackupSealFailed(path=str(src), template="{path}: the file has data after its end")
            return
        index += 1


def _require(passphrase: str, path: Path) -> None:
    if not passphrase:
        raise BackupSealFailed(path=str(path), template="{path}: an empty passphrase seals nothing")


def _cipher(passphrase: str, salt: bytes, log2_n: int) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    key = Scrypt(salt=salt, length=32, n=1 << log2_n, r=8, p=1).derive(passphrase.encode("utf-8"))
    return AESGCM(key)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + index.to_bytes(4, "big")


def _aad(index: int, final: int) -> bytes:
    return MAGIC + index.to_bytes(4, "big") + bytes([final])
