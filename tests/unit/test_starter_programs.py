"""The starter programs are ordinary programs, and the stamp card gives the 10th item free."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.basket import Basket, BasketLine, Product
from loyalty_pos.domain.errors import FieldsInvalid
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.money import CURRENCY_EXPONENTS
from loyalty_pos.domain.pricing import price_sale
from loyalty_pos.domain.program import RewardKind, TaxBasis
from loyalty_pos.domain.program_codec import program_from_dict, program_to_dict
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.starter_programs import (
    NO_STAMP_CATEGORY,
    STAMPS_FOR_A_FREE_ONE,
    StampItem,
    Starter,
    everyday_amount,
    starter_shop,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
COFFEE = StampItem("Coffee", 3_500)


def _stamp_card():  # noqa: ANN202
    return starter_shop(Starter.STAMPS, currency="NOK", prices_include_tax=True, stamp_item=COFFEE)


def _price(program, lines, balance=0, redemptions=()):  # noqa: ANN001, ANN202
    basket = Basket(program.currency, tuple(BasketLine.of(n, product, qty) for n, (product, qty) in
                                            enumerate(lines, start=1)))
    member = MemberView(member_id="m1", tier_code=program.tiers.tiers[0].code, balance=balance)
    return price_sale(basket, member, program, redemptions=redemptions, sale_id="s1", now=NOW)


@pytest.mark.parametrize("starter", list(Starter))
@pytest.mark.parametrize("currency", sorted(CURRENCY_EXPONENTS))
def test_every_starter_in_every_currency_is_a_storable_program(starter: Starter, currency: str) -> None:
    shop = starter_shop(starter, currency=currency, prices_include_tax=True, stamp_item=COFFEE)
    assert program_from_dict(program_to_dict(shop.program)) == shop.program
    assert all(product.currency == currency for product in shop.products)
    assert shop.program.rewards


def test_simple_points_earn_a_point_per_everyday_amount() -> None:
    program = starter_shop(Starter.SIMPLE, currency="IDR", prices_include_tax=True).program
    bread = Product("ROTI", "Roti", "bakery", 45_000, "IDR")
    assert _price(program, [(bread, 1)]).points_earned == 45_000 // everyday_amount("IDR") == 4
    assert [tier.code for tier in program.tiers.tiers] == ["member"]


def test_tiers_rise_with_a_years_spend() -> None:
    tiers = starter_shop(Starter.TIERS, currency="EUR", prices_include_tax=True).program.tiers
    assert [(t.code, t.threshold, t.multiplier_pct) for t in tiers.tiers] == [
        ("member", 0, 100), ("silver", 50_000, 125), ("gold", 150_000, 150)]


@pytest.mark.parametrize(("included", "basis"), [(True, TaxBasis.INCLUSIVE), (False, TaxBasis.EXCLUSIVE)])
def test_points_count_the_price_as_written(included: bool, basis: TaxBasis) -> None:
    for starter in Starter:
        program = starter_shop(starter, currency="USD", prices_include_tax=included, stamp_item=COFFEE).program
        assert program.earning.tax_basis is basis


def test_a_stamp_per_item_and_the_tenth_free() -> None:
    shop = _stamp_card()
    coffee = shop.products[0]
    assert coffee.unit_price == COFFEE.price_minor and coffee.name == "Coffee"
    program = shop.program
    assert _price(program, [(coffee, 1)]).points_earned == 1
    assert _price(program, [(coffee, 3)]).points_earned == 3
    reward = program.rewards[0]
    assert (reward.kind, reward.points_cost, reward.product_code) == (RewardKind.FREE_PRODUCT, 9, coffee.code)
    tenth = _price(program, [(coffee, 1)], balance=STAMPS_FOR_A_FREE_ONE,
                   redemptions=(RedemptionRequest(reward.id),))
    assert tenth.total_minor == 0
    assert tenth.points_redeemed == STAMPS_FOR_A_FREE_ONE
    assert tenth.points_earned == 0  # a free coffee earns no stamp
    assert tenth.balance_after == 0


def test_products_filed_under_no_stamps_earn_none() -> None:
    shop = _stamp_card()
    cake = Product("CAKE", "Carrot cake", NO_STAMP_CATEGORY, 7_000, "NOK")
    assert _price(shop.program, [(cake, 2)]).points_earned == 0
    assert _price(shop.program, [(cake, 1), (shop.products[0], 1)]).points_earned == 1


@given(price=st.integers(min_value=1, max_value=10**9), quantity=st.integers(min_value=1, max_value=50),
       included=st.booleans())
def test_one_stamp_per_item_whatever_the_price(price: int, quantity: int, included: bool) -> None:
    shop = starter_shop(Starter.STAMPS, currency="IDR", prices_include_tax=included,
                        stamp_item=StampItem("Kopi", price))
    item = shop.products[0]
    assert _price(shop.program, [(item, quantity)]).points_earned == quantity


@pytest.mark.parametrize(("item", "fields"), [
    (None, {"stamp_item"}), (StampItem("", 100), {"stamp_item"}), (StampItem("Tea", 0), {"stamp_price"}),
    (StampItem(" ", -5), {"stamp_item", "stamp_price"}), (StampItem("x" * 61, 10), {"stamp_item"}),
])
def test_a_stamp_card_needs_its_item(item: StampItem | None, fields: set[str]) -> None:
    with pytest.raises(FieldsInvalid) as refused:
        starter_shop(Starter.STAMPS, currency="NOK", prices_include_tax=True, stamp_item=item)
    assert set(refused.value.fields) == fields
