"""A new PIN is refused when it is one digit repeated or a row of the keypad, or not 4-12 digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.pins import MAX_LENGTH, MIN_LENGTH, check_new_pin, pin_problem

lengths = st.integers(min_value=MIN_LENGTH, max_value=MAX_LENGTH)


def _run(start: int, step: int, length: int) -> str:
    return "".join(str((start + step * i) % 10) for i in range(length))


@pytest.mark.parametrize("pin", ["0000", "1111", "9999", "1234", "4321", "0123", "9876", "7890", "8901",
                                 "123456", "987654321", "22222222"])
def test_the_first_guesses_are_refused(pin: str) -> None:
    assert pin_problem(pin) is not None
    with pytest.raises(ValidationError) as refused:
        check_new_pin(pin)
    assert refused.value.code == "weak_pin"


@pytest.mark.parametrize("pin", ["2580", "1357", "8642", "1212", "4711", "0451", "120398", "000100"])
def test_ordinary_pins_are_accepted(pin: str) -> None:
    assert pin_problem(pin) is None
    check_new_pin(pin, pin)


@pytest.mark.parametrize(("pin", "words"), [
    ("", "Type a PIN"), ("123", "at least 4"), ("1234567890123", "at most 12"), ("12a4", "digits only"),
    ("١٢٣٤", "digits only"),  # Arabic-Indic digits: isdigit() says yes, a till keypad cannot type them
])
def test_length_and_digits(pin: str, words: str) -> None:
    problem = pin_problem(pin)
    assert problem is not None and words in problem


def test_two_pins_that_differ_are_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        check_new_pin("2580", "2581")
    assert refused.value.code == "pins_differ"


@given(digit=st.integers(0, 9), length=lengths)
def test_every_repeated_digit_is_refused(digit: int, length: int) -> None:
    assert pin_problem(str(digit) * length) is not None


@given(start=st.integers(0, 9), step=st.sampled_from([1, -1]), length=lengths)
def test_every_row_up_or_down_is_refused(start: int, step: int, length: int) -> None:
    assert pin_problem(_run(start, step, length)) is not None


@given(st.text(alphabet="0123456789", min_size=MIN_LENGTH, max_size=MAX_LENGTH))
def test_any_other_pin_of_the_right_length_is_accepted(pin: str) -> None:
    differences = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:])}
    weak = differences in ({0}, {1}, {9})
    assert (pin_problem(pin) is None) == (not weak)
