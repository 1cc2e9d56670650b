"""Phone numbers in one form (E.164) for the shop's country, through ``phonenumbers``.

The domain only checks that a text can be a phone (it may not import the library);
this adapter decides the one spelling stored and searched, so "91234567",
"912 34 567" and "+47 912 34 567" are the same member in a Norwegian shop.
"""

from __future__ import annotations

import phonenumbers

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.profile import COUNTRY

# Shops set up before the country setting existed are the demo's: Norwegian numbers.
DEFAULT_REGION = "NO"


def phone_region(uow: UnitOfWork) -> str:
    """The country whose local spellings typed numbers are read in (inside a unit of work)."""
    return (uow.settings.get(COUNTRY) or DEFAULT_REGION).upper()


def to_e164(text: str, region: str) -> str:
    """The E.164 form of a typed number; a number that is not valid there is refused."""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise ValidationError(code="bad_phone", template="{text!r} is not a phone number in {region}",
                              text=text.strip(), region=region)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def e164_or_none(text: str, region: str) -> str | None:
    """The E.164 form when the text is a whole valid number; None when it is not (a prefix)."""
    try:
        return to_e164(text, region)
    except ValidationError:
        return None


def example_phone(region: str) -> str:
    """A mobile number as people there write it, for a placeholder; "" where the
    library knows no example (a territory without its own numbering plan)."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if example is None:
        return ""
    return phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)


def shop_phone_example(uow: UnitOfWork) -> str:
    """The placeholder number for the shop's own country."""
    with uow:
        return example_phone(phone_region(uow))
