"""Which currencies a shop with no sale yet may move to: what it offers is what it takes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.currency_change import check_currency_change, currencies_it_may_take
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.money import CURRENCY_EXPONENTS

CODES = sorted(CURRENCY_EXPONENTS)


def test_a_two_decimal_shop_is_offered_two_decimal_currencies_only() -> None:
    offered = currencies_it_may_take("NOK")
    assert "NOK" in offered and "EUR" in offered and "JPY" not in offered
    assert list(offered) == sorted(offered)
    assert "IDR" in currencies_it_may_take("TWD") and "NOK" not in currencies_it_may_take("TWD")


@given(st.sampled_from(CODES), st.sampled_from(CODES))
def test_every_currency_offered_is_taken_and_every_other_refused(old: str, new: str) -> None:
    if new in currencies_it_may_take(old):
        check_currency_change(old, new)
    else:
        with pytest.raises(ValidationError):
            check_currency_change(old, new)
