"""The sale being rung up, as a plain domain value: the basket rules, no Qt, no store."""

from __future__ import annotations

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.sale_draft import MAX_QUANTITY, SaleDraft, SaleMember
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, new_sale_id

ESPRESSO = Product("COF-ESP", "Espresso", "coffee", 3200, "NOK", 1500, "7040000000011")
BUN = Product("BAK-BUN", "Cinnamon bun", "bakery", 3900, "NOK", 1500, "7040000000073")


def _member(member_id: str) -> SaleMember:
    return SaleMember(member_id, "Ada", "bronze", 100)


def _start() -> SaleDraft:
    return SaleDraft.start(new_sale_id())


def test_scanning_the_same_product_again_adds_to_its_line() -> None:
    state = _start().with_product(ESPRESSO).with_product(BUN).with_product(ESPRESSO)
    assert [(line.product.code, line.quantity) for line in state.lines] == [("COF-ESP", 2), ("BAK-BUN", 1)]


def test_a_discounted_line_keeps_its_quantity_and_a_new_scan_gets_its_own_line() -> None:
    state = _start().with_product(ESPRESSO).with_discount(0, 1000, "manager").with_product(ESPRESSO)
    assert [(line.quantity, line.manual_discount) for line in state.lines] == [(1, 1000), (1, 0)]
    assert state.discount_approved_by == "manager"


def test_quantity_is_kept_between_1_and_the_maximum_and_the_discount_shrinks_with_it() -> None:
    state = _start().with_product(BUN).with_quantity(0, 3).with_discount(0, 20_000, "manager")
    assert state.lines[0].manual_discount == 3 * 3900  # never more than the line
    state = state.with_quantity(0, 1)
    assert state.lines[0].manual_discount == 3900
    assert state.with_quantity(0, 0).lines[0].quantity == 1
    assert state.with_quantity(0, 10**6).lines[0].quantity == MAX_QUANTITY


def test_removing_the_last_discounted_line_drops_the_approval() -> None:
    state = _start().with_product(BUN).with_discount(0, 500, "manager").with_product(ESPRESSO)
    assert state.without_line(1).discount_approved_by == "manager"
    assert state.without_line(0).discount_approved_by is None


def test_another_member_does_not_inherit_the_rewards() -> None:
    state = _start().with_member(_member("a")).with_redemption(RedemptionRequest("free-coffee"))
    assert state.with_member(_member("a")).redemptions == (RedemptionRequest("free-coffee"),)
    assert state.with_member(_member("b")).redemptions == ()
    assert state.without_last_redemption().redemptions == ()


def test_emptying_the_basket_drops_its_rewards_but_removing_one_line_keeps_them() -> None:
    coffee = RedemptionRequest("free-coffee")
    state = _start().with_member(_member("a")).with_product(ESPRESSO).with_product(BUN).with_redemption(coffee)
    one_left = state.without_line(1)
    assert one_left.redemptions == (coffee,)
    assert one_left.without_line(0).redemptions == ()
    assert one_left.without_line(0).member == _member("a")  # the member stays on the sale


def test_the_command_carries_the_sale_id_drawn_at_the_start() -> None:
    start = _start()
    state = start.with_member(_member("m1")).with_product(BUN).with_quantity(0, 2)
    cmd = Checkout.for_draft(state, "card")
    assert cmd.sale_id == start.sale_id
    assert cmd.member_id == "m1" and cmd.tender == "card"
    assert cmd.lines == (SaleLineInput("BAK-BUN", 2, 0),)
    assert _start().sale_id != start.sale_id
    assert _start().is_empty and not state.is_empty


def test_a_discount_approval_goes_stale_when_the_discounts_change() -> None:
    state = _start().with_product(BUN).with_discount(0, 500, "manager", "a-1").with_product(ESPRESSO)
    state = state.with_discount(1, 300, "manager", "a-2")
    assert (state.discount_approval, state.discount_approved_minor) == ("a-2", 800)
    assert not state.discount_needs_approval
    assert state.without_line(1).discount_needs_approval  # 500 left of the 800 approved
    assert state.with_quantity(0, 1).discount_needs_approval is False  # the bun's 500 still fits one bun
    renewed = state.without_line(1).with_discount_approval("manager", "a-3")
    assert (renewed.discount_approved_minor, renewed.discount_needs_approval) == (500, False)
