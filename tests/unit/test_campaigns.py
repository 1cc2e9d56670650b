"""Campaign helpers: what runs when, for whom, and who wins."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta

import pytest

from loyalty_pos.domain.campaigns import (
    PurchaseBonus,
    action_bonus,
    birthday_due,
    in_scope,
    instant_win,
    multipliers,
    purchase_bonuses,
    running,
    tier_allows,
)
from loyalty_pos.domain.program import Campaign, CampaignKind, Tier, TierPolicy

NOW = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
TIERS = TierPolicy((Tier("basic", "Basic", 0), Tier("silver", "Silver", 1_000), Tier("gold", "Gold", 5_000)))


def make(
    campaign_id: str,
    kind: CampaignKind,
    *,
    starts: datetime = NOW - timedelta(days=7),
    ends: datetime = NOW + timedelta(days=7),
    **fields: object,
) -> Campaign:
    return Campaign(campaign_id, campaign_id.title(), kind, starts, ends, **fields)  # type: ignore[arg-type]


def test_running_keeps_program_order_with_start_inclusive_and_end_exclusive() -> None:
    early = make("early", CampaignKind.MULTIPLIER, multiplier_pct=200, starts=NOW - timedelta(days=3), ends=NOW)
    now_on = make("now-on", CampaignKind.MULTIPLIER, multiplier_pct=200, starts=NOW)
    later = make("later", CampaignKind.MULTIPLIER, multiplier_pct=200, starts=NOW + timedelta(hours=1))
    always = make("always", CampaignKind.ACTION, bonus_points=10, action="birthday")
    assert running([early, now_on, later, always], NOW) == (now_on, always)
    assert running([early, now_on, later, always], NOW - timedelta(seconds=1)) == (early, always)
    assert running([], NOW) == ()


@pytest.mark.parametrize(
    ("min_tier", "member_tier", "allowed"),
    [
        (None, "basic", True),
        ("silver", "basic", False),
        ("silver", "silver", True),
        ("silver", "gold", True),
        ("gold", "silver", False),
        ("silver", "nobody-knows", False),  # unknown member tier = entry tier
    ],
)
def test_tier_allows(min_tier: str | None, member_tier: str, allowed: bool) -> None:
    offer = make("offer", CampaignKind.BONUS_ON_PURCHASE, bonus_points=5, min_tier=min_tier)
    assert tier_allows(offer, TIERS, member_tier) is allowed


def test_multipliers_are_running_multiplier_campaigns_the_member_may_use() -> None:
    double = make("double", CampaignKind.MULTIPLIER, multiplier_pct=200)
    gold_triple = make("gold-triple", CampaignKind.MULTIPLIER, multiplier_pct=300, min_tier="gold")
    bonus = make("bonus", CampaignKind.BONUS_ON_PURCHASE, bonus_points=5)
    every = [double, gold_triple, bonus]
    assert multipliers(every, tiers=TIERS, tier_code="silver", now=NOW, marketing_consent=True) == (double,)
    assert multipliers(every, tiers=TIERS, tier_code="gold", now=NOW, marketing_consent=True) == (double, gold_triple)


def test_in_scope() -> None:
    whole = make("whole", CampaignKind.MULTIPLIER, multiplier_pct=200)
    fruit = make("fruit", CampaignKind.MULTIPLIER, multiplier_pct=200, categories=frozenset({"fruit", "veg"}))
    assert in_scope(whole, "anything")
    assert in_scope(fruit, "veg")
    assert not in_scope(fruit, "dairy")


def test_instant_win_follows_the_published_hash_rule() -> None:
    lucky = make("lucky", CampaignKind.INSTANT_WIN, bonus_points=100, one_in=10)
    outcomes = [instant_win(lucky, f"S{n:04d}") for n in range(2_000)]
    expected = [
        int(hashlib.sha256(f"lucky:S{n:04d}".encode()).hexdigest(), 16) % 10 == 0 for n in range(2_000)
    ]
    assert outcomes == expected
    # 1 in 10 over 2000 fixed sale ids: about 200 winners (the ids are fixed, so this cannot flake).
    assert 150 <= sum(outcomes) <= 250
    assert [instant_win(lucky, f"S{n:04d}") for n in range(2_000)] == outcomes


def test_instant_win_depends_on_the_campaign_too() -> None:
    first = make("first", CampaignKind.INSTANT_WIN, bonus_points=1, one_in=2)
    second = make("second", CampaignKind.INSTANT_WIN, bonus_points=1, one_in=2)
    sale_ids = [f"sale-{n}" for n in range(64)]
    assert [instant_win(first, s) for s in sale_ids] != [instant_win(second, s) for s in sale_ids]


def test_purchase_bonuses_checks_minimum_spend_tier_and_time() -> None:
    small = make("small", CampaignKind.BONUS_ON_PURCHASE, bonus_points=10, min_spend_minor=100_00)
    big = make("big", CampaignKind.BONUS_ON_PURCHASE, bonus_points=40, min_spend_minor=500_00)
    gold_only = make("gold", CampaignKind.BONUS_ON_PURCHASE, bonus_points=99, min_tier="gold")
    over = make("over", CampaignKind.BONUS_ON_PURCHASE, bonus_points=7, ends=NOW)
    every = [small, big, gold_only, over]

    def bonuses(spend: int, tier: str) -> tuple[PurchaseBonus, ...]:
        return purchase_bonuses(every, tiers=TIERS, tier_code=tier, eligible_minor=spend, sale_id="x", now=NOW,
                                marketing_consent=True)

    assert bonuses(100_00, "basic") == (PurchaseBonus(small, "bonus:small", "Bonus: Small", 10),)
    assert [b.rule for b in bonuses(500_00, "basic")] == ["bonus:small", "bonus:big"]
    assert [b.points for b in bonuses(500_00, "gold")] == [10, 40, 99]
    assert bonuses(99_99, "basic") == ()
    assert bonuses(0, "gold") == ()  # no eligible spend, no purchase bonus


def test_purchase_bonuses_include_instant_wins_after_fixed_bonuses() -> None:
    fixed = make("fixed", CampaignKind.BONUS_ON_PURCHASE, bonus_points=10)
    lucky = make("lucky", CampaignKind.INSTANT_WIN, bonus_points=100, one_in=2)
    winner = next(f"s{n}" for n in range(100) if instant_win(lucky, f"s{n}"))
    loser = next(f"s{n}" for n in range(100) if not instant_win(lucky, f"s{n}"))
    won = purchase_bonuses([lucky, fixed], tiers=TIERS, tier_code="basic", eligible_minor=1, sale_id=winner,
                           now=NOW, marketing_consent=True)
    assert [(b.rule, b.label, b.points) for b in won] == [
        ("bonus:fixed", "Bonus: Fixed", 10),
        ("instant_win:lucky", "Instant win: Lucky", 100),
    ]
    lost = purchase_bonuses([lucky, fixed], tiers=TIERS, tier_code="basic", eligible_minor=1, sale_id=loser,
                            now=NOW, marketing_consent=True)
    assert [b.rule for b in lost] == ["bonus:fixed"]


def test_action_bonus_returns_running_matching_campaigns_with_their_points() -> None:
    welcome = make("welcome", CampaignKind.ACTION, bonus_points=100, action="enrolment")
    spring = make("spring", CampaignKind.ACTION, bonus_points=50, action="enrolment")
    old = make("old", CampaignKind.ACTION, bonus_points=500, action="enrolment", ends=NOW - timedelta(days=1))
    birthday = make("birthday", CampaignKind.ACTION, bonus_points=25, action="birthday")
    gold_birthday = make("gold-bday", CampaignKind.ACTION, bonus_points=75, action="birthday", min_tier="gold")
    multiplier = make("double", CampaignKind.MULTIPLIER, multiplier_pct=200)
    every = [welcome, old, spring, birthday, gold_birthday, multiplier]

    assert action_bonus(every, action="enrolment", tiers=TIERS, tier_code="basic", now=NOW, marketing_consent=True) == (
        (welcome, 100),
        (spring, 50),
    )
    assert action_bonus(every, action="birthday", tiers=TIERS, tier_code="basic", now=NOW, marketing_consent=True) == ((birthday, 25),)
    assert action_bonus(every, action="birthday", tiers=TIERS, tier_code="gold", now=NOW, marketing_consent=True) == (
        (birthday, 25),
        (gold_birthday, 75),
    )
    assert action_bonus(every, action="referral", tiers=TIERS, tier_code="gold", now=NOW, marketing_consent=True) == ()


@pytest.mark.parametrize(
    ("birthday", "today", "due"),
    [
        (date(1990, 6, 15), date(2024, 6, 15), True),
        (date(1990, 6, 15), date(2024, 6, 16), False),
        (date(1990, 6, 15), date(2024, 7, 15), False),
        (None, date(2024, 6, 15), False),
        (date(2000, 2, 29), date(2024, 2, 29), True),  # leap year: on the day
        (date(2000, 2, 29), date(2024, 2, 28), False),  # leap year: not the day before
        (date(2000, 2, 29), date(2023, 2, 28), True),  # other years: Feb 28
        (date(2000, 2, 29), date(2023, 3, 1), False),
        (date(2000, 2, 29), date(2100, 2, 28), True),  # 2100 is not a leap year
        (date(1999, 2, 28), date(2023, 2, 28), True),
        (date(1999, 2, 28), date(2024, 2, 29), False),
    ],
)
def test_birthday_due(birthday: date | None, today: date, due: bool) -> None:
    assert birthday_due(birthday, today) is due
