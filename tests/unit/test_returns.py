"""Returns: pro-rata money and points, cumulative so partial returns add up to a full one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.basket import Basket, BasketLine, PricedLine
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.pricing import price_sale
from loyalty_pos.domain.program import (
    EarningRules,
    NegativeBalancePolicy,
    Program,
    Reward,
    RewardKind,
    Tier,
    TierPolicy,
)
from loyalty_pos.domain.returns import ReturnLine, ReturnPlan, plan_return
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.tiers import Qualifying

ZERO = NegativeBalancePolicy.REVERSE_TO_ZERO_AND_FLAG
DEBT = NegativeBalancePolicy.ALLOW_DEBT


def sold(line_no: int, quantity: int, net: int, *, earned: int = 0, spent: int = 0, paid: int = 0,
         name: str = "Soup") -> PricedLine:
    return PricedLine(
        line_no=line_no, product_code=f"P{line_no}", name=name, category="deli", quantity=quantity,
        unit_price=net // quantity + 1, tax_rate_bp=0, gross_minor=(net // quantity + 1) * quantity,
        discount_minor=(net // quantity + 1) * quantity - net, points_paid_minor=paid,
        points_earned=earned, points_spent=spent,
    )


def plan(original: Sequence[PricedLine], *request: tuple[int, int], returned: dict[int, int] | None = None,
         balance: int = 1_000, policy: NegativeBalancePolicy = ZERO) -> ReturnPlan:
    return plan_return(original, already_returned=returned or {}, request=[ReturnLine(*r) for r in request],
                       balance=balance, policy=policy)


SOUP = sold(1, 4, 10000, earned=10, spent=7)  # 4 soups for NOK 100, 10 points earned, 7 spent on them


def test_returning_a_line_in_three_steps_adds_up_to_the_whole_line() -> None:
    first = plan([SOUP], (1, 1))
    # After 1 of 4: floor(10000/4) = 2500, floor(10/4) = 2 taken back, floor(7/4) = 1 given back.
    assert (first.refund_minor, first.points_reversed, first.points_restored) == (2500, 2, 1)
    assert first.lines == ((1, 1, 2500),)
    second = plan([SOUP], (1, 2), returned={1: 1})
    # After 3 of 4: floor(30/4) = 7 in all, so 7 - 2 = 5 now; floor(21/4) = 5, so 5 - 1 = 4 now.
    assert (second.refund_minor, second.points_reversed, second.points_restored) == (5000, 5, 4)
    last = plan([SOUP], (1, 1), returned={1: 3})
    # The last unit takes what is left: 10 - 7 = 3 and 7 - 5 = 2.
    assert (last.refund_minor, last.points_reversed, last.points_restored) == (2500, 3, 2)
    assert first.points_reversed + second.points_reversed + last.points_reversed == 10
    assert first.points_restored + second.points_restored + last.points_restored == 7


def test_uneven_amounts_round_down_until_the_last_unit() -> None:
    three = sold(1, 3, 1000, earned=5)
    refunds = [plan([three], (1, 1), returned={1: done}).refund_minor for done in range(3)]
    assert refunds == [333, 333, 334]
    reversed_ = [plan([three], (1, 1), returned={1: done}).points_reversed for done in range(3)]
    assert reversed_ == [1, 2, 2]  # floor(5/3)=1, floor(10/3)=3 -> 2, 5 -> 2


def test_store_credit_comes_back_as_points_not_cash() -> None:
    # 2 x NOK 50, NOK 40 of it paid with store credit (220 points spent on this line).
    line = sold(1, 2, 10000, paid=4000, spent=220, earned=6)
    half = plan([line], (1, 1))
    assert half.refund_minor == 3000  # half of the NOK 60 paid in money
    assert half.store_credit_back_minor == 2000  # half of the credit ...
    assert half.points_restored == 110  # ... which comes back as its points
    assert half.points_reversed == 3
    full = plan([line], (1, 2))
    assert (full.refund_minor, full.store_credit_back_minor, full.points_restored) == (6000, 4000, 220)


def test_several_lines_at_once_are_listed_by_line_number() -> None:
    lines = [SOUP, sold(2, 1, 4500, earned=4, name="Bread")]
    result = plan(lines, (2, 1), (1, 2))
    assert result.lines == ((1, 2, 5000), (2, 1, 4500))
    assert result.refund_minor == 9500
    assert result.points_reversed == 5 + 4


def test_the_same_line_twice_in_one_request_is_one_return() -> None:
    assert plan([SOUP], (1, 1), (1, 1)) == plan([SOUP], (1, 2))


@pytest.mark.parametrize(
    ("request_", "returned", "code"),
    [
        ((9, 1), {}, "unknown_line"),
        ((1, 0), {}, "bad_quantity"),
        ((1, -2), {}, "bad_quantity"),
        ((1, 1), {1: 4}, "nothing_left_to_return"),
        ((1, 3), {1: 2}, "nothing_left_to_return"),
        ((1, 5), {}, "nothing_left_to_return"),
    ],
)
def test_impossible_returns_are_refused(request_: tuple[int, int], returned: dict[int, int], code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        plan([SOUP], request_, returned=returned)
    assert refused.value.code == code


def test_too_many_says_how_many_are_left() -> None:
    with pytest.raises(ValidationError) as refused:
        plan([SOUP], (1, 3), returned={1: 2})
    assert refused.value.message == "Line 1 (Soup): 2 of 4 left to return, asked for 3"


def test_enough_balance_takes_everything_without_a_flag() -> None:
    result = plan([SOUP], (1, 4), balance=3)
    # 3 + 7 restored - 10 reversed = 0: exactly enough.
    assert (result.points_to_take, result.flagged, result.points_change) == (10, False, -3)


def test_reverse_to_zero_takes_only_what_the_balance_allows_and_flags() -> None:
    result = plan([SOUP], (1, 4), balance=1, policy=ZERO)
    # 1 + 7 restored = 8 can be taken of the 10 earned; the balance ends at 0.
    assert (result.points_reversed, result.points_to_take, result.flagged) == (10, 8, True)
    assert 1 + result.points_change == 0


def test_allow_debt_takes_everything_and_still_flags() -> None:
    result = plan([SOUP], (1, 4), balance=1, policy=DEBT)
    assert (result.points_to_take, result.flagged) == (10, True)
    assert 1 + result.points_change == -2


def test_a_member_already_in_debt_is_not_pushed_further_under_reverse_to_zero() -> None:
    result = plan([sold(1, 1, 5000, earned=5)], (1, 1), balance=-20, policy=ZERO)
    assert (result.points_to_take, result.flagged) == (0, True)


def test_nothing_to_take_back_is_never_flagged() -> None:
    result = plan([sold(1, 1, 5000, spent=40)], (1, 1), balance=-20, policy=ZERO)
    assert (result.points_reversed, result.points_restored, result.points_to_take, result.flagged) == (0, 40, 0, False)


def test_a_priced_sale_returned_in_full_gives_back_exactly_what_it_took() -> None:
    program = Program(
        currency="NOK", earning=EarningRules(), tiers=TierPolicy((Tier("basic", "Basic", 0),)),
        rewards=(Reward("nok50", "NOK 50 off", RewardKind.AMOUNT_OFF, 120, amount_minor=5000),
                 Reward("credit", "Credit", RewardKind.STORE_CREDIT, 90, amount_minor=3000)),
    )
    basket = Basket("NOK", (BasketLine(1, "A", "A", "deli", 4999, 3), BasketLine(2, "B", "B", "deli", 1250, 2)))
    sale = price_sale(basket, MemberView("m", "basic", 500), program,
                      redemptions=[RedemptionRequest("nok50"), RedemptionRequest("credit")],
                      sale_id="s", now=datetime(2024, 5, 1, tzinfo=UTC))
    full = plan(sale.lines, (1, 3), (2, 2), balance=sale.balance_after)
    assert full.refund_minor == sale.amount_due_minor
    assert full.store_credit_back_minor == sale.store_credit_minor
    assert full.points_reversed == sale.points_earned
    assert full.points_restored == sale.points_redeemed
    assert sale.balance_after + full.points_change == 500  # back where the member started


# -- invariants ----------------------------------------------------------------------------


@st.composite
def sold_lines(draw: st.DrawFn) -> list[PricedLine]:
    lines = []
    for number in range(1, draw(st.integers(1, 4)) + 1):
        quantity = draw(st.integers(1, 8))
        net = draw(st.integers(0, 100_000))
        lines.append(sold(number, quantity, net, earned=draw(st.integers(0, 500)), spent=draw(st.integers(0, 500)),
                          paid=draw(st.integers(0, net))))
    return lines


@st.composite
def splits(draw: st.DrawFn, lines: list[PricedLine]) -> list[list[tuple[int, int]]]:
    """The sale's units cut into a random sequence of partial returns."""
    left = {line.line_no: line.quantity for line in lines}
    returns = []
    while any(left.values()):
        chosen = draw(st.lists(st.sampled_from([no for no, q in left.items() if q]), min_size=1, max_size=3,
                               unique=True))
        step = []
        for line_no in chosen:
            quantity = draw(st.integers(1, left[line_no]))
            left[line_no] -= quantity
            step.append((line_no, quantity))
        returns.append(step)
    return returns


@settings(max_examples=100, deadline=None)  # each example prices a sale and several returns: 100 still search widely
@given(st.data())
def test_partial_returns_in_any_split_equal_one_full_return(data: st.DataObject) -> None:
    lines = data.draw(sold_lines())
    steps = data.draw(splits(lines))
    returned: dict[int, int] = {}
    totals = [0, 0, 0, 0]
    for step in steps:
        part = plan(lines, *step, returned=dict(returned))
        for line_no, quantity in step:
            returned[line_no] = returned.get(line_no, 0) + quantity
        for index, value in enumerate((part.refund_minor, part.store_credit_back_minor, part.points_reversed,
                                       part.points_restored)):
            assert value >= 0
            totals[index] += value
    full = plan(lines, *[(line.line_no, line.quantity) for line in lines])
    assert totals == [full.refund_minor, full.store_credit_back_minor, full.points_reversed, full.points_restored]
    # ... and a full return is exactly what the sale recorded.
    assert full.refund_minor + full.store_credit_back_minor == sum(line.net_minor for line in lines)
    assert full.store_credit_back_minor == sum(line.points_paid_minor for line in lines)
    assert full.points_reversed == sum(line.points_earned for line in lines)
    assert full.points_restored == sum(line.points_spent for line in lines)


@settings(max_examples=200, deadline=None)
@given(st.data(), st.integers(-200, 2_000), st.sampled_from(list(NegativeBalancePolicy)))
def test_returns_never_create_points(data: st.DataObject, balance: int, policy: NegativeBalancePolicy) -> None:
    lines = data.draw(sold_lines())
    line = data.draw(st.sampled_from(lines))
    before = data.draw(st.integers(0, line.quantity - 1))
    quantity = data.draw(st.integers(1, line.quantity - before))
    result = plan(lines, (line.line_no, quantity), returned={line.line_no: before}, balance=balance, policy=policy)
    assert 0 <= result.points_restored <= line.points_spent
    assert 0 <= result.points_reversed <= line.points_earned
    assert 0 <= result.points_to_take <= result.points_reversed
    assert 0 <= result.refund_minor <= line.net_minor - line.points_paid_minor
    after = balance + result.points_change
    if policy is ZERO and balance >= 0:
        assert after >= 0  # the policy never makes a balance negative
    if result.points_to_take < result.points_reversed or after < 0 < result.points_reversed:
        assert result.flagged  # never silent


def test_a_return_takes_its_share_of_the_sales_tier_qualification() -> None:
    # The soup sale earned 10 points of which 8 qualify (2 were a campaign bonus); it paid NOK 100.
    sale = Qualifying(10000, 8)
    first = plan_return([SOUP], already_returned={}, request=[ReturnLine(1, 1)], balance=1_000, policy=ZERO,
                        qualifying=sale)
    # 2 of the 10 earned points go back: floor(8 * 2 / 10) = 1 qualifying point, and the NOK 25 refunded.
    assert first.qualifying == Qualifying(-2500, -1)
    rest = plan_return([SOUP], already_returned={1: 1}, request=[ReturnLine(1, 3)], balance=0, policy=ZERO,
                       qualifying=sale)
    # All of it in the end, whatever the balance spared the member.
    assert rest.points_to_take < rest.points_reversed
    assert rest.qualifying == Qualifying(-7500, -7)


@settings(max_examples=100, deadline=None)  # each example prices a sale and several returns: 100 still search widely
@given(st.data())
def test_returns_in_any_split_take_back_exactly_what_the_sale_qualified(data: st.DataObject) -> None:
    lines = data.draw(sold_lines())
    earned = sum(line.points_earned for line in lines)
    sale = Qualifying(sum(line.net_minor - line.points_paid_minor for line in lines),
                      data.draw(st.integers(0, earned)))  # never more than the sale earned
    returned: dict[int, int] = {}
    taken = Qualifying(0, 0)
    for step in data.draw(splits(lines)):
        part = plan_return(lines, already_returned=dict(returned), request=[ReturnLine(*r) for r in step],
                           balance=1_000, policy=ZERO, qualifying=sale)
        assert part.qualifying.spend_minor <= 0 and part.qualifying.points <= 0
        taken = Qualifying(taken.spend_minor + part.qualifying.spend_minor, taken.points + part.qualifying.points)
        for line_no, quantity in step:
            returned[line_no] = returned.get(line_no, 0) + quantity
    assert taken == Qualifying(-sale.spend_minor, -sale.points if earned else 0)
