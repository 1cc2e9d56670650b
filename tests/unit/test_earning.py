"""Earning: worked examples a person can check with pen and paper."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.earning import EarningLine, EarningResult, campaign_points, compute_earning
from loyalty_pos.domain.money import Rounding
from loyalty_pos.domain.points_facts import PointsFacts
from loyalty_pos.domain.program import (
    Campaign,
    CampaignKind,
    EarningRules,
    TaxBasis,
    Tier,
    TierPolicy,
)

NOW = datetime(2024, 6, 15, 12, 0, tzinfo=UTC)
TIERS = TierPolicy(
    (
        Tier("basic", "Basic", 0),
        Tier("silver", "Silver", 500_000, 125),
        Tier("gold", "Gold", 1_000_000, 150),
    )
)
NOK = EarningRules()  # 1 point per NOK 1.00, FLOOR


def line(
    line_no: int,
    amount: int,
    *,
    category: str = "grocery",
    code: str | None = None,
    name: str | None = None,
    tax_rate_bp: int = 0,
    discount: int = 0,
    points_paid: int = 0,
) -> PricedLine:
    code = code or f"P{line_no}"
    return PricedLine(
        line_no=line_no,
        product_code=code,
        name=name or code,
        category=category,
        quantity=1,
        unit_price=amount,
        tax_rate_bp=tax_rate_bp,
        gross_minor=amount,
        discount_minor=discount,
        points_paid_minor=points_paid,
    )


def earn(
    lines: Sequence[PricedLine],
    rules: EarningRules = NOK,
    *,
    tier_code: str = "basic",
    campaigns: Sequence[Campaign] = (),
    prices_include_tax: bool = True,
    points_earned_today: int = 0,
    sale_id: str = "sale-1",
    now: datetime = NOW,
    currency: str | None = "NOK",
) -> EarningResult:
    result = compute_earning(
        lines,
        rules=rules,
        tiers=TIERS,
        tier_code=tier_code,
        campaigns=campaigns,
        prices_include_tax=prices_include_tax,
        points_earned_today=points_earned_today,
        sale_id=sale_id,
        now=now,
        marketing_consent=True,
        currency=currency,
    )
    # Invariants every result must satisfy, whatever the example.
    assert result.points == sum(item.points for item in result.lines)
    assert result.points == result.purchase_points + result.bonus_points
    assert result.points >= 0 and result.purchase_points >= 0
    assert [no for no, _ in result.per_line] == [item.line_no for item in lines]
    assert sum(points for _, points in result.per_line) == result.points
    assert result.lines[0].rule == "base"
    return result


def by_rule(result: EarningResult) -> dict[str, EarningLine]:
    return {item.rule: item for item in result.lines}


def campaign(
    campaign_id: str,
    kind: CampaignKind,
    *,
    starts: datetime = NOW - timedelta(days=1),
    ends: datetime = NOW + timedelta(days=1),
    **fields: object,
) -> Campaign:
    return Campaign(campaign_id, campaign_id.replace("-", " ").title(), kind, starts, ends, **fields)  # type: ignore[arg-type]


def test_worked_example_dairy_double_and_gold_tier() -> None:
    # NOK 250.00 at 1 pt per NOK 1.00, dairy x2 on NOK 40.00, Gold x1.5:
    # base 250 + dairy extra 40 + gold extra 125 = 415.
    rules = EarningRules(category_multipliers={"dairy": 200})
    result = earn(
        [line(1, 40_00, category="dairy", name="Milk"), line(2, 210_00, category="bakery")],
        rules,
        tier_code="gold",
    )
    assert [(x.rule, x.label, x.base_minor, x.multiplier_pct, x.points) for x in result.lines] == [
        ("base", "Base 1 pt / NOK 1.00", 250_00, 100, 250),
        ("category:dairy", "Dairy x2", 40_00, 200, 40),
        ("tier:gold", "Gold tier x1.5", 250_00, 150, 125),
    ]
    assert result.points == 415
    assert result.purchase_points == 415 and result.bonus_points == 0
    assert result.earnable_minor == 250_00
    assert result.rounding is Rounding.FLOOR
    # Milk: 40 base + 40 dairy + 20 gold = 100; bread: 210 base + 105 gold = 315.
    assert result.per_line == ((1, 100), (2, 315))


def test_idr_zero_decimals_one_point_per_thousand_rupiah() -> None:
    # IDR 57,500 at 1 pt per IDR 1,000 = 57.5 -> FLOOR -> 57.
    rules = EarningRules(step_minor=1_000)
    result = earn([line(1, 37_500), line(2, 20_000)], rules, currency="IDR")
    assert result.lines == (EarningLine("base", "Base 1 pt / IDR 1,000", 57_500, 100, 57,
                                        facts=PointsFacts(step_points=1, step_minor=1_000)),)
    assert result.points == 57


def test_labels_without_currency_show_minor_units() -> None:
    result = earn([line(1, 5_00)], EarningRules(points_per_step=2, step_minor=1_000), currency=None)
    assert result.lines[0].label == "Base 2 pts / 1,000"
    assert result.points == 1  # 500 * 2 / 1000


def test_base_rounds_the_basket_once_not_each_line() -> None:
    # Three items at NOK 0.99: exact 2.97 points. Flooring each line would give 0.
    lines = [line(1, 99), line(2, 99), line(3, 99)]
    assert earn(lines).points == 2
    assert earn(lines, EarningRules(rounding=Rounding.HALF_UP)).points == 3
    # per_line still hands out exactly the 2 points (largest remainder, earliest first).
    assert earn(lines).per_line == ((1, 1), (2, 1), (3, 0))


def test_discounts_and_points_paid_part_do_not_earn() -> None:
    # NOK 100.00, NOK 20.00 discount, NOK 30.00 paid with points -> earns on NOK 50.00.
    result = earn([line(1, 100_00, discount=20_00, points_paid=30_00)])
    assert result.earnable_minor == 50_00
    assert result.points == 50


def test_excluded_products_and_categories_earn_nothing() -> None:
    rules = EarningRules(excluded_categories=frozenset({"tobacco"}), excluded_products=frozenset({"GIFT"}))
    result = earn(
        [
            line(1, 120_00, category="tobacco"),
            line(2, 30_00),
            line(3, 500_00, code="GIFT", category="cards"),
        ],
        rules,
    )
    assert result.earnable_minor == 30_00
    assert result.points == 30
    assert result.per_line == ((1, 0), (2, 30), (3, 0))


def test_excluded_lines_do_not_count_toward_minimum_basket() -> None:
    # Minimum NOK 50.00; NOK 120.00 of tobacco (excluded) + NOK 30.00 milk -> below minimum.
    rules = EarningRules(minimum_basket_minor=50_00, excluded_categories=frozenset({"tobacco"}))
    result = earn([line(1, 120_00, category="tobacco"), line(2, 30_00)], rules)
    assert result.points == 0
    assert [(x.rule, x.label, x.points) for x in result.lines] == [
        ("base", "Base 1 pt / NOK 1.00", 0),
        ("minimum_basket", "Below minimum basket NOK 50.00", 0),
    ]
    assert result.per_line == ((1, 0), (2, 0))


def test_minimum_basket_reached_exactly_earns() -> None:
    rules = EarningRules(minimum_basket_minor=50_00)
    result = earn([line(1, 50_00)], rules)
    assert result.points == 50
    assert "minimum_basket" not in by_rule(result)


def test_below_minimum_basket_skips_multipliers_but_keeps_bonuses() -> None:
    rules = EarningRules(minimum_basket_minor=100_00, category_multipliers={"grocery": 300})
    bonus = campaign("spend-20", CampaignKind.BONUS_ON_PURCHASE, bonus_points=25, min_spend_minor=20_00)
    result = earn([line(1, 40_00)], rules, tier_code="gold", campaigns=[bonus])
    assert [(x.rule, x.points) for x in result.lines] == [
        ("base", 0),
        ("minimum_basket", 0),
        ("bonus:spend-20", 25),
    ]
    assert result.purchase_points == 0 and result.bonus_points == 25


def test_product_multiplier_wins_over_category() -> None:
    # dairy x2; cheese has its own x3; milk is explicitly x1 (out of the dairy deal).
    rules = EarningRules(category_multipliers={"dairy": 200}, product_multipliers={"CHEESE": 300, "MILK": 100})
    result = earn(
        [
            line(1, 10_00, category="dairy", code="CHEESE", name="Cheese"),
            line(2, 20_00, category="dairy", code="MILK", name="Milk"),
            line(3, 5_00, category="dairy", code="YOG", name="Yoghurt"),
        ],
        rules,
    )
    # base 35; cheese extra 10 * 2 = 20; yoghurt extra 5; milk no extra -> 60.
    assert [(x.rule, x.label, x.base_minor, x.points) for x in result.lines] == [
        ("base", "Base 1 pt / NOK 1.00", 35_00, 35),
        ("product:CHEESE", "Cheese x3", 10_00, 20),
        ("category:dairy", "Dairy x2", 5_00, 5),
    ]
    assert result.per_line == ((1, 30), (2, 20), (3, 10))


def test_multiplier_below_one_gives_a_negative_extra_line() -> None:
    rules = EarningRules(category_multipliers={"clearance": 50})
    result = earn([line(1, 10_00, category="clearance"), line(2, 10_00)], rules)
    assert [(x.rule, x.label, x.points) for x in result.lines] == [
        ("base", "Base 1 pt / NOK 1.00", 20),
        ("category:clearance", "Clearance x0.5", -5),
    ]
    assert result.points == 15
    assert result.per_line == ((1, 5), (2, 10))


def test_purchase_points_never_below_zero() -> None:
    # A product at x0 and a x0 tier both remove the base: 10 - 10 - 10 = -10 -> held at 0.
    tiers = TierPolicy((Tier("staff", "Staff", 0, 0),))
    result = compute_earning(
        [line(1, 10_00, code="DEPOSIT")],
        rules=EarningRules(product_multipliers={"DEPOSIT": 0}),
        tiers=tiers,
        tier_code="staff",
        campaigns=(),
        prices_include_tax=True,
        points_earned_today=0,
        sale_id="s",
        now=NOW,
        marketing_consent=True,
    )
    assert [(x.rule, x.points) for x in result.lines] == [
        ("base", 10),
        ("product:DEPOSIT", -10),
        ("tier:staff", -10),
        ("no_negative", 10),
    ]
    assert result.points == 0 and result.per_line == ((1, 0),)


def test_tax_exclusive_basis_on_tax_inclusive_prices_earns_on_net() -> None:
    # NOK 125.00 incl. 25 % VAT -> net 100.00 -> 100 points.
    # NOK 10.00 incl. 15 % VAT -> 1000 * 10000 / 11500 = 869.56 -> 869 minor (FLOOR).
    rules = EarningRules(tax_basis=TaxBasis.EXCLUSIVE)
    result = earn([line(1, 125_00, tax_rate_bp=2500), line(2, 10_00, tax_rate_bp=1500)], rules)
    assert result.earnable_minor == 100_00 + 869
    assert result.points == 108  # 108.69 -> 108


def test_tax_inclusive_basis_on_net_prices_grosses_up() -> None:
    # NOK 100.00 net + 25 % VAT -> 125.00; NOK 0.99 + 12 % -> 110.88 -> 110 minor.
    rules = EarningRules(tax_basis=TaxBasis.INCLUSIVE)
    result = earn([line(1, 100_00, tax_rate_bp=2500), line(2, 99, tax_rate_bp=1200)], rules,
                  prices_include_tax=False)
    assert result.earnable_minor == 125_00 + 110
    assert result.points == 126


@pytest.mark.parametrize(
    ("basis", "prices_include_tax"), [(TaxBasis.INCLUSIVE, True), (TaxBasis.EXCLUSIVE, False)]
)
def test_tax_basis_matching_the_prices_leaves_amounts_alone(basis: TaxBasis, prices_include_tax: bool) -> None:
    result = earn([line(1, 125_00, tax_rate_bp=2500)], EarningRules(tax_basis=basis),
                  prices_include_tax=prices_include_tax)
    assert result.earnable_minor == 125_00
    assert result.points == 125


def test_daily_cap_partially_used() -> None:
    # Cap 500, already 400 today, this sale earns 250 -> only 100 more.
    rules = EarningRules(daily_cap=500)
    result = earn([line(1, 250_00)], rules, points_earned_today=400)
    assert by_rule(result)["daily_cap"] == EarningLine("daily_cap", "Daily cap 500", 0, 100, -150,
                                                       facts=PointsFacts(limit=500))
    assert result.purchase_points == 100
    assert result.per_line == ((1, 100),)


@pytest.mark.parametrize("earned_today", [500, 650])
def test_daily_cap_fully_used_earns_nothing_more(earned_today: int) -> None:
    rules = EarningRules(daily_cap=500)
    result = earn([line(1, 250_00)], rules, points_earned_today=earned_today)
    assert by_rule(result)["daily_cap"].points == -250
    assert result.points == 0


def test_daily_cap_not_reached_adds_no_line() -> None:
    result = earn([line(1, 250_00)], EarningRules(daily_cap=500), points_earned_today=250)
    assert result.points == 250
    assert "daily_cap" not in by_rule(result)


def test_bonuses_are_not_capped() -> None:
    bonus = campaign("big-basket", CampaignKind.BONUS_ON_PURCHASE, bonus_points=50, min_spend_minor=200_00)
    result = earn([line(1, 250_00)], EarningRules(daily_cap=500), points_earned_today=500, campaigns=[bonus])
    assert result.purchase_points == 0
    assert result.bonus_points == 50 and result.points == 50
    assert result.lines[-1] == EarningLine("bonus:big-basket", "Bonus: Big Basket", 0, 100, 50, "big-basket",
                                          PointsFacts(name="Big Basket"))


def test_running_multiplier_campaign_adds_its_extra() -> None:
    # NOK 100.00, Gold x1.5, "Double Days" x2: 100 + 50 + 100 = 250.
    double = campaign("double-days", CampaignKind.MULTIPLIER, multiplier_pct=200)
    result = earn([line(1, 100_00)], tier_code="gold", campaigns=[double])
    assert [(x.rule, x.label, x.points) for x in result.lines] == [
        ("base", "Base 1 pt / NOK 1.00", 100),
        ("tier:gold", "Gold tier x1.5", 50),
        ("campaign:double-days", "Double Days x2", 100),
    ]


def test_campaign_scoped_to_categories() -> None:
    # Fruit x3 on NOK 20.00 of fruit only: 50 base + 40 extra.
    fruit = campaign("fruit-week", CampaignKind.MULTIPLIER, multiplier_pct=300, categories=frozenset({"fruit"}))
    result = earn([line(1, 20_00, category="fruit"), line(2, 30_00)], campaigns=[fruit])
    assert by_rule(result)["campaign:fruit-week"] == EarningLine(
        "campaign:fruit-week", "Fruit Week x3", 20_00, 300, 40, "fruit-week",
        PointsFacts(name="Fruit Week", multiplier_pct=300),
    )
    assert result.per_line == ((1, 60), (2, 30))


def test_campaign_with_no_line_in_scope_adds_no_line() -> None:
    fruit = campaign("fruit-week", CampaignKind.MULTIPLIER, multiplier_pct=300, categories=frozenset({"fruit"}))
    result = earn([line(1, 30_00)], campaigns=[fruit])
    assert [x.rule for x in result.lines] == ["base"]


@pytest.mark.parametrize(
    ("starts", "ends"),
    [
        (NOW + timedelta(seconds=1), NOW + timedelta(days=2)),  # not started yet
        (NOW - timedelta(days=2), NOW),  # ended exactly now (end is exclusive)
    ],
)
def test_campaign_not_running_is_ignored(starts: datetime, ends: datetime) -> None:
    double = campaign("double", CampaignKind.MULTIPLIER, multiplier_pct=200, starts=starts, ends=ends)
    bonus = campaign("bonus", CampaignKind.BONUS_ON_PURCHASE, bonus_points=10, starts=starts, ends=ends)
    result = earn([line(1, 100_00)], campaigns=[double, bonus])
    assert result.points == 100
    assert [x.rule for x in result.lines] == ["base"]


def test_campaign_starting_now_is_running() -> None:
    double = campaign("double", CampaignKind.MULTIPLIER, multiplier_pct=200, starts=NOW)
    assert earn([line(1, 100_00)], campaigns=[double]).points == 200


def test_tier_restricted_campaign() -> None:
    silver_up = campaign("silver-double", CampaignKind.MULTIPLIER, multiplier_pct=200, min_tier="silver")
    gift = campaign("silver-gift", CampaignKind.BONUS_ON_PURCHASE, bonus_points=30, min_tier="silver")
    lines = [line(1, 100_00)]
    assert earn(lines, tier_code="basic", campaigns=[silver_up, gift]).points == 100
    assert earn(lines, tier_code="unknown", campaigns=[silver_up, gift]).points == 100
    # Silver: 100 + 25 (tier) + 100 (campaign) + 30 bonus; Gold: 100 + 50 + 100 + 30.
    assert earn(lines, tier_code="silver", campaigns=[silver_up, gift]).points == 255
    assert earn(lines, tier_code="gold", campaigns=[silver_up, gift]).points == 280


def test_purchase_bonus_needs_its_minimum_spend() -> None:
    bonus = campaign("big-basket", CampaignKind.BONUS_ON_PURCHASE, bonus_points=50, min_spend_minor=200_00)
    assert earn([line(1, 199_99)], campaigns=[bonus]).bonus_points == 0
    reached = earn([line(1, 150_00), line(2, 50_00)], campaigns=[bonus])
    assert reached.bonus_points == 50
    # The bonus is spread by eligible amount: 150:50 -> 37.5:12.5 -> 38 and 12.
    assert reached.per_line == ((1, 150 + 38), (2, 50 + 12))


def test_bonus_needs_some_eligible_spend() -> None:
    bonus = campaign("any-sale", CampaignKind.BONUS_ON_PURCHASE, bonus_points=5)
    rules = EarningRules(excluded_categories=frozenset({"tobacco"}))
    assert earn([line(1, 80_00, category="tobacco")], rules, campaigns=[bonus]).points == 0
    assert earn([], campaigns=[bonus]).points == 0


def _wins(campaign_id: str, sale_id: str, one_in: int) -> bool:
    return int(hashlib.sha256(f"{campaign_id}:{sale_id}".encode()).hexdigest(), 16) % one_in == 0


def test_instant_win_is_decided_by_the_sale_id() -> None:
    lucky = campaign("lucky", CampaignKind.INSTANT_WIN, bonus_points=100, one_in=3)
    sale_ids = [f"sale-{n}" for n in range(30)]
    results = {sid: earn([line(1, 10_00)], campaigns=[lucky], sale_id=sid) for sid in sale_ids}
    winners = [sid for sid, result in results.items() if "instant_win:lucky" in by_rule(result)]
    assert winners == [sid for sid in sale_ids if _wins("lucky", sid, 3)]
    assert 0 < len(winners) < len(sale_ids)
    first = winners[0]
    assert by_rule(results[first])["instant_win:lucky"] == EarningLine(
        "instant_win:lucky", "Instant win: Lucky", 0, 100, 100, "lucky", PointsFacts(name="Lucky")
    )
    assert results[first].bonus_points == 100
    # Pricing the same sale again gives the same outcome: no re-rolls.
    assert earn([line(1, 10_00)], campaigns=[lucky], sale_id=first) == results[first]


def test_instant_win_respects_minimum_spend_and_tier() -> None:
    lucky = campaign("lucky", CampaignKind.INSTANT_WIN, bonus_points=100, one_in=2, min_spend_minor=50_00,
                     min_tier="gold")
    sale_id = next(f"s{n}" for n in range(100) if _wins("lucky", f"s{n}", 2))
    assert earn([line(1, 60_00)], tier_code="gold", campaigns=[lucky], sale_id=sale_id).bonus_points == 100
    assert earn([line(1, 40_00)], tier_code="gold", campaigns=[lucky], sale_id=sale_id).bonus_points == 0
    assert earn([line(1, 60_00)], tier_code="silver", campaigns=[lucky], sale_id=sale_id).bonus_points == 0


def test_action_campaigns_do_not_earn_on_purchases() -> None:
    welcome = campaign("welcome", CampaignKind.ACTION, bonus_points=100, action="enrolment")
    assert earn([line(1, 10_00)], campaigns=[welcome]).points == 10


def test_empty_basket_earns_nothing_with_a_base_line() -> None:
    result = earn([])
    assert result.points == 0
    assert result.lines == (EarningLine("base", "Base 1 pt / NOK 1.00", 0, 100, 0,
                                        facts=PointsFacts(step_points=1, step_minor=100)),)
    assert result.per_line == ()
    assert result.earnable_minor == 0


def test_unknown_tier_earns_like_the_entry_tier() -> None:
    result = earn([line(1, 100_00)], tier_code="no-such-tier")
    assert [x.rule for x in result.lines] == ["base"]
    assert result.points == 100


def test_same_input_same_output() -> None:
    rules = EarningRules(category_multipliers={"dairy": 150}, daily_cap=1_000)
    double = campaign("double", CampaignKind.MULTIPLIER, multiplier_pct=200)
    lines = [line(1, 33_33, category="dairy"), line(2, 66_67), line(3, 1)]
    assert earn(lines, rules, campaigns=[double], tier_code="silver") == earn(
        lines, rules, campaigns=[double], tier_code="silver"
    )


def test_each_campaign_line_names_its_campaign_and_the_points_add_up_per_campaign() -> None:
    double = campaign("double-days", CampaignKind.MULTIPLIER, multiplier_pct=200)
    bonus = campaign("double-days-bonus", CampaignKind.BONUS_ON_PURCHASE, bonus_points=30)
    result = earn([line(1, 100_00)], tier_code="gold", campaigns=[double, bonus])
    assert [(x.rule, x.campaign_id) for x in result.lines] == [
        ("base", None), ("tier:gold", None), ("campaign:double-days", "double-days"),
        ("bonus:double-days-bonus", "double-days-bonus"),
    ]
    assert campaign_points(result.lines) == {"double-days": 100, "double-days-bonus": 30}
    assert campaign_points(()) == {}
