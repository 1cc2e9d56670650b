"""Readable ids made from names ("Double points on bakery" -> "double-points-on-bakery").

Ids of rewards and campaigns end up on receipts, in the ledger's reasons and in
exported reports, so they are made to be read, and numbered when a name repeats.
"""

from __future__ import annotations

import re
from collections.abc import Collection


def unique_slug(name: str, taken: Collection[str], *, fallback: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40].strip("-") or fallback
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate
