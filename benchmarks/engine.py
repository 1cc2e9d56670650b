"""Engine speed: price a 30-line basket under a 20-rule program (target p95 <= 1 ms)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from loyalty_pos.bench.figures import Figure, percentile, time_ms
from loyalty_pos.domain.basket import Basket, BasketLine
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.pricing import price_sale
from loyalty_pos.domain.program import (
    Campaign,
    CampaignKind,
    EarningRules,
    Program,
    Reward,
    RewardKind,
    Tier,
    TierPolicy,
)
from loyalty_pos.domain.rewards import RedemptionRequest

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
CATEGORIES = ("coffee", "bakery", "dairy", "deli", "produce", "snacks")


def twenty_rule_program() -> Program:
    """Base rate + 6 category + 4 product multipliers + 2 exclusions + minimum + cap
    + 3 tiers + 3 campaigns = 20 rules, and 4 rewards to redeem."""
    earning = EarningRules(
        points_per_step=1, step_minor=1000,
        category_multipliers={c: 100 + 25 * i for i, c in enumerate(CATEGORIES)},
        product_multipliers={f"P{i:02d}": 300 for i in range(4)},
        excluded_categories=frozenset({"tobacco"}), excluded_products=frozenset({"P29"}),
        minimum_basket_minor=2000, daily_cap=5000,
    )
    tiers = TierPolicy((Tier("bronze", "Bronze", 0), Tier("silver", "Silver", 500_000, 125),
                        Tier("gold", "Gold", 1_500_000, 150)))
    window = (NOW - timedelta(days=1), NOW + timedelta(days=1))
    campaigns = (
        Campaign("x2", "Bakery x2", CampaignKind.MULTIPLIER, *window, multiplier_pct=200,
                 categories=frozenset({"bakery"})),
        Campaign("big", "Big basket", CampaignKind.BONUS_ON_PURCHASE, *window, bonus_points=20, min_spend_minor=50000),
        Campaign("lucky", "Lucky", CampaignKind.INSTANT_WIN, *window, bonus_points=25, one_in=50),
    )
    rewards = (
        Reward("off", "NOK 50 off", RewardKind.AMOUNT_OFF, 120, amount_minor=5000),
        Reward("pct", "20 % bakery", RewardKind.PERCENT_OFF, 150, percent=20, category="bakery"),
        Reward("free", "Free P05", RewardKind.FREE_PRODUCT, 100, product_code="P05"),
        Reward("pwp", "Pay with points", RewardKind.PAY_WITH_POINTS, 20, point_value_minor=50),
    )
    return Program("NOK", earning, tiers, rewards, campaigns)


def thirty_line_basket() -> Basket:
    lines = tuple(
        BasketLine(i + 1, f"P{i:02d}", f"Product {i}", CATEGORIES[i % len(CATEGORIES)],
                   1990 + 150 * i, 1 + i % 3, 1500)
        for i in range(30)
    )
    return Basket("NOK", lines)


def demo_basket() -> Basket:
    """30 lines of the demo shop's products (two waffles at their member price, six croissants
    for their volume step, a latte for the happy hour), priced under the demo's whole program."""
    from loyalty_pos.demo.shop import demo_products

    products = [p for p in demo_products() if p.category not in ("tobacco", "gift_cards")][:30]
    quantities = {"BAK-WAF": 2, "BAK-CRO": 6}
    return Basket("NOK", tuple(BasketLine.of(i + 1, p, quantities.get(p.code, 1 + i % 3))
                               for i, p in enumerate(products)))


def demo_figure(repeats: int) -> Figure:
    """The demo's full campaign set and price rules, in its happy hour (15:30 in Oslo, a Monday)."""
    from zoneinfo import ZoneInfo

    from loyalty_pos.demo.shop import demo_program

    at = datetime(2026, 11, 23, 14, 30, tzinfo=UTC)
    program, basket, zone = demo_program(at), demo_basket(), ZoneInfo("Europe/Oslo")
    member = MemberView("m1", "gold", 5000, points_earned_today=100, marketing_consent=True)
    redemptions = (RedemptionRequest("nok50"), RedemptionRequest("bakery20"))

    def price() -> object:
        return price_sale(basket, member, program, redemptions=redemptions, sale_id="bench", now=at, zone=zone)

    return Figure.measured("engine_price_30_lines_demo_program_p95", percentile(time_ms(price, repeats), 95), "ms",
                           "<= 1")


def run(repeats: int = 2000) -> list[Figure]:
    program = twenty_rule_program()
    basket = thirty_line_basket()
    member = MemberView("m1", "silver", 5000, points_earned_today=100)
    redemptions = (RedemptionRequest("off"), RedemptionRequest("pct"), RedemptionRequest("pwp", points=40))

    def price() -> object:
        return price_sale(basket, member, program, redemptions=redemptions, sale_id="bench", now=NOW)

    samples = time_ms(price, repeats)
    return [
        Figure.measured("engine_price_30_lines_p95", percentile(samples, 95), "ms", "<= 1"),
        demo_figure(repeats),
    ]
