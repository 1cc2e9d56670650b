"""What a cashier may change on a member's record alone, and what needs a manager.

A member's phone and email are how the till finds them without their card, and so how
someone else could spend their points: changing or removing one that is on record is an
account takeover waiting to happen, and needs a manager's approval. So does a birthday
once set (birthday rewards hang on it) and a name changed beyond a typo. What a cashier
does at the counter with the member standing there stays quick: add a phone, email or
birthday the record does not have yet, fix a typo in the name (at most two letters
changed, or only case and spacing), and record the member's consent choices.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Edits to the name up to this many letters (insert, delete, replace, swap) are typos.
NAME_TYPO_EDITS = 2


@dataclass(frozen=True, slots=True)
class MemberDetails:
    name: str
    phone: str | None
    email: str | None
    birthday: date | None


def _edits(a: str, b: str) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein without repeated edits)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _squeezed(text: str) -> str:
    return "".join(text.split()).casefold()


def _a_typo_fix(before: str, after: str) -> bool:
    if _squeezed(before) == _squeezed(after):
        return True
    if abs(len(before) - len(after)) > NAME_TYPO_EDITS:
        return False
    return _edits(before.casefold(), after.casefold()) <= NAME_TYPO_EDITS


def fields_needing_a_manager(before: MemberDetails, after: MemberDetails) -> tuple[str, ...]:
    """The changed fields (by name, never value) a cashier may not change alone."""
    needs = []
    if before.name != after.name and not _a_typo_fix(before.name, after.name):
        needs.append("name")
    for name in ("phone", "email", "birthday"):
        old, new = getattr(before, name), getattr(after, name)
        if old is not None and old != new:  # changed or removed; adding a missing one is fine
            needs.append(name)
    return tuple(needs)
