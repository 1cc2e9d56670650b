"""The hash chain over every append-only record: ledger entries, sales and returns,
audit entries, published program versions and gift-card entries.

Each link is ``sha256(previous link || origin, n, kind, ref || record)`` where ``record``
is the row's stored values exactly as the database holds them, each spelled as an SQL
literal (SQLite's ``quote()``: ``12``, ``'text'``, ``NULL``, ``X'00FF'``), so an edit made
with an SQLite editor - any column, any type - changes the bytes. The store spells the
record in SQL, so hashing a million rows costs one C loop, not a Python one per value. Links are numbered per *origin*: the till (database)
that wrote the record. Entries pulled from other tills later are chained on
their own origin's chain, in that till's order, so two tills never interleave
one sequence.

A chain can be recomputed by whoever can write the file; only a copy of the head
kept elsewhere (a file beside the database, each backup, later the sync server)
shows that, or that the tail was cut off.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass
from typing import Any

from loyalty_pos.domain.check_problems import Problem

GENESIS = bytes(32)
LOCAL_ORIGIN = "local"  # this database's own chain; a synced till's would carry its terminal id
# How far behind the database's head a head kept outside may be and still be accepted
# silently: the file is written after the commit, so a crash in between leaves it one
# transaction behind (an expiry run or a merge can chain thousands of entries at once).
OUTSIDE_HEAD_LAG_LIMIT = 100_000


class RecordKind(enum.StrEnum):
    LEDGER = "ledger"  # ref: ledger.seq
    SALE = "sale"  # ref: sales.sale_id (with its lines, in line order)
    AUDIT = "audit"  # ref: audit_log.seq
    PROGRAM = "program"  # ref: program_versions.version, chained when published
    # One link over a run of records a bulk load wrote at once (the demo's year): the
    # record is every row of the run spelled in key order, so editing, deleting or
    # inserting any of them breaks the link just as a link per record would, at one
    # hash and one chain row per run instead of per record.
    LEDGER_RANGE = "ledger_range"  # ref: "first seq..last seq"
    AUDIT_RANGE = "audit_range"  # ref: "first seq..last seq"
    SALE_RANGE = "sale_range"  # ref: "first receipt_no..last receipt_no", both of one length
    # A gift card's money entry (migration 0026): a card's balance is the sum of its
    # entries, so an edited amount spends money nobody put on the card.
    GIFT_CARD = "gift_card"  # ref: gift_card_entries.seq


RANGE_SEPARATOR = ".."


def range_ref(first: str, last: str) -> str:
    return f"{first}{RANGE_SEPARATOR}{last}"


def range_bounds(ref: str) -> tuple[str, str] | None:
    """A range link's first and last key, or None for a ref that is not a range."""
    first, separator, last = ref.partition(RANGE_SEPARATOR)
    return (first, last) if separator and first and last else None


def _field(text: str) -> str:
    # Length-prefixed: no choice of ref (a sale id is the till's UUID) can shift the
    # boundary between one field and the next.
    return f"{len(text)}:{text}"


def link(prev: bytes, origin: str, n: int, kind: str, ref: str, record: str) -> bytes:
    header = f"{_field(origin)}{n};{_field(kind)}{_field(ref)}"
    return hashlib.sha256(prev + header.encode() + record.encode("utf-8", "surrogatepass")).digest()


@dataclass(frozen=True, slots=True)
class Head:
    """The last link of one origin's chain; ``n`` 0 with the genesis hash is an empty chain."""

    origin: str
    n: int
    hash: str  # hex

    def to_plain(self) -> dict[str, Any]:
        return {"origin": self.origin, "n": self.n, "hash": self.hash}

    @classmethod
    def from_plain(cls, data: Any) -> Head:
        if not isinstance(data, dict):
            raise ValueError("a chain head is an object")
        origin, n, digest = data.get("origin"), data.get("n"), data.get("hash")
        if not isinstance(origin, str) or not isinstance(n, int) or isinstance(n, bool) or n < 0:
            raise ValueError("a chain head names its origin and a link number")
        if not isinstance(digest, str) or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValueError("a chain head's hash is 64 hex digits")
        return cls(origin, n, digest)


EMPTY_HASH = GENESIS.hex()


def compare_heads(outside: Head, db_head: Head, hash_at: dict[int, str] | None) -> list[str]:
    """What a head kept outside says of the database's chain, as problem lines.

    ``hash_at`` holds the database's link hash at ``outside.n`` (None when the chain
    has no such link). The outside head must be the database's head or an earlier
    link of the same chain: a later one means the tail was cut off, a different hash
    means the chain was rewritten from there on.
    """
    where = {"n": outside.n, "origin": outside.origin}
    if outside.n > db_head.n:
        cut = outside.n - db_head.n
        return [Problem("head_past_end_one" if cut == 1 else "head_past_end_many", **where, last=db_head.n,
                        cut=cut)]
    stored = None if hash_at is None else hash_at.get(outside.n)
    if outside.n == 0:
        stored = EMPTY_HASH
    if stored != outside.hash:
        return [Problem("head_rewritten", **where)]
    if db_head.n - outside.n > OUTSIDE_HEAD_LAG_LIMIT:
        return [Problem("head_too_far_behind", **where, behind=db_head.n - outside.n)]
    return []
