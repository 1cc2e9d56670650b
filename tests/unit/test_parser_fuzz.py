"""Fuzzed typed input: every parser answers with a value or a LoyaltyError, never another
exception (a traceback at the till or in a command is a crash, whatever the input)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.members import normalise_email, normalise_name, normalise_phone, validate_card_number
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.percent import parse_percent_bp
from loyalty_pos.domain.pins import check_new_pin
from loyalty_pos.domain.receipt_output import parse_output
from loyalty_pos.domain.recovery_codes import normalise_recovery_code
from loyalty_pos.domain.tender import parse_tender
from loyalty_pos.domain.usernames import clean_username
from loyalty_pos.gui.cashier.birthday import parse_birthday
from loyalty_pos.services.members.phones import to_e164

FUZZ = settings(max_examples=150, deadline=None)
# What people and scanners really type: digits of every script, separators, signs,
# superscripts and fractions (str.isdigit says yes to them, int() says no), spaces of every width.
typed = st.text(alphabet=st.sampled_from("0123456789.,-+ %²³¹½٣٤۵߁０１\u00a0\u2009\t\n\x00eE_/:"), max_size=30)
anything = st.one_of(typed, st.text(max_size=40))
CURRENCIES = ("NOK", "IDR", "KWD", "JPY", "EUR")


def _value_or_refusal(parse: Callable[[], object]) -> object:
    try:
        return parse()
    except LoyaltyError as error:
        assert error.message, "a refusal says why"
        return error


@pytest.mark.parametrize("text", ["²", "1²", "12.³", "9" * 5000, "1." + "9" * 5000, "٣.²"])
def test_amounts_python_cannot_read_are_refused_not_crashed(text: str) -> None:
    with pytest.raises(LoyaltyError):
        Money.parse(text, "NOK")


def test_amounts_in_other_scripts_still_read() -> None:
    assert Money.parse("١٢,٥٠", "NOK").minor == 1250


@FUZZ
@given(anything, st.sampled_from(CURRENCIES))
def test_any_typed_amount_is_a_value_or_a_refusal(text: str, currency: str) -> None:
    result = _value_or_refusal(lambda: Money.parse(text, currency))
    if isinstance(result, Money):
        assert Money.parse(result.format().replace(f"{currency} ", ""), currency) == result  # what it reads, it shows


@FUZZ
@given(anything)
def test_any_percentage_is_a_value_or_a_refusal(text: str) -> None:
    result = _value_or_refusal(lambda: parse_percent_bp(text))
    assert not isinstance(result, int) or 0 <= result <= 10_000


@FUZZ
@given(anything)
@example("²²²²²²")
@example("²².12.1985")
@example("12.03.99999999999999999999")
def test_any_typed_birthday_is_a_date_or_a_refusal(text: str) -> None:
    result = _value_or_refusal(lambda: parse_birthday(text, day_first=True, today=date(2026, 6, 1)))
    assert result is None or isinstance(result, (date, LoyaltyError))


@FUZZ
@given(anything, st.sampled_from(["NO", "ID", "US", "DE", "ZZ"]))
def test_any_typed_phone_is_a_number_or_a_refusal(text: str, region: str) -> None:
    _value_or_refusal(lambda: normalise_phone(text))
    result = _value_or_refusal(lambda: to_e164(text, region))
    assert not isinstance(result, str) or result.startswith("+")


@FUZZ
@given(anything, st.one_of(st.none(), anything))
def test_any_pin_is_accepted_or_refused(pin: str, repeated: str | None) -> None:
    _value_or_refusal(lambda: check_new_pin(pin, repeated))


@FUZZ
@given(st.text(max_size=300))
def test_any_other_typed_field_is_a_value_or_a_refusal(text: str) -> None:
    for parse in (normalise_email, normalise_name, validate_card_number, parse_output, parse_tender,
                  normalise_recovery_code, clean_username):
        _value_or_refusal(lambda parse=parse: parse(text))
