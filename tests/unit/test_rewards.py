"""Rewards: eligibility reasons and what each reward kind does, with hand-checkable numbers."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.errors import RewardUnavailable, ValidationError
from loyalty_pos.domain.members import MemberStatus, MemberView
from loyalty_pos.domain.program import Reward, RewardKind, Tier, TierPolicy
from loyalty_pos.domain.rewards import (
    DISCOUNT_KINDS,
    RedemptionRequest,
    RewardEffect,
    apply_reward,
    room,
    unavailable_reasons,
)

NOW = datetime(2024, 11, 20, 15, 0, tzinfo=UTC)
TIERS = TierPolicy(
    (Tier("bronze", "Bronze", 0), Tier("silver", "Silver", 500_000, 125), Tier("gold", "Gold", 1_500_000, 150))
)
MEMBER = MemberView(member_id="m1", tier_code="bronze", balance=1_000)


def line(
    line_no: int,
    unit_price: int,
    quantity: int = 1,
    *,
    code: str | None = None,
    name: str | None = None,
    category: str = "grocery",
    discount: int = 0,
    paid: int = 0,
) -> PricedLine:
    code = code or f"P{line_no}"
    return PricedLine(
        line_no=line_no,
        product_code=code,
        name=name or code,
        category=category,
        quantity=quantity,
        unit_price=unit_price,
        tax_rate_bp=0,
        gross_minor=unit_price * quantity,
        discount_minor=discount,
        points_paid_minor=paid,
    )


def reward(kind: RewardKind, points_cost: int = 100, **fields: object) -> Reward:
    return Reward(id=f"r-{kind.value}", name=f"Reward {kind.value}", kind=kind, points_cost=points_cost, **fields)


def redeem(rw: Reward, lines: list[PricedLine], points: int | None = None, **kwargs: object) -> RewardEffect:
    return apply_reward(rw, lines, RedemptionRequest(rw.id, points), currency="NOK", **kwargs)


def reasons(rw: Reward, lines: list[PricedLine], member: MemberView = MEMBER, **kwargs: object) -> list[str]:
    kwargs.setdefault("stock_left", None)
    found = unavailable_reasons(rw, member=member, lines=lines, tiers=TIERS, now=NOW, currency="NOK", **kwargs)
    return [r.code for r in found]


# -- AMOUNT_OFF -----------------------------------------------------------------------------


def test_amount_off_is_spread_over_lines_by_their_net() -> None:
    fifty = reward(RewardKind.AMOUNT_OFF, 120, amount_minor=5000)
    # NOK 100 + NOK 300: a quarter and three quarters of NOK 50.
    effect = redeem(fifty, [line(1, 10000), line(2, 30000)])
    assert dict(effect.line_discounts) == {1: 1250, 2: 3750}
    assert effect.points == 120
    assert effect.tender_minor == 0
    assert effect.description == "NOK 50.00 off"
    assert effect.amount_minor == 5000


def test_amount_off_never_exceeds_the_basket_and_skips_excluded_products() -> None:
    fifty = reward(RewardKind.AMOUNT_OFF, amount_minor=5000, excluded_products=frozenset({"GIFT"}))
    # Only the NOK 30 line may be discounted: NOK 50 off is capped at NOK 30.
    effect = redeem(fifty, [line(1, 20000, code="GIFT"), line(2, 3000)])
    assert dict(effect.line_discounts) == {2: 3000}
    assert effect.description == "NOK 30.00 off"


def test_amount_off_works_on_what_earlier_discounts_left() -> None:
    fifty = reward(RewardKind.AMOUNT_OFF, amount_minor=5000)
    # NOK 40 line already NOK 25 off -> NOK 15 left; NOK 60 line untouched. 5000 over 1500:6000.
    effect = redeem(fifty, [line(1, 4000, discount=2500), line(2, 6000)])
    assert dict(effect.line_discounts) == {1: 1000, 2: 4000}


# -- PERCENT_OFF ---------------------------------------------------------------------------


def test_percent_off_a_category_rounds_down_and_is_allocated_per_line() -> None:
    bakery20 = reward(RewardKind.PERCENT_OFF, 150, percent=20, category="bakery")
    lines = [line(1, 3333, category="bakery"), line(2, 5000), line(3, 1001, category="bakery")]
    effect = redeem(bakery20, lines)
    # 20 % of NOK 43.34 = 866.8 -> 866 (FLOOR); 866 * 3333/4334 = 666.02 -> 666, the rest 200.
    assert dict(effect.line_discounts) == {1: 666, 3: 200}
    assert effect.description == "20 % off bakery"


def test_percent_off_the_whole_basket_floors() -> None:
    ten = reward(RewardKind.PERCENT_OFF, percent=15)
    effect = redeem(ten, [line(1, 999)])
    assert dict(effect.line_discounts) == {1: 149}  # 149.85 -> 149
    assert effect.description == "15 % off"


def test_percent_off_excludes_products() -> None:
    ten = reward(RewardKind.PERCENT_OFF, percent=10, excluded_products=frozenset({"TOB"}))
    effect = redeem(ten, [line(1, 10000, code="TOB"), line(2, 5000)])
    assert dict(effect.line_discounts) == {2: 500}


# -- FREE_PRODUCT --------------------------------------------------------------------------


def test_free_product_takes_one_unit_at_its_net_price() -> None:
    coffee = reward(RewardKind.FREE_PRODUCT, product_code="COF", description="Any filter coffee")
    lines = [line(1, 3500, 2, code="COF", name="Filter coffee"), line(2, 6900)]
    effect = redeem(coffee, lines)
    assert dict(effect.line_discounts) == {1: 3500}
    assert dict(effect.free_units) == {1: 1}
    assert effect.description == "Free: Filter coffee"


def test_free_product_shares_a_managers_line_discount_between_the_units() -> None:
    coffee = reward(RewardKind.FREE_PRODUCT, product_code="COF")
    # 2 x NOK 35 with NOK 10 off the line: each cup costs NOK 30 net.
    effect = redeem(coffee, [line(1, 3500, 2, code="COF", discount=1000)])
    assert dict(effect.line_discounts) == {1: 3000}


def test_a_second_free_product_needs_a_second_unit() -> None:
    coffee = reward(RewardKind.FREE_PRODUCT, product_code="COF")
    lines = [line(1, 3500, 2, code="COF")]
    first = redeem(coffee, lines)
    after = [replace(lines[0], discount_minor=first.line_discounts[1])]
    second = redeem(coffee, after, free_units=first.free_units)
    assert dict(second.line_discounts) == {1: 3500}  # the other cup, full price again
    both = {1: 2}
    with pytest.raises(RewardUnavailable) as refused:
        redeem(coffee, [replace(lines[0], discount_minor=7000)], free_units=both)
    assert refused.value.code == "no_eligible_lines"
    assert reasons(coffee, [replace(lines[0], discount_minor=7000)], free_units=both) == ["product_not_in_basket"]


def test_free_product_picks_the_cheapest_unit() -> None:
    coffee = reward(RewardKind.FREE_PRODUCT, product_code="COF")
    lines = [line(1, 3500, code="COF"), line(2, 3500, code="COF", discount=1500)]
    assert dict(redeem(coffee, lines).line_discounts) == {2: 2000}


# -- BUY_X_GET_Y ---------------------------------------------------------------------------


def test_two_for_one_frees_every_second_unit() -> None:
    buns = reward(RewardKind.BUY_X_GET_Y, 60, product_code="BUN", buy_quantity=1, free_quantity=1)
    effect = redeem(buns, [line(1, 3000, 5, code="BUN", name="Cinnamon bun")])
    # 5 buns -> floor(5 / 2) = 2 free at NOK 30.
    assert dict(effect.line_discounts) == {1: 6000}
    assert dict(effect.free_units) == {1: 2}
    assert effect.description == "2 for 1: Cinnamon bun"


def test_three_for_two_counts_units_across_lines_cheapest_free() -> None:
    buns = reward(RewardKind.BUY_X_GET_Y, 60, product_code="BUN", buy_quantity=2, free_quantity=1)
    lines = [line(1, 3000, 4, code="BUN"), line(2, 3000, 3, code="BUN", discount=600)]
    effect = redeem(buns, lines)
    # 7 buns -> floor(7 / 3) = 2 free; line 2 units are NOK 28 each (NOK 6 off the line): both from there.
    assert dict(effect.line_discounts) == {2: 5600}
    assert effect.description == "3 for 2: BUN"


def test_buy_x_get_y_with_too_few_units_says_how_many() -> None:
    buns = reward(RewardKind.BUY_X_GET_Y, 60, product_code="BUN", buy_quantity=2, free_quantity=1)
    found = unavailable_reasons(
        buns, member=MEMBER, lines=[line(1, 3000, 2, code="BUN", name="Bun")], tiers=TIERS, now=NOW, stock_left=None
    )
    assert [(r.code, r.message) for r in found] == [("product_not_in_basket", "needs 3 x Bun in the basket, basket has 2")]
    assert found[0].params == {"product_code": "BUN", "product": "Bun", "needed": 3, "quantity": 2}


# -- PAY_WITH_POINTS -----------------------------------------------------------------------


PAY = reward(RewardKind.PAY_WITH_POINTS, 20, point_value_minor=50, points_per_value=1)  # 1 point = NOK 0.50


def test_pay_with_points_turns_typed_points_into_a_discount() -> None:
    effect = redeem(PAY, [line(1, 20000), line(2, 30000)], points=300)
    # 300 points x NOK 0.50 = NOK 150, spread 2:3.
    assert dict(effect.line_discounts) == {1: 6000, 2: 9000}
    assert effect.points == 300
    assert effect.description == "300 points = NOK 150.00"


def test_pay_with_points_capped_by_the_basket_charges_only_the_points_needed() -> None:
    effect = redeem(PAY, [line(1, 10001)], points=300)
    # The basket is NOK 100.01: 10001 / 50 = 200.02 -> 201 points (CEILING) buy all of it.
    assert dict(effect.line_discounts) == {1: 10001}
    assert effect.points == 201


def test_pay_with_points_rounds_value_down() -> None:
    odd = reward(RewardKind.PAY_WITH_POINTS, 10, point_value_minor=2, points_per_value=3)  # 3 points = 0.02
    effect = redeem(odd, [line(1, 10000)], points=100)
    assert dict(effect.line_discounts) == {1: 66}  # 100 * 2 / 3 = 66.67 -> 66


def test_pay_with_points_minimum_and_default() -> None:
    with pytest.raises(ValidationError) as refused:
        redeem(PAY, [line(1, 10000)], points=19)
    assert refused.value.code == "points_below_minimum"
    effect = redeem(PAY, [line(1, 10000)])  # nothing typed: the minimum
    assert effect.points == 20 and dict(effect.line_discounts) == {1: 1000}


def test_fixed_price_rewards_refuse_typed_points() -> None:
    fifty = reward(RewardKind.AMOUNT_OFF, amount_minor=5000)
    with pytest.raises(ValidationError) as refused:
        redeem(fifty, [line(1, 10000)], points=500)
    assert refused.value.code == "points_not_allowed"


# -- STORE_CREDIT --------------------------------------------------------------------------


def test_store_credit_is_a_tender_not_a_discount() -> None:
    credit = reward(RewardKind.STORE_CREDIT, 220, amount_minor=10000)
    effect = redeem(credit, [line(1, 5000), line(2, 20000)])
    assert effect.line_discounts == {}
    assert effect.tender_minor == 10000
    assert dict(effect.line_payments) == {1: 2000, 2: 8000}
    assert effect.points == 220
    assert effect.description == "Store credit NOK 100.00"


def test_store_credit_is_capped_at_what_is_still_owed() -> None:
    credit = reward(RewardKind.STORE_CREDIT, 220, amount_minor=10000)
    # NOK 60 basket, NOK 20 already paid with an earlier credit: NOK 40 left to pay.
    effect = redeem(credit, [line(1, 6000, paid=2000)])
    assert effect.tender_minor == 4000
    assert effect.points == 220  # the points price is fixed
    with pytest.raises(RewardUnavailable) as refused:
        redeem(credit, [line(1, 6000, paid=6000)])
    assert refused.value.code == "no_eligible_lines"


def test_discounts_never_eat_into_what_store_credit_paid() -> None:
    fifty = reward(RewardKind.AMOUNT_OFF, amount_minor=5000)
    effect = redeem(fifty, [line(1, 6000, paid=4000)])
    assert dict(effect.line_discounts) == {1: 2000}


# -- eligibility ---------------------------------------------------------------------------


def test_an_eligible_reward_has_no_reasons() -> None:
    assert reasons(reward(RewardKind.AMOUNT_OFF, amount_minor=5000), [line(1, 10000)]) == []


@pytest.mark.parametrize(
    ("changes", "member", "code", "message"),
    [
        ({"active": False}, MEMBER, "inactive", "switched off by a manager"),
        ({"valid_from": NOW + timedelta(days=2)}, MEMBER, "not_yet_valid", "valid from 2024-11-22"),
        ({"valid_until": NOW}, MEMBER, "expired", "ended 2024-11-20"),
        ({"min_tier": "gold"}, MEMBER, "needs_tier", "needs Gold tier"),
        ({"min_basket_minor": 20000}, MEMBER, "min_basket", "needs a basket of NOK 200.00, basket is NOK 190.00"),
        ({"points_cost": 500}, replace(MEMBER, balance=320), "insufficient_points", "needs 500 points, member has 320"),
        ({}, replace(MEMBER, status=MemberStatus.BLOCKED), "member_not_active", "member is blocked"),
        ({"per_member_limit": 2}, replace(MEMBER, redemptions_in_period={"r-amount_off": 2}), "limit_reached",
         "limit of 2 a month reached"),
    ],
)
def test_each_reason_has_a_code_and_a_message_with_numbers(
    changes: dict[str, object], member: MemberView, code: str, message: str
) -> None:
    rw = replace(reward(RewardKind.AMOUNT_OFF, amount_minor=5000), **changes)
    # NOK 250 gross, NOK 60 already off: the basket is NOK 190 now.
    found = unavailable_reasons(
        rw, member=member, lines=[line(1, 25000, discount=6000)], tiers=TIERS, now=NOW, stock_left=None,
        currency="NOK",
    )
    assert [(r.code, r.message) for r in found] == [(code, message)]


def test_validity_window_starts_inclusive_and_ends_exclusive() -> None:
    rw = reward(RewardKind.AMOUNT_OFF, amount_minor=5000, valid_from=NOW, valid_until=NOW + timedelta(seconds=1))
    assert reasons(rw, [line(1, 10000)]) == []


def test_higher_tier_may_redeem_a_lower_tier_reward() -> None:
    rw = reward(RewardKind.AMOUNT_OFF, amount_minor=5000, min_tier="silver")
    assert reasons(rw, [line(1, 10000)], member=replace(MEMBER, tier_code="gold")) == []


def test_limit_counts_redemptions_already_in_the_sale() -> None:
    rw = reward(RewardKind.AMOUNT_OFF, amount_minor=500, per_member_limit=2, limit_period="week")
    member = replace(MEMBER, redemptions_in_period={rw.id: 1})
    assert reasons(rw, [line(1, 10000)], member=member) == []
    found = unavailable_reasons(
        rw, member=member, lines=[line(1, 10000)], tiers=TIERS, now=NOW, stock_left=None, already_in_sale=1
    )
    assert [(r.code, r.message, dict(r.params)) for r in found] == [
        ("limit_reached", "limit of 2 a week reached", {"limit": 2, "period": "week", "used": 2})
    ]


def test_stock_counts_redemptions_already_in_the_sale() -> None:
    rw = reward(RewardKind.AMOUNT_OFF, amount_minor=500, stock=40)
    assert reasons(rw, [line(1, 10000)], stock_left=0) == ["out_of_stock"]
    assert reasons(rw, [line(1, 10000)], stock_left=1) == []
    assert reasons(rw, [line(1, 10000)], stock_left=1, already_in_sale=1) == ["out_of_stock"]


def test_points_committed_in_the_sale_count_against_the_balance() -> None:
    rw = reward(RewardKind.AMOUNT_OFF, 400, amount_minor=500)
    found = unavailable_reasons(
        rw, member=MEMBER, lines=[line(1, 10000)], tiers=TIERS, now=NOW, stock_left=None, points_committed=700
    )
    assert [(r.code, r.message, dict(r.params)) for r in found] == [
        ("insufficient_points", "needs 400 points, member has 300", {"needed": 400, "available": 300})
    ]


def test_free_product_not_in_basket() -> None:
    mug = reward(RewardKind.FREE_PRODUCT, product_code="HOU-MUG")
    assert reasons(mug, [line(1, 3500)]) == ["product_not_in_basket"]


def test_no_eligible_lines_when_everything_is_excluded() -> None:
    rw = reward(RewardKind.PERCENT_OFF, percent=10, excluded_products=frozenset({"TOB"}))
    assert reasons(rw, [line(1, 9900, code="TOB")]) == ["no_eligible_lines"]
    with pytest.raises(RewardUnavailable) as refused:
        redeem(rw, [line(1, 9900, code="TOB")])
    assert refused.value.code == "no_eligible_lines"


def test_all_reasons_are_listed_and_points_come_last() -> None:
    mug = reward(RewardKind.FREE_PRODUCT, 300, product_code="HOU-MUG", min_tier="gold", stock=40)
    member = replace(MEMBER, balance=130)
    assert reasons(mug, [line(1, 3500)], member=member, stock_left=0) == [
        "needs_tier",
        "out_of_stock",
        "product_not_in_basket",
        "insufficient_points",
    ]


# -- invariants ----------------------------------------------------------------------------

PRODUCTS = ("A", "B", "C")


@st.composite
def basket_lines(draw: st.DrawFn) -> list[PricedLine]:
    count = draw(st.integers(1, 5))
    lines = []
    for number in range(1, count + 1):
        unit_price = draw(st.integers(0, 20_000))
        quantity = draw(st.integers(1, 5))
        gross = unit_price * quantity
        discount = draw(st.integers(0, gross))
        paid = draw(st.integers(0, gross - discount))
        code = draw(st.sampled_from(PRODUCTS))
        lines.append(line(number, unit_price, quantity, code=code, category=code.lower(), discount=discount, paid=paid))
    return lines


@st.composite
def any_reward(draw: st.DrawFn) -> Reward:
    # The kinds that change the basket; prize kinds (partner codes, giveaway entries, mystery)
    # buy something outside it and have their own tests (tests/unit/test_prizes.py).
    kind = draw(st.sampled_from([k for k in RewardKind if k in DISCOUNT_KINDS or k is RewardKind.STORE_CREDIT]))
    excluded = draw(st.frozensets(st.sampled_from(PRODUCTS), max_size=1))
    fields: dict[str, object] = {"excluded_products": excluded}
    if kind in (RewardKind.AMOUNT_OFF, RewardKind.STORE_CREDIT):
        fields["amount_minor"] = draw(st.integers(1, 50_000))
    elif kind is RewardKind.PERCENT_OFF:
        fields["percent"] = draw(st.integers(1, 100))
        fields["category"] = draw(st.none() | st.sampled_from(("a", "b")))
    elif kind is RewardKind.PAY_WITH_POINTS:
        fields["point_value_minor"] = draw(st.integers(1, 200))
        fields["points_per_value"] = draw(st.integers(1, 5))
    else:
        fields["product_code"] = draw(st.sampled_from(PRODUCTS))
        fields["buy_quantity"] = draw(st.integers(1, 3))
        fields["free_quantity"] = draw(st.integers(1, 2))
    return reward(kind, draw(st.integers(1, 500)), **fields)


@settings(max_examples=300, deadline=None)
@given(basket_lines(), any_reward(), st.integers(0, 2_000))
def test_a_reward_never_takes_more_than_a_line_still_charges(
    lines: list[PricedLine], rw: Reward, extra_points: int
) -> None:
    points = rw.points_cost + extra_points if rw.kind is RewardKind.PAY_WITH_POINTS else None
    try:
        effect = redeem(rw, lines, points=points)
    except RewardUnavailable as refused:
        assert refused.code == "no_eligible_lines"
        assert "no_eligible_lines" in reasons(rw, lines) or "product_not_in_basket" in reasons(
            rw, lines, stock_left=None
        )
        return
    by_no = {ln.line_no: ln for ln in lines}
    touched = {**effect.line_discounts, **effect.line_payments}
    for line_no, amount in touched.items():
        assert 0 < amount <= room(by_no[line_no])
        assert by_no[line_no].product_code not in rw.excluded_products
    assert effect.amount_minor > 0  # points are never spent for nothing
    assert effect.points > 0
    if rw.kind is RewardKind.PAY_WITH_POINTS:
        assert effect.points <= points  # never more than the cashier typed
        # the points spent are worth at least the discount they bought
        assert effect.points * rw.point_value_minor >= effect.amount_minor * rw.points_per_value
