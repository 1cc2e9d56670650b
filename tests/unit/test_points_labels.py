"""Points-line labels and reward descriptions as data: the engine's facts, and the text each
reader gets from them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.earning import compute_earning
from loyalty_pos.domain.points_facts import PointsFacts
from loyalty_pos.domain.program import Campaign, CampaignKind, EarningRules, Reward, RewardKind, Tier, TierPolicy
from loyalty_pos.domain.reward_facts import RewardFacts
from loyalty_pos.domain.rewards import RedemptionRequest, apply_reward
from loyalty_pos.i18n.points_labels import points_label
from loyalty_pos.i18n.reward_descriptions import reward_description

NOW = datetime(2024, 6, 15, 12, 0, tzinfo=UTC)
TIERS = TierPolicy((Tier("basic", "Basic", 0), Tier("gold", "Gold", 1_000_000, 150)))
LANGUAGES = ("id", "zh-Hant", "nb")


def _line(line_no: int, amount: int, category: str, code: str, name: str) -> PricedLine:
    return PricedLine(line_no=line_no, product_code=code, name=name, category=category, quantity=1,
                      unit_price=amount, tax_rate_bp=0, gross_minor=amount, discount_minor=0)


def _campaign(campaign_id: str, kind: CampaignKind, **fields: object) -> Campaign:
    return Campaign(campaign_id, campaign_id.replace("-", " ").title(), kind, NOW - timedelta(days=1),
                    NOW + timedelta(days=1), **fields)  # type: ignore[arg-type]


CAMPAIGNS = (
    _campaign("fruit-week", CampaignKind.MULTIPLIER, multiplier_pct=250),
    _campaign("big-basket", CampaignKind.BONUS_ON_PURCHASE, bonus_points=50),
    _campaign("lucky", CampaignKind.INSTANT_WIN, bonus_points=100, one_in=2),
)


def _earn(rules: EarningRules, amounts: list[int], *, today: int = 0, tier: str = "gold",
          sale_id: str = "sale-1", currency: str | None = "NOK"):  # noqa: ANN202 - an EarningResult
    lines = [_line(no, amount, ("bakery", "dairy")[no % 2], f"P{no}", f"Product {no}")
             for no, amount in enumerate(amounts, start=1)]
    return compute_earning(lines, rules=rules, tiers=TIERS, tier_code=tier, campaigns=CAMPAIGNS,
                           prices_include_tax=True, points_earned_today=today, sale_id=sale_id, now=NOW,
                           marketing_consent=True, currency=currency)


def test_every_line_carries_the_facts_its_label_says() -> None:
    rules = EarningRules(points_per_step=2, step_minor=10_00, category_multipliers={"dairy": 200},
                         product_multipliers={"P2": 300}, daily_cap=40)
    result = _earn(rules, [100_00, 50_00])
    facts = {line.rule: line.facts for line in result.lines}
    assert facts["base"] == PointsFacts(step_points=2, step_minor=10_00)
    assert facts["category:dairy"] == PointsFacts(name="dairy", multiplier_pct=200)
    assert facts["product:P2"] == PointsFacts(name="Product 2", multiplier_pct=300)
    assert facts["tier:gold"] == PointsFacts(name="Gold", multiplier_pct=150)
    assert facts["campaign:fruit-week"] == PointsFacts(name="Fruit Week", multiplier_pct=250)
    assert facts["daily_cap"] == PointsFacts(limit=40)
    assert facts["bonus:big-basket"] == PointsFacts(name="Big Basket")


def test_below_the_minimum_basket_the_line_carries_the_minimum() -> None:
    result = _earn(EarningRules(minimum_basket_minor=500_00), [40_00])
    assert {line.rule: line.facts for line in result.lines}["minimum_basket"] == PointsFacts(limit=500_00)


@settings(max_examples=60, deadline=None)
@given(
    per_step=st.integers(1, 5),
    step=st.sampled_from([1, 100, 1_000, 10_00, 12_345]),
    dairy=st.integers(0, 400),
    product=st.integers(0, 400),
    cap=st.none() | st.integers(0, 3_000),
    minimum=st.sampled_from([0, 50_00, 10_000_00]),
    amounts=st.lists(st.integers(0, 500_00), min_size=1, max_size=4),
    sale_id=st.text("abc", min_size=1, max_size=4),
    currency=st.sampled_from(["NOK", "IDR", "TWD", None]),
)
def test_english_written_from_the_facts_is_the_engines_label(
    per_step: int, step: int, dairy: int, product: int, cap: int | None, minimum: int, amounts: list[int],
    sale_id: str, currency: str | None,
) -> None:
    # The facts say everything the label does: an English reader reads the same words either way.
    rules = EarningRules(points_per_step=per_step, step_minor=step, category_multipliers={"dairy": dairy},
                         product_multipliers={"P2": product}, daily_cap=cap, minimum_basket_minor=minimum)
    result = _earn(rules, amounts, sale_id=sale_id, currency=currency)
    for line in result.lines:
        assert points_label(line.rule, line.facts, "?", currency=currency, language="en") == line.label
        for language in LANGUAGES:
            local = points_label(line.rule, line.facts, "?", currency=currency, language=language)
            assert local and local != "?"


def test_a_line_without_facts_reads_as_stored() -> None:
    # A receipt stored before the facts existed keeps printing its English label.
    assert points_label("base", None, "Base 1 pt / NOK 1.00", currency="NOK", language="nb") == "Base 1 pt / NOK 1.00"


def test_a_rule_this_release_does_not_know_reads_as_stored() -> None:
    # A receipt a newer till wrote, with a kind of line added since.
    assert points_label("streak:7", PointsFacts(name="Week"), "Streak 7 days", currency="NOK",
                        language="id") == "Streak 7 days"


def test_numbers_follow_the_readers_locale() -> None:
    assert points_label("base", PointsFacts(step_points=1, step_minor=10_00), "", currency="NOK",
                        language="en") == "Base 1 pt / NOK 10.00"
    assert "NOK 10,00" in points_label("base", PointsFacts(step_points=1, step_minor=10_00), "", currency="NOK",
                                       language="nb")
    assert "1,5" in points_label("tier:gold", PointsFacts(name="Gold", multiplier_pct=150), "", currency="NOK",
                                 language="nb")
    assert "IDR 1.000" in points_label("base", PointsFacts(step_points=1, step_minor=1_000), "", currency="IDR",
                                       language="id")
    assert "1.234" in points_label("daily_cap", PointsFacts(limit=1_234), "", currency="IDR", language="id")


REWARD_CASES = [
    # (facts, amount, points, the engine's English)
    (RewardFacts("amount_off"), 50_00, 500, "NOK 50.00 off"),
    (RewardFacts("percent_off", percent=10), 3_20, 300, "10 % off"),
    (RewardFacts("percent_off", percent=15, subject="bakery"), 1_50, 300, "15 % off bakery"),
    (RewardFacts("free_product", subject="Cinnamon bun"), 35_00, 250, "Free: Cinnamon bun"),
    (RewardFacts("buy_x_get_y", subject="Espresso", buy_quantity=2, free_quantity=1), 32_00, 400,
     "3 for 2: Espresso"),
    (RewardFacts("pay_with_points", ), 12_00, 1_200, "1,200 points = NOK 12.00"),
    (RewardFacts("store_credit"), 20_00, 2_000, "Store credit NOK 20.00"),
]


@pytest.mark.parametrize(("facts", "amount", "points", "english"), REWARD_CASES)
def test_a_rewards_description_from_its_facts(facts: RewardFacts, amount: int, points: int, english: str) -> None:
    def written(language: str) -> str:
        return reward_description(facts, "?", amount_minor=amount, points=points, currency="NOK", language=language)

    assert written("en") == english
    # Norwegian shops write their own "3 for 2" offers so.
    same_in = {"nb"} if facts.kind == "buy_x_get_y" else set()
    for language in LANGUAGES:
        assert written(language) != "?"
        assert (written(language) == english) == (language in same_in)


def test_the_engine_gives_each_redemption_its_facts() -> None:
    lines = [_line(1, 35_00, "bakery", "BUN", "Cinnamon bun"), _line(2, 40_00, "bakery", "CAKE", "Cake")]
    free = Reward("bun", "Free bun", RewardKind.FREE_PRODUCT, 250, product_code="BUN")
    assert apply_reward(free, lines, RedemptionRequest("bun"), currency="NOK").facts == RewardFacts(
        "free_product", subject="Cinnamon bun")
    percent = Reward("ten", "Ten off", RewardKind.PERCENT_OFF, 300, percent=10, category="bakery")
    assert apply_reward(percent, lines, RedemptionRequest("ten"), currency="NOK").facts == RewardFacts(
        "percent_off", percent=10, subject="bakery")


def test_a_reward_without_facts_reads_as_stored() -> None:
    assert reward_description(None, "NOK 50.00 off", amount_minor=50_00, points=500, currency="NOK",
                              language="nb") == "NOK 50.00 off"
