"""The card key file against the fingerprints the shop records: at start, in ``check``,
and when the ring grows (``cards key rotate`` / ``import``).

A grown ring is written beside the key file first (``.pending``), then recorded in
the database, then renamed into place: a crash between the two leaves either the old
ring on record (the pending file is ignored) or the new one, which the next start
finds pending and puts in place.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from loyalty_pos.cards.key_ring import KeyRing, key_id
from loyalty_pos.cards.keys import (
    KEY_BYTES,
    CardKeyError,
    CardKeyMissing,
    keep_aside,
    load_or_create_key,
    pending_path,
    read_ring,
    write_ring,
)
from loyalty_pos.domain.check_problems import Problem
from loyalty_pos.domain.errors import Conflict
from loyalty_pos.durability import fsync_directory
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.card_key_ring import (
    FIX,
    CardKeyProblem,
    record_first_ring,
    record_head_office_ring,
    record_import,
    record_refused_ring,
    record_rotation,
    recorded_ring,
    require_ring,
    ring_problem,
)
from loyalty_pos.services.shop.profile import holds_shop
from loyalty_pos.store.shop_database import ShopDatabase

MakeUow = Callable[..., UnitOfWork]


def verified_ring(make_uow: MakeUow, key_path: Path) -> KeyRing:
    """The ring in ``key_path`` if it is exactly the one the shop records; else a
    ``CardKeyProblem`` (or ``CardKeyError`` for a damaged file) saying how to fix it.
    Never creates a key."""
    _finish_pending(make_uow, key_path)
    present = _present(key_path)
    require_ring(make_uow(readonly=True), present.fingerprints if present else None, path=str(key_path))
    assert present is not None  # require_ring refuses a missing file
    return present


def opening_ring(make_uow: MakeUow, key_path: Path, *, new_shop: bool) -> KeyRing:
    """``new_shop`` (the demo): a database that is no shop yet and has no key on record
    gets its first key here (the file's, if one was put there before, e.g. head
    office's); anything else is verified."""
    if new_shop and not recorded_ring(make_uow(readonly=True)) and not holds_shop(make_uow(readonly=True)):
        return new_shop_ring(make_uow, key_path)
    return verified_ring(make_uow, key_path)


def new_shop_ring(make_uow: MakeUow, key_path: Path) -> KeyRing:
    """First-run setup and the demo: the only places a key is made."""
    load_or_create_key(key_path)
    ring = read_ring(key_path)
    record_first_ring(make_uow(), ring.fingerprints)
    return ring


def card_key_problems(make_uow: MakeUow, key_path: Path) -> list[str]:
    """``check``'s lines about the key file: none when it is the shop's ring."""
    try:
        present: KeyRing | None = read_ring(key_path)
    except CardKeyMissing:
        present = None
    except CardKeyError as error:
        return [Problem("card_key_unreadable", problem=error.message)]
    problem = ring_problem(recorded_ring(make_uow(readonly=True)), present.fingerprints if present else None)
    return [] if problem is None else [Problem("card_key_wrong", path=str(key_path), problem=problem, fix=FIX)]


def key_file_problems(db_path: Path, key_path: Path) -> list[str]:
    """``check`` on a data directory's files: read as they are, never migrated."""
    database = ShopDatabase.open(db_path)
    try:
        return card_key_problems(database.uow, key_path)
    finally:
        database.dispose()


def rotate(make_uow: MakeUow, key_path: Path, *, actor: Actor, clock: Clock) -> KeyRing:
    """A new current key; the earlier ones stay for the cards printed with them."""
    actor.require_manager("Rotating the card signing key")
    ring = verified_ring(make_uow, key_path)
    grown = ring.with_current(_new_key(ring))
    _grow(make_uow, key_path, grown, lambda uow: record_rotation(uow, grown.fingerprints, actor=actor, clock=clock))
    return grown


@dataclass(frozen=True, slots=True)
class Imported:
    ring: KeyRing
    added: int  # keys new to the ring
    repaired: bool  # the key file was missing, damaged or another shop's, and is now this shop's
    kept: Path | None  # where the file it replaced was copied


def import_keys(make_uow: MakeUow, key_path: Path, incoming: KeyRing, *, actor: Actor, clock: Clock,
                stamp: str) -> Imported:
    """Add ``incoming``'s keys (head office's ring, a backup's key file) to this shop's.

    A key file that is missing, damaged or not the shop's is put right only by a file
    holding exactly the ring the shop records; a shop with no key on record (upgraded
    without a key file) takes the file's ring as its own.
    """
    actor.require_manager("Importing a card signing key")
    recorded = recorded_ring(make_uow(readonly=True))
    try:
        present: KeyRing | None = read_ring(key_path)
    except (CardKeyMissing, CardKeyError):
        present = None
    if present is not None and recorded and present.fingerprints == recorded:
        fresh = tuple(key for key in incoming.keys if key not in present.keys)
        if not fresh:
            raise Conflict(code="card_keys_known",
                           template="Every key in the file is already in this till's ring (current {current}); "
                                    "nothing changed", current=present.fingerprints[-1])
        grown = KeyRing((*present.keys, *fresh))
        _grow(make_uow, key_path, grown, lambda uow: record_import(uow, grown.fingerprints, actor=actor, clock=clock))
        return Imported(grown, len(fresh), repaired=False, kept=None)
    if recorded and incoming.fingerprints != recorded:
        problem = ring_problem(recorded, incoming.fingerprints)
        raise CardKeyProblem(path=str(key_path), problem=problem, template=(
            "The card signing key {path} cannot be used: the key file to import does not mend it: {problem}. "
            "Use the .key file of one of this shop's backups."))
    kept = keep_aside(key_path, stamp=stamp)
    write_ring(key_path, incoming)
    record_import(make_uow(), incoming.fingerprints, actor=actor, clock=clock)
    return Imported(incoming, 0 if recorded else len(incoming.keys), repaired=True, kept=kept)


def take_head_office_ring(make_uow: MakeUow, key_path: Path, published: KeyRing, *, clock: Clock) -> KeyRing | None:
    """A joined till takes head office's published ring when it grows this till's: the
    grown ring, or None when nothing changed.

    Only a ring that starts with every key this till has, in order, is taken: rotation
    only appends, and a server that could drop or replace keys could swap the key that
    signs cards. Any other ring is audited as refused (once per publication) and this
    till keeps its own."""
    ring = verified_ring(make_uow, key_path)
    if published == ring:
        return None
    if published.keys[:len(ring.keys)] != ring.keys:
        record_refused_ring(make_uow(), published.fingerprints, clock=clock)
        return None
    _grow(make_uow, key_path, published, lambda uow: record_head_office_ring(uow, published.fingerprints, clock=clock))
    return published


def _new_key(ring: KeyRing) -> bytes:
    """A key whose one-character id no ring key has, so a scan tries only one key (the
    id space is 32; a ring never gets near it, but stop looking rather than loop)."""
    taken = {key_id(key) for key in ring.keys}
    for _ in range(256):
        key = secrets.token_bytes(KEY_BYTES)
        if key_id(key) not in taken:
            return key
    return secrets.token_bytes(KEY_BYTES)


def _grow(make_uow: MakeUow, key_path: Path, grown: KeyRing, record: Callable[[UnitOfWork], None]) -> None:
    pending = pending_path(key_path)
    pending.unlink(missing_ok=True)  # a rotation that never reached the database
    write_ring(pending, grown)
    try:
        record(make_uow())
    except BaseException:
        pending.unlink(missing_ok=True)
        raise
    os.replace(pending, key_path)
    fsync_directory(key_path.parent)


def _finish_pending(make_uow: MakeUow, key_path: Path) -> None:
    pending = pending_path(key_path)
    if not pending.is_file():
        return
    try:
        ring = read_ring(pending)
    except CardKeyError:
        return
    if ring.fingerprints == recorded_ring(make_uow(readonly=True)):
        os.replace(pending, key_path)
        fsync_directory(key_path.parent)


def _present(key_path: Path) -> KeyRing | None:
    try:
        return read_ring(key_path)
    except CardKeyMissing:
        return None
