"""The recovery code: 4 groups of 5 unambiguous characters, read back however it is typed."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.recovery_codes import (
    ALPHABET,
    LENGTH,
    format_recovery_code,
    new_recovery_code,
    normalise_recovery_code,
)


def test_a_code_is_four_groups_of_five_from_the_alphabet() -> None:
    code = new_recovery_code(random.Random(7).randrange)
    groups = code.split("-")
    assert [len(group) for group in groups] == [5, 5, 5, 5]
    assert set("".join(groups)) <= set(ALPHABET)


def test_no_character_that_reads_as_another() -> None:
    assert not set(ALPHABET) & set("0O1IL5S2Z8BUVG")
    assert len(set(ALPHABET)) == len(ALPHABET) == 22


def test_codes_differ() -> None:
    rng = random.Random(1)
    codes = {new_recovery_code(rng.randrange) for _ in range(1_000)}
    assert len(codes) == 1_000


@given(st.text(alphabet=ALPHABET, min_size=LENGTH, max_size=LENGTH),
       st.sampled_from([" ", "-", "", "  "]), st.booleans())
def test_read_back_whatever_the_spacing_and_case(raw: str, separator: str, lower: bool) -> None:
    printed = format_recovery_code(raw)
    typed = printed.replace("-", separator)
    assert normalise_recovery_code(typed.lower() if lower else typed) == raw


@pytest.mark.parametrize("typed", ["", "ABCDE", "34679-ACDEF-HJKMN-PQRT", "34679-ACDEF-HJKMN-PQRTWX",
                                   "O4679-ACDEF-HJKMN-PQRTW", "34679-ACDEF-HJKMN-PQRT1"])
def test_refused_when_it_cannot_be_a_code(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        normalise_recovery_code(typed)
    assert refused.value.code == "bad_recovery_code"
