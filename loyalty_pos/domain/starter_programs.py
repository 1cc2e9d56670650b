"""The three programs a new shop can start from, built from the ordinary program model.

* simple points: a point per everyday amount of spend (NOK 10, EUR 1, Rp 10,000 ...),
  100 points buy 5 of those amounts off a basket;
* points and tiers: the same, plus Silver and Gold tiers on a year's spend;
* stamp card "buy 9, the 10th free": a stamp for every purchase of the stamp-card
  item (earning's base rate is one point per the item's price, and only the stamp
  card's category earns), and a free-product reward costing 9 stamps.

Nothing here is special to setup afterwards: a manager edits a starter program in
the back office like any other. Earning's tax basis follows the shop's tax mode,
so points are counted on the shelf price exactly as the customer sees it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import FieldsInvalid
from loyalty_pos.domain.field_problems import FieldProblem
from loyalty_pos.domain.ledger import ExpiryPolicy
from loyalty_pos.domain.money import CURRENCY_EXPONENTS, Money, Rounding
from loyalty_pos.domain.program import (
    EarningRules,
    Program,
    Reward,
    RewardKind,
    TaxBasis,
    Tier,
    TierBasis,
    TierPolicy,
)


class Starter(enum.Enum):
    SIMPLE = "simple"
    TIERS = "tiers"
    STAMPS = "stamps"


STARTER_TITLES = {
    Starter.SIMPLE: "Simple points",
    Starter.TIERS: "Points and tiers",
    Starter.STAMPS: 'Stamp card: "buy 9, the 10th free"',
}

# One point per this much spend, in minor units: roughly what a coffee costs in each
# currency's smallest everyday note or coin, so points are neither dust nor rare.
EVERYDAY_AMOUNT_MINOR: dict[str, int] = {
    "NOK": 10_00, "SEK": 10_00, "DKK": 10_00, "EUR": 1_00, "USD": 1_00, "GBP": 1_00, "SGD": 1_00,
    "MYR": 5_00, "AUD": 1_00, "IDR": 10_000, "TWD": 30, "JPY": 100, "KRW": 1_000, "KWD": 300, "BHD": 400,
}
STAMPS_FOR_A_FREE_ONE = 9  # buy 9, the 10th is free
STAMP_CATEGORY = "stamp card"  # its items earn stamps
NO_STAMP_CATEGORY = "no stamps"  # a home for the shop's other products, excluded from earning
MAX_ITEM_NAME = 60

_POINTS_FOR_REWARD = 100
_REWARD_AMOUNTS = 5  # 100 points -> 5 everyday amounts off: 5 % back
_SILVER_AMOUNTS, _GOLD_AMOUNTS = 500, 1_500  # a year's spend, in everyday amounts


@dataclass(frozen=True, slots=True)
class StampItem:
    """The item a stamp card counts, e.g. a coffee, at its (lowest) shelf price."""

    name: str
    price_minor: int

    def problems(self) -> dict[str, FieldProblem]:
        found: dict[str, FieldProblem] = {}
        name = self.name.strip()
        if not name:
            found["stamp_item"] = FieldProblem("stamp_item_empty", "Name the item that earns a stamp, e.g. Coffee.")
        elif len(name) > MAX_ITEM_NAME:
            found["stamp_item"] = FieldProblem("too_long", "At most {limit} characters.", limit=MAX_ITEM_NAME)
        if self.price_minor <= 0:
            found["stamp_price"] = FieldProblem("stamp_price_missing", "Type the item's price, above 0.")
        return found


@dataclass(frozen=True, slots=True)
class StarterShop:
    """What setup stores: the first published program, and the products it names."""

    program: Program
    products: tuple[Product, ...]
    categories: tuple[str, ...]  # created even when no product is in them yet


def everyday_amount(currency: str) -> int:
    # A currency added to the money code without an entry here: one major unit.
    return EVERYDAY_AMOUNT_MINOR.get(currency, 10 ** CURRENCY_EXPONENTS.get(currency, 2))


def starter_shop(
    starter: Starter, *, currency: str, prices_include_tax: bool, stamp_item: StampItem | None = None
) -> StarterShop:
    rules_basis = TaxBasis.INCLUSIVE if prices_include_tax else TaxBasis.EXCLUSIVE
    if starter is Starter.STAMPS:
        return _stamp_card(currency, rules_basis, stamp_item)
    unit = everyday_amount(currency)
    amount = Money(_REWARD_AMOUNTS * unit, currency).format()
    reward = Reward(
        "money-off", f"{amount} off", RewardKind.AMOUNT_OFF, _POINTS_FOR_REWARD,
        description=f"On a basket of {amount} or more",
        amount_minor=_REWARD_AMOUNTS * unit, min_basket_minor=_REWARD_AMOUNTS * unit,
    )
    if starter is Starter.TIERS:
        tiers = TierPolicy(
            tiers=(
                Tier("member", "Member", 0, 100),
                Tier("silver", "Silver", _SILVER_AMOUNTS * unit, 125, ("25 % more points",)),
                Tier("gold", "Gold", _GOLD_AMOUNTS * unit, 150, ("50 % more points",)),
            ),
            basis=TierBasis.SPEND, window_months=12,
        )
    else:
        tiers = TierPolicy(tiers=(Tier("member", "Member", 0, 100),))
    program = Program(
        currency=currency,
        earning=EarningRules(points_per_step=1, step_minor=unit, rounding=Rounding.FLOOR, tax_basis=rules_basis),
        tiers=tiers,
        rewards=(reward,),
        expiry=ExpiryPolicy(months_after_earning=12),
    )
    return StarterShop(program, products=(), categories=())


def _stamp_card(currency: str, basis: TaxBasis, item: StampItem | None) -> StarterShop:
    if item is None:
        raise FieldsInvalid({"stamp_item": FieldProblem("stamp_item_missing", "A stamp card needs the item that earns a stamp.")})
    problems = item.problems()
    if problems:
        raise FieldsInvalid(problems, code="bad_stamp_item")
    name = " ".join(item.name.split())
    product = Product("STAMP-1", name, STAMP_CATEGORY, item.price_minor, currency)
    price = Money(item.price_minor, currency).format()
    free = Reward(
        "free-item", f"Free {name}", RewardKind.FREE_PRODUCT, STAMPS_FOR_A_FREE_ONE,
        description=f"{STAMPS_FOR_A_FREE_ONE} stamps: the 10th {name} is free", product_code=product.code,
    )
    program = Program(
        currency=currency,
        earning=EarningRules(
            # The item's price as the step: one stamp per item bought. A free one is paid
            # with stamps, not money, so it earns none.
            points_per_step=1, step_minor=item.price_minor, rounding=Rounding.FLOOR, tax_basis=basis,
            excluded_categories=frozenset({NO_STAMP_CATEGORY}),
        ),
        tiers=TierPolicy(tiers=(Tier("member", "Member", 0, 100, (f"A stamp per {name} ({price})",)),)),
        rewards=(free,),
        # A paper stamp card never expires piecemeal; a card nobody used for a year does.
        expiry=ExpiryPolicy(months_after_earning=None, inactivity_months=12),
    )
    return StarterShop(program, products=(product,), categories=(STAMP_CATEGORY, NO_STAMP_CATEGORY))
