"""Members and cards: Luhn check digits, card numbers, normalising what a cashier types."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.errors import CardRefused, ValidationError
from loyalty_pos.domain.members import (
    Card,
    CardStatus,
    Consents,
    Member,
    MemberStatus,
    group_card_number,
    luhn_check_digit,
    luhn_valid,
    new_card_number,
    normalise_email,
    normalise_name,
    normalise_phone,
    validate_card_number,
)

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)

# -- Luhn ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "digit"),
    [
        ("7992739871", "3"),  # the textbook example: 79927398713
        ("4539578763621486"[:-1], "6"),  # a published Visa test number
        ("0", "0"),
        ("1", "8"),  # 1 doubled = 2, 2 + 8 = 10
    ],
)
def test_luhn_check_digit(body: str, digit: str) -> None:
    assert luhn_check_digit(body) == digit
    assert luhn_valid(body + digit)


def test_luhn_check_digit_by_hand() -> None:
    # Body 9400 0000 0000 000 (15 digits). Counting from the right, positions 0, 2, 4 ... are
    # doubled (the check digit will sit in front of them). The 9 is at position 14: doubled,
    # 18 -> 1 + 8 = 9. The 4 is at position 13: kept, 4. Sum 13; (10 - 13 % 10) % 10 = 7.
    assert luhn_check_digit("940000000000000") == "7"
    assert luhn_valid("9400000000000007")
    assert not luhn_valid("9400000000000005")


def test_luhn_valid_refuses_non_digits_and_short_input() -> None:
    for text in ("", "0", "7992739871a", "79927398710", "٧٩٩٢٧٣٩٨٧١٣"):  # last: Arabic-Indic digits
        assert not luhn_valid(text)
    with pytest.raises(ValidationError):
        luhn_check_digit("12a")


@given(st.text(alphabet="0123456789", min_size=15, max_size=15), st.integers(0, 14), st.integers(1, 9))
def test_any_single_digit_typo_is_caught(body: str, position: int, shift: int) -> None:
    number = body + luhn_check_digit(body)
    typo = number[:position] + str((int(number[position]) + shift) % 10) + number[position + 1 :]
    assert luhn_valid(number)
    assert not luhn_valid(typo)


@given(st.text(alphabet="0123456789", min_size=15, max_size=15), st.integers(0, 14))
def test_adjacent_swaps_are_caught_except_09(body: str, position: int) -> None:
    number = body + luhn_check_digit(body)
    a, b = number[position], number[position + 1]
    swapped = number[:position] + b + a + number[position + 2 :]
    if a == b or {a, b} == {"0", "9"}:
        return  # Luhn's known blind spot: 09 <-> 90 (and identical digits are no typo)
    assert not luhn_valid(swapped)


# -- card numbers ---------------------------------------------------------------------------


def test_new_card_number_is_16_digits_with_prefix_and_check_digit() -> None:
    number = new_card_number(lambda n: 12345678901)
    assert number == "940012345678901" + luhn_check_digit("940012345678901")
    assert len(number) == 16 and luhn_valid(number)
    assert new_card_number(lambda n: 7).startswith("940000000000007")  # zero-padded


def test_new_card_numbers_come_from_the_injected_randomness() -> None:
    rng = random.Random(42)
    numbers = {new_card_number(rng.randrange) for _ in range(200)}
    assert len(numbers) == 200  # not sequential, not repeated
    assert all(n.startswith("9400") and luhn_valid(n) for n in numbers)
    assert {new_card_number(random.Random(7).randrange)} == {new_card_number(random.Random(7).randrange)}


@given(st.integers(0, 10**11 - 1), st.sampled_from(["9400", "9", "12345"]))
def test_every_new_card_number_validates(random_part: int, prefix: str) -> None:
    number = new_card_number(lambda n: random_part % n, prefix=prefix)
    assert number.startswith(prefix) and len(number) == 16
    assert validate_card_number(number) == number


def test_bad_issuer_prefix_is_refused() -> None:
    for prefix in ("94a0", "", "123456789012345"):
        with pytest.raises(ValidationError):
            new_card_number(lambda n: 0, prefix=prefix)


def test_validate_card_number_normalises_spaces_and_dashes() -> None:
    number = new_card_number(lambda n: 5551234)
    grouped = group_card_number(number)
    assert grouped == " ".join([number[:4], number[4:8], number[8:12], number[12:]])
    assert validate_card_number(grouped) == number
    assert validate_card_number(grouped.replace(" ", "-")) == number
    assert validate_card_number(f"  {number}\t") == number


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("9400 1234 abcd 1234", "card_not_numeric"),
        ("", "card_not_numeric"),
        ("٩٤٠٠١٢٣٤١٢٣٤١٢٣٤", "card_not_numeric"),  # Arabic-Indic digits are digits, but not ours
        ("9400 1234", "card_bad_length"),
        ("94001234123412345", "card_bad_length"),
    ],
)
def test_validate_card_number_refusals(text: str, code: str) -> None:
    with pytest.raises(CardRefused) as refused:
        validate_card_number(text)
    assert refused.value.code == code


def test_a_wrong_check_digit_is_refused_as_a_probable_typo() -> None:
    number = new_card_number(lambda n: 5551234)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    with pytest.raises(CardRefused) as refused:
        validate_card_number(wrong)
    assert refused.value.code == "card_bad_check_digit"
    assert "mistyped" in refused.value.message


# -- normalisation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("+47 912 34 567", "+4791234567"),
        ("(022) 555-0199", "0225550199"),
        ("  91234567 ", "91234567"),
        ("+62.812.3456.7890", "+6281234567890"),
    ],
)
def test_normalise_phone(text: str, phone: str) -> None:
    assert normalise_phone(text) == phone


@pytest.mark.parametrize("text", ["12345", "phone", "+47 912 34 567 89 01 23", "47+91234567"])
def test_normalise_phone_refuses(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        normalise_phone(text)
    assert refused.value.code == "bad_phone"


def test_normalise_email() -> None:
    assert normalise_email("  Kari.Nordmann@Example.NO ") == "kari.nordmann@example.no"
    for bad in ("kari", "kari@", "kari@example", "ka ri@example.no", "a@b.c" + "o" * 260):
        with pytest.raises(ValidationError) as refused:
            normalise_email(bad)
        assert refused.value.code == "bad_email"


def test_normalise_name() -> None:
    assert normalise_name("  Kari   Nordmann\t") == "Kari Nordmann"
    assert normalise_name("Ærlig Øystein Åsen") == "Ærlig Øystein Åsen"
    with pytest.raises(ValidationError) as refused:
        normalise_name("   ")
    assert refused.value.code == "name_required"
    assert normalise_name("x" * 120) == "x" * 120
    with pytest.raises(ValidationError) as refused:
        normalise_name("x" * 121)
    assert refused.value.code == "name_too_long"


# -- cards and members ---------------------------------------------------------------------


def card(status: CardStatus, number: str = "9400000000000007") -> Card:
    return Card(number=number, member_id="m1", status=status, issued_at=T0)


def test_only_an_active_card_is_usable() -> None:
    card(CardStatus.ACTIVE).ensure_usable()
    for status, code in ((CardStatus.BLOCKED, "card_blocked"), (CardStatus.REPLACED, "card_replaced")):
        with pytest.raises(CardRefused) as refused:
            card(status).ensure_usable()
        assert refused.value.code == code


def member(status: MemberStatus, *cards: Card) -> Member:
    return Member(id="m1", name="Kari Nordmann", phone=None, email=None, birthday=None, consents=Consents(),
                  tier_code="bronze", status=status, enrolled_at=T0, cards=cards)


def test_active_card_is_the_one_not_replaced() -> None:
    old, new = card(CardStatus.REPLACED, "1"), card(CardStatus.ACTIVE, "2")
    assert member(MemberStatus.ACTIVE, old, new).active_card == new
    assert member(MemberStatus.ACTIVE, old).active_card is None


def test_blocked_and_erased_members_are_refused() -> None:
    member(MemberStatus.ACTIVE).ensure_active()
    for status, code in ((MemberStatus.BLOCKED, "member_blocked"), (MemberStatus.ERASED, "member_erased")):
        with pytest.raises(CardRefused) as refused:
            member(status).ensure_active()
        assert refused.value.code == code
