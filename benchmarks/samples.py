"""Real card numbers, phones, names and member ids drawn from a seeded store.

Every member is drawn at most once, so no card is looked up twice: a repeated key
would find its pages already in SQLite's cache and flatter the figure. Searches are
typed as cashiers type them: a phone in each spelling ``services/members/phones.py``
reads as the same number, and a first name with the start of a surname.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers

# How a cashier may type the number stored as +4791234567 (a Norwegian shop):
PHONE_SPELLINGS = ("stored", "local", "spaced", "country")


@dataclass(frozen=True)
class Samples:
    cards: list[str]  # distinct
    phones: list[str]  # prefixes of the stored spelling, as a cashier types them
    names: list[str]  # first-name prefixes
    member_ids: list[str]
    member_names: list[str]
    # (spelling, text): a phone as PHONE_SPELLINGS says, or "two_words" for a name
    searches: list[tuple[str, str]] = field(default_factory=list)


def phone_spellings(stored: str) -> dict[str, str]:
    """The stored E.164 number as typed: a prefix of it, the local number, the local
    number spaced as people write it, and with the country code spaced."""
    spelled = {"stored": stored[:7]}
    try:
        parsed = phonenumbers.parse(stored, None)
    except phonenumbers.NumberParseException:
        return spelled
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    spelled["local"] = "".join(ch for ch in national if ch.isdigit())
    spelled["spaced"] = national
    spelled["country"] = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return spelled


def two_words(name: str) -> str | None:
    """"Ingrid Hansen" typed as "Ingrid Han": a whole first name and the start of the last."""
    words = name.split()
    if len(words) < 2 or len(words[-1]) < 2:
        return None
    return f"{words[0]} {words[-1][:3]}"


def _searches(rows: list[tuple[str, str, str | None, str]]) -> list[tuple[str, str]]:
    queries: list[tuple[str, str]] = []
    for index, (_id, name, phone, _card) in enumerate(rows):
        # Each member gives one query, the kinds in turn, so every kind has as many samples.
        kind = (*PHONE_SPELLINGS, "two_words")[index % (len(PHONE_SPELLINGS) + 1)]
        text = two_words(name) if kind == "two_words" else phone_spellings(phone).get(kind) if phone else None
        if text:
            queries.append((kind, text))
    return queries


def draw(db_path: Path, count: int, seed: int = 7) -> Samples:
    """Up to ``count`` distinct active members with an active card, at random."""
    rng = random.Random(seed)
    rows: list[tuple[str, str, str | None, str]] = []
    seen: set[str] = set()
    with sqlite3.connect(db_path) as connection:
        top = connection.execute("SELECT max(rowid) FROM members").fetchone()[0] or 0
        candidates = rng.sample(range(1, top + 1), min(top, count * 2))
        for start in range(0, len(candidates), 500):
            chunk = candidates[start:start + 500]
            found = connection.execute(
                "SELECT m.id, m.name, m.phone, c.number FROM members m JOIN cards c ON c.member_id = m.id "
                f"WHERE m.rowid IN ({', '.join('?' * len(chunk))}) AND c.status = 'active' AND m.status = 'active'",
                chunk).fetchall()
            by_member = {row[0]: row for row in found}
            for row in by_member.values():
                if row[3] not in seen and len(rows) < count:
                    seen.add(row[3])
                    rows.append(row)
            if len(rows) >= count:
                break
    rng.shuffle(rows)  # IN (...) answers in key order: not the order drawn
    return Samples(
        cards=[r[3] for r in rows],
        phones=[r[2][:7] for r in rows if r[2]],
        names=[r[1][:3] for r in rows if len(r[1].split()[0]) >= 2],
        member_ids=[r[0] for r in rows],
        member_names=[r[1] for r in rows],
        searches=_searches(rows),
    )
