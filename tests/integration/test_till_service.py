"""The till's read-only look-ups (services/sale/till.py) on the demo shop in a real SQLite file.

Worked numbers (demo shop, see loyalty_pos/demo/shop.py): a new member has the
25-point welcome bonus; the cheapest reward above 25 points they can aim for is
"2 for 1 cinnamon buns" at 60 points (35 to go, 25*100/60 = 41 % floored);
"20 % off bakery" needs Silver and the Christmas mug needs Gold.
"""

from __future__ import annotations

import uuid
from zoneinfo import ZoneInfo

import pytest

from loyalty_pos.domain.errors import NotFound
from loyalty_pos.domain.program import TierBasis
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.services.sale import till
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.members.points import adjust_points
from tests.integration.conftest import Shop


def _cmd(member_id: str | None, *lines: tuple[str, int], redemptions=()) -> Checkout:
    return Checkout(str(uuid.uuid4()), member_id, tuple(SaleLineInput(code, qty) for code, qty in lines),
                    tuple(redemptions))


def _refresh(shop: Shop, cmd: Checkout) -> till.SaleView:
    return till.refresh_sale(shop.uow(readonly=True), cmd, clock=shop.clock)


def _offer(view: till.SaleView) -> till.RewardsOffer:
    assert view.member is not None
    return view.member.rewards


def _by_id(offer: till.RewardsOffer) -> dict[str, till.RewardOption]:
    return {option.reward_id: option for option in offer.options}


def test_till_info_names_the_shop_and_its_currency(shop: Shop) -> None:
    assert till.till_info(shop.uow(readonly=True)) == till.TillInfo("Fjord & Co. Deli", "NOK", ZoneInfo("Europe/Oslo"))


def test_lookup_product_by_barcode_code_and_lower_case_code(shop: Shop) -> None:
    by_barcode = till.lookup_product(shop.uow(readonly=True), "7040000000011")
    assert by_barcode.exact is not None and by_barcode.exact.name == "Espresso"
    by_code = till.lookup_product(shop.uow(readonly=True), "COF-CAP")
    assert by_code.exact is not None and by_code.exact.unit_price == 4500
    typed_lower = till.lookup_product(shop.uow(readonly=True), " cof-cap ")
    assert typed_lower.exact is not None and typed_lower.exact.code == "COF-CAP"


def test_lookup_product_by_name_lists_matches_without_an_exact_hit(shop: Shop) -> None:
    found = till.lookup_product(shop.uow(readonly=True), "bread", limit=10)
    assert found.exact is None
    assert [p.name for p in found.page.rows] == ["Rye bread"]
    nothing = till.lookup_product(shop.uow(readonly=True), "no-such-thing")
    assert nothing.exact is None and nothing.page.rows == ()


def test_lookup_product_pages_through_the_catalog(shop: Shop) -> None:
    first = till.lookup_product(shop.uow(readonly=True), "o", limit=5)
    assert len(first.page.rows) == 5 and first.page.next_cursor is not None


def test_rewards_for_a_new_member_with_an_empty_basket_give_reasons(shop: Shop) -> None:
    member = shop.enrol()
    offer = _offer(_refresh(shop, _cmd(member.id)))
    assert offer.member_id == member.id
    assert offer.balance == offer.available_points == 25
    options = _by_id(offer)
    assert not any(option.available for option in options.values())
    assert options["bakery20"].reason_code == "needs_tier"
    assert options["bakery20"].reason == "needs Silver tier"
    assert options["xmas-mug"].reason == "needs Gold tier"
    assert options["free-coffee"].reason_code == "product_not_in_basket"
    assert options["free-coffee"].reason == "needs Filter coffee in the basket"  # the name, not COF-FIL
    assert options["pay-points"].points_entered and options["pay-points"].points_cost == 20
    assert not options["nok50"].points_entered
    assert offer.next_reward == till.NextReward("bun-2for1", "2 for 1 cinnamon buns", 60, 35, 41)


def test_free_coffee_is_available_once_the_coffee_is_in_the_basket_and_points_suffice(shop: Shop) -> None:
    member = shop.enrol()
    adjust_points(shop.uow(), member_id=member.id, points=100, reason="test", actor=shop.manager, clock=shop.clock)
    offer = _offer(_refresh(shop, _cmd(member.id, ("COF-FIL", 1))))
    options = _by_id(offer)
    assert offer.balance == 125
    assert options["free-coffee"].available and options["free-coffee"].reason is None
    # NOK 35.00 basket: the NOK 50 off reward needs a NOK 200.00 basket.
    assert options["nok50"].reason_code == "min_basket"
    assert options["nok50"].reason == "needs a basket of NOK 200.00, basket is NOK 35.00"


def test_points_taken_by_this_sale_are_not_offered_twice(shop: Shop) -> None:
    member = shop.enrol()
    adjust_points(shop.uow(), member_id=member.id, points=100, reason="test", actor=shop.manager, clock=shop.clock)
    cmd = _cmd(member.id, ("COF-FIL", 2), redemptions=[RedemptionRequest("free-coffee")])
    view = _refresh(shop, cmd)
    assert view.priced is not None and view.priced.points_redeemed == 100
    offer = _offer(view)
    # 125 points, 100 already on this sale's free coffee: 25 left, so a second one is refused.
    assert offer.available_points == 25
    second = _by_id(offer)["free-coffee"]
    assert not second.available
    assert second.reason == "needs 100 points, member has 25"


def test_refresh_bundles_panel_and_rewards(shop: Shop) -> None:
    member = shop.enrol()
    view = _refresh(shop, _cmd(member.id))
    assert view.priced is None  # nothing in the basket yet
    shown = view.member
    assert shown is not None
    assert shown.panel.member.id == member.id
    assert shown.panel.balance == 25
    assert shown.panel.tier_name == "Bronze"
    assert shown.currency == "NOK" and shown.tier_basis is TierBasis.SPEND
    # Silver at NOK 5,000.00 rolling spend; nothing spent yet.
    assert shown.panel.tier_progress.next is not None and shown.panel.tier_progress.needed == 500_000
    assert shown.rewards.member_id == member.id and shown.rewards.balance == 25


def test_member_summary_after_a_sale_shows_the_new_balance(shop: Shop) -> None:
    member = shop.enrol("Grace Hopper", phone="+4791234567")
    # NOK 258.00 of smoked salmon: base 25 + deli extra 12 = 37 points on top of the 25 welcome.
    checkout(shop.uow(), _cmd(member.id, ("DEL-SAL", 2)), actor=shop.cashier, clock=shop.clock)
    summary = till.member_summary(shop.uow(readonly=True), member.id)
    assert summary.name == "Grace Hopper" and summary.phone == "+4791234567"
    assert summary.balance == 25 + 37
    assert till.is_active(summary)


def test_an_unknown_member_is_not_found(shop: Shop) -> None:
    with pytest.raises(NotFound):
        till.member_summary(shop.uow(readonly=True), "no-such-member")
    with pytest.raises(NotFound):
        _refresh(shop, _cmd("no-such-member", ("COF-FIL", 1)))
