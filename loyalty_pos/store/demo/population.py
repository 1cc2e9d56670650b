"""The demo's members and cards, written by SQLite itself.

A million members must load in seconds, so no member row passes through Python:
``members`` and ``cards`` are filled by ``INSERT ... SELECT`` over a numbers CTE
(``history``), with pseudo-randomness from hashing each row's own key
(``expressions``). Their year is then worked out member by member (``demo/year.py``),
reading them back with :func:`seeded_members`, and :func:`set_tiers` stores the tier
each ended in.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.store.bulk import BulkLoader
from loyalty_pos.store.demo import history
from loyalty_pos.store.demo.history import History
from loyalty_pos.store.types import from_micros, to_micros

Progress = Callable[[str, int, int], None]

_MAX_MEMBERS = 10_000_000  # keeps phone numbers unique and every row key below 2**31
_CHUNK = 100_000  # members per statement: progress steps, bounded sorts
_SCRATCH = ("demo_first", "demo_last")
_POPULATED = ("members", "cards", "ledger", "balances", "lots", "sales", "sale_lines")


@dataclass(frozen=True, slots=True)
class PopulationSpec:
    members: int
    seed: int
    now: datetime
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    first_tier: str  # every member starts in it; their history moves them
    card_prefix: str
    phone_prefix: str


@dataclass(frozen=True, slots=True)
class SeededMember:
    """What a member's history is worked out from (times in stored microseconds)."""

    row_id: int
    id: str
    name: str
    phone: str | None
    email: str | None
    birthday: str | None
    consent_marketing: bool
    enrolled_at: datetime
    card: str


def write_population(loader: BulkLoader, spec: PopulationSpec, *, progress: Progress | None = None) -> int:
    """Members with their cards, inside ``loader``'s transaction; returns how many.

    Reports ``progress("members", done, total)``. Refuses a shop that already has
    members or sales (the generated keys start from the first row).
    """
    _validate(spec)
    report = progress or (lambda _stage, _done, _total: None)
    for table in _POPULATED:
        if loader.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
            raise ValidationError(code="demo_not_empty",
                                  detail=f"the demo population loads into a shop without members ({table} has rows)")
    plan = History(spec)
    _scratch_tables(loader, spec)
    report("members", 0, spec.members)
    for low, high in _spans(spec.members):
        history.members(loader, plan, low, high)
        report("members", high, spec.members)
    for table in _SCRATCH:
        loader.execute(f"DROP TABLE {table}")
    return spec.members


def seeded_members(loader: BulkLoader, *, batch: int = 10_000) -> Iterator[list[SeededMember]]:
    """The members just written, in row order, ``batch`` at a time."""
    after = 0
    while True:
        rows = loader.execute(
            "SELECT m.row_id, m.id, m.name, m.phone, m.email, m.birthday, m.consent_marketing, m.enrolled_at, "
            "c.number FROM members m CROSS JOIN cards c ON c.rowid = m.row_id "
            f"WHERE m.row_id > ? ORDER BY m.row_id LIMIT {batch}", (after,)).fetchall()
        if not rows:
            return
        yield [SeededMember(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), from_micros(row[7]), row[8])
               for row in rows]
        after = rows[-1][0]


def set_tiers(loader: BulkLoader, tiers: Iterable[tuple[int, str, datetime | None]]) -> None:
    """Each member's tier and last review as their history left them (row_id, tier, reviewed)."""
    loader.execute("CREATE TABLE demo_tiers(row_id INTEGER PRIMARY KEY, tier TEXT, reviewed INTEGER)")
    loader.executemany("INSERT INTO demo_tiers VALUES (?, ?, ?)",
                       ((row_id, tier, None if at is None else to_micros(at)) for row_id, tier, at in tiers))
    loader.execute("UPDATE members SET tier_code = t.tier, tier_reviewed_at = t.reviewed "
                   "FROM demo_tiers t WHERE t.row_id = members.row_id")
    loader.execute("DROP TABLE demo_tiers")


def set_receipt_counter(loader: BulkLoader, terminal_id: str, last: int) -> None:
    """The terminal's receipt numbers go on after the history's last one."""
    if last:
        loader.execute(
            "INSERT INTO receipt_counters(terminal_id, last_seq) VALUES (?, ?) "
            "ON CONFLICT(terminal_id) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
            (terminal_id.strip().upper(), last),
        )


def _spans(total: int, *, first: int = 0, size: int = _CHUNK) -> list[tuple[int, int]]:
    """``[low, high)`` ranges covering ``first .. first + total - 1``."""
    end = first + total
    return [(start, min(start + size, end)) for start in range(first, end, size)]


def _validate(spec: PopulationSpec) -> None:
    if not 0 <= spec.members <= _MAX_MEMBERS:
        raise ValidationError(detail=f"the demo holds 0 to {_MAX_MEMBERS:,} members, not {spec.members:,}")
    if not (spec.first_names and spec.last_names):
        raise ValidationError(detail="the demo needs names")
    if len(spec.first_names) * len(spec.last_names) >= 1 << 20:
        raise ValidationError(detail="the demo draws from at most 2**20 name pairs")
    if not spec.card_prefix.isdigit() or not 1 <= len(spec.card_prefix) <= 8:
        raise ValidationError(detail=f"bad card prefix {spec.card_prefix!r}")
    if spec.now.utcoffset() is None:
        raise ValidationError(detail="now must be timezone-aware")


def _ascii_word(text: str) -> str:
    """The part of a name an e-mail address can carry ("jose" for "José")."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower()) or "member"


def _scratch_tables(loader: BulkLoader, spec: PopulationSpec) -> None:
    loader.execute("CREATE TABLE demo_first(i INTEGER PRIMARY KEY, name TEXT, json TEXT, mail TEXT)")
    loader.execute("CREATE TABLE demo_last(i INTEGER PRIMARY KEY, name TEXT, mail TEXT)")
    loader.executemany("INSERT INTO demo_first VALUES (?, ?, ?, ?)", [
        (index, name, json.dumps(name, ensure_ascii=False), _ascii_word(name))
        for index, name in enumerate(spec.first_names)
    ])
    loader.executemany("INSERT INTO demo_last VALUES (?, ?, ?)", [
        (index, name, _ascii_word(name)) for index, name in enumerate(spec.last_names)
    ])
