"""The shop's recovery code: the way back in when the only manager forgot the PIN.

Shown once at setup (and after each use), written on paper by the owner, typed
back by hand. So: 4 groups of 5 characters from an alphabet without look-alikes
(no 0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V, nor G beside 6), read back case-insensitively with any
spaces or dashes. 22 symbols x 20 = 89 bits: guessing needs no lock-out to fail.
"""

from __future__ import annotations

from collections.abc import Callable

from loyalty_pos.domain.errors import ValidationError

ALPHABET = "34679ACDEFHJKMNPQRTWXY"  # 22 symbols nobody confuses when reading or typing them
GROUPS, GROUP_LENGTH = 4, 5
LENGTH = GROUPS * GROUP_LENGTH
_SEPARATORS = " -_\t"


def new_recovery_code(randbelow: Callable[[int], int]) -> str:
    """A fresh code, grouped for reading ("HX7QK-..."). ``randbelow`` is injected
    (``secrets.randbelow`` in production) so the domain stays free of I/O."""
    raw = "".join(ALPHABET[randbelow(len(ALPHABET))] for _ in range(LENGTH))
    return format_recovery_code(raw)


def format_recovery_code(raw: str) -> str:
    return "-".join(raw[start : start + GROUP_LENGTH] for start in range(0, len(raw), GROUP_LENGTH))


def normalise_recovery_code(text: str) -> str:
    """The code as typed, without separators and upper-cased; refused when it cannot be one."""
    raw = "".join(char for char in text.upper() if char not in _SEPARATORS)
    if len(raw) != LENGTH or any(char not in ALPHABET for char in raw):
        raise ValidationError(
            code="bad_recovery_code",
            template="A recovery code is {groups} groups of {group_length} letters and digits, as printed when the shop was set up.",
            groups=GROUPS, group_length=GROUP_LENGTH,
        )
    return raw
