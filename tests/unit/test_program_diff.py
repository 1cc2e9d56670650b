"""The draft-vs-published differences a manager reads before publishing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from loyalty_pos.demo.shop import demo_program
from loyalty_pos.domain.ledger import ExpiryPolicy
from loyalty_pos.domain.program import NegativeBalancePolicy, TaxBasis, Tier, TierBasis
from loyalty_pos.domain.program_diff import CAMPAIGNS, EARNING, EXPIRY, REWARDS, TIERS, program_changes

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
PUBLISHED = demo_program(NOW)


def _texts(draft) -> list[str]:  # noqa: ANN001
    return [str(change) for change in program_changes(PUBLISHED, draft)]


def test_an_unchanged_draft_has_no_differences() -> None:
    assert program_changes(PUBLISHED, replace(PUBLISHED, version=PUBLISHED.version + 1)) == ()


def test_nothing_published_yet_says_so() -> None:
    (change,) = program_changes(None, PUBLISHED)
    assert "nothing is published" in change.text


def test_earning_changes_are_sentences_with_money_and_percent() -> None:
    earning = replace(
        PUBLISHED.earning, points_per_step=2, category_multipliers={"deli": 200, "dairy": 150},
        product_multipliers={}, excluded_categories=frozenset({"tobacco"}), excluded_products=frozenset({"COF-BEAN"}),
        minimum_basket_minor=5000, tax_basis=TaxBasis.EXCLUSIVE, daily_cap=None,
    )
    assert _texts(replace(PUBLISHED, earning=earning)) == [
        "Earning: Base rate: 1 point per NOK 10.00 → 2 points per NOK 10.00",
        "Earning: Category dairy multiplier: none → 150 %",
        "Earning: Category deli multiplier: 150 % → 200 %",
        "Earning: Product COF-BEAN multiplier: 300 % → none",
        "Earning: Category gift_cards earns points again",
        "Earning: Product COF-BEAN no longer earns points",
        "Earning: Minimum basket: NOK 20.00 → NOK 50.00",
        "Earning: Tax basis: inclusive → exclusive",
        "Earning: Daily cap: 1000 points → no cap",
    ]


def test_tier_changes_name_each_tier_and_show_thresholds_in_money() -> None:
    bronze, silver, _gold = PUBLISHED.tiers.tiers
    tiers = replace(
        PUBLISHED.tiers,
        tiers=(bronze, replace(silver, threshold=400_000, multiplier_pct=130, perks=()),
               Tier("platinum", "Platinum", 3_000_000, 200, ("Free delivery",))),
        window_months=6, review_month=2, review_day=15, grace_days=14,
    )
    assert _texts(replace(PUBLISHED, tiers=tiers)) == [
        "Tiers: Qualifying window: 12 months → 6 months",
        "Tiers: Yearly review: 1 January → 15 February",
        "Tiers: Grace after review: 30 days → 14 days",
        "Tiers: New tier Platinum (platinum) from NOK 30,000.00, earns 200 %, Free delivery",
        "Tiers: Tier Gold (gold) removed",
        "Tiers: Tier Silver threshold: NOK 5,000.00 → NOK 4,000.00",
        "Tiers: Tier Silver multiplier: 125 % → 130 %",
        "Tiers: Tier Silver perks: 20 % off bakery reward → none",
    ]


def test_a_points_basis_shows_thresholds_in_points() -> None:
    tiers = replace(PUBLISHED.tiers, basis=TierBasis.POINTS)
    texts = _texts(replace(PUBLISHED, tiers=tiers))
    assert texts[0] == "Tiers: Tier basis: spend → points"
    assert "Tiers: Tier Silver threshold: NOK 5,000.00 → 500,000 points" in texts


def test_expiry_rewards_and_campaign_changes() -> None:
    coffee = replace(PUBLISHED.rewards[0], points_cost=120)
    draft = replace(
        PUBLISHED,
        expiry=ExpiryPolicy(months_after_earning=None, inactivity_months=24),
        negative_balance=NegativeBalancePolicy.ALLOW_DEBT,
        rewards=(coffee, *PUBLISHED.rewards[2:]),
        campaigns=PUBLISHED.campaigns[1:],
    )
    changes = program_changes(PUBLISHED, draft)
    by_area = {area: [c.text for c in changes if c.area == area] for area in (EXPIRY, REWARDS, CAMPAIGNS)}
    assert by_area[EXPIRY] == [
        "Points expire: 12 months → never",
        "Inactive accounts expire: never → 24 months",
        "Return below zero: stop at 0 and flag the member → allow a negative balance",
    ]
    assert by_area[REWARDS] == ["Reward Free coffee points cost: 100 → 120", "Reward 2 for 1 cinnamon buns removed"]
    assert by_area[CAMPAIGNS] == ["Campaign Welcome bonus removed"]
    assert [c.area for c in changes] == [EXPIRY] * 3 + [REWARDS] * 2 + [CAMPAIGNS]
    assert EARNING not in by_area and TIERS not in by_area
