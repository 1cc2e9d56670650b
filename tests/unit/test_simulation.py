"""The what-if replay, worked by hand on a tiny program (1 point per NOK 10, no campaigns)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.basket import Basket, BasketLine, PricedLine
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.pricing import price_sale
from loyalty_pos.domain.program import EarningRules, Program, Reward, RewardKind, Tier, TierPolicy
from loyalty_pos.domain.simulation import Replay, SimSale, simulate

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
TIERS = TierPolicy((Tier("bronze", "Bronze", 0), Tier("silver", "Silver", 500_000, 150)))
REWARDS = (
    Reward("coffee", "Free coffee", RewardKind.FREE_PRODUCT, 20, product_code="COF"),
    Reward("silver-treat", "Silver treat", RewardKind.AMOUNT_OFF, 10, amount_minor=1000, min_tier="silver"),
    Reward("retired", "Retired", RewardKind.AMOUNT_OFF, 1, amount_minor=100, active=False),
)
PROGRAM = Program("NOK", EarningRules(points_per_step=1, step_minor=1000), TIERS, rewards=REWARDS, version=3)


def line(no: int, category: str, gross: int, *, discount: int = 0, paid: int = 0) -> PricedLine:
    return PricedLine(no, f"{category.upper()}-{no}", category.title(), category, 1, gross, 1500, gross, discount, paid)


def sale(sale_id: str, member: str, tier: str, *lines: PricedLine, at: datetime = NOW - timedelta(days=3)) -> SimSale:
    return SimSale(sale_id, member, tier, at, at.date(), tuple(lines), "NOK")


# A (bronze): NOK 100 of coffee -> 10 points.
# B (silver): NOK 50 bakery + NOK 50 coffee -> base 10, silver extra 50 % of 10 = 5 -> 15 points.
SALES = (
    sale("s1", "A", "bronze", line(1, "coffee", 10_000)),
    sale("s2", "B", "silver", line(1, "bakery", 5_000), line(2, "coffee", 5_000)),
)


def _segment_points(result) -> dict[str, int]:  # noqa: ANN001 - SimResult
    return {segment.tier_code: segment.points for segment in result.segments}


def test_published_replay_by_hand() -> None:
    result = simulate(SALES, PROGRAM, start_balances={"A": 15}, now=NOW)
    assert result.program_version == 3
    assert (result.sales, result.members, result.points_issued) == (2, 2, 25)
    assert _segment_points(result) == {"bronze": 10, "silver": 15}
    assert [(s.tier_code, s.members, s.sales) for s in result.segments] == [("bronze", 1, 1), ("silver", 1, 1)]
    assert result.end_balances == {"A": 25, "B": 15}


def test_doubling_the_base_rate_doubles_base_points() -> None:
    draft = replace(PROGRAM, earning=replace(PROGRAM.earning, points_per_step=2))
    result = simulate(SALES, draft, start_balances={}, now=NOW)
    # A: 2 x 10 = 20; B: base 20 + silver extra 10 = 30.
    assert _segment_points(result) == {"bronze": 20, "silver": 30}
    assert result.points_issued == 50


def test_excluding_a_category_removes_its_points() -> None:
    draft = replace(PROGRAM, earning=replace(PROGRAM.earning, excluded_categories=frozenset({"bakery"})))
    result = simulate(SALES, draft, start_balances={}, now=NOW)
    # B keeps NOK 50 of coffee: base 5 + silver extra floor(2.5) = 2 -> 7; A is untouched.
    assert _segment_points(result) == {"bronze": 10, "silver": 7}


def test_a_tier_multiplier_change_shows_in_that_tier_only() -> None:
    tiers = TierPolicy((Tier("bronze", "Bronze", 0), Tier("silver", "Silver", 500_000, 200)))
    result = simulate(SALES, replace(PROGRAM, tiers=tiers), start_balances={}, now=NOW)
    assert _segment_points(result) == {"bronze": 10, "silver": 20}


def test_discounts_and_store_credit_leave_only_money_paid_to_earn_on() -> None:
    # NOK 100 gross, NOK 20 discount, NOK 30 paid with store credit -> NOK 50 earns 5.
    paid = sale("s3", "A", "bronze", line(1, "coffee", 10_000, discount=2_000, paid=3_000))
    assert simulate([paid], PROGRAM, start_balances={}, now=NOW).points_issued == 5


def test_daily_cap_counts_earlier_replayed_sales_of_the_same_day() -> None:
    capped = replace(PROGRAM, earning=replace(PROGRAM.earning, daily_cap=12))
    day = NOW - timedelta(days=2)
    sales = [
        sale("c1", "A", "bronze", line(1, "coffee", 10_000), at=day),
        sale("c2", "A", "bronze", line(1, "coffee", 10_000), at=day + timedelta(hours=1)),  # only 2 left today
        sale("c3", "A", "bronze", line(1, "coffee", 10_000), at=day + timedelta(days=1)),  # a new day
    ]
    replay = Replay(capped)
    assert [replay.add(s) for s in sales] == [10, 2, 10]
    other_day = replace(sales[1], day=date(2000, 1, 1))  # the day key, not the instant, decides
    assert Replay(capped).add(sales[0]) + Replay(capped).add(other_day) == 20


def test_rewards_redeemable_at_the_end_of_the_window() -> None:
    published = simulate(SALES, PROGRAM, start_balances={"A": 15}, now=NOW)
    reach = {r.reward_id: r.members for r in published.redeemable}
    # A 25 (bronze), B 15 (silver): only A affords the 20-point coffee; the silver treat
    # (10 points) is B's alone, A is bronze. A switched-off reward is not listed.
    assert reach == {"coffee": 1, "silver-treat": 1}
    assert [r.reward_id for r in published.redeemable] == ["silver-treat", "coffee"]  # cheapest first
    doubled = replace(PROGRAM, earning=replace(PROGRAM.earning, points_per_step=2))
    draft = simulate(SALES, doubled, start_balances={"A": 15}, now=NOW)
    assert {r.reward_id: r.members for r in draft.redeemable} == {"coffee": 2, "silver-treat": 1}


def test_a_reward_out_of_season_at_the_end_is_affordable_to_nobody() -> None:
    seasonal = replace(REWARDS[0], valid_until=NOW - timedelta(days=1))
    result = simulate(SALES, replace(PROGRAM, rewards=(seasonal,)), start_balances={"A": 100, "B": 100}, now=NOW)
    assert [(r.reward_id, r.members) for r in result.redeemable] == [("coffee", 0)]


def test_unknown_stored_tier_gets_its_own_segment_and_earns_at_the_entry_tier() -> None:
    result = simulate([sale("s9", "Z", "platinum", line(1, "coffee", 10_000))], PROGRAM, start_balances={}, now=NOW)
    assert [(s.tier_code, s.points) for s in result.segments] == [("bronze", 0), ("silver", 0), ("platinum", 10)]


def test_replaying_a_priced_sale_gives_back_its_points() -> None:
    """The published replay of a sale equals what the till priced, discounts included."""
    basket = Basket("NOK", (
        BasketLine(1, "COF", "Coffee", "coffee", 4_500, 3, 1500, manual_discount=1_000),
        BasketLine(2, "BUN", "Bun", "bakery", 3_900, 2, 1500),
    ))
    view = MemberView("A", "silver", 0)
    priced = price_sale(basket, view, PROGRAM, sale_id="p1", now=NOW)
    replayed = simulate([SimSale("p1", "A", "silver", NOW, NOW.date(), priced.lines, "NOK")], PROGRAM,
                        start_balances={}, now=NOW)
    # NOK 135.00 - 10.00 + 78.00 = NOK 203.00: base floor(20.3) = 20, silver extra floor(10.15) = 10.
    assert replayed.points_issued == priced.points_earned == 30
    assert simulate(SALES, PROGRAM, start_balances={}, now=NOW) == simulate(SALES, PROGRAM, start_balances={}, now=NOW)


amounts = st.lists(st.tuples(st.sampled_from(["coffee", "bakery", "deli"]), st.integers(0, 50_000)),
                   min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(st.lists(amounts, min_size=1, max_size=5), st.sampled_from(["bronze", "silver"]))
def test_more_generous_draft_never_issues_fewer_points(baskets: list, tier: str) -> None:
    sales = [
        sale(f"h{i}", f"M{i % 2}", tier, *(line(n, cat, gross) for n, (cat, gross) in enumerate(basket, start=1)))
        for i, basket in enumerate(baskets)
    ]
    base = simulate(sales, PROGRAM, start_balances={}, now=NOW)
    doubled = simulate(sales, replace(PROGRAM, earning=replace(PROGRAM.earning, points_per_step=2)),
                       start_balances={}, now=NOW)
    fewer = simulate(sales, replace(PROGRAM, earning=replace(PROGRAM.earning, excluded_categories=frozenset({"deli"}))),
                     start_balances={}, now=NOW)
    assert fewer.points_issued <= base.points_issued <= doubled.points_issued
    for result in (base, doubled, fewer):
        assert result.points_issued == sum(s.points for s in result.segments) == sum(result.end_balances.values())
