"""What the owner has chosen so far: filled page by page, checked field by field, stored
only when the summary is confirmed."""

from __future__ import annotations

from dataclasses import dataclass, field

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.field_problems import FieldProblem
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.regions import Region
from loyalty_pos.domain.shop_profile import ShopProfile
from loyalty_pos.domain.starter_programs import StampItem, Starter
from loyalty_pos.domain.till_mode import TillMode
from loyalty_pos.services.shop.setup import NewShop, shop_problems


@dataclass
class SetupDraft:
    region: Region  # the defaults the pages start from
    name: str = ""
    address: tuple[str, ...] = ()
    logo_png: bytes | None = None
    logo_path: str = ""
    receipt_printer: str = ""
    country: str = ""
    currency: str = ""
    timezone: str = ""
    language: str = ""
    prices_include_tax: bool = True
    till_mode: TillMode = TillMode.BASKET
    manager_name: str = ""
    manager_username: str = ""
    pin: str = ""
    pin_again: str = ""
    starter: Starter = Starter.SIMPLE
    stamp_item: str = ""
    stamp_price: str = ""
    page_problems: dict[str, str] = field(default_factory=dict)  # found by a page itself (an unreadable logo)

    def __post_init__(self) -> None:
        self.country = self.country or self.region.country
        self.currency = self.currency or self.region.currency
        self.timezone = self.timezone or self.region.timezone
        self.language = self.language or self.region.language

    def new_shop(self) -> NewShop:
        return NewShop(
            profile=ShopProfile(
                name=self.name, address=self.address, country=self.country, currency=self.currency,
                timezone=self.timezone, language=self.language, prices_include_tax=self.prices_include_tax,
                receipt_printer=self.receipt_printer or None,
            ),
            manager_name=self.manager_name, manager_username=self.manager_username, pin=self.pin,
            pin_again=self.pin_again, starter=self.starter,
            stamp_item=StampItem(self.stamp_item, self._stamp_price_minor() or 0)
            if self.starter is Starter.STAMPS else None,
            logo_png=self.logo_png, till_mode=self.till_mode,
        )

    def problems(self, known_zones: frozenset[str]) -> dict[str, str]:
        """Every field that needs fixing, as the setup service would refuse it."""
        found = shop_problems(self.new_shop(), known_zones)
        if self.starter is Starter.STAMPS and self.stamp_price.strip():
            try:
                Money.parse(self.stamp_price, self.currency)
            except LoyaltyError as error:
                found["stamp_price"] = FieldProblem.refused(error)
        return {**found, **self.page_problems}

    def _stamp_price_minor(self) -> int | None:
        try:
            return Money.parse(self.stamp_price, self.currency).minor
        except LoyaltyError:
            return None
