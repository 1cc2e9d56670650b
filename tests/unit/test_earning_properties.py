"""Earning invariants over generated baskets and rules (hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.earning import EarningResult, compute_earning
from loyalty_pos.domain.money import Rounding
from loyalty_pos.domain.program import Campaign, CampaignKind, EarningRules, TaxBasis, Tier, TierPolicy

NOW = datetime(2024, 6, 15, 12, 0, tzinfo=UTC)
CATEGORIES = ("dairy", "bakery", "fruit", "tobacco")
PRODUCTS = ("A", "B", "C", "D", "E")
TIERS = TierPolicy((Tier("basic", "Basic", 0), Tier("silver", "Silver", 1_000, 125), Tier("gold", "Gold", 5_000, 150)))


@st.composite
def priced_lines(draw: st.DrawFn, max_size: int = 6) -> list[PricedLine]:
    count = draw(st.integers(0, max_size))
    lines = []
    for line_no in range(1, count + 1):
        unit_price = draw(st.integers(0, 50_000))
        quantity = draw(st.integers(1, 4))
        gross = unit_price * quantity
        discount = draw(st.integers(0, gross))
        points_paid = draw(st.integers(0, gross - discount))
        lines.append(
            PricedLine(
                line_no=line_no * 10,
                product_code=draw(st.sampled_from(PRODUCTS)),
                name="item",
                category=draw(st.sampled_from(CATEGORIES)),
                quantity=quantity,
                unit_price=unit_price,
                tax_rate_bp=draw(st.sampled_from((0, 1200, 1500, 2500))),
                gross_minor=gross,
                discount_minor=discount,
                points_paid_minor=points_paid,
            )
        )
    return lines


def multiplier_maps(keys: tuple[str, ...], low: int) -> st.SearchStrategy[dict[str, int]]:
    return st.dictionaries(st.sampled_from(keys), st.integers(low, 400), max_size=3)


@st.composite
def earning_rules(draw: st.DrawFn, *, low_multiplier: int = 0, capped: bool = True) -> EarningRules:
    return EarningRules(
        points_per_step=draw(st.integers(0, 5)),
        step_minor=draw(st.sampled_from((1, 7, 100, 250, 1_000))),
        rounding=draw(st.sampled_from(list(Rounding))) if capped else Rounding.FLOOR,
        category_multipliers=draw(multiplier_maps(CATEGORIES, low_multiplier)),
        product_multipliers=draw(multiplier_maps(PRODUCTS, low_multiplier)),
        excluded_categories=frozenset(draw(st.sets(st.sampled_from(CATEGORIES), max_size=2))),
        excluded_products=frozenset(draw(st.sets(st.sampled_from(PRODUCTS), max_size=2))),
        minimum_basket_minor=draw(st.sampled_from((0, 0, 5_000, 50_000))),
        tax_basis=draw(st.sampled_from(list(TaxBasis))),
        daily_cap=draw(st.one_of(st.none(), st.integers(0, 2_000))) if capped else None,
    )


@st.composite
def campaign_sets(draw: st.DrawFn) -> list[Campaign]:
    start, end = NOW - timedelta(days=1), NOW + timedelta(days=1)
    campaigns = []
    if draw(st.booleans()):
        scope = frozenset(draw(st.sets(st.sampled_from(CATEGORIES), max_size=2)))
        campaigns.append(Campaign("mult", "Mult", CampaignKind.MULTIPLIER, start, end,
                                  multiplier_pct=draw(st.integers(101, 400)), categories=scope,
                                  min_tier=draw(st.sampled_from((None, "silver")))))
    if draw(st.booleans()):
        campaigns.append(Campaign("bonus", "Bonus", CampaignKind.BONUS_ON_PURCHASE, start, end,
                                  bonus_points=draw(st.integers(1, 500)),
                                  min_spend_minor=draw(st.integers(0, 100_000))))
    if draw(st.booleans()):
        campaigns.append(Campaign("win", "Win", CampaignKind.INSTANT_WIN, start, end,
                                  bonus_points=draw(st.integers(1, 500)), one_in=draw(st.integers(2, 4))))
    return campaigns


def earn(
    lines: list[PricedLine],
    rules: EarningRules,
    campaigns: list[Campaign],
    *,
    tier_code: str = "basic",
    prices_include_tax: bool = True,
    earned_today: int = 0,
    sale_id: str = "sale",
) -> EarningResult:
    return compute_earning(
        lines, rules=rules, tiers=TIERS, tier_code=tier_code, campaigns=campaigns,
        prices_include_tax=prices_include_tax, points_earned_today=earned_today, sale_id=sale_id, now=NOW,
        marketing_consent=True,
    )


def exact_purchase_points(lines: list[PricedLine], rules: EarningRules, tier_code: str,
                          campaigns: list[Campaign], prices_include_tax: bool) -> Fraction:
    """The rules written out independently, in exact fractions, with no rounding of points."""
    total = Fraction(0)
    eligible_spend = 0
    tier_pct = TIERS.by_code(tier_code).multiplier_pct
    for line in lines:
        if line.product_code in rules.excluded_products or line.category in rules.excluded_categories:
            continue
        amount = max(0, line.earnable_minor)
        if rules.tax_basis is TaxBasis.EXCLUSIVE and prices_include_tax:
            amount = amount * 10_000 // (10_000 + line.tax_rate_bp)
        elif rules.tax_basis is TaxBasis.INCLUSIVE and not prices_include_tax:
            amount = amount * (10_000 + line.tax_rate_bp) // 10_000
        eligible_spend += amount
        pct = rules.product_multipliers.get(line.product_code, rules.category_multipliers.get(line.category, 100))
        factor = Fraction(100 + (pct - 100) + (tier_pct - 100), 100)
        for c in campaigns:
            allowed = c.min_tier is None or TIERS.rank(tier_code) >= TIERS.rank(c.min_tier)
            if c.kind is CampaignKind.MULTIPLIER and allowed and (not c.categories or line.category in c.categories):
                factor += Fraction(c.multiplier_pct - 100, 100)
        total += Fraction(amount * rules.points_per_step, rules.step_minor) * factor
    return Fraction(0) if eligible_spend < rules.minimum_basket_minor else total


def assert_consistent(result: EarningResult, lines: list[PricedLine]) -> None:
    assert result.points >= 0
    assert result.purchase_points >= 0 and result.bonus_points >= 0
    assert result.points == sum(item.points for item in result.lines)
    assert result.points == result.purchase_points + result.bonus_points
    assert [no for no, _ in result.per_line] == [line.line_no for line in lines]
    assert sum(points for _, points in result.per_line) == result.points
    assert all(points >= 0 for _, points in result.per_line)
    assert result.lines[0].rule == "base"


@settings(max_examples=100, deadline=None)  # each example prices whole sales: 100 still search widely, for less CI time
@given(
    lines=priced_lines(),
    rules=earning_rules(),
    campaigns=campaign_sets(),
    tier_code=st.sampled_from(("basic", "silver", "gold", "unknown")),
    prices_include_tax=st.booleans(),
    earned_today=st.integers(0, 3_000),
    sale_id=st.text(min_size=1, max_size=8),
)
def test_points_are_never_negative_and_always_add_up(
    lines: list[PricedLine], rules: EarningRules, campaigns: list[Campaign], tier_code: str,
    prices_include_tax: bool, earned_today: int, sale_id: str,
) -> None:
    result = earn(lines, rules, campaigns, tier_code=tier_code, prices_include_tax=prices_include_tax,
                  earned_today=earned_today, sale_id=sale_id)
    assert_consistent(result, lines)
    if rules.daily_cap is not None:
        assert result.purchase_points <= max(0, rules.daily_cap - earned_today)
    excluded = {line.line_no for line in lines
                if line.product_code in rules.excluded_products or line.category in rules.excluded_categories}
    assert all(points == 0 for no, points in result.per_line if no in excluded)
    # Same input, same output: nothing random, nothing order-dependent between calls.
    assert earn(lines, rules, campaigns, tier_code=tier_code, prices_include_tax=prices_include_tax,
                earned_today=earned_today, sale_id=sale_id) == result


@settings(max_examples=100, deadline=None)  # each example prices whole sales: 100 still search widely, for less CI time
@given(
    lines=priced_lines(),
    rules=earning_rules(capped=False),
    campaigns=campaign_sets(),
    tier_code=st.sampled_from(("basic", "silver", "gold")),
    prices_include_tax=st.booleans(),
)
def test_floor_rounding_never_creates_points(
    lines: list[PricedLine], rules: EarningRules, campaigns: list[Campaign], tier_code: str,
    prices_include_tax: bool,
) -> None:
    result = earn(lines, rules, campaigns, tier_code=tier_code, prices_include_tax=prices_include_tax)
    exact = exact_purchase_points(lines, rules, tier_code, campaigns, prices_include_tax)
    floor_of_exact = exact.numerator // exact.denominator
    assert result.purchase_points <= max(0, floor_of_exact)
    # ... and loses less than one point per breakdown line.
    assert result.purchase_points > floor_of_exact - len(result.lines)


@settings(max_examples=100, deadline=None)  # each example prices whole sales: 100 still search widely, for less CI time
@given(
    lines=priced_lines(max_size=5),
    extra=priced_lines(max_size=1),
    rules=earning_rules(low_multiplier=100, capped=False),
    campaigns=campaign_sets(),
    tier_code=st.sampled_from(("basic", "silver", "gold")),
    prices_include_tax=st.booleans(),
)
def test_adding_a_line_never_reduces_points_without_a_cap(
    lines: list[PricedLine], extra: list[PricedLine], rules: EarningRules, campaigns: list[Campaign],
    tier_code: str, prices_include_tax: bool,
) -> None:
    added = [*lines, *(PricedLine(**{**_fields(x), "line_no": 999}) for x in extra)]
    before = earn(lines, rules, campaigns, tier_code=tier_code, prices_include_tax=prices_include_tax)
    after = earn(added, rules, campaigns, tier_code=tier_code, prices_include_tax=prices_include_tax)
    assert after.lines[0].points >= before.lines[0].points
    assert after.purchase_points >= before.purchase_points
    assert after.earnable_minor >= before.earnable_minor


def _fields(line: PricedLine) -> dict[str, object]:
    return {name: getattr(line, name) for name in PricedLine.__dataclass_fields__}
