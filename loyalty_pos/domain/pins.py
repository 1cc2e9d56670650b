"""How strong a newly chosen PIN must be.

A till PIN is short, so the first guesses of anyone standing at the till are the
ones that matter: one digit repeated (0000, 7777) and runs up or down the keypad
row (1234, 9876, 7890). A new PIN that is one of those is refused; the length
limits are the ones every PIN already has (4 to 12 digits).

Only PINs chosen from now on go through this (setup, the staff commands,
recovery); the demo's published PINs and accounts made before are left alone.
"""

from __future__ import annotations

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.field_problems import FieldProblem

MIN_LENGTH, MAX_LENGTH = 4, 12


def pin_problem(pin: str) -> FieldProblem | None:
    """Why ``pin`` may not be chosen as a new PIN, or None when it may."""
    if not pin:
        return FieldProblem("pin_empty", "Type a PIN.")
    if not (pin.isascii() and pin.isdigit()):
        return FieldProblem("pin_digits_only", "A PIN is digits only.")
    if len(pin) < MIN_LENGTH:
        return FieldProblem("pin_too_short", "A PIN has at least {digits} digits.", digits=MIN_LENGTH)
    if len(pin) > MAX_LENGTH:
        return FieldProblem("pin_too_long", "A PIN has at most {digits} digits.", digits=MAX_LENGTH)
    if len(set(pin)) == 1:
        return FieldProblem("pin_repeated", "A PIN of one digit repeated is the first one anyone tries; choose another.")
    if _is_run(pin, +1) or _is_run(pin, -1):
        return FieldProblem("pin_sequence",
                            "A PIN of digits in a row (like 1234 or 9876) is easy to guess; choose another.")
    return None


def check_new_pin(pin: str, repeated: str | None = None) -> None:
    """Refuse a weak PIN, and (when the person typed it twice) two PINs that differ."""
    problem = pin_problem(pin)
    if problem is not None:
        raise ValidationError(code="weak_pin", template=problem)
    if repeated is not None and repeated != pin:
        raise ValidationError(code="pins_differ", template="The two PINs differ; type the same PIN twice.")


def _is_run(pin: str, step: int) -> bool:
    # Modulo 10 so 7890 and 8901 count as runs too: 0 sits after 9 on every keypad row.
    return all((int(b) - int(a)) % 10 == step % 10 for a, b in zip(pin, pin[1:]))
