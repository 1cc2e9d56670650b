"""Money: integer minor units, named rounding, exact allocation."""

from __future__ import annotations

from fractions import Fraction
from math import ceil, floor

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.money import Money, Rounding, allocate, currency_exponent, divide, scale


@pytest.mark.parametrize(
    ("numerator", "denominator", "rounding", "expected"),
    [
        (7, 2, Rounding.FLOOR, 3),
        (7, 2, Rounding.CEILING, 4),
        (7, 2, Rounding.HALF_UP, 4),
        (7, 2, Rounding.HALF_EVEN, 4),  # 3.5 -> 4 (even)
        (5, 2, Rounding.HALF_EVEN, 2),  # 2.5 -> 2 (even)
        (5, 2, Rounding.DOWN, 2),
        (-7, 2, Rounding.FLOOR, -4),
        (-7, 2, Rounding.CEILING, -3),
        (-7, 2, Rounding.DOWN, -3),  # toward zero
        (-7, 2, Rounding.HALF_UP, -4),  # -3.5 away from zero
        (-5, 2, Rounding.HALF_EVEN, -2),
        (7, -2, Rounding.FLOOR, -4),  # a negative denominator is the same as a negative numerator
        (10, 3, Rounding.HALF_UP, 3),  # 3.33
        (11, 3, Rounding.HALF_UP, 4),  # 3.67
        (9, 3, Rounding.CEILING, 3),  # exact stays exact
    ],
)
def test_divide_rounds_as_named(numerator: int, denominator: int, rounding: Rounding, expected: int) -> None:
    assert divide(numerator, denominator, rounding) == expected


def test_divide_by_zero_is_an_error() -> None:
    with pytest.raises(ZeroDivisionError):
        divide(1, 0, Rounding.FLOOR)


def test_scale_rounds_once_at_the_end() -> None:
    # 25 % VAT out of NOK 99.99: 9999 * 10000 / 12500 = 7999.2 -> 7999.
    assert scale(9999, 10_000, 12_500, Rounding.FLOOR) == 7999
    # Rounding each step would lose: floor(9999 / 3) * 2 = 6666 but exactly 6666.0.
    assert scale(9999, 2, 3, Rounding.FLOOR) == 6666
    assert scale(10, 2, 3, Rounding.CEILING) == 7


def exact(n: int, d: int, rounding: Rounding) -> int:
    value = Fraction(n, d)
    if rounding is Rounding.FLOOR:
        return floor(value)
    if rounding is Rounding.CEILING:
        return ceil(value)
    if rounding is Rounding.DOWN:
        return int(value)  # truncates toward zero
    if rounding is Rounding.HALF_UP:
        magnitude = floor(abs(value) + Fraction(1, 2))
        return magnitude if value >= 0 else -magnitude
    return round(value)  # Python rounds Fractions half to even


@given(st.integers(-10**12, 10**12), st.integers(-10**6, 10**6).filter(bool), st.sampled_from(list(Rounding)))
def test_divide_matches_exact_fraction_arithmetic(n: int, d: int, rounding: Rounding) -> None:
    assert divide(n, d, rounding) == exact(n, d, rounding)


# -- allocate ------------------------------------------------------------------------------


def test_allocate_by_largest_remainder() -> None:
    # 100 over 1:1:1 -> 33.33 each; the one left over goes to the first (ties to the earliest).
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    # 5000 over 10000:30000 splits exactly.
    assert allocate(5000, [10000, 30000]) == [1250, 3750]
    # 10 over 1:2:3 -> 1.67, 3.33, 5: the largest remainder (.67) gets the spare unit.
    assert allocate(10, [1, 2, 3]) == [2, 3, 5]


def test_allocate_edge_cases() -> None:
    assert allocate(7, [0, 0]) == [0, 0]  # nothing to weigh by: nothing allocated
    assert allocate(0, [3, 4]) == [0, 0]
    assert allocate(7, [0, 5]) == [0, 7]
    assert allocate(-100, [1, 1, 1]) == [-34, -33, -33]
    assert allocate(5, []) == []
    with pytest.raises(ValidationError):
        allocate(10, [5, -1])


@given(st.integers(-10**9, 10**9), st.lists(st.integers(0, 10**6), min_size=1, max_size=12))
def test_allocation_is_exact_and_fair(total: int, weights: list[int]) -> None:
    parts = allocate(total, weights)
    weight_sum = sum(weights)
    if weight_sum == 0:
        assert parts == [0] * len(weights)
        return
    assert sum(parts) == total  # nothing created, nothing lost
    for part, weight in zip(parts, weights, strict=True):
        share = Fraction(total * weight, weight_sum)
        assert floor(share) <= part <= ceil(share)  # each part within one unit of its exact share


# -- Money ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("12.50", "NOK", 1250),
        ("12,50", "NOK", 1250),  # comma decimal
        ("1,234.50", "USD", 123450),  # comma thousands
        (" 7 ", "EUR", 700),
        ("0.5", "NOK", 50),
        (".05", "NOK", 5),
        ("-3", "NOK", -300),
        ("15000", "IDR", 15000),  # no decimals
        ("1.234", "KWD", 1234),  # three decimals
        ("1\u00a0000,00", "SEK", 100000),  # no-break space as thousands separator
        ("15,000", "IDR", 15000),  # rupiah typed with thousands separators
        ("15.000", "IDR", 15000),
        ("1,000,000", "IDR", 1000000),
        ("1.000", "NOK", 100000),  # three digits after one mark: thousands, NOK has 2 decimals
        ("1.234,50", "NOK", 123450),  # European grouping with decimal comma
    ],
)
def test_parse_typed_amounts_exactly(text: str, currency: str, minor: int) -> None:
    assert Money.parse(text, currency) == Money(minor, currency)


@pytest.mark.parametrize(("text", "currency"), [("", "NOK"), ("abc", "NOK"), ("12.5055", "NOK"), ("1.5", "IDR"),
                                                ("1.2.3", "NOK"), ("1e3", "NOK"), ("1,00,000", "IDR"),
                                                (",500", "IDR"), ("1.000.5", "NOK")])
def test_parse_refuses_what_is_not_an_amount(text: str, currency: str) -> None:
    with pytest.raises(ValidationError):
        Money.parse(text, currency)


@pytest.mark.parametrize(
    ("minor", "currency", "text"),
    [
        (1250, "NOK", "NOK 12.50"),
        (5, "NOK", "NOK 0.05"),
        (-5, "NOK", "-NOK 0.05"),
        (15000, "IDR", "IDR 15,000"),
        (123456789, "USD", "USD 1,234,567.89"),
        (1234, "KWD", "KWD 1.234"),
    ],
)
def test_format(minor: int, currency: str, text: str) -> None:
    assert Money(minor, currency).format() == text == str(Money(minor, currency))


@given(st.integers(-10**10, 10**10), st.sampled_from(["NOK", "IDR", "KWD"]))
def test_format_and_parse_round_trip(minor: int, currency: str) -> None:
    text = Money(minor, currency).format().replace(currency + " ", "")
    assert Money.parse(text, currency) == Money(minor, currency)


def test_arithmetic_stays_in_one_currency() -> None:
    a, b = Money(1250, "NOK"), Money(300, "NOK")
    assert a + b == Money(1550, "NOK")
    assert a - b == Money(950, "NOK")
    assert -a == Money(-1250, "NOK")
    assert a.times(3) == Money(3750, "NOK")
    assert a.scaled(1, 3, Rounding.FLOOR) == Money(416, "NOK")
    assert a.min(b) == b and b.min(a) == b
    assert Money.zero("NOK").is_zero and not a.is_zero
    assert a.exponent == 2 and currency_exponent("JPY") == 0
    with pytest.raises(ValidationError):
        a + Money(1, "SEK")
    with pytest.raises(TypeError):
        a + 5  # type: ignore[operator]


def test_money_refuses_floats_bools_and_unknown_currencies() -> None:
    with pytest.raises(ValidationError):
        Money(12.5, "NOK")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Money(True, "NOK")
    with pytest.raises(ValidationError):
        Money(1, "XXX")
