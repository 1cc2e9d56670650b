"""Sane bounds on what a person can type or a file can carry, checked before anything is written.

SQLite stores integers in 64 bits and sums them in 64 bits: one absurd number (a points
adjustment near 2**63, a quantity of 10**18) either fails deep in the store with a
traceback or, worse, is stored and then makes every report that sums it overflow for
good. The bounds here are far above anything a shop does, and far enough below 2**63
that the sums over every member and sale of a shop stay exact.
"""

from __future__ import annotations

import unicodedata

from loyalty_pos.domain.errors import ValidationError

MAX_QUANTITY = 999  # a typo guard: nobody rings up a thousand of one thing at a till
MAX_POINTS_PER_ENTRY = 10_000_000  # one ledger entry (an adjustment, a sale's earning, a transfer)
# A member's balance, either way (a debt too). A million members at the cap still sum
# to 10**15, a ten-thousandth of what 64 bits hold.
MAX_BALANCE = 1_000_000_000
# Money in minor units, whatever the currency (a rupiah shop's prices run to millions):
# a line up to 1,000,000,000.00, a sale up to ten times that. A million sales at the cap
# still sum to 10**18, within 64 bits.
MAX_LINE_MINOR = 100_000_000_000
MAX_SALE_MINOR = 1_000_000_000_000
MAX_SEARCH_CHARS = 100


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_quantity(quantity: object, *, what: str = "A quantity") -> int:
    """``quantity`` as a whole number from 1 to :data:`MAX_QUANTITY`, or a clear refusal."""
    if not _whole(quantity):
        raise ValidationError(code="bad_quantity", template="{what} is a whole number, not {quantity!r}",
                              what=what, quantity=quantity)
    assert isinstance(quantity, int)
    if not 1 <= quantity <= MAX_QUANTITY:
        raise ValidationError(code="bad_quantity", template="{what} is from 1 to {max_quantity}, not {quantity}",
                              what=what, max_quantity=MAX_QUANTITY, quantity=quantity)
    return quantity


def check_points_entry(points: object) -> int:
    """The points one ledger entry moves: whole, not 0, at most :data:`MAX_POINTS_PER_ENTRY` either way."""
    if not _whole(points):
        raise ValidationError(code="bad_points", template="Points are whole numbers, not {points!r}", points=points)
    assert isinstance(points, int)
    if points == 0:
        raise ValidationError(code="zero_points", template="A ledger entry moves at least 1 point")
    if abs(points) > MAX_POINTS_PER_ENTRY:
        raise ValidationError(code="points_too_many",
                              template="One entry moves at most {max_points_per_entry:,} points, not {points:,}",
                              max_points_per_entry=MAX_POINTS_PER_ENTRY, points=points)
    return points


def check_balance(balance: int) -> int:
    """A member's balance after a change: within :data:`MAX_BALANCE` either way."""
    if abs(balance) > MAX_BALANCE:
        raise ValidationError(code="balance_too_large",
                              template="A member's balance stays within {max_balance:,} points; this would make it {balance:,}",
                              max_balance=MAX_BALANCE, balance=balance)
    return balance


def check_amount(minor: object, *, what: str, maximum: int) -> int:
    """A money amount in minor units: whole, not negative, at most ``maximum``."""
    if not _whole(minor):
        raise ValidationError(code="bad_amount", template="{what} is a whole number of minor units, not {minor!r}",
                              what=what, minor=minor)
    assert isinstance(minor, int)
    if not 0 <= minor <= maximum:
        raise ValidationError(code="amount_too_large" if minor > maximum else "bad_amount",
                              template="{what} is from 0 to {maximum:,} minor units, not {minor:,}",
                              what=what, maximum=maximum, minor=minor)
    return minor


def check_search_text(text: object) -> str:
    """Search text as typed, refused cleanly when it holds control characters (a NUL, a
    scanner's stray escape code) or is longer than any name, phone or email."""
    if not isinstance(text, str):
        raise ValidationError(code="bad_search", template="Search for text")
    # Tabs and line breaks are spacing (a pasted name); every other control character is not.
    if any(unicodedata.category(char) in ("Cc", "Cs") and char not in "\t\n\r" for char in text):
        raise ValidationError(code="bad_search",
                              template="The search holds an invisible control character: clear it and type it again")
    if len(text) > MAX_SEARCH_CHARS:
        raise ValidationError(code="bad_search", template="Search for at most {max_search_chars} characters",
                              max_search_chars=MAX_SEARCH_CHARS)
    return text
