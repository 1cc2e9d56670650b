"""The shop as its owner describes it at setup: name, address, region, tax mode, printer.

Every field is checked here, one message per field, so the setup window can put
each message under its own input and ``loyalty-pos init`` can print the same words.
"""

from __future__ import annotations

from dataclasses import dataclass

from loyalty_pos.domain.errors import FieldsInvalid, LoyaltyError
from loyalty_pos.domain.field_problems import FieldProblem
from loyalty_pos.domain.money import CURRENCY_EXPONENTS
from loyalty_pos.domain.receipt_output import parse_output
from loyalty_pos.domain.regions import LANGUAGES, country

MAX_NAME = 80  # a receipt header and a card face hold about this much
MAX_ADDRESS_LINE = 80
MAX_ADDRESS_LINES = 3


@dataclass(frozen=True, slots=True)
class ShopProfile:
    name: str
    address: tuple[str, ...]  # its lines, kept for receipts (which do not print it yet); may be empty
    country: str  # ISO 3166-1 alpha-2
    currency: str  # ISO 4217
    timezone: str  # IANA zone name
    language: str  # a LANGUAGES tag
    prices_include_tax: bool  # shelf prices are what the customer pays (VAT/GST included)
    receipt_printer: str | None = None  # receipt_output grammar; None: PDF files in the data directory

    def problems(self, known_zones: frozenset[str]) -> dict[str, FieldProblem]:
        """Field name -> what is wrong with it; empty when the profile can be saved."""
        found: dict[str, FieldProblem] = {}
        name = self.name.strip()
        if not name:
            found["name"] = FieldProblem("shop_name_empty", "Type the shop's name as customers know it.")
        elif len(name) > MAX_NAME:
            found["name"] = FieldProblem("shop_name_too_long", "At most {limit} characters: a receipt's header holds no more.",
                                         limit=MAX_NAME)
        lines = [line for line in self.address if line.strip()]
        if len(lines) > MAX_ADDRESS_LINES or any(len(line.strip()) > MAX_ADDRESS_LINE for line in lines):
            found["address"] = FieldProblem("shop_address_too_long", "At most {lines} lines of {characters} characters.",
                                            lines=MAX_ADDRESS_LINES, characters=MAX_ADDRESS_LINE)
        if country(self.country) is None:
            found["country"] = FieldProblem("country_unknown", "Choose the country the shop is in.")
        if self.currency not in CURRENCY_EXPONENTS:
            found["currency"] = FieldProblem("currency_unknown", "Choose the currency the shop's prices are in.")
        if self.timezone not in known_zones:
            found["timezone"] = FieldProblem("timezone_unknown", "{timezone!r} is not a time zone; choose one like Europe/Oslo.",
                                             timezone=self.timezone)
        if self.language not in {language.tag for language in LANGUAGES}:
            found["language"] = FieldProblem("language_unknown", "Choose one of the languages offered.")
        if self.receipt_printer:
            try:
                parse_output(self.receipt_printer)
            except LoyaltyError as error:
                found["receipt_printer"] = FieldProblem.refused(error)
        return found

    def cleaned(self, known_zones: frozenset[str]) -> ShopProfile:
        """The profile with spaces trimmed and empty lines dropped, or FieldsInvalid
        naming every field that needs fixing."""
        problems = self.problems(known_zones)
        if problems:
            raise FieldsInvalid(problems, code="bad_shop_profile")
        return ShopProfile(
            name=" ".join(self.name.split()),
            address=tuple(line.strip() for line in self.address if line.strip()),
            country=self.country.upper(), currency=self.currency, timezone=self.timezone,
            language=self.language, prices_include_tax=self.prices_include_tax,
            receipt_printer=(self.receipt_printer or "").strip() or None,
        )
