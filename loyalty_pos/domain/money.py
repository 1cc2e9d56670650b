"""Money as integer minor units with an ISO 4217 currency; named rounding.

Floats never appear: every division takes a :class:`Rounding` so the caller
states which way a fraction goes (earning floors by default, so rounding can
never create points).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from loyalty_pos.domain.errors import ValidationError

# ISO 4217 minor-unit exponents for the currencies our shops use. IDR and TWD
# are cash-traded without decimals although ISO lists 2 for them; shops price in
# whole rupiah/dollars, so we follow retail practice and use 0.
CURRENCY_EXPONENTS: dict[str, int] = {
    "IDR": 0,
    "TWD": 0,
    "JPY": 0,
    "KRW": 0,
    "NOK": 2,
    "SEK": 2,
    "DKK": 2,
    "EUR": 2,
    "USD": 2,
    "GBP": 2,
    "SGD": 2,
    "MYR": 2,
    "AUD": 2,
    "KWD": 3,
    "BHD": 3,
}
# The store keeps minor units in signed 64-bit columns (below 9.2e18): a typed amount of
# more digits than that cannot be stored, and past 4,300 digits int() itself refuses.
MAX_AMOUNT_DIGITS = 18


def currency_exponent(currency: str) -> int:
    try:
        return CURRENCY_EXPONENTS[currency]
    except KeyError:
        raise ValidationError(code="bad_currency", template="{currency!r} is not a currency the till knows", currency=currency) from None


class Rounding(enum.Enum):
    FLOOR = "floor"  # toward minus infinity
    CEILING = "ceiling"  # toward plus infinity
    HALF_UP = "half_up"  # .5 away from zero
    HALF_EVEN = "half_even"  # banker's rounding
    DOWN = "down"  # toward zero


def divide(numerator: int, denominator: int, rounding: Rounding) -> int:
    """Integer division of two ints with an explicit rounding policy."""
    if denominator == 0:
        raise ZeroDivisionError("division by zero")
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    quotient, remainder = divmod(numerator, denominator)  # floor semantics
    if remainder == 0:
        return quotient
    if rounding is Rounding.FLOOR:
        return quotient
    if rounding is Rounding.CEILING:
        return quotient + 1
    if rounding is Rounding.DOWN:
        return quotient if numerator >= 0 else quotient + 1
    twice = 2 * remainder
    if twice < denominator:
        return quotient
    if twice > denominator:
        return quotient + 1
    if rounding is Rounding.HALF_UP:
        return quotient + 1 if numerator >= 0 else quotient
    return quotient if quotient % 2 == 0 else quotient + 1  # HALF_EVEN


def scale(amount: int, numerator: int, denominator: int, rounding: Rounding) -> int:
    """``amount * numerator / denominator`` with one rounding at the end."""
    return divide(amount * numerator, denominator, rounding)


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An amount in minor units (cents, øre; whole rupiah) of one currency."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise ValidationError(detail=f"Money needs integer minor units, got {self.minor!r}")
        currency_exponent(self.currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def parse(cls, text: str, currency: str) -> Money:
        """Parse a typed amount such as ``"12.50"`` or ``"12,50"`` exactly."""
        exponent = currency_exponent(currency)
        cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
        if not cleaned:
            raise ValidationError(code="amount_empty", template="Amount is empty")
        negative = cleaned.startswith("-")
        if negative:
            cleaned = cleaned[1:]
        cleaned = _decimal_point_only(cleaned, exponent)
        whole, _, fraction = cleaned.partition(".")
        if not whole:
            whole = "0"
        # isdecimal, not isdigit: "²" and "½" are digits to Python but not numbers int() reads.
        if not whole.isdecimal() or (fraction and not fraction.isdecimal()):
            raise ValidationError(code="not_an_amount", template="{text!r} is not an amount", text=text)
        if len(whole.lstrip("0")) + exponent > MAX_AMOUNT_DIGITS:
            raise ValidationError(code="amount_too_large", template="{text!r} is too large to be an amount",
                                  text=text[:30])
        if len(fraction) > exponent:
            raise ValidationError(code="too_many_decimals",
                                  template="{currency} has {exponent} decimals; {text!r} has {decimals}",
                                  currency=currency, exponent=exponent, text=text, decimals=len(fraction))
        minor = int(whole) * 10**exponent + (int(fraction.ljust(exponent, "0")) if exponent else 0)
        return cls(-minor if negative else minor, currency)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise ValidationError(detail=f"Cannot mix {self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def times(self, quantity: int) -> Money:
        return Money(self.minor * quantity, self.currency)

    def scaled(self, numerator: int, denominator: int, rounding: Rounding) -> Money:
        return Money(scale(self.minor, numerator, denominator, rounding), self.currency)

    def min(self, other: Money) -> Money:
        self._same(other)
        return self if self.minor <= other.minor else other

    @property
    def is_zero(self) -> bool:
        return self.minor == 0

    @property
    def exponent(self) -> int:
        return currency_exponent(self.currency)

    def format(self) -> str:
        """Plain display: ``NOK 12.50``, ``IDR 15,000``."""
        exponent = self.exponent
        sign = "-" if self.minor < 0 else ""
        units, cents = divmod(abs(self.minor), 10**exponent) if exponent else (abs(self.minor), 0)
        body = f"{units:,}"
        if exponent:
            body += f".{cents:0{exponent}d}"
        return f"{sign}{self.currency} {body}"

    def __str__(self) -> str:
        return self.format()


def _ungroup(text: str, mark: str) -> str:
    head, *groups = text.split(mark)
    if not head or any(len(group) != 3 for group in groups):
        raise ValidationError(code="misplaced_groups", template="{text!r} has misplaced thousands separators",
                              text=text)
    return head + "".join(groups)


def _decimal_point_only(text: str, exponent: int) -> str:
    """Rewrite ``1.234,50`` / ``1,234.50`` / ``15.000`` (IDR) to one ``.`` decimal point.

    The last separator is the decimal one when both kinds appear; a separator that
    repeats, or is followed by exactly three digits where the currency has fewer
    decimals, groups thousands (``15,000`` rupiah, ``1,000`` kroner); otherwise it
    is the decimal point (``12,50``).
    """
    marks = [c for c in text if c in ",."]
    if not marks:
        return text
    if len(set(marks)) == 2:
        decimal = marks[-1]
        grouping = "," if decimal == "." else "."
        whole, _, fraction = text.rpartition(decimal)
        if grouping not in whole:
            raise ValidationError(code="not_an_amount", template="{text!r} is not an amount", text=text)
        return _ungroup(whole, grouping) + "." + fraction
    mark = marks[0]
    tail = text.rsplit(mark, 1)[1]
    if len(marks) > 1 or (len(tail) == 3 and exponent < 3):
        return _ungroup(text, mark)
    return text.replace(mark, ".")


def allocate(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` over ``weights`` pro rata; parts sum exactly to ``total``.

    Largest-remainder method: each part is floored, then the units left over go
    to the largest remainders (ties to the earliest line) so nothing is created
    or lost when a discount is spread over basket lines.
    """
    weight_sum = sum(weights)
    if weight_sum == 0:
        return [0] * len(weights)
    if any(w < 0 for w in weights):
        raise ValidationError(detail="allocation weights must not be negative")
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    parts = [magnitude * w // weight_sum for w in weights]
    remainders = [magnitude * w % weight_sum for w in weights]
    left = magnitude - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for i in order[:left]:
        parts[i] += 1
    return [sign * p for p in parts]
