"""When a shop may take another currency, before it has sold anything.

Every amount the shop has set up (prices, thresholds, reward values) is stored in
minor units of its currency. Before the first sale those numbers have priced
nothing, so they can simply be read in the new currency — as long as a minor unit
means the same share of a major one. Between currencies with different decimals
(NOK's 2, JPY's 0) every amount would have to be rescaled and rounded, and a price
of 12.50 could not be kept; such a change is refused and the shop set up again.
"""

from __future__ import annotations

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.money import CURRENCY_EXPONENTS, currency_exponent


def currencies_it_may_take(current: str) -> tuple[str, ...]:
    """The currencies ``check_currency_change`` lets a shop in ``current`` move to (itself
    included), sorted: the ones whose minor unit is the same share of a major one."""
    exponent = currency_exponent(current)
    return tuple(sorted(code for code, digits in CURRENCY_EXPONENTS.items() if digits == exponent))


def check_currency_change(old: str, new: str) -> None:
    """Refuses an unknown currency, and one whose minor units are not the old one's."""
    try:
        exponent = currency_exponent(new)
    except ValidationError:
        raise ValidationError(code="bad_currency", template="{new!r} is not a currency the till knows",
                              new=new) from None
    if exponent != currency_exponent(old):
        raise ValidationError(
            code="currency_decimals_differ",
            template="{new} has {exponent} decimals and {old} {old_exponent}: every price and "
                     "threshold would change; set the shop up again in {new} instead",
            new=new, exponent=exponent, old=old, old_exponent=currency_exponent(old),
        )
