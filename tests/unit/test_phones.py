"""Every spelling of a phone number is stored and searched as one E.164 text."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.services.members.phones import e164_or_none, to_e164

# Norwegian mobiles: 8 digits starting 4 or 9 (the numbering plan leaves some ranges
# unassigned: those are skipped, the property is about spellings of a real number).
mobile = st.builds(lambda first, rest: first + rest, st.sampled_from("49"), st.text("0123456789", min_size=7, max_size=7))
separator = st.sampled_from(["", " ", "-", ".", "  "])


def _spaced(digits: str, seps: list[str]) -> str:
    # Groups as people write them (3-2-3 and 2-2-2-2), joined by whatever they typed.
    groups = [digits[:3], digits[3:5], digits[5:]] if seps[0] != "." else [digits[i:i + 2] for i in range(0, 8, 2)]
    return "".join(group + sep for group, sep in zip(groups, seps, strict=False)) + "".join(groups[len(seps):])


@given(mobile, st.lists(separator, min_size=3, max_size=3), st.sampled_from(["", "+47", "+47 ", "0047", "(+47) "]))
def test_every_spelling_of_a_number_is_one_e164(digits: str, seps: list[str], country: str) -> None:
    assume(e164_or_none(digits, "NO") is not None)
    typed = country + _spaced(digits, seps[:2])
    assert to_e164(typed, "NO") == to_e164(digits, "NO") == "+47" + digits


def test_local_spaced_and_international_spellings_agree() -> None:
    assert {to_e164(text, "NO") for text in ("91234567", "912 34 567", "+47 912 34 567")} == {"+4791234567"}


def test_the_country_decides_what_a_local_number_means() -> None:
    assert to_e164("070-123 45 67", "SE") == "+46701234567"
    assert to_e164("+47 912 34 567", "SE") == "+4791234567"  # an international spelling keeps its own


@pytest.mark.parametrize("text", ["12", "912345", "abc", "+47 123", "9123456789012"])
def test_numbers_that_are_not_valid_are_refused_clearly(text: str) -> None:
    with pytest.raises(ValidationError, match="is not a phone number in NO"):
        to_e164(text, "NO")
    assert e164_or_none(text, "NO") is None
