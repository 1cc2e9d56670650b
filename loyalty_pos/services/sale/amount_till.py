"""The amount-only till: the shop's own cash register rings the sale up, this till records
its amount for points.

An amount sale is a checkout of one line of the category's open-priced amount
product (created here on demand), so it earns, redeems and reports like any sale.
A reward taken on it cannot change what the register charged: the till shows the
money it takes off as a discount for the cashier to key into the register.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo

from loyalty_pos.domain.amount_sale import DEFAULT_CATEGORY, amount_product
from loyalty_pos.domain.pricing import PricedSale
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.tender import Tender
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import ExternalReceipt, UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.sale.checkout import (
    Checkout,
    SaleLineInput,
    SaleResult,
    checkout,
)
from loyalty_pos.services.sale.till import SaleView, refresh_sale
from loyalty_pos.services.sale.training import train_checkout
from loyalty_pos.services.shop.shop import shop_zone

REGISTER = ""  # the shop's one cash register, as a sales import without a register column names it


@dataclass(frozen=True, slots=True)
class AmountTill:
    currency: str
    categories: tuple[str, ...]  # the default first, then the catalog's
    zone: tzinfo


@dataclass(frozen=True, slots=True)
class AmountEntry:
    """What the cashier typed: the register's total, and what goes with it."""

    sale_id: str
    member_id: str | None
    amount_minor: int
    category: str | None = None
    register_receipt: str | None = None  # the number on the register's receipt
    redemptions: tuple[RedemptionRequest, ...] = ()


def open_amount_till(uow: UnitOfWork) -> AmountTill:
    """The categories to offer, each with its amount product stored, so quoting (read-only) finds them."""
    with uow:
        currency = published_program(uow).currency
        categories = (DEFAULT_CATEGORY, *(name for name in uow.products.categories() if name != DEFAULT_CATEGORY))
        missing = [amount_product(name, currency) for name in categories]
        missing = [product for product in missing if uow.products.get(product.code) is None]
        for product in missing:
            uow.products.upsert(product)
        zone = shop_zone(uow)
        if missing:
            uow.commit()
    return AmountTill(currency, categories, zone)


def _checkout_cmd(entry: AmountEntry, till: AmountTill, clock: Clock) -> Checkout:
    product = amount_product(entry.category, till.currency)
    receipt = None
    if entry.register_receipt and entry.register_receipt.strip():
        receipt = ExternalReceipt(REGISTER, clock.now().astimezone(till.zone).date(), entry.register_receipt.strip())
    # The register took the money, in a tender this till never sees.
    return Checkout(entry.sale_id, entry.member_id, (SaleLineInput(product.code, amount_minor=entry.amount_minor),),
                    redemptions=entry.redemptions, tender=Tender.OTHER, external=receipt)


def quote_amount(uow: UnitOfWork, entry: AmountEntry, till: AmountTill, *, clock: Clock) -> SaleView:
    return refresh_sale(uow, _checkout_cmd(entry, till, clock), clock=clock)


def record_amount_sale(uow: UnitOfWork, entry: AmountEntry, till: AmountTill, *, actor: Actor,
                       clock: Clock) -> SaleResult:
    return checkout(uow, _checkout_cmd(entry, till, clock), actor=actor, clock=clock)


def train_amount_sale(uow: UnitOfWork, entry: AmountEntry, till: AmountTill, *, actor: Actor,
                      clock: Clock) -> SaleResult:
    """The slip ``record_amount_sale`` would give, marked training; nothing is written."""
    return train_checkout(uow, _checkout_cmd(entry, till, clock), actor=actor, clock=clock)


def register_discount(priced: PricedSale) -> int:
    """What the rewards take off the register's total, in minor units, for the cashier to key in."""
    return priced.gross_minor - priced.amount_due_minor
