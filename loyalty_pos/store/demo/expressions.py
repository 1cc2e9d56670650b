"""SQL expressions for generating demo rows inside SQLite: hashing, ids, card numbers.

Every generated value is a pure function of a row's own integer key and a salt,
so the same seed gives the same shop everywhere and no statement needs another
row's state. SQLite integers are signed 64-bit and a product that overflows turns
into a float, so every multiplication below is sized to stay under 2**63 (keys
stay below 2**31).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

# 2**31 - 1 is prime: a hash below it squared stays below 2**62.
HASH_MODULUS = 2_147_483_647
_MULTIPLIER = 1_103_515_245
# Coprime with 10, so index -> index * multiplier mod 10**k permutes the card bodies.
_CARD_MULTIPLIER = 2_654_435_761
CARD_NUMBER_LENGTH = 16
# Scrambles a draw for the UUID's last 32 bits, which would otherwise repeat the low
# bits of the first group (both come from the same draw).
_SCRAMBLE = 2_654_435_761


class Salts:
    """Salts drawn from the seed, one per purpose (the same name, the same salt)."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._salts: dict[str, int] = {}

    def __getitem__(self, purpose: str) -> int:
        if purpose not in self._salts:
            self._salts[purpose] = self._rng.randrange(1, HASH_MODULUS)
        return self._salts[purpose]


def rand(key: str, salt: int) -> str:
    """A pseudo-random integer in [0, 2**31 - 1) from ``key`` (an SQL expression below 2**31).

    One linear step mixes the salt in; squaring makes draws with different salts
    unrelated (linear ones would differ by a constant, so "regular" and "has an
    e-mail" would go together).
    """
    step = f"((({key}) * {_MULTIPLIER} + {salt}) % {HASH_MODULUS})"
    return f"(({step} * {step} + ({key})) % {HASH_MODULUS})"


def uuid_hashes(key: str, salts: Salts, space: str) -> tuple[str, str, str]:
    """The three draws :func:`uuid_text` is built from. Each is used more than once,
    so compute them once, as columns of a MATERIALIZED CTE."""
    first, second, third = (rand(key, salts[f"{space}.{part}"]) for part in ("first", "second", "third"))
    return first, second, third


def uuid_text(key: str, keys: int, hashes: tuple[str, str, str]) -> str:
    """A version-4-shaped UUID for ``key`` (0 <= key < ``keys``) that sorts as the key does.

    The first group is the key's own stretch of the 32-bit range plus a draw inside
    it, so ids are unique by construction, and rows written in key order build their
    UNIQUE index from sorted input (as time-ordered UUIDs do); the other 90 bits are
    draws, so neighbouring keys still look unrelated.
    """
    stretch = (1 << 32) // max(keys, 1)
    if stretch < 1:
        raise ValueError(f"{keys:,} keys do not fit in ordered ids")
    first, second, third = hashes
    return (
        f"printf('%08x-%04x-4%03x-%04x-%04x%08x', ({key}) * {stretch} + {first} % {stretch}, "
        f"{second} % 65536, {second} / 65536 % 4096, 32768 + {third} % 16384, "  # variant bits 10xx
        f"{third} / 16384 % 65536, ({first} * {_SCRAMBLE} + {second}) % {1 << 32})"
    )


def _luhn_value(position: int, digit: int) -> int:
    if position % 2 == 0:
        doubled = 2 * digit
        return doubled - 9 if doubled > 9 else doubled
    return digit


def _luhn_terms(digits: Iterator[tuple[int, str]]) -> Iterator[str]:
    for position, digit in digits:
        if position % 2 == 0:  # doubled once the check digit is appended
            yield f"(2 * {digit} - 9 * ({digit} > 4))"
        else:
            yield digit


def card_number(index: str, prefix: str, salt: int) -> str:
    """A 16-digit card number: ``prefix``, a permutation of ``index`` (unique, not
    sequential) and the Luhn check digit, all in SQL arithmetic."""
    body_length = CARD_NUMBER_LENGTH - 1 - len(prefix)
    modulus = 10**body_length
    body = f"((({index}) * {_CARD_MULTIPLIER} + {salt % modulus}) % {modulus})"
    # Positions count from the right of the body, where the check digit will follow.
    constant = sum(_luhn_value(body_length + offset, int(char)) for offset, char in enumerate(reversed(prefix)))
    body_digits = ((position, f"({body} / {10**position} % 10)") for position in range(body_length))
    total = " + ".join((str(constant), *_luhn_terms(body_digits)))
    return f"('{prefix}' || printf('%0{body_length}d', {body}) || ((10 - ({total}) % 10) % 10))"


def literal(text: str) -> str:
    """A quoted SQL string literal (the demo's names and codes are trusted, but may hold ')."""
    return "'" + text.replace("'", "''") + "'"
