"""Real card numbers, phones, names and member ids drawn from a seeded store."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Samples:
    cards: list[str]
    phones: list[str]  # prefixes, as a cashier types them
    names: list[str]  # first-name prefixes
    member_ids: list[str]
    member_names: list[str]


def draw(db_path: Path, count: int, seed: int = 7) -> Samples:
    rng = random.Random(seed)
    rows = []
    with sqlite3.connect(db_path) as connection:
        top = connection.execute("SELECT max(rowid) FROM members").fetchone()[0] or 0
        for _ in range(count):
            row = connection.execute(
                "SELECT m.id, m.name, m.phone, c.number FROM members m JOIN cards c ON c.member_id = m.id "
                "WHERE m.rowid >= ? AND c.status = 'active' AND m.status = 'active' LIMIT 1",
                (rng.randint(1, top),)).fetchone()
            if row:
                rows.append(row)
    return Samples(
        cards=[r[3] for r in rows],
        phones=[r[2][:7] for r in rows if r[2]],
        names=[r[1][:3] for r in rows if len(r[1].split()[0]) >= 2],
        member_ids=[r[0] for r in rows],
        member_names=[r[1] for r in rows],
    )
