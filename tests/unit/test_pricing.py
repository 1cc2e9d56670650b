"""price_sale: a basket, a member and the program -> the priced sale, checked by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.basket import Basket, BasketLine
from loyalty_pos.domain.errors import (
    InsufficientPoints,
    LoyaltyError,
    NotFound,
    RewardUnavailable,
    ValidationError,
)
from loyalty_pos.domain.members import MemberStatus, MemberView
from loyalty_pos.domain.pricing import (
    PricedSale,
    available_rewards,
    member_after,
    price_sale,
)
from loyalty_pos.domain.program import (
    Campaign,
    CampaignKind,
    EarningRules,
    Program,
    Reward,
    RewardKind,
    Tier,
    TierBasis,
    TierPolicy,
)
from loyalty_pos.domain.rewards import RedemptionRequest

NOW = datetime(2024, 11, 20, 15, 0, tzinfo=UTC)
TIERS = TierPolicy(
    (Tier("bronze", "Bronze", 0), Tier("silver", "Silver", 500_000, 125), Tier("gold", "Gold", 1_500_000, 150)),
    basis=TierBasis.SPEND,
)
REWARDS = (
    Reward("coffee", "Free coffee", RewardKind.FREE_PRODUCT, 100, product_code="COF"),
    Reward("nok50", "NOK 50 off", RewardKind.AMOUNT_OFF, 120, amount_minor=5000),
    Reward("credit100", "NOK 100 store credit", RewardKind.STORE_CREDIT, 220, amount_minor=10000),
    Reward("pay", "Pay with points", RewardKind.PAY_WITH_POINTS, 20, point_value_minor=50),
    Reward("bakery20", "20 % off bakery", RewardKind.PERCENT_OFF, 150, percent=20, category="bakery",
           min_tier="silver"),
    Reward("once", "Once a week", RewardKind.AMOUNT_OFF, 10, amount_minor=100, per_member_limit=1,
           limit_period="week"),
    Reward("mug", "Mug", RewardKind.FREE_PRODUCT, 300, product_code="MUG", stock=40),
)
PROGRAM = Program(currency="NOK", earning=EarningRules(), tiers=TIERS, rewards=REWARDS)  # 1 pt per NOK 1, FLOOR
MEMBER = MemberView(member_id="m1", tier_code="bronze", balance=1_000)


def basket(*lines: tuple[str, int, int] | tuple[str, int, int, int], category: str = "grocery") -> Basket:
    out = []
    for number, spec in enumerate(lines, start=1):
        code, price, qty, *discount = spec
        cat = "bakery" if code.startswith("BAK") else category
        out.append(BasketLine(number, code, code.title(), cat, price, qty, manual_discount=discount[0] if discount else 0))
    return Basket("NOK", tuple(out))


def price(b: Basket, member: MemberView | None = MEMBER, *redeem: str | tuple[str, int],
          program: Program = PROGRAM, **kwargs: object) -> PricedSale:
    requests = [RedemptionRequest(r) if isinstance(r, str) else RedemptionRequest(*r) for r in redeem]
    return price_sale(b, member, program, redemptions=requests, sale_id="sale-1", now=NOW, **kwargs)


def test_a_plain_sale_earns_on_what_is_paid() -> None:
    # NOK 35 coffee x2, NOK 12.99 bun, NOK 5 off the coffee line by a manager.
    sale = price(basket(("COF", 3500, 2, 500), ("BAK-BUN", 1299, 1)))
    assert (sale.gross_minor, sale.discount_minor, sale.total_minor) == (8299, 500, 7799)
    assert sale.amount_due_minor == 7799 and sale.store_credit_minor == 0
    # Base: floor(77.99) = 77 points, spread by each line's spend (6500 : 1299):
    # 77 * 6500 / 7799 = 64.18 and 12.82; the left-over point goes to the larger remainder.
    assert sale.points_earned == 77
    assert [ln.points_earned for ln in sale.lines] == [64, 13]
    assert [ln.points_spent for ln in sale.lines] == [0, 0]
    assert sale.breakdown[0].rule == "base" and sum(b.points for b in sale.breakdown) == 77
    assert (sale.balance_before, sale.balance_after) == (1000, 1077)
    assert sale.rewards == () and sale.points_redeemed == 0


def test_amount_off_lowers_the_earning_base_and_spreads_its_points() -> None:
    sale = price(basket(("P1", 10000, 1), ("P2", 30000, 1)), MEMBER, "nok50")
    assert [ln.discount_minor for ln in sale.lines] == [1250, 3750]
    assert sale.total_minor == 35000
    # The 120 points follow the money: 1250 : 3750 -> 30 and 90.
    assert [ln.points_spent for ln in sale.lines] == [30, 90]
    assert sale.points_redeemed == 120
    assert sale.points_earned == 350
    assert sale.balance_after == 1000 - 120 + 350
    assert sale.rewards[0].description == "NOK 50.00 off"


def test_store_credit_pays_after_the_discounts_whatever_order_it_was_added() -> None:
    b = basket(("COF", 3500, 1), ("P2", 6500, 1))
    sale = price(b, MEMBER, "credit100", "coffee")
    # Coffee free first (NOK 35 off), then NOK 100 credit capped at the NOK 65 left.
    assert [e.reward_id for e in sale.rewards] == ["credit100", "coffee"]  # as the cashier added them
    assert sale.total_minor == 6500
    assert sale.store_credit_minor == 6500 and sale.amount_due_minor == 0
    assert [ln.points_paid_minor for ln in sale.lines] == [0, 6500]
    assert sale.points_earned == 0  # nothing paid with money, nothing earned
    assert [ln.points_spent for ln in sale.lines] == [100, 220]
    assert sale.points_redeemed == 320


def test_store_credit_is_not_a_discount() -> None:
    sale = price(basket(("P1", 25000, 1)), MEMBER, "credit100")
    assert sale.discount_minor == 0 and sale.total_minor == 25000
    assert sale.store_credit_minor == 10000 and sale.amount_due_minor == 15000
    assert sale.points_earned == 150  # earned on the NOK 150 paid with money
    assert sale.rewards[0].tender_minor == 10000


def test_pay_with_points_capped_by_the_basket_spends_fewer_points() -> None:
    member = replace(MEMBER, balance=250)
    # 400 typed points exceed the balance, but the NOK 40 basket only needs 80 of them.
    sale = price(basket(("P1", 4000, 1)), member, ("pay", 400))
    assert sale.points_redeemed == 80 and sale.total_minor == 0
    assert sale.balance_after == 170


def test_the_sale_total_of_points_may_not_exceed_the_balance() -> None:
    member = replace(MEMBER, balance=300)
    with pytest.raises(InsufficientPoints) as refused:
        price(basket(("COF", 3500, 2), ("P2", 30000, 1)), member, "coffee", "nok50", "coffee")
    assert refused.value.params == {"needed": 320, "available": 300}


def test_a_single_reward_above_the_balance_is_refused_with_the_numbers() -> None:
    with pytest.raises(InsufficientPoints) as refused:
        price(basket(("COF", 3500, 1)), replace(MEMBER, balance=25), "coffee")
    assert refused.value.params == {"needed": 100, "available": 25}


def test_a_member_in_debt_shows_zero_available() -> None:
    with pytest.raises(InsufficientPoints) as refused:
        price(basket(("COF", 3500, 1)), replace(MEMBER, balance=-40), "coffee")
    assert refused.value.params == {"needed": 100, "available": 0}


def test_other_reasons_come_before_points() -> None:
    with pytest.raises(RewardUnavailable) as refused:
        price(basket(("BAK-BUN", 3000, 1)), replace(MEMBER, balance=0), "bakery20")
    assert refused.value.code == "needs_tier"
    assert refused.value.params == {"reward": "20 % off bakery", "reason": "needs Silver tier", "tier": "Silver"}


def test_anonymous_sale_earns_nothing_and_cannot_redeem() -> None:
    sale = price(basket(("P1", 10000, 1)), None)
    assert sale.earning is None and sale.points_earned == 0 and sale.breakdown == ()
    assert sale.reward_progress is None and sale.tier_progress is None
    assert sale.amount_due_minor == 10000
    with pytest.raises(RewardUnavailable) as refused:
        price(basket(("P1", 10000, 1)), None, "nok50")
    assert refused.value.code == "no_member"


def test_unknown_reward_is_not_found() -> None:
    with pytest.raises(NotFound) as refused:
        price(basket(("P1", 10000, 1)), MEMBER, "gone")
    assert refused.value.code == "reward_unknown"


def test_blocked_member_neither_earns_nor_redeems() -> None:
    blocked = replace(MEMBER, status=MemberStatus.BLOCKED)
    sale = price(basket(("P1", 10000, 1)), blocked)
    assert sale.earning is None and sale.points_earned == 0
    assert sale.balance_after == sale.balance_before == 1000
    with pytest.raises(RewardUnavailable) as refused:
        price(basket(("P1", 10000, 1)), blocked, "nok50")
    assert refused.value.code == "member_not_active"


@pytest.mark.parametrize(("lines", "balance", "requests", "code", "index"), [
    # The third reward takes the total over 300.
    ((("COF", 3500, 2), ("P2", 30000, 1)), 300, ("coffee", "nok50", "coffee"), "insufficient_points", 2),
    # Store credit is counted last, but the coffee added after it is the newest of the two.
    ((("COF", 3500, 1), ("P2", 30000, 1)), 300, ("credit100", "coffee"), "insufficient_points", 1),
    # A change of basket can spoil an earlier reward: the refusal names that one.
    ((("P2", 30000, 1),), 1000, ("coffee", "nok50"), "product_not_in_basket", 0),
    ((("COF", 3500, 1), ("P2", 5000, 1)), 1000, ("coffee", "coffee"), "product_not_in_basket", 1),
    ((("P1", 10000, 1),), 1000, ("nok50", "gone"), "reward_unknown", 1),
    ((("P1", 10000, 1),), 1000, ("once", "once"), "limit_reached", 1),
    ((("P1", 10000, 1),), 1000, ("nok50", ("pay", 5)), "points_below_minimum", 1),
])
def test_a_refusal_names_the_redemption_it_is_about(
    lines: tuple[tuple[str, int, int], ...], balance: int, requests: tuple[str | tuple[str, int], ...],
    code: str, index: int,
) -> None:
    with pytest.raises(LoyaltyError) as refused:
        price(basket(*lines), replace(MEMBER, balance=balance), *requests)
    assert (refused.value.code, refused.value.redemption) == (code, index)


def test_an_anonymous_sale_refuses_its_first_redemption() -> None:
    with pytest.raises(RewardUnavailable) as refused:
        price(basket(("P1", 10000, 1)), None, "nok50", "coffee")
    assert (refused.value.code, refused.value.redemption) == ("no_member", 0)


def test_limit_and_stock_count_the_same_reward_twice_in_one_sale() -> None:
    with pytest.raises(RewardUnavailable) as refused:
        price(basket(("P1", 10000, 1)), MEMBER, "once", "once")
    assert refused.value.code == "limit_reached"
    two_mugs = basket(("MUG", 12900, 2))
    assert price(two_mugs, MEMBER, "mug", "mug", stock_left={"mug": 2}).total_minor == 0
    with pytest.raises(RewardUnavailable) as refused:
        price(two_mugs, MEMBER, "mug", "mug", stock_left={"mug": 1})
    assert refused.value.code == "out_of_stock"


def test_second_free_coffee_needs_a_second_coffee() -> None:
    one_coffee = basket(("COF", 3500, 1), ("P2", 5000, 1))
    with pytest.raises(RewardUnavailable) as refused:
        price(one_coffee, MEMBER, "coffee", "coffee")
    assert refused.value.code == "product_not_in_basket"
    two = price(basket(("COF", 3500, 2)), MEMBER, "coffee", "coffee")
    assert two.total_minor == 0 and two.points_redeemed == 200


def test_min_basket_is_checked_on_the_basket_as_earlier_rewards_left_it() -> None:
    big = Reward("big", "NOK 20 off big baskets", RewardKind.AMOUNT_OFF, 10, amount_minor=2000, min_basket_minor=20000)
    program = replace(PROGRAM, rewards=(*REWARDS, big))
    b = basket(("P1", 22000, 1))
    assert price(b, MEMBER, "big", program=program).total_minor == 20000
    with pytest.raises(RewardUnavailable) as refused:
        price(b, MEMBER, "nok50", "big", program=program)  # NOK 220 - 50 = NOK 170
    assert refused.value.code == "min_basket"
    assert refused.value.params["reason"] == "needs a basket of NOK 200.00, basket is NOK 170.00"


def test_progress_toward_the_next_reward_and_tier_after_the_sale() -> None:
    member = replace(MEMBER, balance=40, tier_metric=490_000)
    sale = price(basket(("P1", 2000, 1)), member)
    # 40 + 20 earned = 60: the cheapest reward out of reach is the 100-point coffee.
    assert sale.reward_progress is not None
    assert (sale.reward_progress.reward.id, sale.reward_progress.points_needed, sale.reward_progress.percent) == (
        "coffee", 40, 60
    )
    # Silver needs spend 500,000: 490,000 + this sale's 2,000 -> 8,000 to go, 98 % of the way.
    assert sale.tier_progress is not None
    assert sale.tier_progress.next is not None and sale.tier_progress.next.code == "silver"
    assert (sale.tier_progress.needed, sale.tier_progress.percent) == (8_000, 98)


def test_a_points_tier_counts_the_purchase_points_not_the_campaign_bonus() -> None:
    bonus = Campaign("big", "Big basket bonus", CampaignKind.BONUS_ON_PURCHASE, NOW - timedelta(days=1),
                     NOW + timedelta(days=1), bonus_points=50, min_spend_minor=10_000)
    tiers = replace(TIERS, basis=TierBasis.POINTS, tiers=(Tier("bronze", "Bronze", 0), Tier("silver", "Silver", 500)))
    program = replace(PROGRAM, tiers=tiers, campaigns=(bonus,))
    sale = price(basket(("P1", 20_000, 1), ("P2", 5_000, 1)), replace(MEMBER, tier_metric=300), "nok50",
                 program=program)
    # NOK 250 - NOK 50 off = NOK 200 paid: 200 purchase points, 50 bonus on top.
    assert (sale.points_earned, sale.qualifying.points, sale.qualifying.spend_minor) == (250, 200, 20_000)
    assert sale.tier_progress is not None
    assert (sale.tier_progress.metric, sale.tier_progress.needed) == (500, 0)  # 300 + 200, not 300 + 250


def test_spend_qualifies_with_what_the_customer_paid_in_money() -> None:
    sale = price(basket(("P1", 25_000, 1)), MEMBER, "credit100")
    assert sale.qualifying.spend_minor == sale.amount_due_minor == 15_000  # store credit is no spend
    assert sale.tier_progress is not None and sale.tier_progress.metric == 15_000
    anonymous = price(basket(("P1", 25_000, 1)), None)
    assert (anonymous.qualifying.spend_minor, anonymous.qualifying.points) == (25_000, 0)


def test_the_member_after_a_sale_is_worked_out_from_the_sale() -> None:
    member = replace(MEMBER, balance=300, tier_metric=1_000, points_earned_today=5, points_redeemed_today=10,
                     redemptions_in_period={"once": 0})
    sale = price(basket(("COF", 3500, 1), ("P2", 4000, 1)), member, "coffee", "once")
    after = member_after(member, sale, TierBasis.SPEND)
    # NOK 40 - NOK 1 off = NOK 39 paid: 39 points; 100 + 10 points spent.
    assert (after.balance, after.points_earned_today, after.points_redeemed_today) == (229, 44, 120)
    assert after.balance == sale.balance_after
    assert after.redemptions_in_period == {"once": 1}  # only limited rewards are counted
    assert after.tier_metric == 1_000 + 3_900 and after.tier_code == member.tier_code
    with pytest.raises(RewardUnavailable) as refused:  # the next sale sees the weekly limit used up
        price(basket(("P2", 4000, 1)), after, "once")
    assert refused.value.code == "limit_reached"


def test_reward_progress_skips_rewards_the_member_could_never_get() -> None:
    # Balance 130 affords coffee and NOK 50 off; bakery20 (150) needs Silver; credit (220) is next.
    sale = price(basket(("P1", 100, 1)), replace(MEMBER, balance=130))
    assert sale.reward_progress is not None and sale.reward_progress.reward.id == "credit100"
    silver = price(basket(("P1", 100, 1)), replace(MEMBER, balance=130, tier_code="silver"))
    assert silver.reward_progress is not None and silver.reward_progress.reward.id == "bakery20"


def test_campaigns_and_daily_cap_come_from_the_program_and_member() -> None:
    double = Campaign("x2", "Double points", CampaignKind.MULTIPLIER, NOW - timedelta(days=1),
                      NOW + timedelta(days=1), multiplier_pct=200)
    program = replace(PROGRAM, campaigns=(double,), earning=EarningRules(daily_cap=150))
    sale = price(basket(("P1", 10000, 1)), replace(MEMBER, points_earned_today=100), program=program)
    # 100 base + 100 campaign = 200, but only 50 more fit under today's cap of 150.
    assert sale.points_earned == 50
    assert [line.rule for line in sale.breakdown] == ["base", "campaign:x2", "daily_cap"]


def test_currency_mismatch_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        price(Basket("SEK", ()), MEMBER)
    assert refused.value.code == "currency_mismatch"


def test_available_rewards_lists_every_switched_on_reward_with_reasons() -> None:
    program = replace(PROGRAM, rewards=(*REWARDS, replace(REWARDS[0], id="off", active=False)))
    sale = price(basket(("COF", 3500, 1)), MEMBER)
    listed = dict(available_rewards(program, replace(MEMBER, balance=150), sale.lines, {"mug": 0}, NOW))
    codes = {reward.id: [r.code for r in reasons] for reward, reasons in listed.items()}
    assert codes == {
        "coffee": [],
        "nok50": [],
        "credit100": ["insufficient_points"],
        "pay": [],
        "bakery20": ["needs_tier", "no_eligible_lines"],
        "once": [],
        "mug": ["out_of_stock", "product_not_in_basket", "insufficient_points"],
    }
    anonymous = available_rewards(PROGRAM, None, sale.lines, {}, NOW)
    assert {reasons[0].code for _, reasons in anonymous} == {"no_member"}


# -- invariants ----------------------------------------------------------------------------

CODES = ("COF", "MUG", "BAK-BUN", "P1", "P2")


@st.composite
def baskets(draw: st.DrawFn) -> Basket:
    count = draw(st.integers(1, 5))
    lines = []
    for number in range(1, count + 1):
        price_ = draw(st.integers(0, 30_000))
        qty = draw(st.integers(1, 4))
        discount = draw(st.integers(0, price_ * qty)) if draw(st.booleans()) else 0
        code = draw(st.sampled_from(CODES))
        category = "bakery" if code.startswith("BAK") else "grocery"
        lines.append(BasketLine(number, code, code, category, price_, qty, manual_discount=discount))
    return Basket("NOK", tuple(lines))


requests = st.lists(
    st.one_of(
        st.sampled_from([r.id for r in REWARDS if r.kind is not RewardKind.PAY_WITH_POINTS]).map(RedemptionRequest),
        st.integers(20, 600).map(lambda p: RedemptionRequest("pay", p)),
    ),
    min_size=1,
    max_size=3,
)
members = st.builds(
    MemberView,
    member_id=st.just("m1"),
    tier_code=st.sampled_from(("bronze", "silver", "gold")),
    balance=st.integers(-100, 3_000),
    points_earned_today=st.integers(0, 50),
)


@settings(max_examples=250, deadline=None)
@given(baskets(), members, requests)
def test_priced_sales_keep_their_books_straight(b: Basket, member: MemberView, wanted: list[RedemptionRequest]) -> None:
    try:
        sale = price_sale(b, member, PROGRAM, redemptions=wanted, sale_id="s", now=NOW)
    except LoyaltyError:
        return
    # Redeeming more than the balance is never accepted.
    assert sale.points_redeemed <= max(member.balance, 0)
    assert sale.points_redeemed == sum(e.points for e in sale.rewards)
    for line in sale.lines:
        # Discounts never exceed a line's gross, store credit never exceeds its net.
        assert 0 <= line.discount_minor <= line.gross_minor
        assert 0 <= line.points_paid_minor <= line.net_minor
        assert line.points_earned >= 0 and line.points_spent >= 0
    assert sum(ln.points_earned for ln in sale.lines) == sale.points_earned
    assert sum(ln.points_spent for ln in sale.lines) == sale.points_redeemed
    assert sum(ln.points_paid_minor for ln in sale.lines) == sale.store_credit_minor
    assert sale.total_minor == sale.gross_minor - sale.discount_minor
    assert 0 <= sale.amount_due_minor <= sale.total_minor
    assert sale.balance_after == member.balance - sale.points_redeemed + sale.points_earned
    # The same inputs price the same sale: nothing depends on a clock or a random draw.
    assert price_sale(b, member, PROGRAM, redemptions=wanted, sale_id="s", now=NOW) == sale


@settings(max_examples=150, deadline=None)
@given(baskets(), st.integers(0, 1_000), st.lists(st.sampled_from(["coffee", "nok50", "credit100"]), min_size=1,
                                                    max_size=6))
def test_redeeming_more_than_the_balance_is_always_refused(
    b: Basket, balance: int, wanted: list[str]
) -> None:
    cost = sum(PROGRAM.reward(reward_id).points_cost for reward_id in wanted)  # type: ignore[union-attr]
    member = replace(MEMBER, balance=balance)
    if cost > balance:
        with pytest.raises(LoyaltyError):
            price(b, member, *wanted)
